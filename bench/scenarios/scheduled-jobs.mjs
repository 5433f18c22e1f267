// Scheduled work in PostgreSQL (issue 8): BENCH_SCHEDULED_ROWS (100,000) rows due within one
// minute, run by the production worker plus a probe job that records each run. Halfway through,
// Redis is flushed. Measures lateness (run start − due time), rows run twice, rows never run, and
// the worker's CPU per job.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import {
  config, fmt, log, main, ms, positiveInt, queryOne, round, rssRow, startProgram, target, withClient,
} from '../harness.mjs';

const ROWS = positiveInt('BENCH_SCHEDULED_ROWS', 100_000);
const SPREAD_S = 60;
const LEAD_S = 5;
const TIMEOUT_MS = 300_000;

async function run(ctx) {
  const runId = randomBytes(4).toString('hex');
  await withClient(config.databaseUrl, (client) => client.query(
    `create table if not exists bench_probe_runs (run text not null, n integer not null, ran_at timestamptz not null)`));

  const worker = await startProgram(ctx, 'worker', fileURLToPath(new URL('../programs/probe-worker.mjs', import.meta.url)), {
    BENCH_DIST_DIR: config.dist,
    // The background lane runs the probe; the others idle.
    JOB_CONCURRENCY: process.env.BENCH_JOB_CONCURRENCY ?? 'background=16',
  });
  const redis = new Redis(config.redisUrl);
  try {
    await waitFor(async () => (await redis.exists('leadline:transport-sentinel')) === 1, 30_000, 'the probe worker to start');
    const rss = ctx.startRssSampling();
    const cpu = ctx.startCpuSampling();
    log(`scheduled-jobs: ${ROWS} rows due over ${SPREAD_S} s from ${LEAD_S} s on`);
    const firstDue = await queryOne(config.databaseUrl,
      `insert into scheduled_jobs (id, tenant_id, queue, name, payload, due_at)
       select gen_random_uuid(), null, 'background', 'bench-probe', jsonb_build_object('run', $1::text, 'n', i),
              now() + make_interval(secs => $3 + (i - 1) * $4::float / $2)
         from generate_series(1, $2) i
       returning (select now() + make_interval(secs => $3)) as at`,
      [runId, ROWS, LEAD_S, SPREAD_S]);
    const flushAt = new Date(new Date(firstDue.at).getTime() + (SPREAD_S / 2) * 1000);
    await sleep(Math.max(0, flushAt.getTime() - Date.now()));
    const before = await queryOne(config.databaseUrl, `select count(*)::int as n from bench_probe_runs where run = $1`, [runId]);
    log(`scheduled-jobs: flushing Redis after ${before.n} runs`);
    await redis.flushdb();

    const started = Date.now();
    let done;
    for (;;) {
      done = await queryOne(config.databaseUrl,
        `select count(*) filter (where status = 'done')::int as done, count(*)::int as rows from scheduled_jobs
          where name = 'bench-probe' and payload->>'run' = $1`, [runId]);
      if (done.done >= ROWS || Date.now() - started > TIMEOUT_MS) break;
      await sleep(250);
    }
    const rssMb = rss.stop();
    const cpuMs = cpu.stop();
    // Each side aggregated on its own and joined on n: a join on the payload's expressions let the
    // planner pick a nested loop over 100,000 × 100,000 rows.
    const stats = await queryOne(config.databaseUrl,
      `with s as (
         select (payload->>'n')::int as n, due_at from scheduled_jobs where name = 'bench-probe' and payload->>'run' = $1),
       runs as (select n, min(ran_at) as first_run, count(*) as runs from bench_probe_runs where run = $1 group by n),
       r as (select runs.*, s.due_at from runs join s using (n))
       select count(*)::int as ran, count(*) filter (where runs > 1)::int as twice,
              percentile_disc(0.5) within group (order by extract(epoch from first_run - due_at) * 1000) as p50,
              percentile_disc(0.99) within group (order by extract(epoch from first_run - due_at) * 1000) as p99,
              max(extract(epoch from first_run - due_at) * 1000) as max
         from r`, [runId]);
    const lost = ROWS - stats.ran;
    const targets = [
      target('lateness p99', Number(stats.p99), { max: 1000 }, ms),
      target('rows run twice', stats.twice, { max: 0 }, String),
      target('rows lost', lost, { max: 0 }, String),
    ];
    return {
      name: 'scheduled-jobs',
      pass: targets.every((t) => t.pass),
      scheduled: ROWS,
      flushed_after_runs: before.n,
      ran: stats.ran,
      twice: stats.twice,
      lost,
      lateness_ms: { p50: round(Number(stats.p50), 1), p99: round(Number(stats.p99), 1), max: round(Number(stats.max), 1) },
      worker_cpu_ms_per_job: round(cpuMs.worker / ROWS, 3),
      rss_mb: rssMb,
      targets,
      rows: [
        ['rows due over 60 s / run / run twice / lost', `${ROWS} / ${stats.ran} / ${stats.twice} / ${lost}`],
        ['Redis flushed after', `${before.n} runs`],
        ['lateness p50 / p99 / max', `${fmt(Number(stats.p50))} / ${fmt(Number(stats.p99))} / ${fmt(Number(stats.max))} ms`],
        ['worker CPU per job', `${fmt(cpuMs.worker / ROWS, 3)} ms`],
        rssRow(rssMb),
      ],
    };
  } finally {
    redis.disconnect();
    await worker.stop();
  }
}

async function waitFor(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

export default { name: 'scheduled-jobs', topology: 'none', run };

if (import.meta.url === `file://${process.argv[1]}`) main([{ name: 'scheduled-jobs', topology: 'none', run }]);
