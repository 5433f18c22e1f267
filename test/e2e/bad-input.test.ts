import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { anOpportunity, aTenant, type TestTenant } from '../support/builders.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

type Method = 'get' | 'post' | 'patch' | 'delete';


/**
 * A fresh tenant with one opportunity: the write endpoints below all have something real to aim at.
 * The worker's work on it (its first lead score) is done before a test takes its "before".
 */
async function aWorld() {
  const tenant = await aTenant(app);
  const opportunity = await anOpportunity(app, tenant);
  await waitForQuiescence(app);
  return { tenant, opportunity };
}
type World = Awaited<ReturnType<typeof aWorld>>;

interface WriteEndpoint {
  name: string;
  method: Method;
  path: (w: World) => string;
  valid: (w: World) => Record<string, unknown>;
}

const writes: WriteEndpoint[] = [
  { name: 'POST contacts', method: 'post', path: () => '/api/v1/crm/contacts', valid: () => ({ first_name: 'Ana', phone: '+525511112222' }) },
  {
    name: 'POST opportunities', method: 'post', path: () => '/api/v1/crm/opportunities',
    valid: (w) => ({ contact_id: w.opportunity.contact_id, priority: 'low' }),
  },
  { name: 'POST pipelines', method: 'post', path: () => '/api/v1/pipelines', valid: () => ({ name: 'Extra', template: 'sales' }) },
  {
    name: 'PATCH opportunity', method: 'patch', path: (w) => `/api/v1/crm/opportunities/${w.opportunity.id}`,
    valid: () => ({ notes: 'call back' }),
  },
  {
    name: 'PATCH contact', method: 'patch', path: (w) => `/api/v1/crm/contacts/${w.opportunity.contact_id}`,
    valid: () => ({ last_name: 'Ruiz' }),
  },
  {
    name: 'PATCH pipeline', method: 'patch', path: (w) => `/api/v1/pipelines/${w.opportunity.pipeline_id}`,
    valid: () => ({ name: 'Ventas' }),
  },
];

/** What the tenant's data looks like: a rejected request must leave it exactly so. */
async function dataOf(w: World) {
  const [contacts, pipelines, opportunities] = await Promise.all(
    ['/api/v1/crm/contacts', '/api/v1/pipelines', '/api/v1/crm/opportunities']
      .map((path) => app.http().get(path).query({ limit: 200 }).set(w.tenant.auth).expect(200)),
  );
  return { contacts: contacts.body, pipelines: pipelines.body, opportunities: opportunities.body };
}

describe('request bodies (§1 bodies)', () => {
  it.each(writes)('$name: an unknown field → 400 naming it; nothing changes', async ({ method, path, valid }) => {
    const w = await aWorld();
    const before = await dataOf(w);
    const response = await app.http()[method](path(w)).set(w.tenant.auth).send({ ...valid(w), favourite_colour: 'teal' });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'favourite_colour', message: expect.any(String) }]);
    expect(await dataOf(w)).toEqual(before);
  });

  it.each(writes)('$name: a body over 1 MiB → 413', async ({ method, path, valid }) => {
    const w = await aWorld();
    const body = JSON.stringify({ ...valid(w), notes: 'x'.repeat(1024 * 1024) });
    const response = await app.http()[method](path(w)).set(w.tenant.auth).set('Content-Type', 'application/json').send(body);
    expectProblem(response, 413, 'request.too_large');
  });

  it.each(writes)('$name: Content-Type text/plain → 415', async ({ method, path, valid }) => {
    const w = await aWorld();
    const response = await app.http()[method](path(w)).set(w.tenant.auth).set('Content-Type', 'text/plain')
      .send(JSON.stringify(valid(w)));
    expectProblem(response, 415, 'request.unsupported_media_type');
  });

  it.each(writes)('$name: malformed JSON → 400 request.malformed_json', async ({ method, path }) => {
    const w = await aWorld();
    const response = await app.http()[method](path(w)).set(w.tenant.auth).set('Content-Type', 'application/json')
      .send('{"first_name": "Ana",');
    expectProblem(response, 400, 'request.malformed_json');
  });

  it('a body that is valid and small is accepted by every one of these endpoints (the cases above are not rejected for another reason)', async () => {
    const w = await aWorld();
    for (const { method, path, valid } of writes) {
      const response = await app.http()[method](path(w)).set(w.tenant.auth).send(valid(w));
      expect({ endpoint: `${method} ${path(w)}`, status: response.status }).toEqual({
        endpoint: `${method} ${path(w)}`, status: method === 'post' ? 201 : 200,
      });
    }
  });
});

describe('field types and ranges → 400 with the field named', () => {
  /** Each bad value is merged over the endpoint's valid body, so only that one field is wrong. */
  const cases: [endpoint: string, bad: Record<string, unknown>, field: string][] = [
    ['POST contacts', { first_name: 42 }, 'first_name'],
    ['POST contacts', { phone: 5512345678 }, 'phone'],
    ['POST contacts', { email: 'not-an-email' }, 'email'],
    ['POST contacts', { subscribed_at: 'yesterday' }, 'subscribed_at'],
    ['POST contacts', { channel_id: 'abc' }, 'channel_id'],
    ['POST opportunities', { opportunity_score: 'high' }, 'opportunity_score'],
    ['POST opportunities', { opportunity_score: 101 }, 'opportunity_score'],
    ['POST opportunities', { opportunity_score: -1 }, 'opportunity_score'],
    ['POST opportunities', { opportunity_score: 7.5 }, 'opportunity_score'],
    ['POST opportunities', { priority: 'extreme' }, 'priority'],
    ['POST opportunities', { treatment_type: 'carrier_pigeon' }, 'treatment_type'],
    ['POST opportunities', { next_action_at: 'tomorrow' }, 'next_action_at'],
    ['POST opportunities', { contact_id: 'abc' }, 'contact_id'],
    ['POST opportunities', { contact_id: null }, 'contact_id'],
    ['POST opportunities', { pipeline_id: 'abc' }, 'pipeline_id'],
    ['POST pipelines', { name: 123 }, 'name'],
    ['POST pipelines', { template: undefined, initial_stage: 'a', stages: 'a,b' }, 'stages'],
    ['POST pipelines', { template: undefined, initial_stage: 'a', stages: [{ key: 'a' }] }, 'stages.0.name'],
    ['POST pipelines', { template: undefined, initial_stage: 'a', stages: [{ key: 'a', name: 'A', kind: 'maybe' }] }, 'stages.0.kind'],
    ['PATCH opportunity', { opportunity_score: 'high' }, 'opportunity_score'],
    ['PATCH opportunity', { opportunity_score: 101 }, 'opportunity_score'],
    ['PATCH opportunity', { priority: 'extreme' }, 'priority'],
    ['PATCH opportunity', { status: 'done' }, 'status'],
    ['PATCH opportunity', { assigned_advisor_id: 'abc' }, 'assigned_advisor_id'],
    ['PATCH contact', { email: 'nope' }, 'email'],
    ['PATCH pipeline', { stages: [{ key: 'Bad Key', name: 'B' }] }, 'stages.0.key'],
  ];

  it.each(cases)('%s with %j → 400 naming %s; nothing changes', async (endpoint, bad, field) => {
    const { method, path, valid } = writes.find((write) => write.name === endpoint)!;
    const w = await aWorld();
    const before = await dataOf(w);
    const response = await app.http()[method](path(w)).set(w.tenant.auth).send({ ...valid(w), ...bad });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual(expect.arrayContaining([{ field, message: expect.any(String) }]));
    expect(await dataOf(w)).toEqual(before);
  });
});

describe('ids in paths', () => {
  it.each([
    ['get', '/api/v1/crm/contacts/not-a-uuid'],
    ['patch', '/api/v1/crm/contacts/not-a-uuid'],
    ['delete', '/api/v1/crm/contacts/not-a-uuid'],
    ['get', '/api/v1/pipelines/42'],
    ['patch', '/api/v1/pipelines/42'],
    ['get', '/api/v1/crm/opportunities/123'],
    ['patch', '/api/v1/crm/opportunities/123'],
    ['delete', '/api/v1/crm/opportunities/123'],
    ['post', '/api/v1/crm/opportunities/123/stage'],
    ['get', '/api/v1/crm/opportunities/123/stage-history'],
    ['delete', '/api/v1/api-keys/123'],
    ['get', `/api/v1/crm/contacts/${randomUUID()}x`],
  ] as [Method, string][])('%s %s → 400 (never 500), errors name the id', async (method, path) => {
    const tenant = await aTenant(app);
    const request = app.http()[method](path).set(tenant.auth);
    const response = method === 'patch' || method === 'post' ? await request.send({ stage: 'perfilamiento' }) : await request;
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'id', message: expect.any(String) }]);
  });
});

describe('list query parameters', () => {
  const lists = ['/api/v1/crm/contacts', '/api/v1/crm/opportunities', '/api/v1/pipelines', '/api/v1/api-keys', '/api/v1/audit-log'];
  const badQueries: [query: string, field: string][] = [
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=201', 'limit'],
    ['limit=-5', 'limit'],
    ['cursor=nope', 'cursor'],
    ['unknown_filter=1', 'unknown_filter'],
  ];
  const matrix = lists.flatMap((path) => badQueries.map(([query, field]) => [path, query, field] as const));

  it.each(matrix)('GET %s?%s → 400 naming %s', async (path, query, field) => {
    const tenant = await aTenant(app);
    const response = await app.http().get(`${path}?${query}`).set(tenant.auth);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual(expect.arrayContaining([{ field, message: expect.any(String) }]));
  });

  it.each(lists)('GET %s?limit=200 (the maximum) is accepted', async (path) => {
    const tenant = await aTenant(app);
    const response = await app.http().get(path).query({ limit: 200 }).set(tenant.auth).expect(200);
    expect(response.body).toEqual({ data: expect.any(Array), next_cursor: null });
  });
});

describe('routes, request ids and idempotency keys', () => {
  let tenant: TestTenant;

  beforeAll(async () => {
    tenant = await aTenant(app);
  });

  it.each([
    ['get', '/api/v1/nothing-here'],
    ['post', '/api/v1/crm/contacts/search'],
    ['get', '/api/v2/crm/contacts'],
    ['delete', '/api/v1/pipelines'],
  ] as [Method, string][])('%s %s (unknown route) → 404 problem', async (method, path) => {
    const response = await app.http()[method](path).set(tenant.auth);
    expectProblem(response, 404, 'route.not_found');
  });

  it('a given X-Request-Id is echoed in the response header and in the problem body', async () => {
    const requestId = `req-${randomUUID()}`;
    const response = await app.http().get(`/api/v1/crm/contacts/${randomUUID()}`).set(tenant.auth).set('X-Request-Id', requestId);
    expectProblem(response, 404, 'resource.not_found');
    expect(response.headers['x-request-id']).toBe(requestId);
    expect(response.body.request_id).toBe(requestId);
  });

  it('a given X-Request-Id is echoed on a success too', async () => {
    const requestId = `req-${randomUUID()}`;
    const response = await app.http().get('/api/v1/crm/contacts').set(tenant.auth).set('X-Request-Id', requestId).expect(200);
    expect(response.headers['x-request-id']).toBe(requestId);
  });

  it('without X-Request-Id a fresh one is generated, the same in header and body, different per request', async () => {
    const first = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).send({ nickname: 'x' });
    const second = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).send({ nickname: 'x' });
    expectProblem(first, 400, 'request.invalid');
    expectProblem(second, 400, 'request.invalid');
    expect(first.headers['x-request-id']).toEqual(expect.stringMatching(/\S{8,}/));
    expect(first.body.request_id).toBe(first.headers['x-request-id']);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it.each([
    ['300 characters', 'k'.repeat(300)],
    ['a space inside', 'my key'],
    ['non-ASCII', 'clé-ñ'],
  ])('an Idempotency-Key with %s → 400 naming the header; nothing created', async (_label, key) => {
    const own = await aTenant(app);
    const response = await app.http().post('/api/v1/crm/contacts').set(own.auth).set('Idempotency-Key', key)
      .send({ first_name: 'Ana', phone: '+525511112222' });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    const contacts = await app.http().get('/api/v1/crm/contacts').set(own.auth).expect(200);
    expect(contacts.body.data).toEqual([]);
  });
});
