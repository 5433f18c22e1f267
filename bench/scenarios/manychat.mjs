// ManyChat contact webhooks: the accept path at BENCH_MANYCHAT_CONNECTIONS connections with the
// worker frozen, then the worker alone draining the backlog (issue 4's scenario).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  api, config, failedScenario, fmt, httpLoad, log, main, ms, percent, positiveInt, queryOne, round, rssRow, signalTree,
  sqlFloor, target,
} from '../harness.mjs';

export default { name: 'manychat', run };

const MANYCHAT_CONNECTIONS = positiveInt('BENCH_MANYCHAT_CONNECTIONS', 64);
const MANYCHAT_DRAIN_TIMEOUT_MS = 300_000;

async function run(ctx) {
  const { fixture } = ctx;
  const run = randomBytes(3).toString('hex');
  let sequence = 0;
  // Every request a new lead: a retried body would be deduplicated, not stored again.
  const nextBody = () => {
    const n = sequence++;
    return JSON.stringify({
      manychat_id: `bench-${run}-${n}`,
      nombre_lead: 'Bench',
      apellido_lead: String(n),
      whatsapp: `+5281${String(n).padStart(8, '0')}`,
      datetime_suscripcion: '2025-06-10T10:00:00Z',
      datetime_actual: '2025-06-10T10:05:00Z',
      ultimo_estado: 'Nuevo Lead',
      canal_entrada: 'Facebook',
      estado_inicial: 'Nuevo',
    });
  };
  const webhookPath = '/api/v1/manychat/webhook/contact';
  const probe = await api(ctx, 'POST', webhookPath, { apiKey: fixture.apiKey, body: nextBody() });
  if (probe.status !== 202) return failedScenario('manychat', `probe POST ${webhookPath} answered ${probe.status}: ${probe.text.slice(0, 500)}`);

  const worker = ctx.procs.find((p) => p.name === 'worker');
  const webhook = {
    method: 'POST',
    path: webhookPath,
    headers: { 'content-type': 'application/json', 'x-api-key': fixture.apiKey },
    setupRequest: (request) => ({ ...request, body: nextBody() }),
  };
  const load = (durationS) => httpLoad(ctx, [webhook], durationS, { connections: MANYCHAT_CONNECTIONS });

  const rss = ctx.startRssSampling();
  signalTree(worker.pid, 'SIGSTOP');
  let accept;
  try {
    if (config.warmupS > 0) {
      log(`manychat: warm-up ${config.warmupS}s`);
      await load(config.warmupS);
    }
    log(`manychat: accept load ${MANYCHAT_CONNECTIONS} connections x ${config.durationS}s (worker frozen)`);
    accept = await load(config.durationS);
  } finally {
    signalTree(worker.pid, 'SIGCONT');
  }
  ctx.assertChildrenAlive();

  log('manychat: worker draining the inbox');
  const drainStarted = Date.now();
  let stats;
  for (;;) {
    stats = await queryOne(config.databaseUrl,
      `select count(*)::int as stored,
              count(*) filter (where status = 'processed')::int as processed,
              count(*) filter (where status = 'dead')::int as dead,
              extract(epoch from max(processed_at) - min(processed_at))::float as span_s
         from manychat_inbox where tenant_id = $1`, [fixture.tenantId]);
    if (stats.processed + stats.dead >= stats.stored || Date.now() - drainStarted > MANYCHAT_DRAIN_TIMEOUT_MS) break;
    await sleep(250);
  }
  const rssMb = rss.stop();
  ctx.assertChildrenAlive();
  const drained = stats.processed + stats.dead >= stats.stored;

  // Floor: the accept statement alone, from pg clients, with the app frozen. Its rows are marked
  // relayed before the app wakes, so the worker never picks them up.
  const floor = await ctx.withAppFrozen(async () => {
    log(`manychat: floor ${MANYCHAT_CONNECTIONS} pg clients x ${config.durationS}s`);
    try {
      return await sqlFloor(config.databaseUrl, (client) => insertInboxEvent(client, fixture.tenantId, nextBody()), MANYCHAT_CONNECTIONS);
    } finally {
      await queryOne(config.databaseUrl,
        `update manychat_inbox set relayed_at = now() where tenant_id = $1 and relayed_at is null`,
        [fixture.tenantId]);
    }
  });
  const eventsPerS = stats.span_s > 0 ? stats.processed / stats.span_s : null;
  const answered = accept.ok + accept.non2xx + accept.errors;
  const errorRate = answered > 0 ? (accept.non2xx + accept.errors) / answered : 1;
  const targets = [
    target('accepted webhooks', accept.rps, { min: 2000 }, (v) => `${fmt(v, 0)} req/s`),
    target('accept p99 latency', accept.p99_ms, { max: 25 }, ms),
    target('worker processed', eventsPerS, { min: 1000 }, (v) => (v === null ? 'n/a' : `${fmt(v, 0)} events/s`)),
    target('non-2xx + errors', errorRate, { max: 0.01 }, percent),
    target('dead events', stats.dead, { max: 0 }, String),
  ];
  return {
    name: 'manychat',
    pass: targets.every((t) => t.pass),
    accept,
    floor,
    drain: { ...stats, drained, waited_s: round((Date.now() - drainStarted) / 1000, 1), events_per_s: eventsPerS && round(eventsPerS, 1) },
    rss_mb: rssMb,
    targets,
    rows: [
      ['accept throughput (202)', `${fmt(accept.rps, 0)} req/s at ${MANYCHAT_CONNECTIONS} connections`],
      ['accept latency p50 / p99', `${fmt(accept.p50_ms)} / ${fmt(accept.p99_ms)} ms`],
      ['accept non-2xx / errors / timeouts', `${accept.non2xx} / ${accept.errors} / ${accept.timeouts}`],
      ['floor (the INSERT alone, pg)', `${fmt(floor.tps, 0)} tx/s, p50 / p99 ${fmt(floor.p50_ms)} / ${fmt(floor.p99_ms)} ms`],
      ['events stored / processed / dead', `${stats.stored} / ${stats.processed} / ${stats.dead}${drained ? '' : ' (drain timed out)'}`],
      ['worker drain', `${fmt(eventsPerS, 0)} events/s over ${fmt(stats.span_s)} s (processed_at span)`],
      rssRow(rssMb),
    ],
  };
}

/** The webhook's one statement, as ManyChatInbox.accept sends it. */
async function insertInboxEvent(client, tenantId, body) {
  const parsed = JSON.parse(body);
  await client.query(
    `insert into manychat_inbox (id, tenant_id, type, body_hash, payload, manychat_id, stream, occurred_at, status,
       attempts, last_error, duplicates, actor, request_id, received_at, relayed_at, processed_at)
     values ($1, $2, 'contact', $3, $4, $5, 'contact', $6, 'queued', 0, null, 0, $7, null, now(), null, null)
     on conflict (tenant_id, type, body_hash) do update set duplicates = manychat_inbox.duplicates + 1
     returning id, status, (xmax = 0) as inserted`,
    [randomUUID(), tenantId, createHash('sha256').update(body).digest('hex'), body, parsed.manychat_id,
      parsed.datetime_actual, JSON.stringify({ type: 'system', id: null, name: 'bench' })],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main([{ name: 'manychat', run }]);
