import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startApp, type RunningApp } from '../support/app.js';
import { TEST_DATABASE_URL, TEST_QUEUE_PREFIX, TEST_REDIS_URL } from '../support/config.js';

// The README's first-hour walkthrough, run as a reader pastes it: its shell blocks, in order, in a
// folder with the repository's .env.example. The one line not run here is `npm install && npm
// start`: the app is started in-process instead, from the .env the first block made (its
// PLATFORM_ADMIN_KEY included), on the test database and a free port, which the .env then names.
// test/e2e/production-install.test.ts runs the real `npm install && npm start` from a clean clone.

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url);
const START_LINE = 'npm install --no-audit --no-fund && npm start';

let app: RunningApp | undefined;
let dir: string | undefined;

afterAll(async () => {
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function walkthrough(): Promise<string[]> {
  const readme = await readFile(new URL('README.md', ROOT), 'utf8');
  const section = /<!-- walkthrough -->([\s\S]*?)<!-- \/walkthrough -->/.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no <!-- walkthrough --> section');
  return [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((block) => block[1]);
}

/** .env as the process reads it: KEY=value lines, comments and blank lines skipped. */
function parseEnv(text: string): Record<string, string> {
  return Object.fromEntries(text.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe("the README's first hour", () => {
  it('runs as pasted: .env, a tenant, a contact, an opportunity moved, a call that becomes its first-call attempt, the audit log', async () => {
    const [setup, ...blocks] = await walkthrough();
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const setupLines = setup.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
    expect(setupLines).toEqual(['cp .env.example .env', START_LINE]);

    dir = await mkdtemp(join(tmpdir(), 'leadline-walkthrough-'));
    await copyFile(new URL('.env.example', ROOT), join(dir, '.env.example'));
    await run('bash', ['-c', setupLines[0]], { cwd: dir });

    const env = parseEnv(await readFile(join(dir, '.env'), 'utf8'));
    expect(env.PLATFORM_ADMIN_KEY?.length).toBeGreaterThanOrEqual(16);
    app = await startApp({
      env: {
        ...env,
        DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: TEST_QUEUE_PREFIX, LOG_LEVEL: 'silent',
        SECRETS_KEY: env.SECRETS_KEY || '', RECORDINGS_DIR: join(dir, 'recordings'),
      },
    });
    await app.api.listen(0, '127.0.0.1');
    const { port } = app.api.getHttpServer().address() as AddressInfo;
    const dotenv = await readFile(join(dir, '.env'), 'utf8');
    await writeFile(join(dir, '.env'), dotenv.replace(/^PORT=.*$/m, `PORT=${port}`));

    const script = ['set -euo pipefail', ...blocks].join('\n');
    const { stdout } = await run('bash', ['-c', script], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 90_000,
    });

    expect(stdout).toMatch(/^ll_\S+$/m);
    expect(stdout).toContain('"stage": "perfilamiento"');
    expect(stdout).toContain('"to_number": "+525512345678"');
    expect(stdout).toContain('"first_call_completed": true');
    expect(stdout).toContain('"status": "green"');
    expect(stdout).toContain('"status": "contacted"');
    expect(stdout).toMatch(/platform operator {2}tenant created/);
    expect(stdout).toMatch(/Initial admin key {2}opportunity stage_changed/);
  }, 180_000);
});
