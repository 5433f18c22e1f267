import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aCampaign, aContact, aKey, aTenant, eventually, type TestTenant } from '../support/builders.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

const CHANNELS = '/api/v1/channels';
const ADVISORS = '/api/v1/advisors';
const CAMPAIGNS = '/api/v1/campaigns';

type Auth = Record<string, string>;
const post = (auth: Auth, path: string, body: object) => app.http().post(path).set(auth).send(body);
const patch = (auth: Auth, path: string, body: object) => app.http().patch(path).set(auth).send(body);
const get = (auth: Auth, path: string, query: Record<string, string | number> = {}) => app.http().get(path).query(query).set(auth);
const ids = (response: Response): string[] => response.body.data.map((item: { id: string }) => item.id);

async function aChannel(tenant: TestTenant, body: object = {}) {
  return (await post(tenant.auth, CHANNELS, { name: 'Facebook Messenger', ...body }).expect(201)).body as { id: string };
}


describe('channels', () => {
  it('POST answers the channel (seed 001 example); GET, list, PATCH and DELETE behave like contacts', async () => {
    const tenant = await aTenant(app);
    const created = await post(tenant.auth, CHANNELS, { name: 'Facebook Messenger', description: 'Canal oficial de Facebook' }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Facebook Messenger',
      description: 'Canal oficial de Facebook',
      version: 1,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    expect((await get(tenant.auth, `${CHANNELS}/${created.body.id}`).expect(200)).body).toEqual(created.body);
    const other = await aChannel(tenant, { name: 'WhatsApp' });
    expect(ids(await get(tenant.auth, CHANNELS).expect(200))).toEqual([other.id, created.body.id]);

    const updated = await patch(tenant.auth, `${CHANNELS}/${created.body.id}`, { description: null }).expect(200);
    expect(updated.body).toMatchObject({ name: 'Facebook Messenger', description: null, version: 2 });

    await app.http().delete(`${CHANNELS}/${created.body.id}`).set(tenant.auth).expect(204);
    expectProblem(await get(tenant.auth, `${CHANNELS}/${created.body.id}`), 404, 'resource.not_found');
    expect(ids(await get(tenant.auth, CHANNELS).expect(200))).toEqual([other.id]);
  });

  it.each([
    [{}, 'name'],
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ name: 42 }, 'name'],
    [{ name: 'Web', colour: 'blue' }, 'colour'],
  ])('POST %j → 400 naming %s', async (body, field) => {
    const tenant = await aTenant(app);
    const response = await post(tenant.auth, CHANNELS, body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect((await get(tenant.auth, CHANNELS).expect(200)).body.data).toEqual([]);
  });

  it('PATCH name to null → 400; the channel is unchanged', async () => {
    const tenant = await aTenant(app);
    const channel = await aChannel(tenant);
    expectProblem(await patch(tenant.auth, `${CHANNELS}/${channel.id}`, { name: null }), 400, 'request.invalid');
    expect((await get(tenant.auth, `${CHANNELS}/${channel.id}`).expect(200)).body).toEqual(channel);
  });

  it('DELETE of a channel a campaign uses → 409 channel.in_use; both remain', async () => {
    const tenant = await aTenant(app);
    const channel = await aChannel(tenant);
    const campaign = await aCampaign(app, tenant, { channel_id: channel.id });
    const response = await app.http().delete(`${CHANNELS}/${channel.id}`).set(tenant.auth);
    expectProblem(response, 409, 'channel.in_use');
    await get(tenant.auth, `${CHANNELS}/${channel.id}`).expect(200);
    expect((await get(tenant.auth, `${CAMPAIGNS}/${campaign.id}`).expect(200)).body.channel_id).toBe(channel.id);
  });

  it('the audit log records channel changes with snake_case fields', async () => {
    const tenant = await aTenant(app);
    const channel = await aChannel(tenant, { name: 'Web' });
    await patch(tenant.auth, `${CHANNELS}/${channel.id}`, { name: 'Sitio web' }).expect(200);
    const entries = await eventually(async () => {
      const response = await get(tenant.auth, '/api/v1/audit-log', { entity_type: 'channel', entity_id: channel.id }).expect(200);
      return response.body.data.length >= 2 ? response.body.data : undefined;
    });
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual(['updated', 'created']);
    expect(entries[0].changes).toEqual({ name: { from: 'Web', to: 'Sitio web' } });
  });
});

describe('advisors', () => {
  it('POST normalises phone and e-mail and answers kind, external_id and auto_created: false', async () => {
    const tenant = await aTenant(app);
    const response = await post(tenant.auth, ADVISORS, {
      name: 'Dra. Laura', email: 'Laura@Ejemplo.com', phone: '+52 1 55 1234 5678', kind: 'medical', external_id: '101',
    }).expect(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'Dra. Laura',
      email: 'laura@ejemplo.com',
      phone: '+525512345678',
      kind: 'medical',
      external_id: '101',
      auto_created: false,
      version: 1,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    expect((await get(tenant.auth, `${ADVISORS}/${response.body.id}`).expect(200)).body).toEqual(response.body);
  });

  it.each([
    [{ name: 'Ana' }, 'kind'],
    [{ name: 'Ana', kind: 'doctor' }, 'kind'],
    [{ kind: 'medical' }, 'name'],
    [{ name: 'Ana', kind: 'medical', email: 'not-an-email' }, 'email'],
    [{ name: 'Ana', kind: 'medical', phone: '12' }, 'phone'],
    [{ name: 'Ana', kind: 'medical', external_id: '' }, 'external_id'],
  ])('POST %j → 400 naming %s', async (body, field) => {
    const tenant = await aTenant(app);
    const response = await post(tenant.auth, ADVISORS, body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('external_id is unique per kind: the same kind → 409 with existing_id, another kind is fine', async () => {
    const tenant = await aTenant(app);
    const first = await post(tenant.auth, ADVISORS, { name: 'Dr. Uno', kind: 'medical', external_id: '700' }).expect(201);
    const clash = await post(tenant.auth, ADVISORS, { name: 'Dr. Dos', kind: 'medical', external_id: '700' });
    expectProblem(clash, 409, 'advisor.duplicate');
    expect(clash.body.existing_id).toBe(first.body.id);
    await post(tenant.auth, ADVISORS, { name: 'Comercial', kind: 'commercial', external_id: '700' }).expect(201);
    const other = await post(tenant.auth, ADVISORS, { name: 'Dr. Tres', kind: 'medical', external_id: '701' }).expect(201);
    const patched = await patch(tenant.auth, `${ADVISORS}/${other.body.id}`, { external_id: '700' });
    expectProblem(patched, 409, 'advisor.duplicate');
    expect(patched.body.existing_id).toBe(first.body.id);
  });

  it('8 simultaneous creates with the same kind and external_id → one 201, seven 409 naming the winner', async () => {
    const tenant = await aTenant(app);
    const responses = await Promise.all(Array.from({ length: 8 }, (_, i) =>
      post(tenant.auth, ADVISORS, { name: `Racer ${i}`, kind: 'commercial', external_id: '555' })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const winner = responses.find((response) => response.status === 201)!;
    for (const loser of responses.filter((response) => response.status === 409)) {
      expect(loser.body).toMatchObject({ code: 'advisor.duplicate', existing_id: winner.body.id });
    }
  });

  it('lists filter by kind, external_id and auto_created', async () => {
    const tenant = await aTenant(app);
    const medical = await post(tenant.auth, ADVISORS, { name: 'Dra. Laura', kind: 'medical', external_id: '101' }).expect(201);
    const commercial = await post(tenant.auth, ADVISORS, { name: 'Juan', kind: 'commercial', external_id: '101' }).expect(201);
    expect(ids(await get(tenant.auth, ADVISORS, { kind: 'medical' }).expect(200))).toEqual([medical.body.id]);
    expect(ids(await get(tenant.auth, ADVISORS, { external_id: '101' }).expect(200))).toEqual([commercial.body.id, medical.body.id]);
    expect(ids(await get(tenant.auth, ADVISORS, { auto_created: 'true' }).expect(200))).toEqual([]);
    expect(ids(await get(tenant.auth, ADVISORS, { auto_created: 'false' }).expect(200))).toHaveLength(2);
    expectProblem(await get(tenant.auth, ADVISORS, { kind: 'doctor' }), 400, 'request.invalid');
  });

  it('PATCH completes a placeholder-like advisor; DELETE answers 204 then 404', async () => {
    const tenant = await aTenant(app);
    const advisor = await post(tenant.auth, ADVISORS, { name: 'Medical advisor 101', kind: 'medical', external_id: '101' }).expect(201);
    const updated = await patch(tenant.auth, `${ADVISORS}/${advisor.body.id}`, { name: 'Dra. Laura', email: 'laura@ejemplo.com' }).expect(200);
    expect(updated.body).toMatchObject({ name: 'Dra. Laura', email: 'laura@ejemplo.com', external_id: '101', version: 2 });
    await app.http().delete(`${ADVISORS}/${advisor.body.id}`).set(tenant.auth).expect(204);
    expectProblem(await get(tenant.auth, `${ADVISORS}/${advisor.body.id}`), 404, 'resource.not_found');
  });

  it('DELETE of an advisor a campaign member is assigned to → 409 advisor.in_use', async () => {
    const tenant = await aTenant(app);
    const advisor = await post(tenant.auth, ADVISORS, { name: 'Juan', kind: 'commercial' }).expect(201);
    const campaign = await aCampaign(app, tenant);
    const contact = await aContact(app, tenant);
    await post(tenant.auth, `${CAMPAIGNS}/${campaign.id}/contacts`, { contact_id: contact.id, commercial_advisor_id: advisor.body.id }).expect(201);
    expectProblem(await app.http().delete(`${ADVISORS}/${advisor.body.id}`).set(tenant.auth), 409, 'advisor.in_use');
    await get(tenant.auth, `${ADVISORS}/${advisor.body.id}`).expect(200);
  });
});

describe('campaigns', () => {
  it('POST with the seed 001 fields answers them back, budget as a number and times in UTC', async () => {
    const tenant = await aTenant(app);
    const channel = await aChannel(tenant);
    const response = await post(tenant.auth, CAMPAIGNS, {
      name: 'Campaña Invierno 2025',
      date_start: '2025-06-12T14:49:28.163Z',
      date_end: '2025-12-31T17:59:59-06:00',
      budget: 50000.5,
      status: 'active',
      channel_id: channel.id,
      external_id: '85',
    }).expect(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'Campaña Invierno 2025',
      description: null,
      date_start: '2025-06-12T14:49:28.163Z',
      date_end: '2025-12-31T23:59:59.000Z',
      budget: 50000.5,
      status: 'active',
      channel_id: channel.id,
      external_id: '85',
      auto_created: false,
      // The campaign engine's fields (contract §10), at their defaults.
      channel: null,
      trigger: 'manual',
      trigger_condition: null,
      reentry: 'never',
      exit_on: ['reply', 'meeting_booked', 'won', 'lost', 'opt_out'],
      send_window: null,
      steps: [],
      version: 1,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    expect((await get(tenant.auth, `${CAMPAIGNS}/${response.body.id}`).expect(200)).body).toEqual(response.body);
  });

  it('a campaign with just a name is a draft', async () => {
    const tenant = await aTenant(app);
    expect(await aCampaign(app, tenant)).toMatchObject({ status: 'draft', budget: null, channel_id: null, external_id: null });
  });

  it.each([
    [{ date_start: '2025-12-31T00:00:00Z', date_end: '2025-06-01T00:00:00Z' }, 'date_end'],
    [{ budget: -1 }, 'budget'],
    [{ budget: 10.123 }, 'budget'],
    [{ budget: '100' }, 'budget'],
    [{ status: 'Activa' }, 'status'],
    [{ status: null }, 'status'],
    [{ date_start: 'yesterday' }, 'date_start'],
    [{ channel_id: 'facebook' }, 'channel_id'],
    [{ name: '' }, 'name'],
  ])('POST %j → 400 naming the field; nothing stored', async (fields, field) => {
    const tenant = await aTenant(app);
    const response = await post(tenant.auth, CAMPAIGNS, { name: 'Campaña', ...fields });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect((await get(tenant.auth, CAMPAIGNS).expect(200)).body.data).toEqual([]);
  });

  it('PATCH moving date_end before the stored date_start → 400; unchanged', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant, { date_start: '2025-06-01T00:00:00Z', date_end: '2025-07-01T00:00:00Z' });
    const response = await patch(tenant.auth, `${CAMPAIGNS}/${campaign.id}`, { date_end: '2025-05-01T00:00:00Z' });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'date_end', message: expect.any(String) }]);
    expect((await get(tenant.auth, `${CAMPAIGNS}/${campaign.id}`).expect(200)).body).toEqual(campaign);
  });

  it('an unknown channel_id → 422 on POST and PATCH', async () => {
    const tenant = await aTenant(app);
    expectProblem(await post(tenant.auth, CAMPAIGNS, { name: 'X', channel_id: randomUUID() }), 422, 'campaign.channel_unknown');
    const campaign = await aCampaign(app, tenant);
    expectProblem(await patch(tenant.auth, `${CAMPAIGNS}/${campaign.id}`, { channel_id: randomUUID() }), 422, 'campaign.channel_unknown');
  });

  it('another tenant\'s channel_id → 422 like an unknown one', async () => {
    const [tenant, other] = await Promise.all([aTenant(app), aTenant(app)]);
    const foreign = await aChannel(other);
    expectProblem(await post(tenant.auth, CAMPAIGNS, { name: 'X', channel_id: foreign.id }), 422, 'campaign.channel_unknown');
  });

  it('external_id is unique per tenant → 409 with existing_id; another tenant may use it', async () => {
    const [tenant, other] = await Promise.all([aTenant(app), aTenant(app)]);
    const first = await aCampaign(app, tenant, { external_id: '85' });
    const clash = await post(tenant.auth, CAMPAIGNS, { name: 'Otra', external_id: '85' });
    expectProblem(clash, 409, 'campaign.duplicate');
    expect(clash.body.existing_id).toBe(first.id);
    await aCampaign(app, other, { external_id: '85' });
  });

  it('PATCH changes the given fields, null clears; a completed campaign cannot be reopened (422)', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant, { budget: 100, status: 'active' });
    const paused = await patch(tenant.auth, `${CAMPAIGNS}/${campaign.id}`, { status: 'paused', budget: null }).expect(200);
    expect(paused.body).toMatchObject({ status: 'paused', budget: null, version: 2 });
    await patch(tenant.auth, `${CAMPAIGNS}/${campaign.id}`, { status: 'completed' }).expect(200);
    const reopened = await patch(tenant.auth, `${CAMPAIGNS}/${campaign.id}`, { status: 'active' });
    expectProblem(reopened, 422, 'campaign.invalid_status_transition');
    expect((await get(tenant.auth, `${CAMPAIGNS}/${campaign.id}`).expect(200)).body.status).toBe('completed');
  });

  it('lists filter by status, channel_id and external_id and page newest first', async () => {
    const tenant = await aTenant(app);
    const channel = await aChannel(tenant);
    const a = await aCampaign(app, tenant, { status: 'active', channel_id: channel.id });
    const b = await aCampaign(app, tenant, { external_id: '85' });
    const c = await aCampaign(app, tenant, { status: 'active' });
    expect(ids(await get(tenant.auth, CAMPAIGNS, { status: 'active' }).expect(200))).toEqual([c.id, a.id]);
    expect(ids(await get(tenant.auth, CAMPAIGNS, { channel_id: channel.id }).expect(200))).toEqual([a.id]);
    expect(ids(await get(tenant.auth, CAMPAIGNS, { external_id: '85' }).expect(200))).toEqual([b.id]);
    const first = await get(tenant.auth, CAMPAIGNS, { limit: 2 }).expect(200);
    expect(ids(first)).toEqual([c.id, b.id]);
    const second = await get(tenant.auth, CAMPAIGNS, { limit: 2, cursor: first.body.next_cursor }).expect(200);
    expect(second.body).toEqual({ data: [expect.objectContaining({ id: a.id })], next_cursor: null });
  });

  it('DELETE of a campaign with members → 409 campaign.has_members; without → 204', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const contact = await aContact(app, tenant);
    await post(tenant.auth, `${CAMPAIGNS}/${campaign.id}/contacts`, { contact_id: contact.id }).expect(201);
    expectProblem(await app.http().delete(`${CAMPAIGNS}/${campaign.id}`).set(tenant.auth), 409, 'campaign.has_members');
    await app.http().delete(`${CAMPAIGNS}/${campaign.id}/contacts/${contact.id}`).set(tenant.auth).expect(204);
    await app.http().delete(`${CAMPAIGNS}/${campaign.id}`).set(tenant.auth).expect(204);
    expectProblem(await get(tenant.auth, `${CAMPAIGNS}/${campaign.id}`), 404, 'resource.not_found');
  });
});

describe('roles', () => {
  it.each([
    [CHANNELS, { name: 'Web' }],
    [ADVISORS, { name: 'Ana', kind: 'agent' }],
    [CAMPAIGNS, { name: 'Campaña' }],
  ])('a viewer reads %s but cannot write (403); an agent can write', async (path, body) => {
    const tenant = await aTenant(app);
    const existing = (await post(tenant.auth, path, body).expect(201)).body;
    const viewer = await aKey(app, tenant, 'viewer');
    const agent = await aKey(app, tenant, 'agent');
    expect(ids(await get(viewer.auth, path).expect(200))).toEqual([existing.id]);
    await get(viewer.auth, `${path}/${existing.id}`).expect(200);
    expectProblem(await post(viewer.auth, path, body), 403, 'auth.forbidden');
    expectProblem(await patch(viewer.auth, `${path}/${existing.id}`, { name: 'Renamed' }), 403, 'auth.forbidden');
    expectProblem(await app.http().delete(`${path}/${existing.id}`).set(viewer.auth), 403, 'auth.forbidden');
    expect((await get(tenant.auth, `${path}/${existing.id}`).expect(200)).body).toEqual(existing);
    await post(agent.auth, path, body).expect(201);
  });

  it.each([CHANNELS, ADVISORS, CAMPAIGNS])('%s without a key → 401', async (path) => {
    expectProblem(await app.http().get(path), 401, 'auth.unauthenticated');
  });
});

describe('tenant isolation', () => {
  it.each([
    [CHANNELS, { name: 'Web' }, { name: 'Hijacked' }],
    [ADVISORS, { name: 'Ana', kind: 'agent' }, { name: 'Hijacked' }],
    [CAMPAIGNS, { name: 'Campaña' }, { name: 'Hijacked' }],
  ])('another tenant\'s %s answers 404 to GET, PATCH and DELETE and is not listed; nothing changes', async (path, body, change) => {
    const [owner, intruder] = await Promise.all([aTenant(app), aTenant(app)]);
    const existing = (await post(owner.auth, path, body).expect(201)).body;
    expectProblem(await get(intruder.auth, `${path}/${existing.id}`), 404, 'resource.not_found');
    expectProblem(await patch(intruder.auth, `${path}/${existing.id}`, change), 404, 'resource.not_found');
    expectProblem(await app.http().delete(`${path}/${existing.id}`).set(intruder.auth), 404, 'resource.not_found');
    expect((await get(intruder.auth, path).expect(200)).body.data).toEqual([]);
    expect((await get(owner.auth, `${path}/${existing.id}`).expect(200)).body).toEqual(existing);
  });

  it.each([CHANNELS, ADVISORS, CAMPAIGNS])('%s/:id with a malformed id → 400, an unknown one → 404', async (path) => {
    const tenant = await aTenant(app);
    expectProblem(await get(tenant.auth, `${path}/not-a-uuid`), 400, 'request.invalid');
    expectProblem(await get(tenant.auth, `${path}/${randomUUID()}`), 404, 'resource.not_found');
  });
});
