import { loadConfig, type AppConfig } from '@leadline/shared-kernel';

/**
 * The test tier's own database and Redis index, so tests never touch development data. Tests do
 * not truncate: each one creates its own tenant, which is the isolation the product promises anyway.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/leadline_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1';
export const ADMIN_KEY = 'test-platform-admin-key';
export const TEST_SECRETS_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    PLATFORM_ADMIN_KEY: ADMIN_KEY,
    LOG_LEVEL: 'silent',
    EVENT_MAX_ATTEMPTS: '3',
    DATABASE_POOL_SIZE: '10',
    SECRETS_KEY: TEST_SECRETS_KEY,
    // The provider stand-ins listen on plain http at 127.0.0.1 (random ports).
    PROVIDER_TEST_HOSTS: '127.0.0.1',
    ...overrides,
  });
}
