import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aContact, anOpportunity, aPhone, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

const CONTACTS = '/api/v1/crm/contacts';


const create = (tenant: TestTenant, body: Record<string, unknown>) => app.http().post(CONTACTS).set(tenant.auth).send(body);
const list = (tenant: TestTenant, query: Record<string, string | number>) =>
  app.http().get(CONTACTS).query(query).set(tenant.auth).expect(200);
const ids = (response: Response): string[] => response.body.data.map((contact: { id: string }) => contact.id);

describe('phone numbers', () => {
  it.each([
    ['55 1234 5678', '+525512345678'],
    ['(55) 1234-5678', '+525512345678'],
    ['+52 55 1234 5678', '+525512345678'],
    ['+1 415 555 2671', '+14155552671'],
    ['  +44 20 7946 0958 ', '+442079460958'],
  ])('"%s" is stored as %s (E.164, default region MX)', async (given, stored) => {
    const tenant = await aTenant(app);
    const response = await create(tenant, { first_name: 'Ana', phone: given }).expect(201);
    expect(response.body.phone).toBe(stored);
    const read = await app.http().get(`${CONTACTS}/${response.body.id}`).set(tenant.auth).expect(200);
    expect(read.body.phone).toBe(stored);
  });

  it.each(['12', 'not a phone', '+52 55', '0000000000000000'])('invalid phone "%s" → 400 naming phone; nothing stored', async (phone) => {
    const tenant = await aTenant(app);
    const response = await create(tenant, { first_name: 'Ana', phone });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors[0]).toEqual({ field: 'phone', message: expect.any(String) });
    expect((await list(tenant, {})).body.data).toEqual([]);
  });
});

describe('the contact resource', () => {
  it('answers with the contract\'s fields; times accept any ISO-8601 offset and come back in UTC with Z', async () => {
    const tenant = await aTenant(app);
    const response = await create(tenant, {
      first_name: 'María', last_name: 'López', phone: '55 1234 5678', email: 'maria@example.com', manychat_id: '1234567890',
      subscribed_at: '2025-07-11T11:14:31.220-06:00', last_state: 'nuevo', initial_state: 'whatsapp',
    }).expect(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      first_name: 'María',
      last_name: 'López',
      phone: '+525512345678',
      email: 'maria@example.com',
      manychat_id: '1234567890',
      channel_id: null,
      subscribed_at: '2025-07-11T17:14:31.220Z',
      last_state: 'nuevo',
      initial_state: 'whatsapp',
      telegram_chat_id: null,
      whatsapp_id: '525512345678',
      opt_outs: {},
      version: 1,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    const read = await app.http().get(`${CONTACTS}/${response.body.id}`).set(tenant.auth).expect(200);
    expect(read.body).toEqual(response.body);
  });
});

describe('uniqueness of phone and manychat_id within a tenant', () => {
  it('a second contact with the same phone, written differently → 409 with the first one\'s existing_id', async () => {
    const tenant = await aTenant(app);
    const first = await create(tenant, { first_name: 'Ana', phone: '+525512345678' }).expect(201);
    const second = await create(tenant, { first_name: 'Eva', phone: '55 1234 5678' });
    expectProblem(second, 409, 'contact.duplicate');
    expect(second.body.existing_id).toBe(first.body.id);
    expect(ids(await list(tenant, {}))).toEqual([first.body.id]);
  });

  it('a second contact with the same manychat_id → 409 with existing_id', async () => {
    const tenant = await aTenant(app);
    const first = await create(tenant, { first_name: 'Ana', manychat_id: 'mc-1001' }).expect(201);
    const second = await create(tenant, { first_name: 'Eva', phone: aPhone(), manychat_id: 'mc-1001' });
    expectProblem(second, 409, 'contact.duplicate');
    expect(second.body.existing_id).toBe(first.body.id);
    expect(ids(await list(tenant, {}))).toEqual([first.body.id]);
  });

  it('the same phone and manychat_id in two tenants are two different contacts', async () => {
    const [one, two] = await Promise.all([aTenant(app), aTenant(app)]);
    const a = await create(one, { first_name: 'Ana', phone: '55 1234 5678', manychat_id: 'mc-shared' }).expect(201);
    const b = await create(two, { first_name: 'Ana', phone: '+525512345678', manychat_id: 'mc-shared' }).expect(201);
    expect(b.body.id).not.toBe(a.body.id);
    expect(b.body.phone).toBe(a.body.phone);
  });

  it('8 simultaneous creates with the same phone → exactly one 201, the other 7 are 409 naming the winner', async () => {
    const tenant = await aTenant(app);
    const formats = ['+525587654321', '55 8765 4321', '5587654321', '+52 55 8765 4321'];
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => create(tenant, { first_name: `Racer ${i}`, phone: formats[i % formats.length] })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const winner = responses.find((response) => response.status === 201)!;
    for (const loser of responses.filter((response) => response.status === 409)) {
      expectProblem(loser, 409, 'contact.duplicate');
      expect(loser.body.existing_id).toBe(winner.body.id);
    }
    expect(ids(await list(tenant, {}))).toEqual([winner.body.id]);
  });

  it('PATCH to another contact\'s phone → 409 with that contact\'s id; nothing changes', async () => {
    const tenant = await aTenant(app);
    const ana = await aContact(app, tenant, { phone: '+525511111111' });
    const eva = await aContact(app, tenant, { phone: '+525522222222' });
    const response = await app.http().patch(`${CONTACTS}/${eva.id}`).set(tenant.auth).send({ phone: '55 1111 1111' });
    expectProblem(response, 409, 'contact.duplicate');
    expect(response.body.existing_id).toBe(ana.id);
    const read = await app.http().get(`${CONTACTS}/${eva.id}`).set(tenant.auth).expect(200);
    expect(read.body).toEqual(eva);
  });

  it('PATCH to another contact\'s manychat_id → 409 with that contact\'s id', async () => {
    const tenant = await aTenant(app);
    const ana = await aContact(app, tenant, { manychat_id: 'mc-ana' });
    const eva = await aContact(app, tenant, { manychat_id: 'mc-eva' });
    const response = await app.http().patch(`${CONTACTS}/${eva.id}`).set(tenant.auth).send({ manychat_id: 'mc-ana' });
    expectProblem(response, 409, 'contact.duplicate');
    expect(response.body.existing_id).toBe(ana.id);
  });
});

describe('search by q, as contract §3 says: hernandez finds Hernández', () => {
  it('finds names whatever their accents and case, and uses the search indexes', async () => {
    const tenant = await aTenant(app);
    const hernandez = await aContact(app, tenant, { first_name: 'José', last_name: 'Hernández' });
    const muller = await aContact(app, tenant, { first_name: 'Jürgen', last_name: 'Müller' });
    for (const [q, expected] of [['hernandez', [hernandez.id]], ['HERNÁNDEZ', [hernandez.id]], ['jose', [hernandez.id]], ['muller', [muller.id]], ['j', [muller.id, hernandez.id]]] as const) {
      const response = await app.http().get(CONTACTS).query({ q }).set(tenant.auth).expect(200);
      expect({ q, ids: response.body.data.map((c: { id: string }) => c.id) }).toEqual({ q, ids: expected });
    }
    // With a tenant of a few thousand contacts, the folded prefix is an index range, not a filter.
    // (In a transaction that is rolled back: the rows and the statistics go away again.)
    const db = sql();
    const client = await db.connect();
    try {
      await client.query('begin');
      await client.query(
        `insert into contacts (id, tenant_id, first_name, last_name, version, created_at, updated_at)
         select gen_random_uuid(), $1, 'N' || g, 'Apellido ' || g, 1, now(), now() from generate_series(1, 3000) g`,
        [tenant.id],
      );
      await client.query('analyze contacts');
      const { rows } = await client.query(
        `explain (format json) select id from contacts where tenant_id = $1 and leadline_fold(last_name) like leadline_fold('hernandez%')`,
        [tenant.id],
      );
      await client.query('rollback');
      const plan = JSON.stringify(rows[0]['QUERY PLAN']);
      expect(plan).toContain('"Index Name":"ix_contacts_search_last_name"');
      expect(plan).toMatch(/"Index Cond":"[^"]*leadline_fold\(last_name\) ~>=~ 'hernandez'/);
    } finally {
      client.release();
      await db.end();
    }
  });
});

describe('list filters', () => {
  let tenant: TestTenant;
  let ana: Record<string, unknown> & { id: string };
  let eva: Record<string, unknown> & { id: string };
  let rui: Record<string, unknown> & { id: string };

  beforeAll(async () => {
    tenant = await aTenant(app);
    ana = await aContact(app, tenant, { first_name: 'Ana', last_name: 'Ruiz', phone: '+525512345678', email: 'ana@example.com', manychat_id: 'mc-ana' });
    eva = await aContact(app, tenant, { first_name: 'Eva', last_name: 'Pérez', phone: '+14155552671', email: 'eva@corp.mx', manychat_id: 'mc-eva' });
    rui = await aContact(app, tenant, { first_name: 'Rui', last_name: 'Costa', phone: '+525587654321', email: 'rc@example.com' });
  });

  it.each([
    ['phone in E.164', { phone: '+525512345678' }, () => [ana.id]],
    ['phone written like a person would (normalised before matching)', { phone: '55 1234 5678' }, () => [ana.id]],
    ['phone of another country', { phone: '+1 (415) 555-2671' }, () => [eva.id]],
    ['phone nobody has', { phone: '+525500000000' }, () => []],
    ['manychat_id', { manychat_id: 'mc-eva' }, () => [eva.id]],
    ['manychat_id nobody has', { manychat_id: 'mc-nobody' }, () => []],
    ['q, first-name prefix, any case', { q: 'an' }, () => [ana.id]],
    ['q, last-name prefix', { q: 'pér' }, () => [eva.id]],
    ['q, prefix of a first name and a last name', { q: 'ru' }, () => [rui.id, ana.id]],
    ['q, e-mail prefix', { q: 'rc@' }, () => [rui.id]],
    ['q, phone prefix', { q: '+5255' }, () => [rui.id, ana.id]],
    ['q, phone prefix of another country', { q: '+1415' }, () => [eva.id]],
    ['q is a prefix, not a substring', { q: 'uiz' }, () => []],
    ['q with a LIKE wildcard is literal', { q: '%' }, () => []],
    ['q without the accent finds the accented name ("perez" finds Pérez)', { q: 'perez' }, () => [eva.id]],
    ['q in capitals with an accent the name lacks ("ÁNA" finds Ana)', { q: 'ÁNA' }, () => [ana.id]],
    ['q, e-mail prefix in capitals', { q: 'EVA@' }, () => [eva.id]],
    ['q combined with manychat_id', { q: 'a', manychat_id: 'mc-ana' }, () => [ana.id]],
  ])('%s', async (_label, query, expected) => {
    expect(ids(await list(tenant, query))).toEqual(expected());
  });

  it('an invalid phone filter → 400 naming phone', async () => {
    const response = await app.http().get(CONTACTS).query({ phone: '12' }).set(tenant.auth);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors[0]).toEqual({ field: 'phone', message: expect.any(String) });
  });
});

describe('pagination', () => {
  it('pages newest first through limit and next_cursor, without duplicates or gaps', async () => {
    const tenant = await aTenant(app);
    const created: string[] = [];
    for (let i = 0; i < 7; i += 1) created.push((await aContact(app, tenant, { first_name: `C${i}` })).id);

    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Response = await list(tenant, { limit: 3, ...(cursor ? { cursor } : {}) });
      sizes.push(page.body.data.length);
      seen.push(...ids(page));
      cursor = page.body.next_cursor;
    } while (cursor !== null && sizes.length < 10);

    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual([...created].reverse());
  });

  it('the default page holds up to 50 and says there is no more', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    expect((await list(tenant, {})).body).toEqual({ data: [expect.objectContaining({ id: contact.id })], next_cursor: null });
  });

  it('a page exactly full has no next page', async () => {
    const tenant = await aTenant(app);
    await aContact(app, tenant);
    await aContact(app, tenant);
    const page = await list(tenant, { limit: 2 });
    expect(page.body.data).toHaveLength(2);
    expect(page.body.next_cursor).toBeNull();
  });

  it('limit above 200 → 400', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().get(CONTACTS).query({ limit: 201 }).set(tenant.auth);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors[0]).toEqual({ field: 'limit', message: expect.any(String) });
  });
});

describe('update and delete', () => {
  it('PATCH changes the given fields only and bumps version; GET shows the same', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant, { first_name: 'Ana', last_name: 'Ruiz', manychat_id: 'mc-7' });
    expect(contact.version).toBe(1);
    const response = await app.http().patch(`${CONTACTS}/${contact.id}`).set(tenant.auth)
      .send({ first_name: 'Anabel', phone: '55 9999 8888', last_state: 'interesado' }).expect(200);
    expect(response.body).toMatchObject({
      id: contact.id,
      first_name: 'Anabel',
      last_name: 'Ruiz',
      manychat_id: 'mc-7',
      phone: '+525599998888',
      last_state: 'interesado',
      version: 2,
      created_at: contact.created_at,
    });
    expect(Date.parse(response.body.updated_at)).toBeGreaterThanOrEqual(Date.parse(contact.updated_at as string));
    const read = await app.http().get(`${CONTACTS}/${contact.id}`).set(tenant.auth).expect(200);
    expect(read.body).toEqual(response.body);
  });

  it('PATCH with null clears a field', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant, { email: 'ana@example.com' });
    const response = await app.http().patch(`${CONTACTS}/${contact.id}`).set(tenant.auth).send({ email: null }).expect(200);
    expect(response.body).toMatchObject({ email: null, version: 2 });
  });

  it('DELETE of a contact that has an opportunity → 409; the contact and opportunity still exist', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const response = await app.http().delete(`${CONTACTS}/${opportunity.contact_id}`).set(tenant.auth);
    expectProblem(response, 409, 'contact.has_opportunities');
    await app.http().get(`${CONTACTS}/${opportunity.contact_id}`).set(tenant.auth).expect(200);
    await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
  });

  it('DELETE of a contact without opportunities → 204, then GET → 404 and it is gone from the list', async () => {
    const tenant = await aTenant(app);
    const keep = await aContact(app, tenant);
    const contact = await aContact(app, tenant);
    const response = await app.http().delete(`${CONTACTS}/${contact.id}`).set(tenant.auth).expect(204);
    expect(response.text).toBe('');
    expectProblem(await app.http().get(`${CONTACTS}/${contact.id}`).set(tenant.auth), 404, 'resource.not_found');
    expect(ids(await list(tenant, {}))).toEqual([keep.id]);
  });

  it('after DELETE the phone can be used again', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant, { phone: '+525512121212' });
    await app.http().delete(`${CONTACTS}/${contact.id}`).set(tenant.auth).expect(204);
    await create(tenant, { first_name: 'New', phone: '55 1212 1212' }).expect(201);
  });

  it.each([
    ['get', undefined],
    ['patch', { first_name: 'X' }],
    ['delete', undefined],
  ] as const)('%s of an unknown contact → 404', async (method, body) => {
    const tenant = await aTenant(app);
    const request = app.http()[method](`${CONTACTS}/${randomUUID()}`).set(tenant.auth);
    expectProblem(await (body ? request.send(body) : request), 404, 'resource.not_found');
  });
});

describe('audit log', () => {
  it('records created, updated and deleted with snake_case changes, the acting key and the request id', async () => {
    const tenant = await aTenant(app);
    const keys = await app.http().get('/api/v1/api-keys').set(tenant.auth).expect(200);
    const keyId = keys.body.data[0].id as string;
    const requestIds = { created: `c-${randomUUID()}`, updated: `u-${randomUUID()}`, deleted: `d-${randomUUID()}` };

    const contact = await app.http().post(CONTACTS).set(tenant.auth).set('X-Request-Id', requestIds.created)
      .send({ first_name: 'Ana', phone: '55 1234 5678', manychat_id: 'mc-42' }).expect(201);
    await app.http().patch(`${CONTACTS}/${contact.body.id}`).set(tenant.auth).set('X-Request-Id', requestIds.updated)
      .send({ last_name: 'Ruiz', initial_state: 'nuevo' }).expect(200);
    await app.http().delete(`${CONTACTS}/${contact.body.id}`).set(tenant.auth).set('X-Request-Id', requestIds.deleted).expect(204);

    const entries = await eventually(async () => {
      const response = await app.http().get('/api/v1/audit-log').query({ entity_type: 'contact', entity_id: contact.body.id })
        .set(tenant.auth).expect(200);
      return response.body.data.length >= 3 ? response.body.data : undefined;
    });

    expect(entries.map((entry: { action: string }) => entry.action)).toEqual(['deleted', 'updated', 'created']);
    const [deleted, updated, created] = entries;
    for (const [entry, action] of [[created, 'created'], [updated, 'updated'], [deleted, 'deleted']] as const) {
      expect(entry).toMatchObject({
        entity_type: 'contact',
        entity_id: contact.body.id,
        actor: { type: 'api_key', id: keyId },
        request_id: requestIds[action],
      });
      for (const field of Object.keys(entry.changes)) expect(field).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
    expect(created.changes).toMatchObject({
      first_name: { from: null, to: 'Ana' },
      phone: { from: null, to: '+525512345678' },
      manychat_id: { from: null, to: 'mc-42' },
    });
    expect(updated.changes).toEqual({
      last_name: { from: null, to: 'Ruiz' },
      initial_state: { from: null, to: 'nuevo' },
    });
    expect(deleted.changes).toMatchObject({
      first_name: { from: 'Ana', to: null },
      manychat_id: { from: 'mc-42', to: null },
    });
  });
});
