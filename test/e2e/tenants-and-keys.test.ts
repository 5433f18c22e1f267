import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aContact, aKey, aTenant, eventually } from '../support/builders.js';
import { ADMIN_KEY } from '../support/config.js';
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

const TENANTS = '/api/v1/admin/tenants';
const KEYS = '/api/v1/api-keys';
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;


const aSlug = () => `agency-${randomUUID().slice(0, 12)}`;

/** Pages through the operator's tenant list (newest first, shared with other test files) looking for one id. */
async function tenantListed(id: string) {
  let cursor: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const response: Response = await app.http().get(TENANTS).query({ limit: 200, ...(cursor ? { cursor } : {}) })
      .set('X-Admin-Key', ADMIN_KEY).expect(200);
    const found = response.body.data.find((tenant: { id: string }) => tenant.id === id);
    if (found) return found;
    cursor = response.body.next_cursor;
    if (cursor === null) return undefined;
  }
  return undefined;
}

describe('tenants (platform operator)', () => {
  it('POST with X-Admin-Key → 201 {id, name, slug, created_at, api_key: {id, name, role: admin, key}}; the key works', async () => {
    const slug = aSlug();
    const response = await app.http().post(TENANTS).set('X-Admin-Key', ADMIN_KEY).send({ name: 'Agencia Norte', slug }).expect(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(UUID),
      name: 'Agencia Norte',
      slug,
      created_at: expect.stringMatching(ISO_UTC),
      api_key: { id: expect.stringMatching(UUID), name: expect.any(String), role: 'admin', key: expect.any(String), created_at: expect.stringMatching(ISO_UTC) },
    });
    await app.http().get('/api/v1/crm/contacts').set('X-API-Key', response.body.api_key.key).expect(200);
    await app.http().post(KEYS).set('X-API-Key', response.body.api_key.key).send({ name: 'ops', role: 'viewer' }).expect(201);
  });

  it('without a slug one is generated; the tenant appears in GET /admin/tenants', async () => {
    const response = await app.http().post(TENANTS).set('X-Admin-Key', ADMIN_KEY).send({ name: 'Bienes Raíces Sur' }).expect(201);
    expect(response.body.slug).toMatch(/^[a-z0-9][a-z0-9-]+$/);
    expect(await tenantListed(response.body.id)).toEqual({
      id: response.body.id, name: 'Bienes Raíces Sur', slug: response.body.slug, created_at: response.body.created_at,
    });
  });

  it.each([
    ['no X-Admin-Key', {}],
    ['a wrong X-Admin-Key', { 'X-Admin-Key': 'not-the-admin-key' }],
    ['an empty-ish X-Admin-Key', { 'X-Admin-Key': ' ' }],
    ['a tenant admin API key instead', 'tenant-key'],
  ] as const)('POST and GET /admin/tenants with %s → 401; nothing created', async (_label, headers) => {
    const tenant = await aTenant(app);
    const auth = headers === 'tenant-key' ? { ...tenant.auth, Authorization: `Bearer ${tenant.key}` } : headers;
    const slug = aSlug();
    expectProblem(await app.http().post(TENANTS).set(auth).send({ name: 'Intruder', slug }), 401, 'auth.unauthenticated');
    expectProblem(await app.http().get(TENANTS).set(auth), 401, 'auth.unauthenticated');
    const { rows } = await db.query('select count(*)::int as n from tenants where slug = $1', [slug]);
    expect(rows[0].n).toBe(0);
  });

  it('the same explicit slug twice → 409 tenant.slug_taken; only the first tenant exists', async () => {
    const slug = aSlug();
    const first = await app.http().post(TENANTS).set('X-Admin-Key', ADMIN_KEY).send({ name: 'One', slug }).expect(201);
    const second = await app.http().post(TENANTS).set('X-Admin-Key', ADMIN_KEY).send({ name: 'Two', slug });
    expectProblem(second, 409, 'tenant.slug_taken');
    const { rows } = await db.query('select id from tenants where slug = $1', [slug]);
    expect(rows).toEqual([{ id: first.body.id }]);
  });

  it.each([
    ['no name', { slug: 'fine-slug' }, 'name'],
    ['an empty name', { name: '' }, 'name'],
    ['a slug with capitals and spaces', { name: 'X', slug: 'Bad Slug' }, 'slug'],
    ['an unknown field', { name: 'X', plan: 'gold' }, 'plan'],
  ])('POST /admin/tenants with %s → 400 naming %s', async (_label, body, field) => {
    const response = await app.http().post(TENANTS).set('X-Admin-Key', ADMIN_KEY).send(body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual(expect.arrayContaining([{ field, message: expect.any(String) }]));
  });

  it('a new tenant has exactly one pipeline: the default sales pipeline with its 8 stages', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().get('/api/v1/pipelines').set(tenant.auth).expect(200);
    expect(response.body.data).toHaveLength(1);
    expect(response.body.next_cursor).toBeNull();
    const [pipeline] = response.body.data;
    expect(pipeline).toMatchObject({ id: expect.stringMatching(UUID), is_default: true, initial_stage: 'agent_initial' });
    expect(pipeline.stages.map((stage: { key: string; kind: string }) => [stage.key, stage.kind])).toEqual([
      ['agent_initial', 'open'],
      ['perfilamiento', 'open'],
      ['calificacion_financiera', 'open'],
      ['agendado', 'open'],
      ['seguimiento', 'open'],
      ['referidos', 'open'],
      ['ganado', 'won'],
      ['perdido', 'lost'],
    ]);
    expect(pipeline.stages[0].name).toBe('Entrada');
    expect(pipeline.stages.map((stage: { position: number }) => stage.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('API keys', () => {
  it.each(['admin', 'agent', 'viewer'] as const)('an admin issues a %s key: 201 with the plaintext key, which then authenticates', async (role) => {
    const tenant = await aTenant(app);
    const response = await app.http().post(KEYS).set(tenant.auth).send({ name: `${role} team`, role }).expect(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(UUID), name: `${role} team`, role, key: expect.any(String), created_at: expect.stringMatching(ISO_UTC),
    });
    expect(response.body.key.length).toBeGreaterThanOrEqual(32);
    await app.http().get('/api/v1/crm/contacts').set('X-API-Key', response.body.key).expect(200);
  });

  it('GET /api-keys shows prefix and dates but never the key or its hash', async () => {
    const tenant = await aTenant(app);
    const issued = await aKey(app, tenant, 'agent');
    const response = await app.http().get(KEYS).set(tenant.auth).expect(200);
    expect(response.body.data).toHaveLength(2);
    for (const item of response.body.data) {
      expect(Object.keys(item).sort()).toEqual(['created_at', 'id', 'last_used_at', 'name', 'prefix', 'revoked_at', 'role']);
    }
    const listed = response.body.data.find((item: { id: string }) => item.id === issued.id);
    expect(listed).toMatchObject({ name: 'agent key', role: 'agent', revoked_at: null });
    expect(issued.key.startsWith(listed.prefix)).toBe(true);
    expect(listed.prefix.length).toBeLessThan(issued.key.length / 2);

    const { rows } = await db.query('select key_hash from api_keys where tenant_id = $1', [tenant.id]);
    expect(rows).toHaveLength(2);
    for (const secret of [issued.key, tenant.key, ...rows.map((row: { key_hash: string }) => row.key_hash)]) {
      expect(response.text).not.toContain(secret);
    }
  });

  it('the plaintext key is not stored: key_hash differs from it and no column of the row contains it', async () => {
    const tenant = await aTenant(app);
    const issued = await aKey(app, tenant, 'viewer');
    const { rows } = await db.query('select k.key_hash, row_to_json(k)::text as row from api_keys k where k.id = $1', [issued.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].key_hash).not.toBe(issued.key);
    expect(rows[0].key_hash).not.toContain(issued.key);
    expect(rows[0].row).not.toContain(issued.key);
    const initial = await db.query('select row_to_json(k)::text as row from api_keys k where k.tenant_id = $1 and k.role = $2 and k.id <> $3', [tenant.id, 'admin', issued.id]);
    expect(initial.rows).toHaveLength(1);
    expect(initial.rows[0].row).not.toContain(tenant.key);
  });

  it.each([
    { label: 'GET contacts', method: 'get', rawPath: '/api/v1/crm/contacts', rawBody: undefined, status: 200 },
    { label: 'GET pipelines', method: 'get', rawPath: '/api/v1/pipelines', rawBody: undefined, status: 200 },
    { label: 'GET audit-log', method: 'get', rawPath: '/api/v1/audit-log', rawBody: undefined, status: 200 },
    { label: 'POST contact', method: 'post', rawPath: '/api/v1/crm/contacts', rawBody: { first_name: 'Viewer made' }, status: 403 },
    { label: 'PATCH contact', method: 'patch', rawPath: '/api/v1/crm/contacts/:contact', rawBody: { first_name: 'Changed' }, status: 403 },
    { label: 'DELETE contact', method: 'delete', rawPath: '/api/v1/crm/contacts/:contact', rawBody: undefined, status: 403 },
    { label: 'POST opportunity', method: 'post', rawPath: '/api/v1/crm/opportunities', rawBody: { contact_id: ':contact' }, status: 403 },
  ] as const)('a viewer key: $label → $status; the data is unchanged', async ({ method, rawPath, rawBody, status }) => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const viewer = await aKey(app, tenant, 'viewer');
    const path = rawPath.replace(':contact', contact.id);
    const body = rawBody && JSON.parse(JSON.stringify(rawBody).replace(':contact', contact.id));
    const request = app.http()[method](path).set(viewer.auth);
    const response = await (body ? request.send(body) : request);
    if (status === 403) expectProblem(response, 403, 'auth.forbidden');
    else expect(response.status).toBe(status);

    const contacts = await app.http().get('/api/v1/crm/contacts').set(tenant.auth).expect(200);
    expect(contacts.body.data).toEqual([contact]);
    const opportunities = await app.http().get('/api/v1/crm/opportunities').set(tenant.auth).expect(200);
    expect(opportunities.body.data).toEqual([]);
  });

  it('an agent key cannot list, issue or revoke API keys (403) but can create contacts', async () => {
    const tenant = await aTenant(app);
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await app.http().get(KEYS).set(agent.auth), 403, 'auth.forbidden');
    expectProblem(await app.http().post(KEYS).set(agent.auth).send({ name: 'escalate', role: 'admin' }), 403, 'auth.forbidden');
    expectProblem(await app.http().delete(`${KEYS}/${agent.id}`).set(agent.auth), 403, 'auth.forbidden');
    const keys = await app.http().get(KEYS).set(tenant.auth).expect(200);
    expect(keys.body.data.map((key: { role: string; revoked_at: unknown }) => [key.role, key.revoked_at]).sort())
      .toEqual([['admin', null], ['agent', null]]);

    const created = await app.http().post('/api/v1/crm/contacts').set(agent.auth).send({ first_name: 'Agent made' }).expect(201);
    await app.http().get(`/api/v1/crm/contacts/${created.body.id}`).set(tenant.auth).expect(200);
  });

  it('Authorization: Bearer <key> works like X-API-Key, for reads and writes', async () => {
    const tenant = await aTenant(app);
    const bearer = { Authorization: `Bearer ${tenant.key}` };
    const created = await app.http().post('/api/v1/crm/contacts').set(bearer).send({ first_name: 'Bearer' }).expect(201);
    const listed = await app.http().get('/api/v1/crm/contacts').set(bearer).expect(200);
    expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
  });

  it.each([
    ['no key at all', {}],
    ['an unknown X-API-Key', { 'X-API-Key': `ll_${randomUUID()}` }],
    ['an unknown Bearer key', { Authorization: `Bearer ll_${randomUUID()}` }],
    ['a Basic Authorization header', { Authorization: 'Basic dXNlcjpwYXNz' }],
    ['the platform admin key as X-API-Key', { 'X-API-Key': ADMIN_KEY }],
  ])('%s → 401 on reads and writes', async (_label, headers) => {
    expectProblem(await app.http().get('/api/v1/crm/contacts').set(headers), 401, 'auth.unauthenticated');
    expectProblem(await app.http().post('/api/v1/crm/contacts').set(headers).send({ first_name: 'X' }), 401, 'auth.unauthenticated');
  });

  it('DELETE /api-keys/:id → 204; that key answers 401 from then on (both header forms); the list shows revoked_at', async () => {
    const tenant = await aTenant(app);
    const agent = await aKey(app, tenant, 'agent');
    await app.http().get('/api/v1/crm/contacts').set(agent.auth).expect(200);
    const response = await app.http().delete(`${KEYS}/${agent.id}`).set(tenant.auth).expect(204);
    expect(response.text).toBe('');
    expectProblem(await app.http().get('/api/v1/crm/contacts').set(agent.auth), 401, 'auth.unauthenticated');
    expectProblem(await app.http().get('/api/v1/crm/contacts').set('Authorization', `Bearer ${agent.key}`), 401, 'auth.unauthenticated');
    expectProblem(await app.http().post('/api/v1/crm/contacts').set(agent.auth).send({ first_name: 'X' }), 401, 'auth.unauthenticated');
    const keys = await app.http().get(KEYS).set(tenant.auth).expect(200);
    expect(keys.body.data.find((key: { id: string }) => key.id === agent.id).revoked_at).toMatch(ISO_UTC);
    await app.http().get('/api/v1/crm/contacts').set(tenant.auth).expect(200);
  });

  it('an admin can revoke its own key once another admin key exists; the next request with it is 401', async () => {
    const tenant = await aTenant(app);
    const { body } = await app.http().get(KEYS).set(tenant.auth).expect(200);
    const initial = body.data[0].id;
    expectProblem(await app.http().delete(`${KEYS}/${initial}`).set(tenant.auth), 409, 'api_key.last_admin');
    await app.http().get(KEYS).set(tenant.auth).expect(200);

    const second = await aKey(app, tenant, 'admin');
    await app.http().delete(`${KEYS}/${initial}`).set(tenant.auth).expect(204);
    expectProblem(await app.http().get(KEYS).set(tenant.auth), 401, 'auth.unauthenticated');
    expectProblem(await app.http().delete(`${KEYS}/${second.id}`).set(second.auth), 409, 'api_key.last_admin');
  });

  it('two admins revoking each other at the same moment leave one admin key', async () => {
    const tenant = await aTenant(app);
    const other = await aKey(app, tenant, 'admin');
    const { body } = await app.http().get(KEYS).set(tenant.auth).expect(200);
    const initial = body.data.find((key: { id: string }) => key.id !== other.id).id;
    const [a, b] = await Promise.all([
      app.http().delete(`${KEYS}/${other.id}`).set(tenant.auth),
      app.http().delete(`${KEYS}/${initial}`).set(other.auth),
    ]);
    expect([a.status, b.status].sort()).toEqual([204, 409]);
  });

  it('revoking a key of another tenant → 404 like an unknown key; that key keeps working', async () => {
    const [mine, theirs] = await Promise.all([aTenant(app), aTenant(app)]);
    const theirKey = await aKey(app, theirs, 'agent');
    expectProblem(await app.http().delete(`${KEYS}/${theirKey.id}`).set(mine.auth), 404, 'resource.not_found');
    expectProblem(await app.http().delete(`${KEYS}/${randomUUID()}`).set(mine.auth), 404, 'resource.not_found');
    await app.http().get('/api/v1/crm/contacts').set(theirKey.auth).expect(200);
  });

  it('last_used_at is null until the key is used, then gets set', async () => {
    const tenant = await aTenant(app);
    const agent = await aKey(app, tenant, 'agent');
    const lastUsed = async () => {
      const { body } = await app.http().get(KEYS).set(tenant.auth).expect(200);
      return body.data.find((key: { id: string }) => key.id === agent.id).last_used_at as string | null;
    };
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    await app.http().get('/api/v1/crm/contacts').set(agent.auth).expect(200);
    const used = await eventually(async () => (await lastUsed()) ?? undefined);
    expect(used).toMatch(ISO_UTC);
    expect(Date.parse(used)).toBeGreaterThanOrEqual(before - 5_000);
    expect(Date.parse(used)).toBeLessThanOrEqual(Date.now() + 5_000);
  });

  it.each([
    ['an unknown role', { name: 'x', role: 'owner' }, 'role'],
    ['no name', { role: 'agent' }, 'name'],
    ['an unknown field', { name: 'x', role: 'agent', expires: 'never' }, 'expires'],
  ])('issuing a key with %s → 400 naming %s; no key created', async (_label, body, field) => {
    const tenant = await aTenant(app);
    const response = await app.http().post(KEYS).set(tenant.auth).send(body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual(expect.arrayContaining([{ field, message: expect.any(String) }]));
    expect((await app.http().get(KEYS).set(tenant.auth).expect(200)).body.data).toHaveLength(1);
  });
});

describe('the audit trail of tenants and keys', () => {
  type Entry = { action: string; entity_type: string; entity_id: string; actor: { type: string; id: string | null; name: string | null }; changes: Record<string, unknown>; request_id: string | null };
  const entries = async (tenant: { auth: Record<string, string> }, entityType: string, count: number) => eventually(async () => {
    const response = await app.http().get('/api/v1/audit-log').query({ entity_type: entityType }).set(tenant.auth).expect(200);
    return response.body.data.length >= count ? response.body.data as Entry[] : undefined;
  });

  it("starts with the tenant's creation and its first key's, by the platform operator, with the request id", async () => {
    const created = await app.http().post(TENANTS).set('X-Admin-Key', ADMIN_KEY).set('X-Request-Id', 'create-tenant-audit')
      .send({ name: 'Agencia Sur' }).expect(201);
    const tenant = { auth: { 'X-API-Key': created.body.api_key.key as string } };
    const operator = { type: 'system', id: null, name: 'platform operator' };
    expect(await entries(tenant, 'tenant', 1)).toEqual([expect.objectContaining({
      action: 'created', entity_id: created.body.id, actor: operator, request_id: 'create-tenant-audit',
      changes: { name: { from: null, to: 'Agencia Sur' }, slug: { from: null, to: created.body.slug } },
    })]);
    expect(await entries(tenant, 'api_key', 1)).toEqual([expect.objectContaining({
      action: 'created', entity_id: created.body.api_key.id, actor: operator,
      changes: { name: { from: null, to: 'Initial admin key' }, role: { from: null, to: 'admin' }, prefix: { from: null, to: created.body.api_key.key.slice(0, 11) } },
    })]);
  });

  it('records who issued and who revoked a key, never the key itself; revoking it again records nothing', async () => {
    const tenant = await aTenant(app);
    const issued = await app.http().post(KEYS).set(tenant.auth).send({ name: 'Reporting', role: 'viewer' }).expect(201);
    await app.http().delete(`${KEYS}/${issued.body.id}`).set(tenant.auth).expect(204);
    await app.http().delete(`${KEYS}/${issued.body.id}`).set(tenant.auth).expect(204);
    const trail = await entries(tenant, 'api_key', 3);
    const about = trail.filter((entry) => entry.entity_id === issued.body.id);
    expect(about.map((entry) => entry.action)).toEqual(['revoked', 'created']);
    for (const entry of about) expect(entry.actor).toMatchObject({ type: 'api_key', name: 'Initial admin key' });
    expect(about[0].changes).toEqual({ revoked_at: { from: null, to: expect.stringMatching(ISO_UTC) } });
    expect(JSON.stringify(trail)).not.toContain(issued.body.key);
    const listed = await app.http().get('/api/v1/audit-log').query({ entity_id: issued.body.id }).set(tenant.auth).expect(200);
    expect(listed.body.data).toHaveLength(2);
  });
});
