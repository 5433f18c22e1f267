import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aKey, aTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import { aCall } from '../support/telephony.js';

/** The calls resource itself (contract §6); attempt registration has its own file. */
let app: RunningApp;
const db = sql();

beforeAll(async () => {
  app = await startApp({ worker: false });
});

afterAll(async () => {
  await app.close();
  await db.end();
});

describe('recording a call', () => {
  it('answers the call with every contract field, defaulting the provider to manual', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);

    const response = await app.http().post('/api/v1/crm/calls').set(tenant.auth).send({
      entity_id: contact.id,
      direction: 'outbound',
      call_status: 'no_answer',
      from_number: '100',
      to_number: contact.phone,
      started_at: '2025-01-29T04:00:00-06:00',
      call_result: 'No contestó',
    }).expect(201);

    expect(response.body).toEqual({
      id: expect.any(String),
      entity_type: 'contacts',
      entity_id: contact.id,
      direction: 'outbound',
      call_status: 'no_answer',
      provider: 'manual',
      external_call_id: null,
      from_number: '100',
      to_number: contact.phone,
      started_at: '2025-01-29T10:00:00.000Z',
      answered_at: null,
      ended_at: null,
      duration_seconds: null,
      recording_url: null,
      call_result: 'No contestó',
      summary: null,
      created_at: expect.any(String),
      updated_at: expect.any(String),
      version: 1,
    });
    await app.http().get(`/api/v1/crm/calls/${response.body.id}`).set(tenant.auth).expect(200, response.body);
  });

  it('keeps a call no contact matches', async () => {
    const tenant = await aTenant(app);
    const call = await aCall(app, tenant, { direction: 'inbound', from_number: '+525511112222' });
    expect(call).toMatchObject({ entity_type: null, entity_id: null });
  });

  it("refuses an unknown contact and another tenant's contact alike (422)", async () => {
    const tenant = await aTenant(app);
    const other = await aTenant(app);
    const foreign = await aContact(app, other);
    for (const entityId of [randomUUID(), foreign.id]) {
      const response = await app.http().post('/api/v1/crm/calls').set(tenant.auth).send({ direction: 'outbound', entity_id: entityId });
      expectProblem(response, 422, 'call.contact_unknown');
    }
  });

  it('refuses a second call with the same provider call id (409), but not from another provider', async () => {
    const tenant = await aTenant(app);
    await aCall(app, tenant, { provider: 'zadarma', external_call_id: 'out_abc' });
    expectProblem(await app.http().post('/api/v1/crm/calls').set(tenant.auth)
      .send({ direction: 'outbound', provider: 'zadarma', external_call_id: 'out_abc' }), 409, 'call.duplicate');
    await aCall(app, tenant, { provider: 'twilio', external_call_id: 'out_abc' });
    await aCall(app, await aTenant(app), { provider: 'zadarma', external_call_id: 'out_abc' });
  });

  it.each([
    [{}, 'direction'],
    [{ direction: 'sideways' }, 'direction'],
    [{ direction: 'outbound', call_status: 'hung_up' }, 'call_status'],
    [{ direction: 'outbound', provider: 'skype' }, 'provider'],
    [{ direction: 'outbound', entity_id: 'not-a-uuid' }, 'entity_id'],
    [{ direction: 'outbound', entity_type: 'contacts' }, 'entity_id'],
    [{ direction: 'outbound', entity_type: 'deals', entity_id: randomUUID() }, 'entity_type'],
    [{ direction: 'outbound', started_at: 'yesterday' }, 'started_at'],
    [{ direction: 'outbound', started_at: '2025-01-29T10:00:00Z', ended_at: '2025-01-29T09:00:00Z' }, 'ended_at'],
    [{ direction: 'outbound', duration_seconds: -1 }, 'duration_seconds'],
    [{ direction: 'outbound', duration_seconds: 1.5 }, 'duration_seconds'],
    [{ direction: 'outbound', to_number: 'call me maybe' }, 'to_number'],
    [{ direction: 'outbound', to_number: '+52 55' }, 'to_number'],
    [{ direction: 'outbound', from_number: '1234567' }, 'from_number'],
    [{ direction: 'outbound', recording_url: 'ftp://files/x.mp3' }, 'recording_url'],
    [{ direction: 'outbound', external_call_id: '' }, 'external_call_id'],
    [{ direction: 'outbound', duration: 12 }, 'duration'],
  ])('refuses %j naming %s (400)', async (body, field) => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/crm/calls').set(tenant.auth).send(body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('stores numbers in E.164, read in the default region without a country code; PBX extensions as given', async () => {
    const tenant = await aTenant(app);
    const created = await app.http().post('/api/v1/crm/calls').set(tenant.auth)
      .send({ direction: 'outbound', from_number: '100', to_number: '55 1234 5678' }).expect(201);
    expect(created.body).toMatchObject({ from_number: '100', to_number: '+525512345678' });
    const patched = await app.http().patch(`/api/v1/crm/calls/${created.body.id}`).set(tenant.auth)
      .send({ to_number: '(55) 8765-4321', from_number: '+1 415 555 2671' }).expect(200);
    expect(patched.body).toMatchObject({ from_number: '+14155552671', to_number: '+525587654321' });
    const replaced = await app.http().put(`/api/v1/crm/calls/${created.body.id}`).set(tenant.auth)
      .send({ direction: 'inbound', from_number: '+44 20 7946 0958', to_number: '2041' }).expect(200);
    expect(replaced.body).toMatchObject({ from_number: '+442079460958', to_number: '2041' });
    const listed = await app.http().get('/api/v1/crm/calls').set(tenant.auth).expect(200);
    expect(listed.body.data[0]).toMatchObject({ from_number: '+442079460958', to_number: '2041' });
  });

  it('is for agents and admins; viewers only read', async () => {
    const tenant = await aTenant(app);
    const viewer = await aKey(app, tenant, 'viewer');
    const call = await aCall(app, tenant);
    await app.http().post('/api/v1/crm/calls').set(viewer.auth).send({ direction: 'outbound' }).expect(403);
    await app.http().patch(`/api/v1/crm/calls/${call.id}`).set(viewer.auth).send({ summary: 'x' }).expect(403);
    await app.http().get(`/api/v1/crm/calls/${call.id}`).set(viewer.auth).expect(200);
  });
});

describe('changing a call', () => {
  it('PATCH changes only what is sent and bumps the version', async () => {
    const tenant = await aTenant(app);
    const call = await aCall(app, tenant, { call_status: 'initiated', summary: 'Primer intento' });

    const response = await app.http().patch(`/api/v1/crm/calls/${call.id}`).set(tenant.auth)
      .send({ call_status: 'completed', duration_seconds: 73 }).expect(200);

    expect(response.body).toMatchObject({ call_status: 'completed', duration_seconds: 73, summary: 'Primer intento', version: 2 });
  });

  it('PUT replaces the call: what is not sent is cleared', async () => {
    const tenant = await aTenant(app);
    const call = await aCall(app, tenant, { call_status: 'initiated', summary: 'Primer intento', provider: 'zadarma', external_call_id: 'x1' });

    const response = await app.http().put(`/api/v1/crm/calls/${call.id}`).set(tenant.auth)
      .send({ direction: 'inbound', call_status: 'answered' }).expect(200);

    expect(response.body).toMatchObject({
      direction: 'inbound', call_status: 'answered', summary: null, provider: 'manual', external_call_id: null, version: 2,
    });
  });

  it('a change that changes nothing keeps the version', async () => {
    const tenant = await aTenant(app);
    const call = await aCall(app, tenant, { summary: 'same' });
    const response = await app.http().patch(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).send({ summary: 'same' }).expect(200);
    expect(response.body.version).toBe(1);
  });

  it('If-Match with an older version answers 409 and changes nothing', async () => {
    const tenant = await aTenant(app);
    const call = await aCall(app, tenant);
    await app.http().patch(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).send({ summary: 'first' }).expect(200);

    const response = await app.http().patch(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).set('If-Match', '1').send({ summary: 'stale' });

    expectProblem(response, 409, 'resource.stale_version');
    const stored = await app.http().get(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).expect(200);
    expect(stored.body.summary).toBe('first');
  });

  it('six concurrent PATCHes of different fields lose none of them', async () => {
    const tenant = await aTenant(app);
    const call = await aCall(app, tenant);
    const patches = [
      { summary: 's' }, { call_result: 'r' }, { duration_seconds: 5 }, { from_number: '101' }, { to_number: '+525512345678' },
      { call_status: 'busy' },
    ];
    await Promise.all(patches.map((patch) => app.http().patch(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).send(patch).expect(200)));
    const stored = await app.http().get(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).expect(200);
    expect(stored.body).toMatchObject({ ...Object.assign({}, ...patches), version: 7 });
  });

  it('refuses null for the fields a call always has', async () => {
    const tenant = await aTenant(app);
    const call = await aCall(app, tenant);
    for (const field of ['direction', 'provider']) {
      const response = await app.http().patch(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).send({ [field]: null });
      expectProblem(response, 400, 'request.invalid');
    }
  });

  it("answers another tenant's call exactly like a missing one (404)", async () => {
    const owner = await aTenant(app);
    const other = await aTenant(app);
    const call = await aCall(app, owner, { summary: 'private' });
    for (const id of [call.id, randomUUID()]) {
      expectProblem(await app.http().get(`/api/v1/crm/calls/${id}`).set(other.auth), 404, 'resource.not_found');
      expectProblem(await app.http().patch(`/api/v1/crm/calls/${id}`).set(other.auth).send({ summary: 'x' }), 404, 'resource.not_found');
      expectProblem(await app.http().put(`/api/v1/crm/calls/${id}`).set(other.auth).send({ direction: 'inbound' }), 404, 'resource.not_found');
    }
    const stored = await app.http().get(`/api/v1/crm/calls/${call.id}`).set(owner.auth).expect(200);
    expect(stored.body.summary).toBe('private');
  });

  it('a malformed id is a 400', async () => {
    const tenant = await aTenant(app);
    expectProblem(await app.http().get('/api/v1/crm/calls/123').set(tenant.auth), 400, 'request.invalid');
  });

  it('deleting the contact keeps its calls, no longer linked to anyone', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const call = await aCall(app, tenant, { entity_id: contact.id });
    await app.http().delete(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).expect(204);
    const stored = await app.http().get(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).expect(200);
    expect(stored.body.entity_id).toBeNull();
  });
});

describe('listing calls', () => {
  it('filters by contact, direction, status and start time, newest first, in pages', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const early = await aCall(app, tenant, { entity_id: contact.id, call_status: 'busy', started_at: '2025-01-10T10:00:00Z' });
    const late = await aCall(app, tenant, { entity_id: contact.id, call_status: 'busy', started_at: '2025-01-20T10:00:00Z' });
    await aCall(app, tenant, { entity_id: contact.id, direction: 'inbound', call_status: 'busy', started_at: '2025-01-20T11:00:00Z' });
    await aCall(app, tenant, { entity_id: contact.id, call_status: 'completed', started_at: '2025-01-20T12:00:00Z' });
    await aCall(app, tenant, { call_status: 'busy', started_at: '2025-01-20T13:00:00Z' });
    await aCall(app, await aTenant(app), { call_status: 'busy' });

    const list = (query: Record<string, string | number>) =>
      app.http().get('/api/v1/crm/calls').query(query).set(tenant.auth).expect(200).then((r) => r.body);

    const outboundBusy = await list({ entity_id: contact.id, direction: 'outbound', call_status: 'busy' });
    expect(outboundBusy.data.map((c: { id: string }) => c.id)).toEqual([late.id, early.id]);
    const fromJan15 = await list({ entity_id: contact.id, direction: 'outbound', call_status: 'busy', started_from: '2025-01-15T00:00:00Z' });
    expect(fromJan15.data.map((c: { id: string }) => c.id)).toEqual([late.id]);
    const beforeJan15 = await list({ entity_id: contact.id, started_to: '2025-01-15T00:00:00-06:00' });
    expect(beforeJan15.data.map((c: { id: string }) => c.id)).toEqual([early.id]);

    const first = await list({ limit: 2 });
    const second = await list({ limit: 2, cursor: first.next_cursor });
    const third = await list({ limit: 2, cursor: second.next_cursor });
    expect([...first.data, ...second.data, ...third.data]).toHaveLength(5);
    expect(third.next_cursor).toBeNull();
  });

  it('refuses bad filters (400)', async () => {
    const tenant = await aTenant(app);
    for (const query of [{ direction: 'up' }, { call_status: 'nope' }, { started_from: 'soon' }, { entity_id: 'x' }, { limit: 500 }]) {
      expectProblem(await app.http().get('/api/v1/crm/calls').query(query).set(tenant.auth), 400, 'request.invalid');
    }
  });
});
