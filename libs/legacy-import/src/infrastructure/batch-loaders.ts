import type { ImportTable, ReportEntry, TableCounts } from '../domain/import-report.js';
import type { CallRow, ContactRow, Mapped, OpportunityRow } from '../application/import-legacy/legacy-rows.js';
import { copyText, type LoadMode, type TargetSession } from './target-session.js';

/*
 * The set-based half of the import: each function stages one batch with COPY and moves it into the
 * tenant's tables with a few INSERT … SELECT statements, inside the transaction the caller opened.
 * It bypasses the aggregates on purpose (see docs/architecture.md, "Legacy import"): the rows were
 * already shaped by the domain's rules (legacy-rows.ts), the database's own constraints (1:1:1,
 * tenant-carrying foreign keys, checks) still judge every row, and no domain events are recorded,
 * so importing calls does not re-run first-call attempt registration.
 *
 * Every statement names the tenant: writes stamp it, reads go through the session's tenant views
 * (import_contacts, import_contact_map, import_calls). The one unscoped read is the probe that
 * tells a legacy id already used by another tenant's row ("id_in_use") from one imported before:
 * ids are global keys.
 */

/**
 * The tables each phase's lookups read (`reads`), and those of them the phase itself grows
 * (`grows`): their statistics are refreshed when the phase starts and again as it doubles them (see
 * TargetSession.analyze). A dry run's lookups also read its session-private tables.
 */
export function lookupTables(phase: 'contacts' | 'opportunities' | 'calls', mode: LoadMode): { reads: string[]; grows: string[] } {
  const dry = mode === 'dry-run';
  switch (phase) {
    case 'contacts':
      return dry
        ? { reads: ['contacts', 'legacy_import_contacts', 'dry_contacts', 'dry_contact_map'], grows: ['dry_contacts', 'dry_contact_map'] }
        : { reads: ['contacts', 'legacy_import_contacts'], grows: ['contacts', 'legacy_import_contacts'] };
    case 'opportunities':
      return { reads: ['legacy_import_contacts', 'lead_opportunities', ...(dry ? ['dry_contact_map'] : [])], grows: [] };
    case 'calls':
      return dry
        ? { reads: ['legacy_import_contacts', 'calls', 'dry_contact_map', 'dry_calls'], grows: ['dry_calls'] }
        : { reads: ['legacy_import_contacts', 'calls'], grows: ['calls'] };
  }
}

/**
 * The tenant's tables an import fills. Their statistics are refreshed once it is done, so the
 * verification that follows, and the application, are not planned for the empty tables they were.
 */
export const WRITTEN_TABLES = [
  'contacts', 'legacy_import_contacts', 'lead_opportunities', 'pipeline_stages', 'opportunity_stage_history', 'calls',
] as const;

export interface BatchOutcome {
  readonly counts: Partial<Record<ImportTable, Partial<TableCounts>>>;
  readonly report: ReportEntry[];
}

/** Why a staged row was not written, from the probe after the insert. */
function notWritten(row: { no_contact?: boolean; ours: boolean; taken: boolean }): 'unchanged' | string {
  if (row.ours) return 'unchanged';
  if (row.no_contact) return 'contact_not_imported';
  return row.taken ? 'id_in_use' : 'conflict';
}

const NOT_WRITTEN_DETAIL: Record<string, string> = {
  contact_not_imported: 'its legacy contact was not imported',
  id_in_use: 'another tenant already has a row with this id',
  conflict: 'a row with the same unique values was written meanwhile; run the import again',
};

function rejected(table: ImportTable, legacyId: string, reason: string): ReportEntry {
  return { table, legacy_id: legacyId, action: 'rejected', reason, detail: NOT_WRITTEN_DETAIL[reason] ?? reason };
}

/** The issues of rows that were written, plus how many distinct rows (per table) they altered. */
function alterations(issues: readonly ReportEntry[], counts: Partial<Record<ImportTable, Partial<TableCounts>>>): ReportEntry[] {
  const altered = new Map<ImportTable, Set<string>>();
  for (const issue of issues) {
    if (issue.action !== 'altered') continue;
    if (!altered.has(issue.table)) altered.set(issue.table, new Set());
    altered.get(issue.table)!.add(issue.legacy_id);
  }
  for (const [table, ids] of altered) {
    const tableCounts = (counts[table] ??= {});
    tableCounts.altered = (tableCounts.altered ?? 0) + ids.size;
  }
  return [...issues];
}

const CONTACT_COLUMNS = ['legacy_id', 'first_name', 'last_name', 'phone', 'email', 'manychat_id', 'created_at', 'updated_at'] as const;

/**
 * How a phase writes a batch: `stage` turns it into COPY text for the staging table (pure work in
 * memory, done while earlier batches are being written), `load` writes it inside the caller's
 * transaction.
 */
export interface BatchLoader<M> {
  stage(batch: readonly M[]): string;
  load(session: TargetSession, batch: readonly M[], staged: string): Promise<BatchOutcome>;
}

export const contactLoader: BatchLoader<Mapped<ContactRow>> = {
  stage: (batch) => copyText(batch.flatMap(({ row }) => (row ? [[
    row.legacyId, row.firstName, row.lastName, row.phone, row.email, row.manychatId, row.createdAt, row.updatedAt,
  ]] : []))),
  load: loadContacts,
};

async function loadContacts(session: TargetSession, batch: ReadonlyArray<Mapped<ContactRow>>, staged: string): Promise<BatchOutcome> {
  await session.copy('stg_contacts', CONTACT_COLUMNS, staged);
  // Lookups into the tenant's tables are scalar subqueries: one index probe per staged row, whatever
  // the size of the tenant (a join would let the planner hash the tenant's whole table per batch).
  // Imported by an earlier run: the map says so.
  await session.query(`
    update stg_contacts s set (outcome, target_id) =
      (select 'unchanged', m.contact_id from import_contact_map m where m.legacy_id = s.legacy_id)`);
  // The same person twice: a phone the tenant already has, or one earlier in this batch (first legacy id kept).
  await session.query(`
    update stg_contacts s set (outcome, target_id) =
      (select 'deduplicated', c.id from import_contacts c where c.phone = s.phone)
     where s.outcome is null and s.phone is not null`);
  await session.query(`
    update stg_contacts s set outcome = 'deduplicated', target_id = k.keeper
      from (select legacy_id, first_value(legacy_id) over (partition by phone order by legacy_id) as keeper
              from stg_contacts where outcome is null and phone is not null) k
     where k.legacy_id = s.legacy_id and k.keeper <> s.legacy_id`);
  // A ManyChat id identifies one subscriber per tenant: a second holder keeps its row but not the id.
  const manychatTaken = await session.query<{ legacy_id: string; manychat_id: string }>(`
    with ranked as (
      select legacy_id, manychat_id, row_number() over (partition by manychat_id order by legacy_id) as n,
             (select true from import_contacts c where c.manychat_id = s.manychat_id limit 1) as held
        from stg_contacts s where outcome is null and manychat_id is not null),
    taken as (select legacy_id, manychat_id from ranked where n > 1 or held)
    update stg_contacts s set manychat_id = null from taken where taken.legacy_id = s.legacy_id
    returning s.legacy_id, taken.manychat_id`);
  await session.query(session.mode === 'import'
    ? `with created as (
         insert into contacts (id, tenant_id, first_name, last_name, phone, email, manychat_id, version, created_at, updated_at)
         select legacy_id, $1, first_name, last_name, phone, email, manychat_id, 1, created_at, updated_at
           from stg_contacts where outcome is null order by legacy_id
         on conflict do nothing
         returning id)
       update stg_contacts s set outcome = 'created', target_id = s.legacy_id from created where created.id = s.legacy_id`
    : `with created as (
         insert into dry_contacts (id, phone, manychat_id)
         select legacy_id, phone, manychat_id from stg_contacts s
          where outcome is null and (select true from contacts c where c.id = s.legacy_id) is null
         returning id)
       update stg_contacts s set outcome = 'created', target_id = s.legacy_id from created where created.id = s.legacy_id`,
  session.mode === 'import' ? [session.tenantId] : []);
  // A duplicate is mapped only when the contact it maps onto exists (its keeper in this batch may have failed).
  const mappable = `
    select s.legacy_id, s.target_id from stg_contacts s
     where s.outcome = 'created'
        or (s.outcome = 'deduplicated' and (select true from import_contacts c where c.id = s.target_id))`;
  const mapped = await session.query<{ legacy_id: string }>(session.mode === 'import'
    ? `insert into legacy_import_contacts (tenant_id, legacy_id, contact_id) select $1, legacy_id, target_id from (${mappable}) m returning legacy_id`
    : `insert into dry_contact_map (legacy_id, contact_id) select legacy_id, target_id from (${mappable}) m returning legacy_id`,
  session.mode === 'import' ? [session.tenantId] : []);
  const outcomes = await session.query<{ legacy_id: string; outcome: string | null; target_id: string | null; taken: boolean }>(`
    select s.legacy_id, s.outcome, s.target_id,
           s.outcome is null and (select true from contacts c where c.id = s.legacy_id) is not null as taken
      from stg_contacts s`);

  const counts: Partial<TableCounts> = { read: batch.length, created: 0, deduplicated: 0, unchanged: 0, errors: 0 };
  const all: Partial<Record<ImportTable, Partial<TableCounts>>> = { contacts: counts };
  const report: ReportEntry[] = [];
  const issuesOf = new Map(batch.flatMap(({ row, issues }) => (row ? [[row.legacyId, issues] as const] : [])));
  const mappedIds = new Set(mapped.rows.map((row) => row.legacy_id));
  const manychat = new Map(manychatTaken.rows.map((row) => [row.legacy_id, row.manychat_id]));
  for (const { row, issues } of batch) {
    if (!row) {
      counts.errors! += 1;
      report.push(...issues);
    }
  }
  for (const { legacy_id: id, outcome, target_id: target, taken } of outcomes.rows) {
    if (outcome === 'unchanged') {
      counts.unchanged! += 1;
    } else if (outcome === 'created') {
      counts.created! += 1;
      const issues = [...issuesOf.get(id)!];
      if (manychat.has(id)) {
        issues.push({
          table: 'contacts', legacy_id: id, action: 'altered', reason: 'manychat_id_taken', field: 'manychat_id',
          value: manychat.get(id), detail: 'another contact of the tenant has this ManyChat id; imported without it',
        });
      }
      report.push(...alterations(issues, all));
    } else if (outcome === 'deduplicated' && mappedIds.has(id)) {
      counts.deduplicated! += 1;
      report.push({
        table: 'contacts', legacy_id: id, action: 'deduplicated', reason: 'same_phone', mapped_to: target!,
        detail: 'a contact with the same phone is kept; this legacy contact maps onto it',
      });
    } else {
      counts.errors! += 1;
      report.push(outcome === 'deduplicated'
        ? { table: 'contacts', legacy_id: id, action: 'rejected', reason: 'kept_contact_not_imported', mapped_to: target!, detail: 'the contact with the same phone could not be imported' }
        : rejected('contacts', id, taken ? 'id_in_use' : 'conflict'));
    }
  }
  return { counts: all, report };
}

const OPPORTUNITY_COLUMNS = [
  'id', 'legacy_contact_id', 'stage_id', 'current_stage', 'stage_entered_at', 'stage_created_at', 'stage_updated_at',
  'history_id', 'history_reason', 'opportunity_score', 'detection_reason', 'priority', 'status', 'detected_at',
  'first_call_attempts', 'first_call_completed', 'first_call_successful_attempt', 'last_contact_attempt_at', 'created_at', 'updated_at',
] as const;

/**
 * Opportunities with their stage row and the first entry of their stage history, in one statement:
 * the deferred 1:1:1 keys are checked at COMMIT, when both rows of every pair exist.
 */
export function stageOpportunities(batch: ReadonlyArray<Mapped<OpportunityRow>>): string {
  return copyText(batch.map(({ row }) => [
    row!.id, row!.legacyContactId, row!.stageId, row!.currentStage, row!.stageEnteredAt, row!.stageCreatedAt, row!.stageUpdatedAt,
    row!.historyId, row!.historyReason, row!.opportunityScore, row!.detectionReason, row!.priority, row!.status, row!.detectedAt,
    row!.firstCallAttempts, row!.firstCallCompleted, row!.firstCallSuccessfulAttempt, row!.lastContactAttemptAt, row!.createdAt, row!.updatedAt,
  ]));
}

export async function loadOpportunities(
  session: TargetSession,
  batch: ReadonlyArray<Mapped<OpportunityRow>>,
  staged: string,
  pipelineId: string,
): Promise<BatchOutcome> {
  await session.copy('stg_opportunities', OPPORTUNITY_COLUMNS, staged);
  // Each staged row resolves its contact through the map with one index probe (see loadContacts).
  const resolved = `
    resolved as (
      select s.*, (select m.contact_id from import_contact_map m where m.legacy_id = s.legacy_contact_id) as contact_id
        from stg_opportunities s)`;
  // Not written: no contact, or the id is taken (by this tenant: imported before; by another: in use).
  const unwritten = (candidates: string, filter = 'true') => `
    select id, no_contact, coalesce(owner, false) as ours, owner is not null as taken from (
      select r.id, r.contact_id is null as no_contact,
             (select l.tenant_id = $1 from lead_opportunities l where l.id = r.id) as owner
        from resolved r where ${candidates}) x
     where ${filter}`;
  const notCreated = await session.query<{ id: string; no_contact: boolean; ours: boolean; taken: boolean }>(session.mode === 'import'
    ? `with ${resolved},
       created as (
         insert into lead_opportunities (
           id, tenant_id, contact_id, pipeline_id, pipeline_stage_id, opportunity_score, detection_reason, priority, status,
           detected_at, first_call_attempts, first_call_completed, first_call_successful_attempt, last_contact_attempt_at,
           version, created_at, updated_at)
         select r.id, $1, r.contact_id, $2, r.stage_id, r.opportunity_score, r.detection_reason, r.priority, r.status,
                r.detected_at, r.first_call_attempts, r.first_call_completed, r.first_call_successful_attempt, r.last_contact_attempt_at,
                1, r.created_at, r.updated_at
           from resolved r where r.contact_id is not null
          order by r.id
         on conflict do nothing
         returning id),
       stages as (
         insert into pipeline_stages (id, tenant_id, entity_type, entity_id, current_stage, stage_entered_at, created_at, updated_at)
         select s.stage_id, $1, 'leads', s.id, s.current_stage, s.stage_entered_at, s.stage_created_at, s.stage_updated_at
           from stg_opportunities s join created using (id)),
       history as (
         insert into opportunity_stage_history (
           id, tenant_id, opportunity_id, pipeline_id, from_stage, to_stage, changed_at, reason, source, last_activity_at)
         select s.history_id, $1, s.id, $2, null, s.current_stage, s.stage_entered_at, s.history_reason, 'import',
                greatest(s.stage_entered_at, s.last_contact_attempt_at)
           from stg_opportunities s join created using (id))
       ${unwritten('not exists (select 1 from created c where c.id = r.id)')}`
    : `with ${resolved} ${unwritten('true', 'no_contact or owner is not null')}`,
  session.mode === 'import' ? [session.tenantId, pipelineId] : [session.tenantId]);

  const skipped = new Map(notCreated.rows.map((row) => [row.id, notWritten(row)]));
  const opportunities: Partial<TableCounts> = { read: batch.length, created: 0, unchanged: 0, errors: 0 };
  const stages: Partial<TableCounts> = { linked: 0, created: 0, unchanged: 0 };
  const all: Partial<Record<ImportTable, Partial<TableCounts>>> = { lead_opportunities: opportunities, pipeline_stages: stages };
  const report: ReportEntry[] = [];
  for (const { row, issues } of batch) {
    const why = skipped.get(row!.id);
    if (why === undefined) {
      opportunities.created! += 1;
      if (row!.stageLinked) stages.linked! += 1;
      else stages.created! += 1;
      report.push(...alterations(issues, all));
    } else if (why === 'unchanged') {
      opportunities.unchanged! += 1;
      stages.unchanged! += 1;
    } else {
      opportunities.errors! += 1;
      report.push(rejected('lead_opportunities', row!.id, why));
    }
  }
  return { counts: all, report };
}

const CALL_COLUMNS = [
  'id', 'legacy_contact_id', 'direction', 'call_status', 'external_call_id', 'from_number', 'to_number', 'started_at', 'ended_at',
  'duration_seconds', 'recording_url', 'call_result', 'summary', 'created_at',
] as const;

/** Calls keep their ids and attach to the imported contacts; provider `manual`, version 1. */
export const callLoader: BatchLoader<Mapped<CallRow>> = {
  stage: (batch) => copyText(batch.flatMap(({ row }) => (row ? [[
    row.id, row.legacyContactId, row.direction, row.callStatus, row.externalCallId, row.fromNumber, row.toNumber, row.startedAt,
    row.endedAt, row.durationSeconds, row.recordingUrl, row.callResult, row.summary, row.createdAt,
  ]] : []))),
  load: loadCalls,
};

async function loadCalls(session: TargetSession, batch: ReadonlyArray<Mapped<CallRow>>, staged: string): Promise<BatchOutcome> {
  await session.copy('stg_calls', CALL_COLUMNS, staged);
  // (tenant, provider, external_call_id) is unique. Repeats within the source come flagged from the
  // source query; what is left to check is a call the tenant already has with the id.
  const externalTaken = await session.query<{ id: string; external_call_id: string }>(`
    with taken as (
      select id, external_call_id from stg_calls s
       where external_call_id is not null
         and (select true from import_calls c
               where c.provider = 'manual' and c.external_call_id = s.external_call_id and c.id <> s.id limit 1))
    update stg_calls s set external_call_id = null from taken where taken.id = s.id
    returning s.id, taken.external_call_id`);
  // Contact and id lookups are one index probe per staged row (see loadContacts).
  const resolved = `
    resolved as (
      select s.*, (select m.contact_id from import_contact_map m where m.legacy_id = s.legacy_contact_id) as contact_id
        from stg_calls s)`;
  const outcomes = await session.query<{ id: string; created: boolean; contact_missing: boolean; ours: boolean; taken: boolean }>(
    `with ${resolved},
     created as (${session.mode === 'import'
      ? `insert into calls (
           id, tenant_id, entity_type, entity_id, direction, call_status, provider, external_call_id, from_number, to_number,
           started_at, ended_at, duration_seconds, recording_url, call_result, summary, version, created_at, updated_at)
         select r.id, $1, case when r.contact_id is null then null else 'contacts' end, r.contact_id, r.direction, r.call_status,
                'manual', r.external_call_id, r.from_number, r.to_number, r.started_at, r.ended_at, r.duration_seconds,
                r.recording_url, r.call_result, r.summary, 1, r.created_at, r.created_at
           from resolved r
          order by r.id
         on conflict do nothing
         returning id`
      : `insert into dry_calls (id, external_call_id)
         select s.id, s.external_call_id from stg_calls s where (select true from calls c where c.id = s.id) is null
         returning id`})
     select id, created, contact_missing, coalesce(owner, false) as ours, owner is not null as taken from (
       select r.id, c.id is not null as created, r.legacy_contact_id is not null and r.contact_id is null as contact_missing,
              case when c.id is null then (select k.tenant_id = $1 from calls k where k.id = r.id) end as owner
         from resolved r left join created c on c.id = r.id) x
      where not created or contact_missing`,
    [session.tenantId]);

  const counts: Partial<TableCounts> = { read: batch.length, created: 0, unchanged: 0, errors: 0 };
  const all: Partial<Record<ImportTable, Partial<TableCounts>>> = { calls: counts };
  const report: ReportEntry[] = [];
  const outcome = new Map(outcomes.rows.map((row) => [row.id, row]));
  const external = new Map(externalTaken.rows.map((row) => [row.id, row.external_call_id]));
  for (const { row, issues } of batch) {
    if (!row) {
      counts.errors! += 1;
      report.push(...issues);
      continue;
    }
    const result = outcome.get(row.id);
    if (result && !result.created) {
      const why = notWritten(result);
      if (why === 'unchanged') counts.unchanged! += 1;
      else {
        counts.errors! += 1;
        report.push(rejected('calls', row.id, why));
      }
      continue;
    }
    counts.created! += 1;
    const altered = [...issues];
    if (result?.contact_missing) {
      altered.push({
        table: 'calls', legacy_id: row.id, action: 'altered', reason: 'contact_not_imported', field: 'entity_id',
        value: row.legacyContactId, detail: 'its legacy contact was not imported; imported without a contact',
      });
    }
    if (external.has(row.id)) {
      altered.push({
        table: 'calls', legacy_id: row.id, action: 'altered', reason: 'external_call_id_taken', field: 'external_call_id',
        value: external.get(row.id), detail: 'another call of the tenant has this external id; imported without it',
      });
    }
    report.push(...alterations(altered, all));
  }
  return { counts: all, report };
}
