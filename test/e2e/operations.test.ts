import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aTenant } from '../support/builders.js';
import { sql } from '../support/db.js';

let app: RunningApp;
const db = sql();

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
  await db.end();
});

describe('operations endpoints', () => {
  it('answers liveness and readiness without credentials', async () => {
    await app.http().get('/health/live').expect(200, { status: 'ok' });
    const ready = await app.http().get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
  });

  it('serves Prometheus metrics with request latencies by route pattern, queue depths and the outbox backlog', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    await app.http().get(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).expect(200);
    const response = await app.http().get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(
      /leadline_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/crm\/contacts\/:id",status="200"\} \d+/,
    );
    expect(response.text).not.toContain(contact.id);
    expect(response.text).toMatch(/leadline_queue_jobs\{queue="domain-events",state="waiting"\} \d+/);
    expect(response.text).toMatch(/leadline_outbox_unpublished_events \d+/);
    expect(response.text).toMatch(/leadline_dead_letters \d+/);
  });
});

describe('the OpenAPI document', () => {
  /** Every route the app serves under /api, as "METHOD /path/{param}". */
  function servedRoutes(): string[] {
    const router = app.api.getHttpAdapter().getInstance().router as {
      stack: { route?: { path: string; methods: Record<string, boolean> } }[];
    };
    return router.stack
      .filter((layer) => layer.route?.path.startsWith('/api/'))
      .flatMap((layer) => Object.keys(layer.route!.methods).map((method) =>
        `${method.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`));
  }

  it('describes every API route with a summary and its problem responses', async () => {
    const { body: doc } = await app.http().get('/docs-json').expect(200);
    const documented = Object.entries(doc.paths as Record<string, Record<string, { summary?: string; responses: object }>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    const served = servedRoutes();
    expect(served.length).toBeGreaterThan(15);
    expect(documented.sort()).toEqual(expect.arrayContaining(served.sort()));
    for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, { summary?: string; responses: Record<string, unknown> }>>)) {
      if (!path.startsWith('/api/')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        expect({ route: `${method} ${path}`, summary: typeof operation.summary }).toEqual({ route: `${method} ${path}`, summary: 'string' });
        // Provider webhooks authenticate by signature (`security: []`): they document their own refusal, not the API key's 401.
        const public_ = (operation as { security?: unknown[] }).security?.length === 0;
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(public_ ? ['400', '503'] : ['400', '401', '503']));
        if (method === 'post') {
          expect((operation as { parameters?: { name: string }[] }).parameters?.map((p) => p.name)).toContain('Idempotency-Key');
          expect(Object.keys(operation.responses)).toContain('409');
        }
      }
    }
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await app.http().get('/docs').expect(200);
    expect(response.text).toContain('swagger-ui');
  });
});

describe('Idempotency-Key retention', () => {
  it('treats a key older than 24 hours as new', async () => {
    const tenant = await aTenant(app);
    const first = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Idempotency-Key', 'day-old')
      .send({ first_name: 'Day', phone: '+525511110000' }).expect(201);
    await db.query(`update idempotency_keys set created_at = now() - interval '25 hours' where scope = $1 and key = 'day-old'`, [tenant.id]);
    const second = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Idempotency-Key', 'day-old')
      .send({ first_name: 'Day', phone: '+525511110000' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'contact.duplicate', existing_id: first.body.id });
  });
});

describe('Idempotency-Key and issued secrets', () => {
  it('never stores an issued API key: a replay answers with key null', async () => {
    const tenant = await aTenant(app);
    const first = await app.http().post('/api/v1/api-keys').set(tenant.auth).set('Idempotency-Key', 'issue-1')
      .send({ name: 'ci', role: 'agent' }).expect(201);
    expect(first.body.key).toMatch(/^ll_/);
    const replay = await app.http().post('/api/v1/api-keys').set(tenant.auth).set('Idempotency-Key', 'issue-1')
      .send({ name: 'ci', role: 'agent' }).expect(201);
    expect(replay.body).toEqual({ ...first.body, key: null });
    const stored = await db.query(`select response_body::text as body from idempotency_keys where scope = $1`, [tenant.id]);
    expect(stored.rows[0].body).not.toContain(first.body.key);
  });
});
