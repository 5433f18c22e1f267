// Legacy import (issue 13): a generated legacy database in the seeds' schema
// (BENCH_LEGACY_OPPORTUNITIES, 1,000,000 opportunities, half without a stage row; 300,000 contacts;
// 2,000,000 calls) imported into a fresh tenant by the production CLI, timed per phase from the
// run's own summary, with the CLI's peak RSS. Then, on the same source, a faithful port of seed 000's
// row-by-row script on its first BENCH_SEED_LOOP_ROWS (20,000) rows, extrapolated to the whole
// source, to give the speed-up factor.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  config, createTenant, fmt, log, main, mb, nodeBin, positiveInt, round, target, withClient,
} from '../harness.mjs';

const OPPORTUNITIES = positiveInt('BENCH_LEGACY_OPPORTUNITIES', 1_000_000);
const CONTACTS = Math.max(1, Math.round(OPPORTUNITIES * 0.3));
const CALLS = OPPORTUNITIES * 2;
const SEED_LOOP_ROWS = Math.min(OPPORTUNITIES, positiveInt('BENCH_SEED_LOOP_ROWS', 20_000));
const BATCH = positiveInt('BENCH_LEGACY_BATCH', 5_000);
const WRITERS = positiveInt('BENCH_LEGACY_WRITERS', 2);
const RSS_SAMPLE_MS = 200;

// Bumped whenever the generator below changes, so a stale cached source is rebuilt.
const GENERATOR_VERSION = 1;

function legacyUrl() {
  const url = new URL(config.databaseUrl);
  url.pathname = `/${url.pathname.slice(1)}_legacy_${OPPORTUNITIES}`;
  return url.toString();
}

/**
 * The legacy database, generated in SQL and kept between runs (generating 3.3 million rows takes
 * longer than importing them). Deterministic ids (md5 of a counter) let the tables refer to each
 * other without lookups. The awkward cases of the seeds are all there, at fixed rates: phones in the
 * old formats, missing (1 in 50) and shared (1 in 100); stage rows linked back, pointing at their
 * opportunity only (seed 000's case), with stage names the pipeline does not have (1 in 20), and of
 * other entity types; unknown priorities and statuses; attempt JSON with entries to drop.
 */
async function ensureLegacySource() {
  const url = legacyUrl();
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(config.databaseUrl);
  admin.pathname = '/postgres';
  const ready = await withClient(admin.toString(), async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`create database "${name}"`);
      return false;
    }
    return true;
  });
  if (ready) {
    const version = await withClient(url, (client) => client.query('select version from bench_generator').then((r) => r.rows[0]?.version, () => null));
    if (version === GENERATOR_VERSION) return url;
    await withClient(admin.toString(), async (client) => {
      await client.query(`drop database "${name}" with (force)`);
      await client.query(`create database "${name}"`);
    });
  }
  log(`legacy-import: generating the legacy source (${OPPORTUNITIES} opportunities, ${CONTACTS} contacts, ${CALLS} calls)`);
  const started = Date.now();
  const schema = readFileSync(new URL('../../libs/legacy-import/legacy-schema.sql', import.meta.url), 'utf8');
  await withClient(url, async (client) => {
    await client.query(schema);
    await client.query(`
      insert into contacts (id, first_name, last_name, phone, email, manychat_id, created_at)
      select md5('c' || i)::uuid, 'Nombre' || i, 'Apellido' || i,
             case when i % 50 = 0 then null
                  when i % 100 = 1 and i > 2 then '+52 1 55 ' || lpad((i - 2)::text, 8, '0')
                  when i % 3 = 0 then '55' || lpad(i::text, 8, '0')
                  else '+52 1 55 ' || lpad(i::text, 8, '0') end,
             case when i % 4 = 0 then 'c' || i || '@example.com' end,
             case when i % 5 = 0 then 'mc' || i end,
             timestamp '2023-01-01' + i * interval '1 minute'
        from generate_series(1, $1) i`, [CONTACTS]);
    // Stage rows for every other opportunity: linked back for half of them, pointing one way only
    // for the other half; one in 20 with a stage name the pipeline does not have.
    await client.query(`
      insert into pipeline_stages (id, entity_type, entity_id, current_stage, created_at, updated_at)
      select md5('s' || i)::uuid, 'leads', md5('o' || i)::uuid,
             (array['agent_initial','perfilamiento','calificacion_financiera','agendado','seguimiento','ganado','perdido','etapa_vieja'])
               [case when i % 20 = 0 then 8 else 1 + (i / 2) % 7 end],
             timestamp '2024-01-01' + i * interval '10 seconds', timestamp '2024-01-02' + i * interval '10 seconds'
        from generate_series(2, $1, 2) i`, [OPPORTUNITIES]);
    await client.query(`
      insert into pipeline_stages (id, entity_type, entity_id, current_stage, created_at)
      select md5('x' || i)::uuid, 'contacts', md5('c' || i)::uuid, 'agent_initial', timestamp '2024-01-01'
        from generate_series(1, $1 / 100) i`, [OPPORTUNITIES]);
    await client.query(`
      insert into lead_opportunities (
        id, contact_id, pipeline_stage_id, opportunity_score, detection_reason, priority, status, detected_at,
        first_call_attempts, first_call_completed, first_call_successful_attempt, last_contact_attempt_at, created_at)
      select md5('o' || i)::uuid, md5('c' || (1 + i % $2))::uuid,
             case when i % 4 = 0 then md5('s' || i)::uuid end,
             i % 101, 'detección ' || i,
             (array['low','medium','high','urgent','altísima'])[1 + i % 5],
             (array['pending','assigned','contacted','qualified','won','lost','en espera'])[1 + i % 7],
             timestamp '2024-01-01' + i * interval '10 seconds',
             case when i % 3 = 0 then jsonb_build_object(
                    '1', jsonb_build_object('status', 'orange', 'call_id', md5('k' || (2 * i))::uuid, 'attempted_at', '2024-02-01T10:00:00'),
                    '2', jsonb_build_object('status', case when i % 9 = 0 then 'blue' else 'green' end,
                                             'call_id', md5('k' || (2 * i + 1))::uuid, 'attempted_at', '2024-02-02T10:00:00'))
                  when i % 3 = 1 then null else '{}'::jsonb end,
             i % 3 = 0 and i % 9 <> 0, case when i % 3 = 0 and i % 9 <> 0 then 2 end,
             case when i % 3 = 0 then timestamp '2024-02-02 10:00:00' end,
             timestamp '2024-01-01' + i * interval '10 seconds'
        from generate_series(1, $1) i`, [OPPORTUNITIES, CONTACTS]);
    await client.query(`
      insert into calls (id, entity_type, entity_id, direction, call_status, external_call_id, from_number, to_number,
                         started_at, ended_at, duration_seconds, created_at)
      select md5('k' || i)::uuid, 'contacts', md5('c' || (1 + (i / 2) % $2))::uuid,
             case when i % 2 = 0 then 'outbound' else 'inbound' end,
             (array['completed','no_answer','busy','failed'])[1 + i % 4], 'pbx-' || i, '+525500000000', '+525511111111',
             timestamp '2024-02-01' + i * interval '5 seconds', timestamp '2024-02-01' + i * interval '5 seconds' + interval '90 seconds',
             90, timestamp '2024-02-01' + i * interval '5 seconds'
        from generate_series(1, $1) i`, [CALLS, CONTACTS]);
    await client.query('analyze');
    await client.query('create table bench_generator (version integer not null)');
    await client.query('insert into bench_generator values ($1)', [GENERATOR_VERSION]);
  });
  log(`legacy-import: source generated in ${round((Date.now() - started) / 1000, 1)} s`);
  return url;
}

/** Runs the production CLI's import-legacy; answers its exit code, output and peak RSS (MB). */
function runImport(source, tenantId, reportPath) {
  const script = path.join(config.dist, 'apps/cli/src/main.js');
  const child = spawn(nodeBin, [
    '--max-old-space-size=160', '--max-semi-space-size=8', script,
    'import-legacy', '--source', source, '--tenant', tenantId, '--batch', String(BATCH), '--writers', String(WRITERS), '--report', reportPath,
  ], {
    env: {
      ...process.env, DATABASE_URL: config.databaseUrl, REDIS_URL: config.redisUrl, NODE_ENV: 'production',
      LOG_LEVEL: 'warn', SECRETS_KEY: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakKb = 0;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      for (const field of ['VmRSS', 'VmHWM']) {
        const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      }
    } catch {
      // Exited.
    }
  };
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, output, rssMb: peakKb / 1024 });
    });
  });
}

/** The summary line the import writes last in its JSON-lines report. */
function summaryOf(reportPath) {
  const lines = readFileSync(reportPath, 'utf8').trimEnd().split('\n');
  return JSON.parse(lines.at(-1)).summary;
}

/**
 * Seed 000's `migrate_opportunities_with_pipelines`, ported faithfully: load the opportunities
 * without a stage, then per row a query for its stage row (`.first()`), and either link it or
 * insert a new stage row and flush, each change sent as its own statement, as SQLAlchemy's flush
 * does; one commit at the end. It runs on the legacy source itself inside a transaction that is
 * rolled back, so the source stays as generated. The index on `pipeline_stages(entity_id)` that the
 * legacy schema lacks is created inside that transaction: without it every row scans the stage
 * table, so the factor below is a lower bound.
 */
async function seedLoop(source) {
  const client = new pg.Client({ connectionString: source });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('create index bench_stage_entity on pipeline_stages (entity_id)');
    const started = performance.now();
    const { rows } = await client.query(
      'select id from lead_opportunities where pipeline_stage_id is null order by id limit $1', [SEED_LOOP_ROWS]);
    let created = 0;
    for (const opportunity of rows) {
      const existing = await client.query(
        `select id from pipeline_stages where entity_type = 'leads' and entity_id = $1 limit 1`, [opportunity.id]);
      let stageId = existing.rows[0]?.id;
      if (!stageId) {
        stageId = (await client.query(
          `insert into pipeline_stages (id, entity_type, entity_id, current_stage, created_at, updated_at)
           values (gen_random_uuid(), 'leads', $1, 'agent_initial', now(), now()) returning id`, [opportunity.id])).rows[0].id;
        created += 1;
      }
      await client.query('update lead_opportunities set pipeline_stage_id = $1 where id = $2', [stageId, opportunity.id]);
    }
    const seconds = (performance.now() - started) / 1000;
    const withoutStage = (await client.query('select count(*)::int as n from lead_opportunities where pipeline_stage_id is null')).rows[0].n
      + rows.length;
    return { rows: rows.length, created, seconds, withoutStage };
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end();
  }
}

async function run(ctx) {
  const source = await ensureLegacySource();
  // Legacy ids are kept and ids are unique across tenants: an earlier run's tenant would make this
  // one report every row as id_in_use. Its rows go with it (ON DELETE CASCADE).
  log('legacy-import: deleting the tenants of earlier runs');
  await withClient(config.databaseUrl, (client) => client.query(`delete from tenants where name like 'Legacy import %'`));
  const { tenantId } = await createTenant(ctx, `Legacy import ${Date.now()}`);
  const reportPath = path.join(tmpdir(), `leadline-bench-import-${tenantId}.jsonl`);
  log(`legacy-import: importing into tenant ${tenantId} (batch ${BATCH}, ${WRITERS} writers)`);
  // The machine's load around the import: on a shared machine the phases get only a share of the
  // cores, and the numbers below are worth reading with it.
  const loadBefore = loadavg();
  const started = performance.now();
  const imported = await runImport(source, tenantId, reportPath);
  const wallS = (performance.now() - started) / 1000;
  const loadAfter = loadavg();
  if (imported.code !== 0) throw new Error(`import-legacy exited ${imported.code}:\n${imported.output.slice(-3000)}`);
  const summary = summaryOf(reportPath);

  log(`legacy-import: seed 000's loop on ${SEED_LOOP_ROWS} rows`);
  const seed = await seedLoop(source);
  const seedExtrapolatedS = (seed.seconds / seed.rows) * seed.withoutStage;
  const opportunitiesS = summary.seconds.opportunities;
  // The seed's script only attaches stages to opportunities that lack one; ours imports every
  // opportunity with its stage and history. Compared per opportunity, over the whole source.
  const seedPerSourceS = (seed.seconds / seed.rows) * OPPORTUNITIES;
  const counts = summary.counts;
  const verified = summary.verification.every((check) => check.passed);

  const targets = [
    target('opportunities and their stages', opportunitiesS, { max: 60 }, (s) => `${fmt(s)} s`),
    target('CLI peak RSS', imported.rssMb, { max: 300 }, mb),
    target('seed 000 verification', verified ? 1 : 0, { min: 1 }, (v) => (v === 1 ? 'passes' : 'fails')),
  ];
  return {
    name: 'legacy-import',
    pass: targets.every((t) => t.pass),
    source: { opportunities: OPPORTUNITIES, contacts: CONTACTS, calls: CALLS, batch: BATCH, writers: WRITERS },
    load_average: { before: loadBefore.map((l) => round(l, 2)), after: loadAfter.map((l) => round(l, 2)) },
    seconds: Object.fromEntries(Object.entries(summary.seconds).map(([phase, s]) => [phase, round(s, 2)])),
    wall_s: round(wallS, 1),
    counts,
    verification: summary.verification,
    cli_rss_mb: round(imported.rssMb, 1),
    seed_loop: {
      rows: seed.rows, created: seed.created, seconds: round(seed.seconds, 2),
      opportunities_without_stage: seed.withoutStage, extrapolated_s: round(seedExtrapolatedS, 1),
      extrapolated_per_source_s: round(seedPerSourceS, 1),
    },
    speedup_vs_seed_loop: round(seedPerSourceS / opportunitiesS, 1),
    targets,
    rows: [
      ['source: opportunities / contacts / calls', `${OPPORTUNITIES} / ${CONTACTS} / ${CALLS}`],
      ['load average (1, 5, 15 min) before / after the import', `${loadBefore.map((l) => fmt(l, 2)).join(', ')} / ${loadAfter.map((l) => fmt(l, 2)).join(', ')}`],
      ['contacts phase', `${fmt(summary.seconds.contacts)} s = ${fmt(CONTACTS / summary.seconds.contacts, 0)} rows/s (${counts.contacts.created} created, ${counts.contacts.deduplicated} deduplicated)`],
      ['stage rows phase', `${fmt(summary.seconds.stage_rows)} s (${counts.pipeline_stages.skipped} skipped)`],
      ['opportunities phase', `${fmt(opportunitiesS)} s = ${fmt(OPPORTUNITIES / opportunitiesS, 0)} rows/s (${counts.pipeline_stages.linked} stages linked, ${counts.pipeline_stages.created} created)`],
      ['calls phase (reported apart)', `${fmt(summary.seconds.calls)} s = ${fmt(CALLS / summary.seconds.calls, 0)} rows/s`],
      ['whole command, with verification', `${fmt(wallS)} s`],
      ['seed 000 loop', `${seed.rows} rows in ${fmt(seed.seconds)} s = ${fmt(seed.rows / seed.seconds, 0)} rows/s`],
      ['seed loop extrapolated', `${fmt(seedExtrapolatedS)} s for the ${seed.withoutStage} without a stage, ${fmt(seedPerSourceS)} s per ${OPPORTUNITIES}`],
      ['speed-up (per opportunity)', `${fmt(seedPerSourceS / opportunitiesS)}×`],
      ['CLI peak RSS', mb(imported.rssMb)],
    ],
  };
}

const scenario = { name: 'legacy-import', run };
export default scenario;

if (import.meta.url === `file://${process.argv[1]}`) main([scenario]);
