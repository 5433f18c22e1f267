// Worker headroom (issue 8): a backlog of call events built while the worker is frozen, then
// drained by the worker alone. Outbound calls to contacts with open opportunities, so every call
// event is delivered to first-call attempt registration (the audit trail is written with the call,
// in the API). Reports events/s, from the worker's resumption to its last delivery marker, and CPU
// milliseconds per call for the API (while the calls were posted) and the worker (while it drained
// them).
import { setTimeout as sleep } from 'node:timers/promises';
import {
  config, fmt, httpLoad, log, main, positiveInt, queryOne, round, rssRow, signalTree, target,
} from '../harness.mjs';
import { tenantWithOpenOpportunities } from './call-attempts.mjs';

const BACKLOG = positiveInt('BENCH_BACKLOG', 10_000);
const DRAIN_TIMEOUT_MS = 300_000;
const POLL_MS = 500;

async function run(ctx) {
  // Three calls per contact: every call finds a free attempt slot (the cap is five).
  const contactCount = Math.ceil(BACKLOG / 3);
  log(`worker-headroom: a tenant with ${contactCount} contacts, each with an open opportunity`);
  const fixture = await tenantWithOpenOpportunities(ctx, `Bench backlog ${Date.now()}`, contactCount, 16);
  await ctx.waitForAppIdle();
  const worker = ctx.procs.find((p) => p.name === 'worker');

  const requests = fixture.contactIds.map((contactId) => ({
    method: 'POST',
    path: '/api/v1/crm/calls',
    headers: { 'content-type': 'application/json', 'x-api-key': fixture.apiKey },
    body: JSON.stringify({ direction: 'outbound', entity_id: contactId, call_status: 'no_answer', summary: 'Backlog call' }),
  }));

  const rss = ctx.startRssSampling();
  signalTree(worker.pid, 'SIGSTOP');
  const apiCpu = ctx.startCpuSampling();
  log(`worker-headroom: posting ${BACKLOG} calls with the worker frozen`);
  const posted = await httpLoad(ctx, requests, 600, { connections: 32, amount: BACKLOG }).catch((error) => {
    signalTree(worker.pid, 'SIGCONT');
    throw error;
  });
  const apiCpuMs = apiCpu.stop().api;
  const calls = await queryOne(config.databaseUrl, 'select count(*)::int as n from calls where tenant_id = $1', [fixture.tenantId]);

  log('worker-headroom: worker resumed, draining');
  const workerCpu = ctx.startCpuSampling();
  const started = Date.now();
  signalTree(worker.pid, 'SIGCONT');
  let progress;
  for (;;) {
    // Read from the tenant's opportunities (each registration adds an attempt and touches
    // updated_at): the outbox has no index by tenant, and scanning it took PostgreSQL 200-400 ms
    // per poll, time it took from the worker.
    progress = await queryOne(config.databaseUrl,
      `select $2::int as expected, coalesce(sum((select count(*) from jsonb_object_keys(first_call_attempts))), 0)::int as done,
              max(updated_at) as last_done
         from lead_opportunities where tenant_id = $1`,
      [fixture.tenantId, calls.n]);
    if (progress.expected >= calls.n && progress.done >= progress.expected) break;
    if (Date.now() - started > DRAIN_TIMEOUT_MS) break;
    await sleep(POLL_MS);
  }
  const workerCpuMs = workerCpu.stop().worker;
  const rssMb = rss.stop();
  ctx.assertChildrenAlive();
  const drainS = (new Date(progress.last_done).getTime() - started) / 1000;
  const drained = progress.expected >= calls.n && progress.done >= progress.expected;
  const eventsPerS = drained ? calls.n / drainS : null;

  const targets = [
    target('backlog drained', eventsPerS, { min: 300 }, (v) => (v === null ? 'n/a' : `${fmt(v, 0)} call events/s`)),
    target('calls posted (2xx)', calls.n, { min: BACKLOG }, String),
  ];
  return {
    name: 'worker-headroom',
    pass: targets.every((t) => t.pass),
    backlog: calls.n,
    post_calls: posted,
    drain_s: round(drainS, 2),
    drained,
    deliveries: { expected: progress.expected, done: progress.done },
    events_per_s: eventsPerS && round(eventsPerS, 1),
    cpu_ms_per_call: { api: round(apiCpuMs / calls.n, 3), worker: round(workerCpuMs / calls.n, 3) },
    rss_mb: rssMb,
    targets,
    rows: [
      ['calls posted with the worker frozen', `${calls.n} at ${fmt(posted.rps, 0)} req/s`],
      ['backlog drained in', `${fmt(drainS, 1)} s (${progress.done} / ${progress.expected} deliveries)`],
      ['CPU per call: api / worker', `${fmt(apiCpuMs / calls.n, 2)} / ${fmt(workerCpuMs / calls.n, 2)} ms`],
      rssRow(rssMb),
    ],
  };
}

export default { name: 'worker-headroom', run };

if (import.meta.url === `file://${process.argv[1]}`) main([{ name: 'worker-headroom', run }]);
