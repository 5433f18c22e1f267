// Outbound calls posted at a fixed rate for contacts with open opportunities; the latency that
// matters is from the call's write to its attempt's write, across the outbox, Redis and the worker.
// Both ends are server-side clocks taken inside their transactions, just before they commit: the
// call's `created_at` and the attempt event's `occurred_at`. Run for both app shapes (separate
// processes and `npm start`'s one process), at 100 and 200 calls/s, and once right after a burst of
// contacts and opportunities whose audit work is still queued when the calls start.
import {
  config, expectCreated, fmt, httpLoad, inParallel, log, main, ms, percent, positiveInt, queryOne, rssRow, rssTargets,
  target, withClient, Samples,
} from '../harness.mjs';

const CALL_DURATION_S = positiveInt('BENCH_CALL_DURATION', 20);
const BURST_SIZE = positiveInt('BENCH_BURST_SIZE', 3000);
/** The targets: p99 ≤ 50 ms at 100 calls/s, ≤ 100 ms at 200 calls/s. */
const P99_TARGET_MS = { 100: 50, 200: 100 };

export function callAttempts({ topology, rate, burst = false }) {
  const name = `call-attempts-${topology}-${rate}${burst ? '-after-burst' : ''}`;
  return { name, topology, run: (ctx) => run(ctx, { name, rate, burst }) };
}

async function run(ctx, { name, rate, burst }) {
  const totalCalls = rate * CALL_DURATION_S;
  // About three calls per contact: every call finds a free attempt slot (the cap is five).
  const contactCount = Math.max(10, Math.ceil(totalCalls / 3));
  const connections = Math.min(config.connections, 16);
  log(`${name}: a tenant with ${contactCount} contacts, each with an open opportunity`);
  const fixture = await tenantWithOpenOpportunities(ctx, `Bench calls ${Date.now()}`, contactCount, 8);
  await ctx.waitForAppIdle();

  let burstEvents = null;
  if (burst) {
    log(`${name}: burst of ${BURST_SIZE} contacts and opportunities in another tenant`);
    const other = await tenantWithOpenOpportunities(ctx, `Bench burst ${Date.now()}`, BURST_SIZE, 32);
    burstEvents = await queryOne(config.databaseUrl,
      `select count(*)::int as n from outbox_events o where tenant_id = $1
          and not exists (select 1 from processed_events p where p.event_id = o.id)`, [other.tenantId]);
  }

  const requests = fixture.contactIds.map((contactId) => ({
    method: 'POST',
    path: '/api/v1/crm/calls',
    headers: { 'content-type': 'application/json', 'x-api-key': fixture.apiKey },
    body: JSON.stringify({ direction: 'outbound', entity_id: contactId, call_status: 'no_answer', summary: 'Bench call' }),
  }));

  const rss = ctx.startRssSampling();
  const cpu = ctx.startCpuSampling();
  log(`${name}: ${rate} calls/s for ${CALL_DURATION_S}s over ${connections} connections`);
  const load = await httpLoad(ctx, requests, CALL_DURATION_S, { connections, overallRate: rate });
  const idle = await ctx.waitForAppIdle();
  const rssMb = rss.stop();
  const cpuMs = cpu.stop();
  ctx.assertChildrenAlive();

  const { rows } = await withClient(config.databaseUrl, (client) => client.query(
    `select extract(epoch from (e.occurred_at - c.created_at)) * 1000 as lag_ms
       from calls c
       join outbox_events e on e.tenant_id = c.tenant_id and e.type = 'opportunity.call_attempt_registered'
        and e.payload->>'call_id' = c.id::text and (e.payload->>'new_attempt')::boolean
      where c.tenant_id = $1`,
    [fixture.tenantId],
  ));
  const calls = await queryOne(config.databaseUrl, 'select count(*)::int as n from calls where tenant_id = $1', [fixture.tenantId]);
  const lag = new Samples();
  for (const row of rows) lag.add(Number(row.lag_ms));
  const lagSummary = lag.summary();
  const registeredShare = calls.n > 0 ? rows.length / calls.n : 0;

  const targets = [
    target('call → attempt p99', lagSummary.p99, { max: P99_TARGET_MS[rate] ?? 100 }, ms),
    target('calls registered as attempts', registeredShare, { min: 1 }, percent),
    target('POST /calls non-2xx + errors', load.non2xx + load.errors, { max: 0 }, String),
    ...rssTargets(rssMb),
  ];
  return {
    name,
    pass: targets.every((t) => t.pass),
    topology: ctx.topology,
    rate_per_s: rate,
    duration_s: CALL_DURATION_S,
    burst_events_pending_at_start: burstEvents?.n ?? null,
    calls: calls.n,
    attempts: rows.length,
    attempt_lag_ms: lagSummary,
    post_calls: load,
    drain_s: idle.waitedS,
    rss_mb: rssMb,
    cpu_ms: cpuMs,
    targets,
    rows: [
      ...(burstEvents ? [['burst events still undelivered when the calls started', String(burstEvents.n)]] : []),
      ['calls posted (2xx) / attempts registered', `${calls.n} / ${rows.length}`],
      ['POST /calls rate achieved', `${fmt(load.rps, 1)} req/s`],
      ['POST /calls latency p50 / p99', `${fmt(load.p50_ms)} / ${fmt(load.p99_ms)} ms`],
      ['call → attempt p50 / p99 / max', `${fmt(lagSummary.p50)} / ${fmt(lagSummary.p99)} / ${fmt(lagSummary.max)} ms`],
      rssRow(rssMb),
    ],
  };
}

/** A new tenant whose contacts each have one open opportunity, created through the API. */
export async function tenantWithOpenOpportunities(ctx, tenantName, count, width) {
  const tenant = await expectCreated(ctx, 'POST', '/api/v1/admin/tenants', { adminKey: ctx.adminKey, body: { name: tenantName } });
  const apiKey = tenant.api_key.key;
  const prefix = String(Math.floor(Math.random() * 90) + 10);
  const contactIds = await inParallel(count, width, async (i) => {
    const contact = await expectCreated(ctx, 'POST', '/api/v1/crm/contacts', {
      apiKey,
      body: { first_name: 'Caller', last_name: String(i + 1), phone: `+5255${prefix}${String(i).padStart(6, '0')}` },
    });
    await expectCreated(ctx, 'POST', '/api/v1/crm/opportunities', { apiKey, body: { contact_id: contact.id } });
    return contact.id;
  });
  return { tenantId: tenant.id, apiKey, contactIds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main([callAttempts({ topology: 'separate', rate: Number(process.env.BENCH_CALL_RATE ?? 100) })]);
}
