import { loadConfig, type AppConfig } from '@leadline/shared-kernel';

/**
 * The test tier's own databases and queue namespace, so tests never touch development data. Tests
 * do not truncate: each one creates its own tenant, which is the isolation the product promises
 * anyway. Jest runs files in parallel; each jest worker has its own database (cloned from a
 * migrated template by the global setup) and its own queue prefix in Redis, because every test app's
 * relay and sweeper serve every tenant of their database and queues.
 */
export const BASE_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/leadline_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1';
const JEST_WORKER = process.env.JEST_WORKER_ID ?? '1';
export const TEST_DATABASE_URL = databaseOfWorker(BASE_DATABASE_URL, JEST_WORKER);
export const TEST_QUEUE_PREFIX = `${new URL(BASE_DATABASE_URL).pathname.slice(1)}-w${JEST_WORKER}`;
export const ADMIN_KEY = 'test-platform-admin-key';
export const TEST_SECRETS_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

/** `leadline_test` → `leadline_test_w3` for jest worker 3 (and `_template` for the migrated original). */
export function databaseOfWorker(baseUrl: string, worker: string): string {
  const url = new URL(baseUrl);
  url.pathname = `${url.pathname}_${/^\d+$/.test(worker) ? `w${worker}` : worker}`;
  return url.toString();
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: TEST_QUEUE_PREFIX,
    PLATFORM_ADMIN_KEY: ADMIN_KEY,
    LOG_LEVEL: 'silent',
    EVENT_MAX_ATTEMPTS: '3',
    // Each jest worker runs an API and a worker: PostgreSQL's 100 connections must serve them all
    // (the worker's pool is its job concurrency plus 4).
    DATABASE_POOL_SIZE: '6',
    JOB_CONCURRENCY: 'priority-events=2,domain-events=4,odoo-sync=2,background=2',
    SECRETS_KEY: TEST_SECRETS_KEY,
    // The provider stand-ins listen on plain http at 127.0.0.1 (random ports).
    PROVIDER_TEST_HOSTS: '127.0.0.1',
    // Suites send hundreds of requests a minute with one key; the rate-limit tests lower these.
    RATE_LIMIT_PER_MINUTE: '1000000',
    WEBHOOK_RATE_LIMIT_PER_MINUTE: '1000000',
    ...overrides,
  });
}
