// Worker headroom (issue 8): a backlog of call events built while the worker is frozen, then
// drained by the worker alone. Outbound calls to contacts with open opportunities, so every call
// event has two subscribers (audit trail, first-call attempt registration) and every registration
// records one more event for the audit trail. Reports events/s and CPU milliseconds per call for
// the API (while the calls were posted) and the worker (while it drained them).
import { setTimeout as sleep } from 'node:timers/promises';
import {
  config, fmt, httpLoad, log, main, positiveInt, queryOne, round, rssRow, signalTree, target,
} from '../harness.mjs';
import { tenantWithOpenOpportunities } from './call-attempts.mjs';

const BACKLOG = positiveInt('BENCH_BACKLOG', 10_000);
const DRAIN_TIMEOUT_MS = 300_000;
/** Deliveries per event type of this scenario: call.recorded → audit + registration; the registration's event → audit. */
const DELIVERIES = `case o.type when 'call.recorded' then 2 when 'opportunity.call_attempt_registered' then 1 else 0 end`;

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
    progress = await queryOne(config.databaseUrl,
      `select (select count(*) from processed_events p join outbox_events o on o.id = p.event_id
                where o.tenant_id = $1 and o.type in ('call.recorded', 'opportunity.call_attempt_registered'))::int as done,
              (select coalesce(sum(${DELIVERIES}), 0) from outbox_events o where o.tenant_id = $1)::int as expected,
              (select count(*) from outbox_events o where o.tenant_id = $1 and o.type = 'call.recorded')::int as call_events`,
      [fixture.tenantId]);
    // The expected count grows while registrations record their events; it is final once every call was registered.
    if (progress.call_events >= calls.n && progress.done >= progress.expected && progress.expected >= 2 * calls.n) break;
    if (Date.now() - started > DRAIN_TIMEOUT_MS) break;
    await sleep(100);
  }
  const drainS = (Date.now() - started) / 1000;
  const workerCpuMs = workerCpu.stop().worker;
  const rssMb = rss.stop();
  ctx.assertChildrenAlive();
  const drained = progress.done >= progress.expected && progress.expected >= 2 * calls.n;
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
    deliveries: progress,
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
