import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('falls back to the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/leadline',
      redisUrl: 'redis://127.0.0.1:6379/0',
      platformAdminKey: null,
      secretsKey: null,
      publicBaseUrl: 'http://localhost:3000',
      logLevel: 'info',
      defaultPhoneRegion: 'MX',
      rateLimitPerMinute: 600,
      webhookRateLimitPerMinute: 6000,
    });
  });

  it('reads the rate limits, refusing anything but a positive whole number', () => {
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '120', WEBHOOK_RATE_LIMIT_PER_MINUTE: '20000' }))
      .toMatchObject({ rateLimitPerMinute: 120, webhookRateLimitPerMinute: 20000 });
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ WEBHOOK_RATE_LIMIT_PER_MINUTE: '1.5' })).toThrow(/WEBHOOK_RATE_LIMIT_PER_MINUTE/);
  });

  it('reads per-queue job concurrency and QUEUE_PREFIX, naming a bad entry', () => {
    expect(loadConfig({ JOB_CONCURRENCY: 'background=16, priority-events=6', QUEUE_PREFIX: 'acme-prod' })).toMatchObject({
      jobConcurrency: { background: 16, 'priority-events': 6 },
      queuePrefix: 'acme-prod',
    });
    expect(() => loadConfig({ JOB_CONCURRENCY: 'bulk=4' })).toThrow(/JOB_CONCURRENCY .*got "bulk=4"/);
    expect(() => loadConfig({ JOB_CONCURRENCY: 'background=0' })).toThrow(/JOB_CONCURRENCY/);
    expect(() => loadConfig({ QUEUE_PREFIX: 'has spaces' })).toThrow(/QUEUE_PREFIX/);
  });

  it('derives PUBLIC_BASE_URL from PORT and drops a trailing slash from an explicit one', () => {
    expect(loadConfig({ PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://crm.example.com/' }).publicBaseUrl).toBe('https://crm.example.com');
  });

  it('accepts SECRETS_KEY as 64 hex characters or as base64 of 32 bytes', () => {
    const hex = '00'.repeat(32);
    expect(loadConfig({ SECRETS_KEY: hex }).secretsKey).toHaveLength(32);
    expect(loadConfig({ SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') }).secretsKey).toEqual(Buffer.alloc(32, 7));
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '99999',
        DATABASE_URL: 'mysql://localhost/x',
        REDIS_URL: 'not a url',
        SECRETS_KEY: 'too-short',
        LOG_LEVEL: 'loud',
        DEFAULT_PHONE_REGION: 'XX',
        PLATFORM_ADMIN_KEY: 'short',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const variable of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'SECRETS_KEY', 'LOG_LEVEL', 'DEFAULT_PHONE_REGION', 'PLATFORM_ADMIN_KEY']) {
      expect(problems).toContain(variable);
    }
  });

  it('requires SECRETS_KEY in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SECRETS_KEY is required/);
  });

  it('allows no provider test hosts unless PROVIDER_TEST_HOSTS lists them, and refuses what is not host[:port]', () => {
    expect(loadConfig({}).providerTestHosts).toEqual([]);
    expect(loadConfig({ PROVIDER_TEST_HOSTS: '127.0.0.1, Sandbox.local:8443,[::1]' }).providerTestHosts)
      .toEqual(['127.0.0.1', 'sandbox.local:8443', '[::1]']);
    expect(() => loadConfig({ PROVIDER_TEST_HOSTS: 'http://127.0.0.1' })).toThrow(/PROVIDER_TEST_HOSTS/);
  });

  it('stores recordings under ./var/recordings unless RECORDINGS_DIR says otherwise', () => {
    expect(loadConfig({}).recordingsDir).toBe('./var/recordings');
    expect(loadConfig({ RECORDINGS_DIR: '/srv/leadline/recordings' }).recordingsDir).toBe('/srv/leadline/recordings');
  });
});
