import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aContact, aKey, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

type Auth = Record<string, string>;
type Method = 'get' | 'post' | 'patch' | 'delete';

function send(method: Method, path: string, auth: Auth, body?: object) {
  const request = app.http()[method](path).set(auth);
  return body === undefined ? request : request.send(body);
}


/** One tenant's world: a contact with an opportunity, a spare contact, an own pipeline, an agent key. */
interface Side {
  tenant: TestTenant;
  contact: { id: string; phone: string; manychat_id: string };
  spare: { id: string };
  pipeline: { id: string; stages: { key: string }[] };
  opportunity: { id: string };
  key: { id: string; auth: Auth };
}

async function aSide(): Promise<Side> {
  const tenant = await aTenant(app);
  const contact = await aContact(app, tenant, { manychat_id: `mc-${randomUUID()}` });
  const spare = await aContact(app, tenant);
  const pipeline = await app.http().post('/api/v1/pipelines').set(tenant.auth)
    .send({ name: 'ManyChat', template: 'manychat_odoo' }).expect(201);
  const opportunity = await anOpportunity(app, tenant, { contact_id: contact.id, pipeline_id: pipeline.body.id });
  const key = await aKey(app, tenant, 'agent');
  return {
    tenant,
    contact: contact as Side['contact'],
    spare,
    pipeline: pipeline.body,
    opportunity,
    key,
  };
}

/** Everything of A that a cross-tenant call could have touched, read back with A's own key. */
async function stateOf(a: Side) {
  const read = async (path: string) => {
    const response = await app.http().get(path).set(a.tenant.auth);
    return { status: response.status, body: response.body };
  };
  const keys = await app.http().get('/api/v1/api-keys').query({ limit: 200 }).set(a.tenant.auth).expect(200);
  const agentKey = keys.body.data.find((key: { id: string }) => key.id === a.key.id);
  return {
    contact: await read(`/api/v1/crm/contacts/${a.contact.id}`),
    spare: await read(`/api/v1/crm/contacts/${a.spare.id}`),
    pipeline: await read(`/api/v1/pipelines/${a.pipeline.id}`),
    opportunity: await read(`/api/v1/crm/opportunities/${a.opportunity.id}`),
    history: await read(`/api/v1/crm/opportunities/${a.opportunity.id}/stage-history`),
    agentKey: { id: agentKey?.id, revoked_at: agentKey?.revoked_at },
    agentKeyWorks: (await app.http().get('/api/v1/crm/contacts').set(a.key.auth)).status,
  };
}

interface CrossTenantCall {
  name: string;
  method: Method;
  path: (id: string) => string;
  target: (a: Side) => string;
  body?: (a: Side) => object;
}

const byId: CrossTenantCall[] = [
  { name: 'GET contact', method: 'get', path: (id) => `/api/v1/crm/contacts/${id}`, target: (a) => a.contact.id },
  {
    name: 'PATCH contact', method: 'patch', path: (id) => `/api/v1/crm/contacts/${id}`, target: (a) => a.contact.id,
    body: () => ({ first_name: 'Hijacked' }),
  },
  { name: 'DELETE contact', method: 'delete', path: (id) => `/api/v1/crm/contacts/${id}`, target: (a) => a.spare.id },
  { name: 'GET pipeline', method: 'get', path: (id) => `/api/v1/pipelines/${id}`, target: (a) => a.pipeline.id },
  {
    name: 'PATCH pipeline', method: 'patch', path: (id) => `/api/v1/pipelines/${id}`, target: (a) => a.pipeline.id,
    body: () => ({ name: 'Hijacked' }),
  },
  { name: 'GET opportunity', method: 'get', path: (id) => `/api/v1/crm/opportunities/${id}`, target: (a) => a.opportunity.id },
  {
    name: 'PATCH opportunity', method: 'patch', path: (id) => `/api/v1/crm/opportunities/${id}`,
    target: (a) => a.opportunity.id, body: () => ({ notes: 'hijacked', priority: 'urgent' }),
  },
  {
    name: 'DELETE opportunity', method: 'delete', path: (id) => `/api/v1/crm/opportunities/${id}`,
    target: (a) => a.opportunity.id,
  },
  {
    name: 'POST opportunity stage', method: 'post', path: (id) => `/api/v1/crm/opportunities/${id}/stage`,
    target: (a) => a.opportunity.id, body: (a) => ({ stage: a.pipeline.stages[1].key, reason: 'hijacked' }),
  },
  {
    name: 'GET opportunity stage-history', method: 'get', path: (id) => `/api/v1/crm/opportunities/${id}/stage-history`,
    target: (a) => a.opportunity.id,
  },
  { name: 'DELETE api key', method: 'delete', path: (id) => `/api/v1/api-keys/${id}`, target: (a) => a.key.id },
];

describe('another tenant\'s resource answers exactly like a missing one', () => {
  it.each(byId)('$name with tenant A\'s id, called by tenant B → 404 like an unknown id; A unchanged',
    async ({ method, path, target, body }) => {
      const [a, b] = await Promise.all([aSide(), aSide()]);
      // The worker rescores new opportunities (lead_score): "unchanged" compares settled states.
      await waitForQuiescence(app);
      const before = await stateOf(a);
      const foreignId = target(a);
      const unknownId = randomUUID();

      const foreign = await send(method, path(foreignId), b.tenant.auth, body?.(a));
      const unknown = await send(method, path(unknownId), b.tenant.auth, body?.(a));

      expectProblem(foreign, 404, 'resource.not_found');
      expectProblem(unknown, 404, 'resource.not_found');
      // No existence leak: apart from the id the caller gave and the request id, the answers are identical.
      const normalised = (response: Response, id: string) =>
        JSON.parse(JSON.stringify({ ...response.body, request_id: null }).replaceAll(id, '<id>'));
      expect(normalised(foreign, foreignId)).toEqual(normalised(unknown, unknownId));

      expect(await stateOf(a)).toEqual(before);
      expect(before).toMatchObject({
        contact: { status: 200 }, spare: { status: 200 }, pipeline: { status: 200 }, opportunity: { status: 200 },
        agentKey: { id: a.key.id, revoked_at: null }, agentKeyWorks: 200,
      });
    });
});

describe('bodies referring to another tenant\'s resources', () => {
  it('B creating an opportunity with A\'s contact_id → 422 contact.unknown, like an unknown contact; nothing created', async () => {
    const [a, b] = await Promise.all([aSide(), aSide()]);
    const foreign = await app.http().post('/api/v1/crm/opportunities').set(b.tenant.auth).send({ contact_id: a.contact.id });
    const unknown = await app.http().post('/api/v1/crm/opportunities').set(b.tenant.auth).send({ contact_id: randomUUID() });
    expectProblem(foreign, 422, 'contact.unknown');
    expectProblem(unknown, 422, 'contact.unknown');

    const listA = await app.http().get('/api/v1/crm/opportunities').query({ contact_id: a.contact.id }).set(a.tenant.auth).expect(200);
    expect(listA.body.data.map((o: { id: string }) => o.id)).toEqual([a.opportunity.id]);
    const listB = await app.http().get('/api/v1/crm/opportunities').set(b.tenant.auth).expect(200);
    expect(listB.body.data.map((o: { id: string }) => o.id)).toEqual([b.opportunity.id]);
  });

  it('B creating an opportunity for its own contact in A\'s pipeline → 422 pipeline.unknown, like an unknown pipeline', async () => {
    const [a, b] = await Promise.all([aSide(), aSide()]);
    const foreign = await app.http().post('/api/v1/crm/opportunities').set(b.tenant.auth)
      .send({ contact_id: b.spare.id, pipeline_id: a.pipeline.id });
    const unknown = await app.http().post('/api/v1/crm/opportunities').set(b.tenant.auth)
      .send({ contact_id: b.spare.id, pipeline_id: randomUUID() });
    expectProblem(foreign, 422, 'pipeline.unknown');
    expectProblem(unknown, 422, 'pipeline.unknown');

    const listB = await app.http().get('/api/v1/crm/opportunities').set(b.tenant.auth).expect(200);
    expect(listB.body.data.map((o: { id: string }) => o.id)).toEqual([b.opportunity.id]);
  });
});

describe('lists and filters only ever show the caller\'s own tenant', () => {
  let a: Side;
  let b: Side;
  let aIds: Set<string>;

  beforeAll(async () => {
    [a, b] = await Promise.all([aSide(), aSide()]);
    // Wait until both audit trails exist, so the audit-log list below is not trivially free of A.
    await Promise.all([a, b].map((side) => eventually(async () => {
      const response = await app.http().get('/api/v1/audit-log').query({ entity_id: side.opportunity.id })
        .set(side.tenant.auth).expect(200);
      return response.body.data.length > 0 ? true : undefined;
    })));
    const ids = new Set<string>([a.tenant.id]);
    for (const path of ['/api/v1/crm/contacts', '/api/v1/pipelines', '/api/v1/crm/opportunities', '/api/v1/api-keys', '/api/v1/audit-log']) {
      const response = await app.http().get(path).query({ limit: 200 }).set(a.tenant.auth).expect(200);
      for (const item of response.body.data) ids.add(item.id);
    }
    aIds = ids;
  });

  it.each([
    ['/api/v1/crm/contacts', (s: Side) => [s.contact.id, s.spare.id]],
    ['/api/v1/pipelines', (s: Side) => [s.pipeline.id]],
    ['/api/v1/crm/opportunities', (s: Side) => [s.opportunity.id]],
    ['/api/v1/api-keys', (s: Side) => [s.key.id]],
  ])('GET %s with B\'s key lists B\'s items and none of A\'s', async (path, own) => {
    const response = await app.http().get(path).query({ limit: 200 }).set(b.tenant.auth).expect(200);
    const ids: string[] = response.body.data.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining(own(b)));
    expect(ids.filter((id) => aIds.has(id))).toEqual([]);
    expect([...aIds]).toEqual(expect.arrayContaining(own(a)));
  });

  it('GET /api/v1/audit-log with B\'s key has B\'s entries and none about A\'s resources', async () => {
    const response = await app.http().get('/api/v1/audit-log').query({ limit: 200 }).set(b.tenant.auth).expect(200);
    const entries: { id: string; entity_id: string }[] = response.body.data;
    expect(entries.map((entry) => entry.entity_id)).toEqual(expect.arrayContaining([b.contact.id, b.opportunity.id]));
    expect(entries.filter((entry) => aIds.has(entry.id) || aIds.has(entry.entity_id))).toEqual([]);
  });

  it.each([
    ['/api/v1/crm/opportunities', 'contact_id', (s: Side) => s.contact.id],
    ['/api/v1/crm/opportunities', 'pipeline_id', (s: Side) => s.pipeline.id],
    ['/api/v1/crm/contacts', 'phone', (s: Side) => s.contact.phone],
    ['/api/v1/crm/contacts', 'manychat_id', (s: Side) => s.contact.manychat_id],
    ['/api/v1/audit-log', 'entity_id', (s: Side) => s.contact.id],
  ])('GET %s?%s=<A\'s value>: a match for A, empty for B', async (path, name, value) => {
    const forA = await app.http().get(path).query({ [name]: value(a) }).set(a.tenant.auth).expect(200);
    expect(forA.body.data.length).toBeGreaterThan(0);
    const forB = await app.http().get(path).query({ [name]: value(a) }).set(b.tenant.auth).expect(200);
    expect(forB.body).toEqual({ data: [], next_cursor: null });
  });
});
