// Leadline benchmark harness. Starts the built API and worker against a dedicated database and
// Redis db, drives each scenario with autocannon, compares it with the same SQL issued directly
// through `pg` (the "floor"), and writes bench/results/latest.{json,md}.
//
// Exit code: 0 whenever the harness completed, even if targets fail; 1 when the harness itself
// could not run (build missing, migrations failed, app never ready, a child crashed...).
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = path.join(repoRoot, 'bench', 'results');

const env = process.env;
const config = {
  dist: path.resolve(repoRoot, env.BENCH_DIST || 'dist'),
  databaseUrl: env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/leadline_bench',
  redisUrl: env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379/15',
  port: positiveInt('BENCH_PORT', 3900),
  connections: positiveInt('BENCH_CONNECTIONS', 32),
  durationS: positiveInt('BENCH_DURATION', 15),
  warmupS: positiveInt('BENCH_WARMUP', 3, { allowZero: true }),
  contacts: positiveInt('BENCH_CONTACTS', 50),
  callRate: positiveInt('BENCH_CALL_RATE', 100),
  callDurationS: positiveInt('BENCH_CALL_DURATION', 30),
  only: env.BENCH_SCENARIOS ? env.BENCH_SCENARIOS.split(',').map((s) => s.trim()).filter(Boolean) : null,
};
// The app rejects admin keys shorter than 16 characters.
const ADMIN_KEY = 'bench-platform-admin-key';
const READY_TIMEOUT_MS = 30_000;
const MIGRATE_TIMEOUT_MS = 120_000;
const IDLE_TIMEOUT_MS = 60_000;
const RSS_SAMPLE_MS = 200;

// Children always run on the Node pinned in devDependencies (the system Node is too old for the app).
const pinnedNode = path.join(repoRoot, 'node_modules', '.bin', 'node');
const nodeBin = existsSync(pinnedNode) ? pinnedNode : process.execPath;

class HarnessError extends Error {}

// ---------------------------------------------------------------------------------------------
// Scenarios. Each one gets the shared context (running app, tenant fixture) and returns a result
// object: { name, pass, targets: [{ name, value, limit, pass }], rows: [[metric, value]], ...data }.
// `rows` and `targets` drive the printed table; everything else goes into latest.json as is.
// ---------------------------------------------------------------------------------------------
const scenarios = [
  { name: 'opportunities', run: opportunitiesScenario },
  { name: 'call-attempts', run: callAttemptsScenario },
  { name: 'manychat', run: manychatScenario },
];

async function opportunitiesScenario(ctx) {
  const { fixture } = ctx;
  const bodies = fixture.contactIds.map((contactId) =>
    JSON.stringify({ contact_id: contactId, priority: 'high', opportunity_score: 70 }),
  );
  // One pre-built request per contact, cycled by each connection (httpLoad starts each one at a
  // different contact): spreads the load without a per-request callback costing harness CPU.
  const requests = bodies.map((body) => ({
    method: 'POST',
    path: '/api/v1/crm/opportunities',
    headers: { 'content-type': 'application/json', 'x-api-key': fixture.apiKey },
    body,
  }));

  const probe = await api(ctx, 'POST', '/api/v1/crm/opportunities', { apiKey: fixture.apiKey, body: bodies[0] });
  if (probe.status < 200 || probe.status >= 300) {
    return failedScenario('opportunities', `probe POST /api/v1/crm/opportunities answered ${probe.status}: ${probe.text.slice(0, 500)}`);
  }

  const rss = ctx.startRssSampling();
  if (config.warmupS > 0) {
    log(`opportunities: warm-up ${config.warmupS}s`);
    await httpLoad(ctx, requests, config.warmupS);
  }
  log(`opportunities: app load ${config.connections} connections x ${config.durationS}s`);
  const app = await httpLoad(ctx, requests, config.durationS);
  const rssMb = rss.stop();
  ctx.assertChildrenAlive();

  const idle = await ctx.waitForAppIdle();
  app.drain_s = idle.waitedS;
  if (!idle.idle) log(`warning: app still busy after ${idle.waitedS}s, running the floor anyway`);

  const pipeline = await queryOne(
    config.databaseUrl,
    'select id, initial_stage from pipelines where tenant_id = $1 and is_default',
    [fixture.tenantId],
  );
  if (!pipeline) throw new HarnessError(`tenant ${fixture.tenantId} has no default pipeline`);

  // The app is frozen while the floor runs: otherwise its outbox relay would pick up the floor's
  // events (NOTIFY fires on each commit) and compete with the floor for the two cores.
  const floor = await ctx.withAppFrozen(async () => {
    log(`opportunities: floor ${config.connections} pg clients x ${config.durationS}s`);
    const result = await sqlFloor(config.databaseUrl, (client, i) =>
      insertOpportunityTransaction(client, {
        tenantId: fixture.tenantId,
        contactId: fixture.contactIds[i % fixture.contactIds.length],
        pipelineId: pipeline.id,
        stage: pipeline.initial_stage,
      }),
    );
    // Hide the floor's events from the relay before the app wakes up again.
    await queryOne(
      config.databaseUrl,
      `update outbox_events set published_at = now()
        where tenant_id = $1 and published_at is null and actor @> '{"type":"system","name":"bench"}'`,
      [fixture.tenantId],
    );
    return result;
  });

  const ratio = floor.tps > 0 ? app.rps / floor.tps : 0;
  const answered = app.ok + app.non2xx + app.errors;
  const errorRate = answered > 0 ? (app.non2xx + app.errors) / answered : 1;
  const targets = [
    target('throughput app/floor', ratio, { min: 0.5 }, percent),
    target('app p99 latency', app.p99_ms, { max: 50 }, ms),
    // "The app" under load is the API process; the worker is a separate process with its own
    // budget, so each is held to the limit rather than their sum (reported too).
    target('peak RSS api', rssMb.api, { max: 250 }, mb),
    target('peak RSS worker', rssMb.worker, { max: 250 }, mb),
    target('non-2xx + errors', errorRate, { max: 0.01 }, percent),
  ];
  if (floor.errors > 0) targets.push(target('floor errors', floor.errors, { max: 0 }, String));

  return {
    name: 'opportunities',
    pass: targets.every((t) => t.pass),
    app,
    floor,
    ratio: round(ratio, 3),
    rss_mb: rssMb,
    targets,
    rows: [
      ['app throughput (2xx)', `${fmt(app.rps, 0)} req/s`],
      ['app latency p50 / p99', `${fmt(app.p50_ms)} / ${fmt(app.p99_ms)} ms`],
      ['app non-2xx / errors / timeouts', `${app.non2xx} / ${app.errors} / ${app.timeouts}`],
      ['floor throughput', `${fmt(floor.tps, 0)} tx/s`],
      ['floor latency p50 / p99', `${fmt(floor.p50_ms)} / ${fmt(floor.p99_ms)} ms`],
      ['peak RSS api / worker / sum', `${fmt(rssMb.api, 0)} / ${fmt(rssMb.worker, 0)} / ${fmt(rssMb.total, 0)} MB`],
      ...(floor.first_error ? [['floor first error', floor.first_error]] : []),
    ],
  };
}

// ManyChat contact webhooks: the accept path (validated, stored with its outbox event, 202) at
// BENCH_MANYCHAT_CONNECTIONS (64) connections with the worker frozen, so the API has the cores to
// itself; then the worker alone drains the backlog, measured from its side (processed_at).
const MANYCHAT_CONNECTIONS = positiveInt('BENCH_MANYCHAT_CONNECTIONS', 64);
const MANYCHAT_DRAIN_TIMEOUT_MS = 300_000;

async function manychatScenario(ctx) {
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
    target('worker processed', eventsPerS, { min: 500 }, (v) => (v === null ? 'n/a' : `${fmt(v, 0)} events/s`)),
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
      ['peak RSS api / worker', `${fmt(rssMb.api, 0)} / ${fmt(rssMb.worker, 0)} MB`],
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

/**
 * Issue 3: outbound calls posted at a fixed rate for contacts with open opportunities; the latency
 * that matters is from the call's write to its attempt's write, across the outbox, Redis and the
 * worker (a separate process). Both ends are server-side clocks taken inside their transactions,
 * just before they commit: the call's `created_at` and the attempt event's `occurred_at`.
 */
async function callAttemptsScenario(ctx) {
  const totalCalls = config.callRate * config.callDurationS;
  // About three calls per contact: every call finds a free attempt slot (the cap is five).
  const contactCount = Math.max(10, Math.ceil(totalCalls / 3));
  const connections = Math.min(config.connections, 16);
  log(`call-attempts: creating a tenant with ${contactCount} contacts, each with an open opportunity`);
  const fixture = await createTenant(ctx, `Bench calls ${Date.now()}`);
  const contactIds = await inParallel(contactCount, 8, async (i) => {
    const contact = await expectCreated(ctx, 'POST', '/api/v1/crm/contacts', {
      apiKey: fixture.apiKey,
      body: { first_name: 'Caller', last_name: String(i + 1), phone: `+525513${String(i).padStart(6, '0')}` },
    });
    await expectCreated(ctx, 'POST', '/api/v1/crm/opportunities', { apiKey: fixture.apiKey, body: { contact_id: contact.id } });
    return contact.id;
  });
  await ctx.waitForAppIdle();

  const requests = contactIds.map((contactId) => ({
    method: 'POST',
    path: '/api/v1/crm/calls',
    headers: { 'content-type': 'application/json', 'x-api-key': fixture.apiKey },
    body: JSON.stringify({ direction: 'outbound', entity_id: contactId, call_status: 'no_answer', summary: 'Bench call' }),
  }));

  const rss = ctx.startRssSampling();
  log(`call-attempts: ${config.callRate} calls/s for ${config.callDurationS}s over ${connections} connections`);
  const load = await httpLoad(ctx, requests, config.callDurationS, { connections, overallRate: config.callRate });
  const idle = await ctx.waitForAppIdle();
  const rssMb = rss.stop();
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
    target('call → attempt p99', lagSummary.p99, { max: 50 }, ms),
    target('calls registered as attempts', registeredShare, { min: 1 }, percent),
    target('POST /calls non-2xx + errors', load.non2xx + load.errors, { max: 0 }, String),
    target('peak RSS api', rssMb.api, { max: 250 }, mb),
    target('peak RSS worker', rssMb.worker, { max: 250 }, mb),
  ];
  return {
    name: 'call-attempts',
    pass: targets.every((t) => t.pass),
    rate_per_s: config.callRate,
    duration_s: config.callDurationS,
    calls: calls.n,
    attempts: rows.length,
    attempt_lag_ms: lagSummary,
    post_calls: load,
    drain_s: idle.waitedS,
    rss_mb: rssMb,
    targets,
    rows: [
      ['calls posted (2xx) / attempts registered', `${calls.n} / ${rows.length}`],
      ['POST /calls rate achieved', `${fmt(load.rps, 1)} req/s`],
      ['POST /calls latency p50 / p99', `${fmt(load.p50_ms)} / ${fmt(load.p99_ms)} ms`],
      ['call → attempt p50 / p99 / max', `${fmt(lagSummary.p50)} / ${fmt(lagSummary.p99)} / ${fmt(lagSummary.max)} ms`],
      ['peak RSS api / worker', `${fmt(rssMb.api, 0)} / ${fmt(rssMb.worker, 0)} MB`],
    ],
  };
}

/** Runs `work(i)` for i in 0…count-1, `width` at a time, answering the results in order. */
async function inParallel(count, width, work) {
  const results = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await work(i);
    }
  }));
  return results;
}

async function withClient(databaseUrl, work) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * BEGIN; opportunity + stage + outbox event; COMMIT — the writes behind one POST, as the issue
 * defines the floor (the app also reads the contact and pipeline and writes a stage-history row).
 */
async function insertOpportunityTransaction(client, { tenantId, contactId, pipelineId, stage }) {
  const opportunityId = randomUUID();
  const stageId = randomUUID();
  const now = new Date();
  await client.query('BEGIN');
  try {
    await client.query(
      `insert into lead_opportunities (id, tenant_id, contact_id, pipeline_id, pipeline_stage_id, priority,
         status, opportunity_score, detected_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [opportunityId, tenantId, contactId, pipelineId, stageId, 'high', 'pending', 70, now, now, now],
    );
    await client.query(
      `insert into pipeline_stages (id, tenant_id, entity_type, entity_id, current_stage, stage_entered_at,
         created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [stageId, tenantId, 'leads', opportunityId, stage, now, now, now],
    );
    await client.query(
      `insert into outbox_events (id, tenant_id, type, aggregate_type, aggregate_id, payload, actor, request_id,
         occurred_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        randomUUID(), tenantId, 'opportunity.created', 'opportunity', opportunityId,
        JSON.stringify({ opportunity_id: opportunityId, contact_id: contactId, pipeline_id: pipelineId, stage, priority: 'high', opportunity_score: 70 }),
        JSON.stringify({ type: 'system', id: null, name: 'bench' }),
        null, now,
      ],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Load generators
// ---------------------------------------------------------------------------------------------

/** autocannon against the running app; latencies are kept at full precision (autocannon's own histogram rounds to 1 ms). */
async function httpLoad(ctx, requests, durationS, { connections = config.connections, overallRate } = {}) {
  const latencies = new Samples();
  let clientIndex = 0;
  const instance = autocannon({
    url: ctx.baseUrl,
    connections,
    duration: durationS,
    ...(overallRate ? { overallRate } : {}),
    requests,
    // Without this every connection walks the list in lockstep from the first request.
    setupClient(client) {
      // Offsets spread evenly over the list, so each request is sent about equally often overall.
      const offset = Math.floor((clientIndex++ * requests.length) / connections) % requests.length;
      client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)].map((r) => ({ ...r })));
    },
  });
  instance.on('response', (_client, _status, _bytes, responseTimeMs) => latencies.add(responseTimeMs));
  const result = await instance;
  const lat = latencies.summary();
  return {
    rps: round(result['2xx'] / result.duration, 1),
    p50_ms: lat.p50,
    p99_ms: lat.p99,
    max_ms: lat.max,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    status_codes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    duration_s: result.duration,
  };
}

/**
 * `connections` pg clients, each running `transaction(client, i)` back to back: a warm-up of the
 * same length as the app's, then the measured run.
 */
async function sqlFloor(databaseUrl, transaction, connections = config.connections) {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  try {
    if (config.warmupS > 0) await floorPhase(clients, transaction, config.warmupS);
    return await floorPhase(clients, transaction, config.durationS);
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
  }
}

async function floorPhase(clients, transaction, durationS) {
  const latencies = new Samples();
  let counter = 0;
  let errors = 0;
  let firstError = null;
  const start = performance.now();
  const deadline = start + durationS * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < deadline && errors < 100) {
        const t0 = performance.now();
        try {
          await transaction(client, counter++);
          latencies.add(performance.now() - t0);
        } catch (err) {
          errors += 1;
          firstError ??= err.message;
        }
      }
    }),
  );
  const elapsedS = (performance.now() - start) / 1000;
  const lat = latencies.summary();
  return {
    tps: round(lat.count / elapsedS, 1),
    p50_ms: lat.p50,
    p99_ms: lat.p99,
    max_ms: lat.max,
    committed: lat.count,
    errors,
    ...(firstError ? { first_error: firstError } : {}),
    duration_s: round(elapsedS, 2),
  };
}

/** Latency samples in ms, kept exactly (a 15 s run is at most a few hundred thousand doubles). */
class Samples {
  #buf = new Float64Array(1 << 16);
  #n = 0;

  add(value) {
    if (this.#n === this.#buf.length) {
      const grown = new Float64Array(this.#buf.length * 2);
      grown.set(this.#buf);
      this.#buf = grown;
    }
    this.#buf[this.#n++] = value;
  }

  summary() {
    const sorted = this.#buf.slice(0, this.#n).sort();
    // Nearest-rank percentile.
    const at = (p) => (sorted.length === 0 ? null : round(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)], 2));
    return { count: sorted.length, p50: at(50), p99: at(99), max: at(100) };
  }
}

// ---------------------------------------------------------------------------------------------
// App processes
// ---------------------------------------------------------------------------------------------

// The same V8 heap bounds as `npm run start:api` / `start:worker` and the Docker image.
const HEAP_FLAGS = ['--max-old-space-size=160', '--max-semi-space-size=8'];

function startChild(name, script, childEnv) {
  const child = spawn(nodeBin, [...HEAP_FLAGS, script], { cwd: repoRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const proc = { name, child, pid: child.pid, output: [], exited: null };
  const keep = (chunk) => {
    proc.output.push(chunk.toString());
    if (proc.output.length > 400) proc.output.splice(0, proc.output.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    proc.exited = { code, signal };
  });
  child.on('error', (err) => {
    keep(`${err.message}\n`);
    proc.exited ??= { error: err.message };
  });
  return proc;
}

function childOutput(proc) {
  const text = proc.output.join('').trimEnd();
  return text ? text.split('\n').slice(-80).join('\n') : '(no output)';
}

async function stopChildren(procs) {
  const running = procs.filter((p) => p.exited === null);
  for (const p of running) {
    signalTree(p.pid, 'SIGCONT');
    p.child.kill('SIGTERM');
  }
  const deadline = Date.now() + 10_000;
  while (running.some((p) => p.exited === null) && Date.now() < deadline) await sleep(100);
  for (const p of running) if (p.exited === null) signalTree(p.pid, 'SIGKILL');
}

/** The pid and all its descendants (Bull sandboxed processors, clusters...) from /proc. */
function processTree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${tid}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // Process exited meanwhile.
    }
  }
  return pids;
}

function signalTree(pid, signal) {
  for (const p of processTree(pid)) {
    try {
      process.kill(p, signal);
    } catch {
      // Already gone.
    }
  }
}

/** Sum of a /proc/<pid>/status field (kB) over the process tree. */
function statusKb(pid, field) {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const match = readFileSync(`/proc/${p}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
      if (match) total += Number(match[1]);
    } catch {
      // Exited meanwhile.
    }
  }
  return total;
}

/** utime + stime in clock ticks over the process tree. */
function cpuTicks(pid) {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Exited meanwhile.
    }
  }
  return total;
}

function makeContext(procs, baseUrl) {
  return {
    baseUrl,
    procs,

    assertChildrenAlive() {
      for (const p of procs) {
        if (p.exited !== null) {
          throw new HarnessError(`${p.name} exited (${JSON.stringify(p.exited)}); its output:\n${childOutput(p)}`);
        }
      }
    },

    /**
     * Peak RSS per app process from now on: the higher of VmRSS sampled every 200 ms and VmHWM at
     * stop. VmHWM is reset first (clear_refs 5) so startup does not count toward the scenario.
     */
    startRssSampling() {
      for (const p of procs) {
        for (const pid of processTree(p.pid)) {
          try {
            writeFileSync(`/proc/${pid}/clear_refs`, '5');
          } catch {
            // Older kernels: VmHWM then covers the whole process lifetime.
          }
        }
      }
      const peakKb = Object.fromEntries(procs.map((p) => [p.name, 0]));
      const sample = () => {
        for (const p of procs) peakKb[p.name] = Math.max(peakKb[p.name], statusKb(p.pid, 'VmRSS'));
      };
      sample();
      const timer = setInterval(sample, RSS_SAMPLE_MS);
      return {
        stop() {
          clearInterval(timer);
          sample();
          const result = {};
          for (const p of procs) result[p.name] = round(Math.max(peakKb[p.name], statusKb(p.pid, 'VmHWM')) / 1024, 1);
          result.total = round(Object.values(result).reduce((a, b) => a + b, 0), 1);
          return result;
        },
      };
    },

    /** Waits until the app's processes together use < 5 % of a core over a second (outbox drained, jobs done). */
    async waitForAppIdle() {
      const started = Date.now();
      const ticksPerS = 100; // USER_HZ, 100 on every Linux we run on
      let before = procs.reduce((sum, p) => sum + cpuTicks(p.pid), 0);
      while (Date.now() - started < IDLE_TIMEOUT_MS) {
        await sleep(1000);
        this.assertChildrenAlive();
        const now = procs.reduce((sum, p) => sum + cpuTicks(p.pid), 0);
        if ((now - before) / ticksPerS < 0.05) return { idle: true, waitedS: round((Date.now() - started) / 1000, 1) };
        before = now;
      }
      return { idle: false, waitedS: round((Date.now() - started) / 1000, 1) };
    },

    /** SIGSTOP the app's processes around `work`, SIGCONT afterwards, whatever happens. */
    async withAppFrozen(work) {
      for (const p of procs) signalTree(p.pid, 'SIGSTOP');
      try {
        return await work();
      } finally {
        for (const p of procs) signalTree(p.pid, 'SIGCONT');
      }
    },
  };
}

async function waitForReady(baseUrl, procs) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const dead = procs.find((p) => p.exited !== null);
    if (dead) throw new HarnessError(`${dead.name} exited during startup (${JSON.stringify(dead.exited)})`);
    try {
      const res = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
      last = `${res.status} ${(await res.text()).slice(0, 300)}`;
    } catch (err) {
      last = err.cause?.code ?? err.message;
    }
    await sleep(250);
  }
  throw new HarnessError(`GET /health/ready did not answer 200 within ${READY_TIMEOUT_MS / 1000}s (last: ${last})`);
}

// ---------------------------------------------------------------------------------------------
// Database, fixture, HTTP helpers
// ---------------------------------------------------------------------------------------------

async function ensureDatabase(databaseUrl) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) throw new HarnessError(`BENCH_DATABASE_URL has no database name: ${databaseUrl}`);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) {
      log(`creating database ${name}`);
      await admin.query(`create database "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await admin.end();
  }
}

async function runMigrations(childEnv) {
  const proc = startChild('migrate', path.join(config.dist, 'apps/api/src/migrate.js'), childEnv);
  const deadline = Date.now() + MIGRATE_TIMEOUT_MS;
  while (proc.exited === null && Date.now() < deadline) await sleep(100);
  if (proc.exited === null) {
    proc.child.kill('SIGKILL');
    throw new HarnessError(`migrations did not finish within ${MIGRATE_TIMEOUT_MS / 1000}s:\n${childOutput(proc)}`);
  }
  if (proc.exited.code !== 0) {
    throw new HarnessError(`migrations failed (${JSON.stringify(proc.exited)}):\n${childOutput(proc)}`);
  }
}

async function queryOne(databaseUrl, sql, params) {
  return withClient(databaseUrl, async (client) => (await client.query(sql, params)).rows[0] ?? null);
}

async function api(ctx, method, urlPath, { apiKey, adminKey, body } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (apiKey) headers['x-api-key'] = apiKey;
  if (adminKey) headers['x-admin-key'] = adminKey;
  const res = await fetch(`${ctx.baseUrl}${urlPath}`, {
    method,
    headers,
    body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON; callers report `text`.
  }
  return { status: res.status, json, text };
}

async function expectCreated(ctx, method, urlPath, options) {
  const res = await api(ctx, method, urlPath, options);
  if (res.status !== 201) throw new HarnessError(`${method} ${urlPath} answered ${res.status}: ${res.text.slice(0, 500)}`);
  return res.json;
}

async function createTenant(ctx, name) {
  const tenant = await expectCreated(ctx, 'POST', '/api/v1/admin/tenants', { adminKey: ADMIN_KEY, body: { name } });
  const apiKey = tenant.api_key?.key;
  if (!tenant.id || !apiKey) throw new HarnessError(`unexpected tenant response: ${JSON.stringify(tenant)}`);
  return { tenantId: tenant.id, apiKey };
}

/** A fresh tenant with `config.contacts` contacts, created through the public API. */
async function createFixture(ctx) {
  const { tenantId, apiKey } = await createTenant(ctx, `Bench ${Date.now()}`);
  const contactIds = [];
  for (let i = 0; i < config.contacts; i++) {
    // +52 55 xxxx xxxx: a Mexico City number, valid as FIXED_LINE_OR_MOBILE; unique within the fresh tenant.
    const phone = `+525512${String(i).padStart(6, '0')}`;
    const contact = await expectCreated(ctx, 'POST', '/api/v1/crm/contacts', {
      apiKey,
      body: { first_name: 'Bench', last_name: String(i + 1), phone },
    });
    contactIds.push(contact.id);
  }
  return { tenantId, apiKey, contactIds };
}

async function pickPort(preferred) {
  const tryListen = (port) =>
    new Promise((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen(port, () => {
        const { port: bound } = server.address();
        server.close(() => resolve(bound));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0));
}

// ---------------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------------

function target(name, value, { min, max }, format) {
  const pass = value !== null && value !== undefined && (min === undefined || value >= min) && (max === undefined || value <= max);
  const limit = min !== undefined ? `≥ ${format(min)}` : `≤ ${format(max)}`;
  return { name, value: typeof value === 'number' ? round(value, 4) : value, limit, ...(min !== undefined ? { min } : { max }), pass, display: format(value) };
}

function failedScenario(name, error) {
  log(`${name}: ${error}`);
  return { name, pass: false, error, targets: [], rows: [['error', error]] };
}

function renderMarkdown(report) {
  const lines = [
    `# Leadline benchmark — ${report.date}`,
    '',
    `${report.machine.cpus} CPUs (${report.machine.cpu_model}), Node ${report.machine.node}, ` +
      `${report.config.connections} connections, ${report.config.duration_s} s (+${report.config.warmup_s} s warm-up), ` +
      `load average at start ${report.machine.loadavg_at_start.join(' ')}`,
    '',
    '| scenario | metric | value | target | result |',
    '|---|---|---|---|---|',
  ];
  for (const s of report.scenarios) {
    let first = true;
    const name = () => {
      const cell = first ? `**${s.name}** ${s.pass ? 'PASS' : 'FAIL'}` : '';
      first = false;
      return cell;
    };
    for (const [metric, value] of s.rows) lines.push(`| ${name()} | ${metric} | ${escapeCell(value)} | | |`);
    for (const t of s.targets) lines.push(`| ${name()} | ${t.name} | ${t.display} | ${t.limit} | ${t.pass ? 'PASS' : 'FAIL'} |`);
  }
  return lines.join('\n') + '\n';
}

const escapeCell = (value) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
const round = (value, digits = 2) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);
const fmt = (value, digits = 1) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));
const percent = (value) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);
const ms = (value) => (value === null ? 'n/a' : `${value.toFixed(1)} ms`);
const mb = (value) => (value === null ? 'n/a' : `${value.toFixed(0)} MB`);
const log = (message) => console.log(`[bench] ${message}`);

function positiveInt(name, fallback, { allowZero = false } = {}) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    console.error(`[bench] ${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer (got "${raw}")`);
    process.exit(1);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const procs = [];

const loadAtStart = os.loadavg().map((l) => round(l, 2));

async function main() {
  const selected = config.only ? scenarios.filter((s) => config.only.includes(s.name)) : scenarios;
  if (selected.length === 0) throw new HarnessError(`BENCH_SCENARIOS matches none of: ${scenarios.map((s) => s.name).join(', ')}`);
  for (const script of ['apps/api/src/migrate.js', 'apps/api/src/main.js', 'apps/worker/src/main.js']) {
    if (!existsSync(path.join(config.dist, script))) {
      throw new HarnessError(`${path.join(config.dist, script)} is missing; run "npm run build" first (or set BENCH_DIST)`);
    }
  }

  if (!hasNodeModulesAbove(config.dist)) {
    throw new HarnessError(
      `${config.dist} cannot resolve the app's packages (no node_modules above it); ` +
        `link them: ln -s ${path.join(repoRoot, 'node_modules')} ${path.join(config.dist, 'node_modules')}`,
    );
  }

  const port = await pickPort(config.port);
  const childEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: config.databaseUrl,
    REDIS_URL: config.redisUrl,
    PLATFORM_ADMIN_KEY: ADMIN_KEY,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    SECRETS_KEY: randomBytes(32).toString('hex'),
  };

  await ensureDatabase(config.databaseUrl);
  log('running migrations');
  await runMigrations(childEnv);

  log(`starting api (port ${port}) and worker`);
  procs.push(startChild('api', path.join(config.dist, 'apps/api/src/main.js'), childEnv));
  procs.push(startChild('worker', path.join(config.dist, 'apps/worker/src/main.js'), childEnv));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(baseUrl, procs);
  } catch (err) {
    for (const p of procs) console.error(`--- ${p.name} output ---\n${childOutput(p)}`);
    throw err;
  }

  const ctx = makeContext(procs, baseUrl);
  log(`creating tenant and ${config.contacts} contacts`);
  ctx.fixture = await createFixture(ctx);

  const results = [];
  for (const scenario of selected) {
    log(`scenario ${scenario.name}`);
    results.push(await scenario.run(ctx));
    ctx.assertChildrenAlive();
  }

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model?.trim() ?? 'unknown',
      memory_gb: round(os.totalmem() / 1024 ** 3, 1),
      // Other work on the machine skews every number; recorded so a noisy run can be recognised.
      loadavg_at_start: loadAtStart,
      node: execNodeVersion(),
    },
    config: {
      connections: config.connections,
      duration_s: config.durationS,
      warmup_s: config.warmupS,
      contacts: config.contacts,
      database: new URL(config.databaseUrl).pathname.slice(1),
      redis: config.redisUrl,
    },
    scenarios: results,
  };
  const markdown = renderMarkdown(report);
  mkdirSync(resultsDir, { recursive: true });
  // `rows` and the targets' `display` are presentation only; the JSON keeps the numbers.
  const json = {
    ...report,
    scenarios: results.map(({ rows, targets, ...rest }) => ({ ...rest, targets: targets.map(({ display, ...t }) => t) })),
  };
  writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(json, null, 2) + '\n');
  writeFileSync(path.join(resultsDir, 'latest.md'), markdown);
  console.log('\n' + markdown);
  log(`wrote ${path.relative(process.cwd(), path.join(resultsDir, 'latest.json'))} and latest.md`);
}

function hasNodeModulesAbove(dir) {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'node_modules'))) return true;
    if (path.dirname(current) === current) return false;
  }
}

/** The version the app runs on, which is what the numbers describe (not necessarily this process's). */
function execNodeVersion() {
  return nodeBin === process.execPath ? process.version : execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim();
}

let exiting = false;
async function shutdown(code) {
  if (exiting) return;
  exiting = true;
  await stopChildren(procs);
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`${signal} received, stopping the app`);
    void shutdown(130);
  });
}
// Last resort if the harness dies abruptly: never leave the app running.
process.on('exit', () => {
  for (const p of procs) if (p.exited === null) signalTree(p.pid, 'SIGKILL');
});

main().then(
  () => shutdown(0),
  (err) => {
    console.error(`[bench] ${err instanceof HarnessError ? err.message : err.stack}`);
    return shutdown(1);
  },
);
