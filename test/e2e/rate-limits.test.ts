import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { startApp, type RunningApp } from '../support/app.js';
import { aKey, aPhone, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { TEST_REDIS_URL } from '../support/config.js';
import { expectProblem } from '../support/problems.js';
import { TcpProxy } from '../support/tcp-proxy.js';

/**
 * Contract §8a through HTTP: two API processes (two apps on one Redis) share each key's count, a
 * provider's webhooks have their own per-tenant budget, health and docs are never limited, and the
 * API lets requests through when Redis is down. The sliding window itself (bursts across a window
 * boundary) is proven with a moved clock in test/integration/rate-limiter.test.ts.
 */
const LIMIT = 6;
const WEBHOOK_LIMIT = 4;
const env = { RATE_LIMIT_PER_MINUTE: String(LIMIT), WEBHOOK_RATE_LIMIT_PER_MINUTE: String(WEBHOOK_LIMIT) };
let first: RunningApp;
let second: RunningApp;

beforeAll(async () => {
  first = await startApp({ env, worker: false });
  second = await startApp({ env, worker: false });
});

afterAll(async () => {
  await first?.close();
  await second?.close();
});

const contacts = (app: RunningApp, tenant: { auth: Record<string, string> }) => app.http().get('/api/v1/crm/contacts').set(tenant.auth);

const manychatContact = (app: RunningApp, tenant: TestTenant) => app.http().post('/api/v1/manychat/webhook/contact').set(tenant.auth).send({
  manychat_id: `MC${randomUUID().slice(0, 8)}`, nombre_lead: 'Ana', apellido_lead: 'García', whatsapp: aPhone(),
  datetime_suscripcion: '2025-06-10T10:00:00Z', datetime_actual: '2025-06-10T10:05:00Z', ultimo_estado: 'Nuevo Lead',
  canal_entrada: 'Facebook', estado_inicial: 'Nuevo',
});

const zadarmaEcho = (app: RunningApp, tenant: TestTenant) => app.http().get(`/api/v1/webhooks/zadarma/${tenant.id}`).query({ zd_echo: 'ping' });

function expectLimited(response: Response, limit: number): void {
  expectProblem(response, 429, 'rate_limit.exceeded');
  expect(response.headers['retry-after']).toMatch(/^[1-9]\d*$/);
  expect(response.headers).toMatchObject({ 'ratelimit-limit': String(limit), 'ratelimit-remaining': '0' });
  expect(Number(response.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
}

describe('rate limits per API key (contract §8a)', () => {
  it('counts one key across two API processes: the next request is 429 with Retry-After, on either of them', async () => {
    const tenant = await aTenant(first);
    const remaining: string[] = [];
    for (let i = 0; i < LIMIT; i += 1) {
      const response = await contacts(i % 2 === 0 ? first : second, tenant).expect(200);
      expect(response.headers['ratelimit-limit']).toBe(String(LIMIT));
      remaining.push(response.headers['ratelimit-remaining']);
    }
    expect(remaining).toEqual(['5', '4', '3', '2', '1', '0']);
    const refused = await contacts(first, tenant);
    expectLimited(refused, LIMIT);
    expect(refused.body.detail).toMatch(/API key made more than 6 requests in the last minute/);
    expectLimited(await contacts(second, tenant), LIMIT);
    // Writes count the same way, and a refused one does nothing.
    expectLimited(await second.http().post('/api/v1/crm/contacts').set(tenant.auth).send({ first_name: 'Late', phone: aPhone() }), LIMIT);
  });

  it("leaves the tenant's other keys and other tenants their own budget", async () => {
    const tenant = await aTenant(first);
    const other = await aKey(first, tenant, 'agent'); // the first key's first request
    const neighbour = await aTenant(first);
    for (let i = 1; i < LIMIT; i += 1) await contacts(second, tenant).expect(200);
    expectLimited(await contacts(first, tenant), LIMIT);
    expect((await contacts(second, other).expect(200)).headers['ratelimit-remaining']).toBe(String(LIMIT - 1));
    expect((await contacts(first, neighbour).expect(200)).headers['ratelimit-remaining']).toBe(String(LIMIT - 1));
  });

  it('does not count requests whose key is refused, and never limits health, metrics or the docs', async () => {
    const tenant = await aTenant(first);
    for (let i = 0; i < LIMIT + 2; i += 1) {
      const unknown = await first.http().get('/api/v1/crm/contacts').set('X-API-Key', `${tenant.key}x`);
      expectProblem(unknown, 401, 'auth.unauthenticated');
      expect(unknown.headers['ratelimit-limit']).toBeUndefined();
      for (const path of ['/health/live', '/health/ready', '/metrics', '/docs-json']) {
        const response = await first.http().get(path).set(tenant.auth);
        expect({ path, status: response.status, limit: response.headers['ratelimit-limit'] }).toEqual({ path, status: 200, limit: undefined });
      }
    }
    expect((await contacts(first, tenant).expect(200)).headers['ratelimit-remaining']).toBe(String(LIMIT - 1));
  });
});

describe('provider webhooks have their own limit per tenant and provider', () => {
  it("do not eat the API key's budget, and the key's requests do not eat theirs", async () => {
    const tenant = await aTenant(first);
    for (let i = 0; i < WEBHOOK_LIMIT; i += 1) {
      const accepted = await manychatContact(i % 2 === 0 ? first : second, tenant).expect(202);
      expect(accepted.headers).toMatchObject({ 'ratelimit-limit': String(WEBHOOK_LIMIT), 'ratelimit-remaining': String(WEBHOOK_LIMIT - 1 - i) });
    }
    const refused = await manychatContact(second, tenant);
    expectLimited(refused, WEBHOOK_LIMIT);
    expect(refused.body.detail).toMatch(/tenant's manychat webhooks made more than 4 requests/);

    // The same key, on an ordinary route: its whole budget is left.
    expect((await contacts(first, tenant).expect(200)).headers).toMatchObject({ 'ratelimit-limit': String(LIMIT), 'ratelimit-remaining': String(LIMIT - 1) });
    for (let i = 1; i < LIMIT; i += 1) await contacts(second, tenant).expect(200);
    expectLimited(await contacts(first, tenant), LIMIT);

    // Another provider of the same tenant, and the same provider for another tenant, are untouched.
    expect((await zadarmaEcho(second, tenant).expect(200)).headers['ratelimit-remaining']).toBe(String(WEBHOOK_LIMIT - 1));
    const neighbour = await aTenant(first);
    expect((await manychatContact(first, neighbour).expect(202)).headers['ratelimit-remaining']).toBe(String(WEBHOOK_LIMIT - 1));
  });

  it('counts signed webhooks by the tenant of their path, before the signature is checked', async () => {
    const tenant = await aTenant(first);
    for (let i = 0; i < WEBHOOK_LIMIT; i += 1) await zadarmaEcho(i % 2 === 0 ? first : second, tenant).expect(200);
    expectLimited(await zadarmaEcho(first, tenant), WEBHOOK_LIMIT);
    // An unsigned notification to the same tenant is refused for its rate first: a flood stops here.
    expectLimited(await second.http().post(`/api/v1/webhooks/zadarma/${tenant.id}`).type('form').send({ event: 'NOTIFY_START' }), WEBHOOK_LIMIT);
    // Twilio's callbacks for that tenant are another provider's budget.
    const twilio = await first.http().post(`/api/v1/webhooks/twilio/${tenant.id}/status`).type('form').send({ CallSid: 'CA1' });
    expect(twilio.status).not.toBe(429);
    expect(twilio.headers['ratelimit-remaining']).toBe(String(WEBHOOK_LIMIT - 1));
  });
});

describe('with Redis down', () => {
  const redis = new URL(TEST_REDIS_URL);
  const proxy = new TcpProxy({ host: redis.hostname, port: Number(redis.port) });
  let app: RunningApp;

  beforeAll(async () => {
    const port = await proxy.start();
    app = await startApp({ env: { ...env, REDIS_URL: `redis://127.0.0.1:${port}${redis.pathname}` }, worker: false });
  });

  afterAll(async () => {
    await app?.close();
    await proxy.stop();
  });

  const failedOpen = async () => {
    const metrics = (await app.http().get('/metrics').expect(200)).text;
    return Number(/^leadline_rate_limit_failed_open_total\{scope="api_key"\} (\d+)$/m.exec(metrics)?.[1] ?? 0);
  };

  it('lets requests through without RateLimit headers and counts them in /metrics, then limits again once Redis is back', async () => {
    const tenant = await aTenant(app);
    await eventually(async () => ((await contacts(app, tenant)).headers['ratelimit-limit'] ? true : undefined));
    const before = await failedOpen();
    await proxy.stop();
    try {
      for (let i = 0; i < LIMIT * 2; i += 1) {
        const response = await contacts(app, tenant).expect(200);
        expect(response.headers['ratelimit-limit']).toBeUndefined();
      }
      expect(await failedOpen()).toBe(before + LIMIT * 2);
    } finally {
      await proxy.start();
    }
    await eventually(async () => ((await contacts(app, tenant)).status === 429 ? true : undefined));
  });
});
