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
