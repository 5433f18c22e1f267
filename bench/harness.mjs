// Leadline benchmark harness: the parts every scenario shares. It starts the built app against a
// dedicated database and Redis db (as separate API and worker processes, or as the one process of
// `npm start`), drives load with autocannon or raw `pg` clients, and writes
// bench/results/latest.{json,md}. Scenarios live in bench/scenarios/, one file each; bench/run.mjs
// lists them.
//
// Exit code: 0 whenever the harness completed, even if targets fail; 1 when the harness itself
// could not run (build missing, migrations failed, app never ready, a child crashed...).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = path.join(repoRoot, 'bench', 'results');

const env = process.env;
export const config = {
  dist: path.resolve(repoRoot, env.BENCH_DIST || 'dist'),
  databaseUrl: env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/leadline_bench',
  redisUrl: env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379/15',
  port: positiveInt('BENCH_PORT', 3900),
  connections: positiveInt('BENCH_CONNECTIONS', 32),
  durationS: positiveInt('BENCH_DURATION', 15),
  warmupS: positiveInt('BENCH_WARMUP', 3, { allowZero: true }),
  contacts: positiveInt('BENCH_CONTACTS', 50),
  only: env.BENCH_SCENARIOS ? env.BENCH_SCENARIOS.split(',').map((s) => s.trim()).filter(Boolean) : null,
};
// The app rejects admin keys shorter than 16 characters.
export const ADMIN_KEY = 'bench-platform-admin-key';
const READY_TIMEOUT_MS = 30_000;
const MIGRATE_TIMEOUT_MS = 120_000;
const IDLE_TIMEOUT_MS = 60_000;
const RSS_SAMPLE_MS = 200;

// Children always run on the Node pinned in devDependencies (the system Node is too old for the app).
const pinnedNode = path.join(repoRoot, 'node_modules', '.bin', 'node');
export const nodeBin = existsSync(pinnedNode) ? pinnedNode : process.execPath;

export class HarnessError extends Error {}

/** Runs `work(i)` for i in 0…count-1, `width` at a time, answering the results in order. */
export async function inParallel(count, width, work) {
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

export async function withClient(databaseUrl, work) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Load generators
// ---------------------------------------------------------------------------------------------

/** autocannon against the running app; latencies are kept at full precision (autocannon's own histogram rounds to 1 ms). */
export async function httpLoad(ctx, requests, durationS, { connections = config.connections, overallRate, amount } = {}) {
  const latencies = new Samples();
  let clientIndex = 0;
  const instance = autocannon({
    url: ctx.baseUrl,
    connections,
    duration: durationS,
    ...(overallRate ? { overallRate } : {}),
    // A fixed number of requests instead of a duration.
    ...(amount ? { amount } : {}),
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
export async function sqlFloor(databaseUrl, transaction, connections = config.connections) {
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
export class Samples {
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

/** BENCH_PROFILE=api,worker writes a V8 CPU profile of those processes to var/profiles/ when they stop. */
const PROFILED = new Set((env.BENCH_PROFILE ?? '').split(',').map((name) => name.trim()).filter(Boolean));

function startChild(name, script, childEnv) {
  const profile = PROFILED.has(name) ? ['--cpu-prof', `--cpu-prof-dir=${path.join(repoRoot, 'var', 'profiles')}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : [];
  const child = spawn(nodeBin, [...HEAP_FLAGS, ...profile, script], { cwd: repoRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
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

export function signalTree(pid, signal) {
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

/** VmRSS of an app process (with its child processes) right now, in kB: a scenario's own samples. */
export function rssKb(proc) {
  return statusKb(proc.pid, 'VmRSS');
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
    adminKey: ADMIN_KEY,

    /** CPU milliseconds (user + system) each app process spends from now until `stop()`. */
    startCpuSampling() {
      const before = Object.fromEntries(procs.map((p) => [p.name, cpuTicks(p.pid)]));
      return {
        stop: () => Object.fromEntries(procs.map((p) => [p.name, (cpuTicks(p.pid) - before[p.name]) * 10])),
      };
    },

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

export async function queryOne(databaseUrl, sql, params) {
  return withClient(databaseUrl, async (client) => (await client.query(sql, params)).rows[0] ?? null);
}

export async function api(ctx, method, urlPath, { apiKey, adminKey, body } = {}) {
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

export async function expectCreated(ctx, method, urlPath, options) {
  const res = await api(ctx, method, urlPath, options);
  if (res.status !== 201) throw new HarnessError(`${method} ${urlPath} answered ${res.status}: ${res.text.slice(0, 500)}`);
  return res.json;
}

export async function createTenant(ctx, name) {
  const tenant = await expectCreated(ctx, 'POST', '/api/v1/admin/tenants', { adminKey: ADMIN_KEY, body: { name } });
  const apiKey = tenant.api_key?.key;
  if (!tenant.id || !apiKey) throw new HarnessError(`unexpected tenant response: ${JSON.stringify(tenant)}`);
  return { tenantId: tenant.id, apiKey };
}

/** A fresh tenant with `config.contacts` contacts, created through the public API. */
export async function createFixture(ctx) {
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

export function target(name, value, { min, max }, format) {
  const pass = value !== null && value !== undefined && (min === undefined || value >= min) && (max === undefined || value <= max);
  const limit = min !== undefined ? `≥ ${format(min)}` : `≤ ${format(max)}`;
  return { name, value: typeof value === 'number' ? round(value, 4) : value, limit, ...(min !== undefined ? { min } : { max }), pass, display: format(value) };
}

/** One target per app process (the API and the worker each have their own budget, as has `npm start`'s one process). */
export function rssTargets(rssMb, max = 250) {
  return Object.entries(rssMb).filter(([name]) => name !== 'total').map(([name, value]) => target(`peak RSS ${name}`, value, { max }, mb));
}

export function rssRow(rssMb) {
  const names = Object.keys(rssMb).filter((name) => name !== 'total');
  return [`peak RSS ${names.join(' / ')}`, `${names.map((name) => fmt(rssMb[name], 0)).join(' / ')} MB`];
}

export function failedScenario(name, error) {
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
export const round = (value, digits = 2) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);
export const fmt = (value, digits = 1) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));
export const percent = (value) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`);
export const ms = (value) => (value === null ? 'n/a' : `${value.toFixed(1)} ms`);
export const mb = (value) => (value === null ? 'n/a' : `${value.toFixed(0)} MB`);
export const log = (message) => console.log(`[bench] ${message}`);

export function positiveInt(name, fallback, { allowZero = false } = {}) {
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
// The app under test, and the run
// ---------------------------------------------------------------------------------------------

/**
 * How the app runs: `separate` is the production shape (API and worker processes), `combined` is
 * the README's `npm start` (one process running both). Scenarios that drive their own programs
 * (`none`) get no app.
 */
const TOPOLOGIES = {
  separate: [['api', 'apps/api/src/main.js'], ['worker', 'apps/worker/src/main.js']],
  combined: [['app', 'apps/api/src/main-all.js']],
  none: [],
};

const procs = [];
let running = null; // { topology, ctx }

function childEnvironment(port) {
  return {
    // One API key drives thousands of requests a minute: the limiter runs (its cost is measured) but never refuses.
    RATE_LIMIT_PER_MINUTE: '1000000000',
    WEBHOOK_RATE_LIMIT_PER_MINUTE: '1000000000',
    // The stand-ins a scenario runs itself (the campaigns scenario's SMTP server) listen on loopback.
    PROVIDER_TEST_HOSTS: '127.0.0.1',
    ...process.env,
    PORT: String(port),
    DATABASE_URL: config.databaseUrl,
    REDIS_URL: config.redisUrl,
    PLATFORM_ADMIN_KEY: ADMIN_KEY,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    SECRETS_KEY: SECRETS_KEY,
  };
}
const SECRETS_KEY = randomBytes(32).toString('hex');

/** The app in `topology`, reusing the running one when it already has that shape. */
async function appFor(topology) {
  if (running?.topology === topology) return running.ctx;
  await stopChildren(procs);
  procs.length = 0;
  running = null;
  if (topology === 'none') {
    running = { topology, ctx: Object.assign(makeContext([], null), { topology }) };
    return running.ctx;
  }
  const port = await pickPort(config.port);
  const childEnv = childEnvironment(port);
  log(`starting ${topology} app (port ${port}): ${TOPOLOGIES[topology].map(([name]) => name).join(' + ')}`);
  for (const [name, script] of TOPOLOGIES[topology]) procs.push(startChild(name, path.join(config.dist, script), childEnv));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(baseUrl, procs);
  } catch (err) {
    for (const p of procs) console.error(`--- ${p.name} output ---\n${childOutput(p)}`);
    throw err;
  }
  const ctx = makeContext(procs, baseUrl);
  ctx.topology = topology;
  ctx.childEnv = childEnv;
  log(`creating tenant and ${config.contacts} contacts`);
  ctx.fixture = await createFixture(ctx);
  running = { topology, ctx };
  return ctx;
}

/**
 * Starts a program of the scenario's own (e.g. a worker with a probe job) with the app's
 * environment plus `env`, counted in the context's RSS and CPU sampling until stopped.
 */
export async function startProgram(ctx, name, script, env = {}) {
  const proc = startChild(name, script, { ...childEnvironment(config.port), ...env });
  procs.push(proc);
  ctx.procs.push(proc);
  return {
    proc,
    async stop() {
      await stopChildren([proc]);
      for (const list of [procs, ctx.procs]) list.splice(list.indexOf(proc), 1);
    },
  };
}

/**
 * Runs the selected scenarios in order. A scenario is `{ name, topology?, run(ctx) }` (topology
 * `separate` unless it says otherwise) and answers `{ name, pass, targets, rows, ...data }`:
 * `rows` and `targets` make up the printed table, everything else goes into latest.json.
 */
export async function runBench(scenarios) {
  const selected = config.only ? scenarios.filter((s) => config.only.includes(s.name)) : scenarios;
  if (selected.length === 0) throw new HarnessError(`BENCH_SCENARIOS matches none of: ${scenarios.map((s) => s.name).join(', ')}`);
  for (const script of ['apps/api/src/migrate.js', 'apps/api/src/main.js', 'apps/api/src/main-all.js', 'apps/worker/src/main.js']) {
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

  await ensureDatabase(config.databaseUrl);
  log('running migrations');
  await runMigrations(childEnvironment(config.port));

  const results = [];
  for (const scenario of selected) {
    const ctx = await appFor(scenario.topology ?? 'separate');
    // Autovacuum is off on this machine: without this, every scenario would pay for the dead rows
    // of the ones before it (a partial index of 100,000 rows no longer pending, for one).
    await withClient(config.databaseUrl, (client) => client.query('vacuum analyze'));
    log(`scenario ${scenario.name}${ctx.topology ? ` (${ctx.topology})` : ''}`);
    try {
      results.push(await scenario.run(ctx));
    } catch (err) {
      // One scenario's failure (a 503 while building its fixture, say) is its result; the run goes
      // on unless an app process died, which the check below turns into a harness error.
      results.push(failedScenario(scenario.name, err instanceof HarnessError ? err.message : err.stack ?? String(err)));
    }
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

const loadAtStart = os.loadavg().map((l) => round(l, 2));

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

/** The entry point of bench/run.mjs (and of a scenario file run alone). */
export function main(scenarios) {
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
  runBench(scenarios).then(
    () => shutdown(0),
    (err) => {
      console.error(`[bench] ${err instanceof HarnessError ? err.message : err.stack}`);
      return shutdown(1);
    },
  );
}
