// Issue 11: pipeline metrics, inactive leads and a full lead-score recompute at a million
// opportunities (see bench/README.md, "Scenario pipeline-metrics").
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  api, config, failedScenario, fmt, log, main, ms, repoRoot, round, target, withClient,
} from '../harness.mjs';

export default { name: 'pipeline-metrics', run };

const env = process.env;
const OPPORTUNITIES = Number(env.BENCH_PIPELINE_OPPORTUNITIES ?? 1_000_000);
const VISITS = 5; // stage-history rows per opportunity: 5 M at the default
const CHUNK = 100_000;
const REQUESTS = Number(env.BENCH_PIPELINE_REQUESTS ?? 100);
const RECOMPUTE_TIMEOUT_S = 600;
const OPEN_STAGES = ['agent_initial', 'perfilamiento', 'calificacion_financiera', 'agendado', 'seguimiento', 'referidos'];

/**
 * One chunk of opportunities with their stage rows and five visits each, generated in SQL: a walk
 * over the sales pipeline (mostly forward, 10 % backward moves, 20 % skips), the last visit won
 * (30 %), lost (30 %) or open, 1–21 days per visit, the last visit entered 0–900 days ago (so about
 * 3 % of the visits fall in the default 30-day window, as in a pipeline that has been running for years);
 * the current visit's last activity somewhere between its start and now. No lead score yet: the
 * recompute then computes every one.
 */
const GENERATE = `
  with steps as (
    select n, j,
           case when j = 0 then 0 else (case when random() < 0.1 then -1 when random() < 0.25 then 2 else 1 end) end as step,
           (1 + random() * 20) * interval '1 day' as dwell,
           random() as r
      from generate_series($2::int, $3::int) n, generate_series(0, ${VISITS - 1}) j
  ), walk as (
    select n, j, dwell, r,
           least(greatest(sum(step) over (partition by n order by j), 0), 5) as open_pos
      from steps
  ), visits as (
    select n, j,
           case when j < ${VISITS - 1} then open_pos when r < 0.3 then 6 when r < 0.6 then 7 else open_pos end as pos,
           coalesce(sum(dwell) over (partition by n order by j rows between unbounded preceding and 1 preceding), interval '0') as offset_at
      from walk
  ), placed as (
    select *, max(offset_at) over (partition by n) as last_offset from visits
  ), opportunities as (
    select n, gen_random_uuid() as id, gen_random_uuid() as stage_id,
           now() - random() * 900 * interval '1 day' as last_entered_at,
           (array[$5::uuid, $6::uuid, $7::uuid, $8::uuid, $9::uuid])[1 + n % 5] as contact_id
      from generate_series($2::int, $3::int) n
  ), timed as (
    select v.n, v.j, v.pos, o.id, o.stage_id, o.contact_id, o.last_entered_at - (v.last_offset - v.offset_at) as changed_at,
           lead(o.last_entered_at - (v.last_offset - v.offset_at)) over (partition by v.n order by v.j) as left_at,
           max(case v.pos when 6 then 100 when 7 then -1 else v.pos end)
             over (partition by v.n order by v.j rows between 1 following and unbounded following) as later_best
      from placed v join opportunities o using (n)
  ), stages(pos, key, status) as (
    select i - 1, key, case key when 'ganado' then 'won' when 'perdido' then 'lost' else 'contacted' end
      from unnest(array['agent_initial', 'perfilamiento', 'calificacion_financiera', 'agendado', 'seguimiento', 'referidos', 'ganado', 'perdido'])
           with ordinality as s(key, i)
  ), history as (
    insert into opportunity_stage_history
      (id, tenant_id, opportunity_id, pipeline_id, from_stage, to_stage, changed_at, reason, source, left_at, advanced, last_activity_at)
    select gen_random_uuid(), $1, t.id, $4, null, s.key, t.changed_at, null, 'bench', t.left_at,
           t.pos <= 5 and coalesce(t.later_best, -1) > t.pos,
           coalesce(t.left_at, t.changed_at + random() * (now() - t.changed_at))
      from timed t join stages s using (pos)
    returning opportunity_id, to_stage, changed_at, left_at
  ), current as (
    select h.opportunity_id, h.to_stage, h.changed_at from history h where h.left_at is null
  ), opps as (
    insert into lead_opportunities (id, tenant_id, contact_id, pipeline_id, pipeline_stage_id, opportunity_score, priority, status,
                                    detected_at, version, created_at, updated_at)
    select t.id, $1, t.contact_id, $4, t.stage_id, (random() * 100)::int, 'medium', s.status, t.changed_at,
           1, t.changed_at, c.changed_at
      from timed t join current c on c.opportunity_id = t.id join stages s on s.key = c.to_stage
     where t.j = 0
    returning id, pipeline_stage_id
  )
  insert into pipeline_stages (id, tenant_id, entity_type, entity_id, current_stage, stage_entered_at, created_at, updated_at)
  select o.pipeline_stage_id, $1, 'leads', o.id, c.to_stage, c.changed_at, c.changed_at, c.changed_at
    from opps o join current c on c.opportunity_id = o.id`;

async function generate(tenantId, pipelineId, contactIds) {
  const started = performance.now();
  await withClient(config.databaseUrl, async (client) => {
    await client.query("set statement_timeout = '15min'");
    for (let from = 1; from <= OPPORTUNITIES; from += CHUNK) {
      const to = Math.min(OPPORTUNITIES, from + CHUNK - 1);
      await client.query('begin');
      await client.query(GENERATE, [tenantId, from, to, pipelineId, ...contactIds.slice(0, 5)]);
      await client.query('commit');
      log(`pipeline-metrics: generated ${to} opportunities`);
    }
    await client.query('vacuum analyze lead_opportunities');
    await client.query('vacuum analyze pipeline_stages');
    await client.query('vacuum analyze opportunity_stage_history');
  });
  return round((performance.now() - started) / 1000, 1);
}

/**
 * The plans of the metrics' three reads, as GetPipelineMetricsHandler sends them through the
 * TenantReader (same SQL, the window of the last 30 days), for docs/architecture.md.
 */
async function explainMetrics(tenantId, pipelineId) {
  const to = new Date();
  const from = new Date(to.getTime() - 30 * 86_400_000);
  const idle = (days) => new Date(to.getTime() - days * 86_400_000);
  const reads = {
    current: [
      `select c.stage_key as to_stage, sum(c.visits)::int as count,
              (sum(c.entered_epoch_sum) / nullif(sum(c.visits), 0))::float8 as avg_entered_epoch,
              (select count(*) from opportunity_stage_history h
                where h.tenant_id = c.tenant_id and h.pipeline_id = c.pipeline_id and h.to_stage = c.stage_key and h.left_at is null
                  and h.last_activity_at >= case c.stage_key ${OPEN_STAGES.map((_, i) => `when $${2 * i + 1} then $${2 * i + 2}::timestamptz`).join(' ')} end)::int as active
         from stage_visit_counts c
        where c.tenant_id = $13 and (c.pipeline_id = $14) group by c.tenant_id, c.pipeline_id, c.stage_key`,
      [...OPEN_STAGES.flatMap((stage) => [stage, idle(7)]), tenantId, pipelineId],
    ],
    entered: [
      `select h.to_stage, count(*)::int as entered, count(*) filter (where h.advanced)::int as advanced
         from opportunity_stage_history h
        where h.tenant_id = $1 and (h.pipeline_id = $2) and (h.changed_at >= $3 and h.changed_at < $4) group by h.to_stage`,
      [tenantId, pipelineId, from, to],
    ],
    timeInStage: [
      `select h.to_stage, avg(extract(epoch from h.left_at - h.changed_at))::float8 as avg_seconds,
              percentile_cont(0.5) within group (order by extract(epoch from h.left_at - h.changed_at))::float8 as median_seconds
         from opportunity_stage_history h
        where h.tenant_id = $1 and (h.pipeline_id = $2) and (h.left_at >= $3 and h.left_at < $4) group by h.to_stage`,
      [tenantId, pipelineId, from, to],
    ],
  };
  const plans = [];
  await withClient(config.databaseUrl, async (client) => {
    for (const [name, [sql, params]] of Object.entries(reads)) {
      const { rows } = await client.query(`explain (analyze, buffers) ${sql}`, params);
      plans.push(`-- ${name}\n${rows.map((row) => row['QUERY PLAN']).join('\n')}\n`);
    }
  });
  const file = path.join(repoRoot, 'bench', 'results', 'pipeline-metrics-explain.txt');
  writeFileSync(file, plans.join('\n'));
  log(`pipeline-metrics: plans written to ${path.relative(process.cwd(), file)}`);
}

/** `count` requests one after another (as a dashboard would ask), answering the latencies' p50/p95/max. */
async function timeRequests(ctx, apiKey, paths) {
  const samples = [];
  let failures = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const path = paths[i % paths.length];
    const started = performance.now();
    const res = await api(ctx, 'GET', path, { apiKey });
    samples.push(performance.now() - started);
    if (res.status !== 200) failures++;
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
  return { p50_ms: round(at(0.5), 1), p95_ms: round(at(0.95), 1), max_ms: round(samples.at(-1), 1), failures };
}

async function run(ctx) {
  const { fixture } = ctx;
  const loadavg = os.loadavg().map((l) => round(l, 2));
  const pipeline = (await api(ctx, 'GET', '/api/v1/pipelines', { apiKey: fixture.apiKey })).json?.data?.find((p) => p.is_default);
  if (!pipeline) return failedScenario('pipeline-metrics', 'the tenant has no default pipeline');

  log(`pipeline-metrics: generating ${OPPORTUNITIES} opportunities and ${OPPORTUNITIES * VISITS} stage-history rows in SQL`);
  const generateS = await generate(fixture.tenantId, pipeline.id, fixture.contactIds);

  const warm = (path) => api(ctx, 'GET', path, { apiKey: fixture.apiKey });
  await warm('/api/v1/pipeline/metrics');
  log(`pipeline-metrics: ${REQUESTS} × GET /pipeline/metrics`);
  const metrics = await timeRequests(ctx, fixture.apiKey, ['/api/v1/pipeline/metrics']);
  const sample = (await warm('/api/v1/pipeline/metrics')).json;
  log(`pipeline-metrics: ${REQUESTS} × GET /pipeline/stages/:stage/inactive`);
  const inactive = await timeRequests(ctx, fixture.apiKey, OPEN_STAGES.map((stage) => `/api/v1/pipeline/stages/${stage}/inactive`));

  await explainMetrics(fixture.tenantId, pipeline.id);

  log('pipeline-metrics: POST /scoring/recompute over the million');
  const started = await api(ctx, 'POST', '/api/v1/scoring/recompute', { apiKey: fixture.apiKey });
  if (started.status !== 202) return failedScenario('pipeline-metrics', `POST /scoring/recompute answered ${started.status}: ${started.text.slice(0, 300)}`);
  let run = started.json;
  const deadline = Date.now() + RECOMPUTE_TIMEOUT_S * 1000;
  while (!['completed', 'failed'].includes(run.status) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    run = (await api(ctx, 'GET', `/api/v1/scoring/recompute/${run.id}`, { apiKey: fixture.apiKey })).json;
  }
  const recomputeS = run.finished_at ? round((Date.parse(run.finished_at) - Date.parse(run.created_at)) / 1000, 1) : null;
  // A run still going at the deadline is reported with its rate so far, then stopped the way a newer
  // run stops it (superseded: the job returns at its next batch), so the cleanup does not race it.
  const elapsedS = (Date.now() - Date.parse(run.created_at)) / 1000;
  const recomputeRate = round((run.processed ?? 0) / (recomputeS ?? elapsedS), 0);
  if (!run.finished_at) {
    await withClient(config.databaseUrl, (client) =>
      client.query("update scoring_recomputes set status = 'superseded', finished_at = now() where id = $1 and status in ('queued', 'running')", [run.id]));
  }

  // The million score_changed events are not what this scenario measures: hide those not yet
  // relayed, let the worker finish what it has, then remove the tenant and its rows. A failed
  // cleanup is reported, and loses none of the numbers above.
  log('pipeline-metrics: removing the bench tenant\'s rows');
  let cleanupError = null;
  try {
    await withClient(config.databaseUrl, (client) =>
      client.query('update outbox_events set published_at = now() where tenant_id = $1 and published_at is null', [fixture.tenantId]));
    await ctx.waitForAppIdle();
    await withClient(config.databaseUrl, async (client) => {
      await client.query("set statement_timeout = '30min'");
      await client.query('delete from tenants where id = $1', [fixture.tenantId]);
    });
  } catch (error) {
    cleanupError = String(error?.message ?? error);
    log(`pipeline-metrics: cleanup failed (the tenant's rows stay in ${config.databaseUrl}): ${cleanupError}`);
  }

  const targets = [
    target('GET /pipeline/metrics p95', metrics.p95_ms, { max: 200 }, ms),
    target('GET /pipeline/stages/:stage/inactive p95', inactive.p95_ms, { max: 200 }, ms),
    target('recompute of every lead score', recomputeS, { max: 120 }, (v) => (v === null ? 'n/a' : `${fmt(v)} s`)),
    target('failed requests', metrics.failures + inactive.failures, { max: 0 }, (v) => String(v)),
  ];
  return {
    name: 'pipeline-metrics',
    pass: targets.every((t) => t.pass),
    opportunities: OPPORTUNITIES,
    stage_history_rows: OPPORTUNITIES * VISITS,
    generate_s: generateS,
    loadavg_at_scenario_start: loadavg,
    metrics,
    inactive,
    recompute: {
      seconds: recomputeS, status: run.status, processed: run.processed, changed: run.changed, total: run.total, rows_per_s: recomputeRate,
    },
    cleanup_error: cleanupError,
    open_now: sample?.open,
    targets,
    rows: [
      ['data', `${OPPORTUNITIES} opportunities, ${OPPORTUNITIES * VISITS} stage-history rows (generated in ${generateS} s)`],
      ['load average at scenario start', loadavg.join(' ')],
      ['GET /pipeline/metrics p50 / p95 / max', `${fmt(metrics.p50_ms)} / ${fmt(metrics.p95_ms)} / ${fmt(metrics.max_ms)} ms`],
      ['GET …/inactive p50 / p95 / max', `${fmt(inactive.p50_ms)} / ${fmt(inactive.p95_ms)} / ${fmt(inactive.max_ms)} ms`],
      ['recompute', `${run.status}: ${run.processed}/${run.total} scored, ${run.changed} changed, ${recomputeS ?? `not finished in ${RECOMPUTE_TIMEOUT_S}`} s, ${recomputeRate} leads/s`],
      ...(cleanupError ? [['cleanup', `failed: ${cleanupError}`]] : []),
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) main([{ name: 'pipeline-metrics', run }]);
