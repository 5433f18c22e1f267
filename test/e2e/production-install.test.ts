import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { BASE_DATABASE_URL, databaseOfWorker, TEST_REDIS_URL, TEST_SECRETS_KEY } from '../support/config.js';

// The README's product command, `npm install --no-audit --no-fund && npm start`, on a server where
// NODE_ENV=production is set (npm then skips devDependencies), from a clean clone of this commit.

const run = promisify(execFile);
const REPOSITORY = new URL('../..', import.meta.url).pathname;
const DATABASE_URL = databaseOfWorker(BASE_DATABASE_URL, 'production');
const ADMIN_KEY = 'production-install-operator-key';
const MINUTES = 60_000;

let dir: string | undefined;
let server: ChildProcess | undefined;
let output = '';

async function onServer(statement: string) {
  const client = new pg.Client({ connectionString: Object.assign(new URL(DATABASE_URL), { pathname: '/postgres' }).toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

/** The environment of a server shell: no npm_* variables or node_modules/.bin of this test run. */
function serverEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const path = (process.env.PATH ?? '').split(':').filter((entry) => !entry.includes('node_modules')).join(':');
  return { PATH: path, HOME: process.env.HOME, NODE_ENV: 'production', ...extra };
}

afterAll(async () => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
  await onServer(`drop database if exists "${new URL(DATABASE_URL).pathname.slice(1)}" with (force)`);
});

describe('the two commands on a production server', () => {
  it('NODE_ENV=production npm install && npm start, from a clean clone, serves a migrated, ready API', async () => {
    dir = await mkdtemp(join(tmpdir(), 'leadline-production-'));
    await run('git', ['clone', '--quiet', '--no-hardlinks', REPOSITORY, dir]);

    const install = serverEnvironment({});
    await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env: install, timeout: 5 * MINUTES, maxBuffer: 64 * 1024 * 1024 });
    // A production install: what npm start needs (the pinned Node, the compiler), nothing for tests.
    expect({
      node: existsSync(join(dir, 'node_modules/.bin/node')),
      typescript: existsSync(join(dir, 'node_modules/typescript')),
      jest: existsSync(join(dir, 'node_modules/jest')),
    }).toEqual({ node: true, typescript: true, jest: false });

    await onServer(`drop database if exists "${new URL(DATABASE_URL).pathname.slice(1)}" with (force)`);
    const port = await freePort();
    server = spawn('npm', ['start'], {
      cwd: dir,
      detached: true,
      env: serverEnvironment({
        PORT: String(port),
        DATABASE_URL,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: `${new URL(DATABASE_URL).pathname.slice(1)}`,
        PLATFORM_ADMIN_KEY: ADMIN_KEY,
        SECRETS_KEY: TEST_SECRETS_KEY,
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'warn',
      }),
    });
    server.stdout?.on('data', (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4000); });
    server.stderr?.on('data', (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4000); });

    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 5 * MINUTES;
    let ready = false;
    while (!ready && Date.now() < deadline && server.exitCode === null) {
      ready = await fetch(`${base}/health/ready`).then((response) => response.status === 200, () => false);
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect({ ready, exitCode: server.exitCode, output: ready ? '' : output }).toEqual({ ready: true, exitCode: null, output: '' });

    const tenant = await fetch(`${base}/api/v1/admin/tenants`, {
      method: 'POST',
      headers: { 'X-Admin-Key': ADMIN_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Producción' }),
    });
    expect(tenant.status).toBe(201);

    process.kill(-server.pid!, 'SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
  }, 12 * MINUTES);
});
