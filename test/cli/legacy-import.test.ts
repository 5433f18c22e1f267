import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aTenant, type TestTenant } from '../support/builders.js';
import { cli, readReport, type ReportLine } from '../support/cli.js';
import { sql } from '../support/db.js';
import { aLegacyMobile, e164, LegacyDatabase } from '../support/legacy-db.js';

/**
 * Contract §14 `import-legacy`: a legacy database in the seeds' schema, generated per test with
 * every awkward case seed 000 and seed 002 leave behind, imported through the real command line
 * into a fresh tenant, then read back through the HTTP API.
 */
let app: RunningApp;
const db = sql();
const reports = mkdtempSync(join(tmpdir(), 'leadline-legacy-import-'));
const legacyDatabases: LegacyDatabase[] = [];

beforeAll(async () => {
  app = await startApp({ worker: false });
});

afterEach(async () => {
  await Promise.all(legacyDatabases.splice(0).map((legacy) => legacy.drop()));
});

afterAll(async () => {
  await app.close();
  await db.end();
});

async function aLegacyDatabase(): Promise<LegacyDatabase> {
  const legacy = await LegacyDatabase.create();
  legacyDatabases.push(legacy);
  return legacy;
}

const reportPath = () => join(reports, `${randomUUID()}.jsonl`);

function importLegacy(legacy: LegacyDatabase, tenant: TestTenant, ...options: string[]) {
  return cli(app.config, 'import-legacy', '--source', legacy.url, '--tenant', tenant.id, ...options);
}

/** Two ids in order: the first is the one kept when both rows are the same contact. */
function orderedIds(): [string, string] {
  return [randomUUID(), randomUUID()].sort() as [string, string];
}

const get = (tenant: TestTenant, path: string) => app.http().get(`/api/v1${path}`).set(tenant.auth);

/** Every awkward case at once; the ids say which is which. */
async function anAwkwardLegacyDatabase() {
  const legacy = await aLegacyDatabase();
  const anaPhone = aLegacyMobile();
  const [ana, anaAgain] = orderedIds();
  await legacy.contact({ id: ana, phone: anaPhone });
  // The same number written the national way: the same person.
  await legacy.contact({ id: anaAgain, first_name: 'Ana María', phone: anaPhone.replace('+52 1 ', '') });
  const noPhone = await legacy.contact({ first_name: 'Beto', phone: null });
  const badPhone = await legacy.contact({ first_name: 'Carla', phone: '12' });
  const nobody = await legacy.contact({ first_name: null, last_name: null, phone: null });
  const lonely = await legacy.contact({ first_name: 'Dora' });

  const linked = await legacy.opportunity(ana);
  const linkedStage = await legacy.stageRow(linked, { current_stage: 'agendado', link: true, created_at: '2024-03-05 08:00:00' });
  const duplicateStage = await legacy.stageRow(linked, { current_stage: 'seguimiento', created_at: '2024-03-06 08:00:00' });
  const unlinked = await legacy.opportunity(noPhone);
  const unlinkedStage = await legacy.stageRow(unlinked, { current_stage: 'perfilamiento' });
  const noStage = await legacy.opportunity(badPhone, { detected_at: null });
  const unknownStage = await legacy.opportunity(anaAgain, { priority: 'altísima', status: 'perdido?' });
  const limboStage = await legacy.stageRow(unknownStage, { current_stage: 'limbo' });
  const attemptCalls = [randomUUID(), randomUUID(), randomUUID()];
  const brokenAttempts = await legacy.opportunity(badPhone, {
    first_call_attempts: {
      1: { status: 'orange', call_id: attemptCalls[0], attempted_at: '2024-03-03T10:00:00Z', notes: 'No contestó' },
      2: { status: 'purple', call_id: attemptCalls[1], attempted_at: '2024-03-03T11:00:00Z' },
      3: { status: 'green', call_id: 'pbx-4471', attempted_at: '2024-03-03T11:30:00Z' },
      7: { status: 'green', call_id: attemptCalls[2], attempted_at: '2024-03-03T12:00:00Z' },
    },
  });
  const notAnObject = await legacy.opportunity(noPhone, { first_call_attempts: '"1: verde"' });
  const ofNobody = await legacy.opportunity(nobody);
  const orphanStage = await legacy.stageRow(randomUUID(), { current_stage: 'agendado' });
  const otherEntityStage = await legacy.stageRow(ana, { entity_type: 'contacts' });

  const callToAna = await legacy.call(ana, { call_status: 'completed' });
  const callToAnaAgain = await legacy.call(anaAgain);
  const callWithNobody = await legacy.call(nobody);
  const inboundUnknown = await legacy.call(null, { direction: 'inbound', call_status: null });
  const sideways = await legacy.call(ana, { direction: 'sideways' });
  // The PBX id of one call written on a second one: the first (by id) keeps it.
  const [firstPbx, secondPbx] = orderedIds();
  await legacy.call(ana, { id: firstPbx, external_call_id: `pbx-${firstPbx}` });
  await legacy.call(lonely, { id: secondPbx, external_call_id: ` pbx-${firstPbx} ` });
  return {
    legacy, anaPhone, attemptCalls,
    contacts: { ana, anaAgain, noPhone, badPhone, nobody, lonely },
    opportunities: { linked, unlinked, noStage, unknownStage, brokenAttempts, notAnObject, ofNobody },
    stages: { linkedStage, duplicateStage, unlinkedStage, limboStage, orphanStage, otherEntityStage },
    calls: { callToAna, callToAnaAgain, callWithNobody, inboundUnknown, sideways, firstPbx, secondPbx },
  };
}

const reasonsOf = (lines: ReportLine[]) => lines.map((line) => `${line.legacy_id} ${line.action} ${line.reason}`).sort();

/** The tenant's imported rows, as text: equal snapshots mean nothing changed. */
async function snapshot(tenantId: string): Promise<Record<string, string>> {
  const tables = ['contacts', 'lead_opportunities', 'pipeline_stages', 'opportunity_stage_history', 'calls', 'audit_log', 'legacy_import_contacts'];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await db.query<{ rows: string | null }>(
      `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as rows from ${table} t where tenant_id = $1`,
      [tenantId]);
    result[table] = rows[0]!.rows!;
  }
  return result;
}

describe('import-legacy', () => {
  it('brings every awkward case in the way seed 000 and contract §14 say, and reports each change', async () => {
    const { legacy, anaPhone, attemptCalls, contacts, opportunities, stages, calls } = await anAwkwardLegacyDatabase();
    const tenant = await aTenant(app);
    const before = await legacy.fingerprint();
    const report = reportPath();

    const run = await importLegacy(legacy, tenant, '--batch', '2', '--report', report);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await legacy.fingerprint()).toBe(before);

    // Contacts: phones in E.164 with the +52 1 folded, the duplicate mapped onto the first.
    const listed = (await get(tenant, '/crm/contacts?limit=200').expect(200)).body.data as Array<{ id: string; phone: string | null }>;
    expect(listed.map((contact) => contact.id).sort())
      .toEqual([contacts.ana, contacts.noPhone, contacts.badPhone, contacts.lonely].sort());
    expect(listed.find((contact) => contact.id === contacts.ana)!.phone).toBe(e164(anaPhone));
    expect(listed.find((contact) => contact.id === contacts.badPhone)!.phone).toBeNull();

    // Opportunities keep their ids; their stage is the linked legacy row, or a new one at the initial stage.
    const opportunity = async (id: string) => (await get(tenant, `/crm/opportunities/${id}`).expect(200)).body;
    expect(await opportunity(opportunities.linked)).toMatchObject({
      contact_id: contacts.ana, status: 'pending', priority: 'high', opportunity_score: 70,
      pipeline_stage: { current_stage: 'agendado', entity_type: 'leads', entity_id: opportunities.linked, created_at: '2024-03-05T08:00:00.000Z' },
    });
    expect((await opportunity(opportunities.unlinked)).pipeline_stage.current_stage).toBe('perfilamiento');
    expect(await opportunity(opportunities.noStage)).toMatchObject({
      pipeline_stage: { current_stage: 'agent_initial' }, detected_at: '2024-03-01T10:00:00.000Z',
    });
    expect(await opportunity(opportunities.unknownStage)).toMatchObject({
      contact_id: contacts.ana, priority: 'medium', status: 'pending', pipeline_stage: { current_stage: 'agent_initial' },
    });
    expect((await opportunity(opportunities.brokenAttempts)).first_call_attempts).toEqual({
      1: { status: 'orange', call_id: attemptCalls[0], attempted_at: '2024-03-03T10:00:00.000Z', notes: 'No contestó' },
    });
    expect((await opportunity(opportunities.notAnObject)).first_call_attempts).toEqual({});
    await get(tenant, `/crm/opportunities/${opportunities.ofNobody}`).expect(404);
    expect((await get(tenant, `/crm/opportunities/${opportunities.linked}/stage-history`).expect(200)).body.data).toEqual([
      { from_stage: null, to_stage: 'agendado', changed_at: '2024-03-05T08:00:00.000Z', reason: `legacy stage row ${stages.linkedStage}`, source: 'import' },
    ]);

    // Calls keep their ids and follow their contact, the deduplicated one's to the contact kept.
    const callsOfAna = (await get(tenant, `/crm/calls?entity_id=${contacts.ana}`).expect(200)).body.data as Array<{ id: string }>;
    expect(callsOfAna.map((call) => call.id).sort()).toEqual([calls.callToAna, calls.callToAnaAgain, calls.firstPbx].sort());
    expect((await get(tenant, `/crm/calls/${calls.firstPbx}`).expect(200)).body.external_call_id).toBe(`pbx-${calls.firstPbx}`);
    expect((await get(tenant, `/crm/calls/${calls.secondPbx}`).expect(200)).body).toMatchObject({
      external_call_id: null, entity_id: contacts.lonely, provider: 'manual',
    });
    expect((await get(tenant, `/crm/calls/${calls.callWithNobody}`).expect(200)).body).toMatchObject({ entity_id: null, entity_type: null });
    expect((await get(tenant, `/crm/calls/${calls.inboundUnknown}`).expect(200)).body).toMatchObject({ direction: 'inbound', call_status: null });
    await get(tenant, `/crm/calls/${calls.sideways}`).expect(404);

    // Nothing re-ran attempt registration: the import records no domain events.
    const events = await db.query(`select 1 from outbox_events where tenant_id = $1 and type in ('call.recorded', 'opportunity.created')`, [tenant.id]);
    expect(events.rowCount).toBe(0);

    const { lines, summary } = readReport(report);
    expect(reasonsOf(lines)).toEqual(reasonsOf([
      { legacy_id: contacts.anaAgain, action: 'deduplicated', reason: 'same_phone' },
      { legacy_id: contacts.badPhone, action: 'altered', reason: 'phone_invalid' },
      { legacy_id: contacts.nobody, action: 'rejected', reason: 'contact_unreachable' },
      { legacy_id: stages.duplicateStage, action: 'skipped', reason: 'stage_row_duplicate' },
      { legacy_id: stages.orphanStage, action: 'skipped', reason: 'stage_row_without_opportunity' },
      { legacy_id: stages.otherEntityStage, action: 'skipped', reason: 'stage_row_other_entity' },
      { legacy_id: opportunities.noStage, action: 'altered', reason: 'detected_at_missing' },
      { legacy_id: opportunities.unknownStage, action: 'altered', reason: 'priority_unknown' },
      { legacy_id: opportunities.unknownStage, action: 'altered', reason: 'status_unknown' },
      { legacy_id: stages.limboStage, action: 'altered', reason: 'stage_unknown' },
      { legacy_id: opportunities.brokenAttempts, action: 'altered', reason: 'attempt_status_invalid' },
      { legacy_id: opportunities.brokenAttempts, action: 'altered', reason: 'attempt_call_id_invalid' },
      { legacy_id: opportunities.brokenAttempts, action: 'altered', reason: 'attempt_number_out_of_range' },
      { legacy_id: opportunities.notAnObject, action: 'altered', reason: 'attempts_not_an_object' },
      { legacy_id: opportunities.ofNobody, action: 'rejected', reason: 'contact_not_imported' },
      { legacy_id: calls.callWithNobody, action: 'altered', reason: 'contact_not_imported' },
      { legacy_id: calls.sideways, action: 'rejected', reason: 'direction_unknown' },
      { legacy_id: calls.secondPbx, action: 'altered', reason: 'external_call_id_repeated' },
    ] as ReportLine[]));
    expect(lines.find((line) => line.reason === 'same_phone')!.mapped_to).toBe(contacts.ana);
    expect(lines.find((line) => line.reason === 'stage_row_duplicate')!.mapped_to).toBe(stages.linkedStage);
    expect(summary.counts).toMatchObject({
      contacts: { read: 6, created: 4, deduplicated: 1, errors: 1, altered: 1 },
      lead_opportunities: { read: 7, created: 6, errors: 1, altered: 4 },
      pipeline_stages: { read: 6, linked: 3, created: 3, skipped: 3, altered: 1 },
      calls: { read: 7, created: 6, errors: 1, altered: 2 },
    });

    expect(run.stdout).toMatch(/opportunities without a pipeline stage\s+0\s+ok/);
    expect(run.stdout).toMatch(/lead_opportunities\s+7\s+6\s+0\s+0\s+0\s+0\s+1\s+4/);
  });

  it('writes one audit entry per batch (actor system, action import), not one per row', async () => {
    const legacy = await aLegacyDatabase();
    for (let i = 0; i < 5; i++) await legacy.opportunity(await legacy.contact());
    const tenant = await aTenant(app);

    // Three writers: batches are written at once, yet commit (and are audited) in order.
    expect((await importLegacy(legacy, tenant, '--batch', '2', '--writers', '3', '--report', reportPath())).code).toBe(0);

    const { rows } = await db.query<{ actor_type: string; action: string; changes: Record<string, { to: unknown }> }>(
      `select actor_type, action, changes from audit_log where tenant_id = $1 and entity_type = 'legacy_import' order by id`, [tenant.id]);
    expect(rows.map((row) => [row.changes.phase!.to, row.actor_type, row.action])).toEqual([
      ...Array(3).fill(['contacts', 'system', 'import']),
      ...Array(3).fill(['opportunities', 'system', 'import']),
    ]);
    expect(rows.map((row) => row.changes.lead_opportunities?.to ?? row.changes.contacts?.to)).toEqual([
      { created: 2 }, { created: 2 }, { created: 1 }, { created: 2 }, { created: 2 }, { created: 1 },
    ]);
    expect(rows.filter((row) => row.changes.phase!.to === 'opportunities').map((row) => row.changes.pipeline_stages?.to))
      .toEqual([{ created: 2 }, { created: 2 }, { created: 1 }]);
  });

  it('a second run over the same source changes nothing and counts everything as already imported', async () => {
    const { legacy } = await anAwkwardLegacyDatabase();
    const tenant = await aTenant(app);
    expect((await importLegacy(legacy, tenant, '--batch', '3', '--report', reportPath())).code).toBe(0);
    const first = await snapshot(tenant.id);

    const report = reportPath();
    const again = await importLegacy(legacy, tenant, '--batch', '3', '--report', report);

    expect(again.code).toBe(0);
    expect(await snapshot(tenant.id)).toEqual(first);
    expect(readReport(report).summary.counts).toMatchObject({
      contacts: { read: 6, created: 0, deduplicated: 0, unchanged: 5, errors: 1 },
      lead_opportunities: { read: 7, created: 0, unchanged: 6, errors: 1 },
      pipeline_stages: { linked: 0, created: 0, unchanged: 6 },
      calls: { read: 7, created: 0, unchanged: 6, errors: 1 },
    });
  });

  it('after a batch fails midway, the next run continues after the last committed batch', async () => {
    const legacy = await aLegacyDatabase();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await legacy.opportunity(await legacy.contact()));
    ids.sort();
    const tenant = await aTenant(app);
    // The database refuses the sixth opportunity: batches 1 and 2 of 2 rows commit, batch 3 fails.
    const refused = ids[5]!;
    const trigger = `refuse_${refused.replace(/-/g, '')}`;
    await db.query(`create function ${trigger}() returns trigger language plpgsql as $$
      begin raise exception 'disk full (simulated)'; end $$`);
    await db.query(`create trigger ${trigger} before insert on lead_opportunities for each row
      when (new.id = '${refused}') execute function ${trigger}()`);
    let failed;
    try {
      failed = await importLegacy(legacy, tenant, '--batch', '2', '--report', reportPath());
    } finally {
      await db.query(`drop trigger ${trigger} on lead_opportunities`);
      await db.query(`drop function ${trigger}()`);
    }

    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('disk full (simulated)');
    const imported = await db.query<{ id: string }>('select id from lead_opportunities where tenant_id = $1 order by id', [tenant.id]);
    expect(imported.rows.map((row) => row.id)).toEqual(ids.slice(0, 4));
    const run = await db.query<{ id: string; status: string; last_error: string }>(
      'select id, status, last_error from legacy_import_runs where tenant_id = $1', [tenant.id]);
    expect(run.rows).toEqual([{ id: expect.any(String), status: 'failed', last_error: expect.stringContaining('disk full') }]);

    const report = reportPath();
    const resumed = await importLegacy(legacy, tenant, '--batch', '2', '--report', report);

    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`Resuming import ${run.rows[0]!.id}`);
    const after = await db.query<{ id: string }>('select id from lead_opportunities where tenant_id = $1 order by id', [tenant.id]);
    expect(after.rows.map((row) => row.id)).toEqual(ids);
    const history = await db.query('select opportunity_id from opportunity_stage_history where tenant_id = $1', [tenant.id]);
    expect(history.rowCount).toBe(10);
    // The run's totals span both attempts; this invocation read only what was left.
    const { summary } = readReport(report);
    expect(summary.counts).toMatchObject({ contacts: { created: 10 }, lead_opportunities: { read: 10, created: 10, unchanged: 0 } });
    expect(summary.rows).toMatchObject({ contacts: 0, opportunities: 6 });
    const status = await db.query('select status from legacy_import_runs where tenant_id = $1', [tenant.id]);
    expect(status.rows).toEqual([{ status: 'completed' }]);
  });

  it('--dry-run reads and validates everything, reports what the import would do, and writes nothing', async () => {
    const { legacy } = await anAwkwardLegacyDatabase();
    const tenant = await aTenant(app);
    const untouched = await snapshot(tenant.id);
    const dryReport = reportPath();

    const dry = await importLegacy(legacy, tenant, '--dry-run', '--batch', '2', '--report', dryReport);

    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run (nothing is written)');
    expect(await snapshot(tenant.id)).toEqual(untouched);
    expect((await db.query('select 1 from legacy_import_runs where tenant_id = $1', [tenant.id])).rowCount).toBe(0);

    // What it predicted is what the import then does.
    const realReport = reportPath();
    expect((await importLegacy(legacy, tenant, '--batch', '2', '--report', realReport)).code).toBe(0);
    const predicted = readReport(dryReport);
    const actual = readReport(realReport);
    expect(reasonsOf(predicted.lines)).toEqual(reasonsOf(actual.lines));
    expect(predicted.summary.counts).toEqual(actual.summary.counts);
  });

  it('an import into tenant A is invisible to tenant B, and B importing the same source cannot touch A\'s rows', async () => {
    const { legacy, contacts, opportunities, calls } = await anAwkwardLegacyDatabase();
    const a = await aTenant(app);
    const b = await aTenant(app);
    expect((await importLegacy(legacy, a, '--report', reportPath())).code).toBe(0);
    const aBefore = await snapshot(a.id);

    expect((await get(b, '/crm/contacts').expect(200)).body.data).toEqual([]);
    expect((await get(b, '/crm/opportunities').expect(200)).body.data).toEqual([]);
    expect((await get(b, '/crm/calls').expect(200)).body.data).toEqual([]);
    await get(b, `/crm/opportunities/${opportunities.linked}`).expect(404);
    await get(b, `/crm/contacts/${contacts.ana}`).expect(404);
    await get(b, `/crm/calls/${calls.callToAna}`).expect(404);

    const report = reportPath();
    expect((await importLegacy(legacy, b, '--report', report)).code).toBe(0);

    expect(await snapshot(a.id)).toEqual(aBefore);
    expect((await get(b, '/crm/opportunities').expect(200)).body.data).toEqual([]);
    const { lines } = readReport(report);
    expect(lines.filter((line) => line.table === 'contacts' && line.reason === 'id_in_use')).toHaveLength(4);
    expect(lines.filter((line) => line.table === 'lead_opportunities' && line.action === 'rejected')).toHaveLength(7);
    expect(lines.filter((line) => line.table === 'calls' && line.reason === 'id_in_use')).toHaveLength(6);
  });

  it('refuses a second import of the same source into the same tenant while one runs', async () => {
    const legacy = await aLegacyDatabase();
    await legacy.contact();
    const tenant = await aTenant(app);
    const holder = await db.connect();
    try {
      await holder.query('select pg_advisory_lock(hashtextextended($1, 0))', [`legacy-import:${tenant.id}:${new URL(legacy.url).host}/${legacy.name}`]);
      const run = await importLegacy(legacy, tenant, '--report', reportPath());
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('is already running');
    } finally {
      await holder.query('select pg_advisory_unlock_all()');
      holder.release();
    }
    expect((await db.query('select 1 from contacts where tenant_id = $1', [tenant.id])).rowCount).toBe(0);
  });

  it('answers bad options with a message and exit code 1, before touching anything', async () => {
    const legacy = await aLegacyDatabase();
    const tenant = await aTenant(app);

    const notUuid = await cli(app.config, 'import-legacy', '--source', legacy.url, '--tenant', 'acme');
    expect(notUuid).toMatchObject({ code: 1, stderr: expect.stringContaining("option '--tenant <id>' argument 'acme' is invalid. not a UUID.") });
    const noSource = await cli(app.config, 'import-legacy', '--tenant', tenant.id);
    expect(noSource).toMatchObject({ code: 1, stderr: expect.stringContaining("required option '--source <url>' not specified") });
    const badBatch = await cli(app.config, 'import-legacy', '--source', legacy.url, '--tenant', tenant.id, '--batch', '0');
    expect(badBatch).toMatchObject({ code: 1, stderr: expect.stringContaining('an integer from 1 to 50000') });
    const badWriters = await cli(app.config, 'import-legacy', '--source', legacy.url, '--tenant', tenant.id, '--writers', '0');
    expect(badWriters).toMatchObject({ code: 1, stderr: expect.stringContaining("option '--writers <n>' argument '0' is invalid. an integer from 1 to 8.") });
    const unknownTenant = await importLegacy(legacy, { ...tenant, id: randomUUID() }, '--report', reportPath());
    expect(unknownTenant).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: tenant .* does not exist\n$/) });
    const unknownPipeline = await importLegacy(legacy, tenant, '--pipeline', randomUUID(), '--report', reportPath());
    expect(unknownPipeline).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: pipeline .* was not found\n$/) });
  });
});

describe('verify', () => {
  it('runs seed 000\'s three checks and prints their counts', async () => {
    const run = await cli(app.config, 'verify');

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/opportunities without a pipeline stage\s+0\s+ok/);
    expect(run.stdout).toMatch(/stage rows shared by opportunities\s+0\s+ok/);
    expect(run.stdout).toMatch(/opportunities with more than one stage row\s+0\s+ok/);
  });
});

describe('sync-attempts', () => {
  it('registers imported historical calls as first-call attempts, in call order, from --since', async () => {
    const legacy = await aLegacyDatabase();
    const contact = await legacy.contact();
    const opportunity = await legacy.opportunity(contact);
    const early = await legacy.call(contact, { call_status: 'no_answer', started_at: '2024-03-03 10:00:00' });
    const later = await legacy.call(contact, { call_status: 'completed', started_at: '2024-03-04 10:00:00' });
    await legacy.call(contact, { direction: 'inbound', call_status: 'completed', started_at: '2024-03-05 10:00:00' });
    const tenant = await aTenant(app);
    expect((await importLegacy(legacy, tenant, '--report', reportPath())).code).toBe(0);
    const attempts = async () => (await get(tenant, `/crm/opportunities/${opportunity}`).expect(200)).body;
    expect((await attempts()).first_call_attempts).toEqual({});

    const none = await cli(app.config, 'sync-attempts', '--tenant', tenant.id, '--since', '2024-04-01');
    expect(none).toMatchObject({ code: 0, stdout: expect.stringContaining('Synced 0 outbound call(s) of 1 tenant(s)') });
    expect((await attempts()).first_call_attempts).toEqual({});

    const run = await cli(app.config, 'sync-attempts', '--tenant', tenant.id);

    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('Synced 2 outbound call(s) of 1 tenant(s)') });
    expect(await attempts()).toMatchObject({
      first_call_attempts: {
        1: { status: 'orange', call_id: early, attempted_at: '2024-03-03T10:00:00.000Z' },
        2: { status: 'green', call_id: later, attempted_at: '2024-03-04T10:00:00.000Z' },
      },
      first_call_completed: true,
      first_call_successful_attempt: 2,
      status: 'contacted',
    });
  });
});
