import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'supertest';
import { RecordCampaignAssignmentCommand } from '@leadline/campaigns';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aCampaign, aContact, aKey, aTenant, type TestTenant } from '../support/builders.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

const CAMPAIGNS = '/api/v1/campaigns';
const UPDATE_BY_MANYCHAT_ID = '/api/v1/manychat/campaign-contacts/update-by-manychat-id';

type Auth = Record<string, string>;
const members = (auth: Auth, campaignId: string, query: Record<string, string | number> = {}) =>
  app.http().get(`${CAMPAIGNS}/${campaignId}/contacts`).query(query).set(auth);
const contactIds = (response: Response): string[] => response.body.data.map((member: { contact_id: string }) => member.contact_id);
const put = (auth: Auth, body: object) => app.http().put(UPDATE_BY_MANYCHAT_ID).set(auth).send(body);


async function anAdvisor(tenant: TestTenant, body: object) {
  return (await app.http().post('/api/v1/advisors').set(tenant.auth).send(body).expect(201)).body as { id: string };
}

/** Seed 001's campaign-assignment, recorded the way the ManyChat worker does it. */
function assign(tenant: TestTenant, contactId: string, fields: { campaign?: string; medico?: string | null; at?: string } = {}) {
  return app.api.get(CommandBus).execute(new RecordCampaignAssignmentCommand(
    { tenantId: tenant.id, actor: { type: 'system', id: null, name: 'manychat' }, requestId: null },
    {
      contactId,
      campaignExternalId: fields.campaign ?? '85',
      commercialAdvisorExternalId: '700',
      medicalAdvisorExternalId: fields.medico === undefined ? '101' : fields.medico,
      assignedAt: new Date(fields.at ?? '2025-06-10T10:10:00Z'),
      lastState: 'Asignado a campaña',
      summary: 'El cliente preguntó por el producto X y mostró interés en agendar una cita.',
      assignmentType: 'medico',
    },
  ));
}

describe('GET /campaigns/:id/contacts', () => {
  it('lists members with the contract fields, newest first, paginated', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const juan = await anAdvisor(tenant, { name: 'Juan', kind: 'commercial' });
    const added: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const contact = await aContact(app, tenant);
      await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(tenant.auth)
        .send({ contact_id: contact.id, commercial_advisor_id: juan.id, last_state: `estado ${i}`, assigned_at: '2025-06-10T10:00:00-06:00' })
        .expect(201);
      added.push(contact.id);
    }
    const first = await members(tenant.auth, campaign.id, { limit: 2 }).expect(200);
    expect(contactIds(first)).toEqual([added[2], added[1]]);
    expect(first.body.data[0]).toEqual({
      id: expect.any(String),
      campaign_id: campaign.id,
      contact_id: added[2],
      commercial_advisor_id: juan.id,
      medical_advisor_id: null,
      medical_assignment_date: null,
      last_state: 'estado 2',
      summary: null,
      assignment_type: null,
      assigned_at: '2025-06-10T16:00:00.000Z',
      version: 1,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    const second = await members(tenant.auth, campaign.id, { limit: 2, cursor: first.body.next_cursor }).expect(200);
    expect(contactIds(second)).toEqual([added[0]]);
    expect(second.body.next_cursor).toBeNull();
  });

  it('shows what ManyChat assignments recorded, with the placeholder advisors', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant, { manychat_id: 'MC99999' });
    const { campaignId } = await assign(tenant, contact.id);
    const listed = await members(tenant.auth, campaignId).expect(200);
    const medical = await app.http().get('/api/v1/advisors').query({ kind: 'medical', external_id: '101' }).set(tenant.auth).expect(200);
    expect(medical.body.data).toEqual([expect.objectContaining({ auto_created: true, name: 'Medical advisor 101' })]);
    expect(listed.body.data).toEqual([expect.objectContaining({
      contact_id: contact.id,
      medical_advisor_id: medical.body.data[0].id,
      medical_assignment_date: '2025-06-10T10:10:00.000Z',
      last_state: 'Asignado a campaña',
      assignment_type: 'medico',
    })]);
    const campaign = await app.http().get(`${CAMPAIGNS}/${campaignId}`).set(tenant.auth).expect(200);
    expect(campaign.body).toMatchObject({ external_id: '85', auto_created: true, status: 'active' });
  });

  it('an unknown or foreign campaign → 404, not an empty list', async () => {
    const [tenant, other] = await Promise.all([aTenant(app), aTenant(app)]);
    const foreign = await aCampaign(app, other);
    expectProblem(await members(tenant.auth, foreign.id), 404, 'resource.not_found');
    expectProblem(await members(tenant.auth, randomUUID()), 404, 'resource.not_found');
    expectProblem(await members(tenant.auth, 'nope'), 400, 'request.invalid');
  });
});

describe('member management', () => {
  it('adding the same contact twice → 409 with the member\'s existing_id', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const contact = await aContact(app, tenant);
    const first = await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(tenant.auth).send({ contact_id: contact.id }).expect(201);
    const second = await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(tenant.auth).send({ contact_id: contact.id });
    expectProblem(second, 409, 'campaign_member.duplicate');
    expect(second.body.existing_id).toBe(first.body.id);
  });

  it.each([
    ['an unknown contact', () => ({ contact_id: randomUUID() }), 'campaign_member.contact_unknown'],
    ['an unknown advisor', (contactId: string) => ({ contact_id: contactId, medical_advisor_id: randomUUID() }), 'campaign_member.advisor_unknown'],
  ])('adding with %s → 422; no member', async (_label, body, code) => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const contact = await aContact(app, tenant);
    expectProblem(await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(tenant.auth).send(body(contact.id)), 422, code);
    expect((await members(tenant.auth, campaign.id).expect(200)).body.data).toEqual([]);
  });

  it('adding another tenant\'s contact → 422, like an unknown one', async () => {
    const [tenant, other] = await Promise.all([aTenant(app), aTenant(app)]);
    const campaign = await aCampaign(app, tenant);
    const foreign = await aContact(app, other);
    expectProblem(await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(tenant.auth).send({ contact_id: foreign.id }),
      422, 'campaign_member.contact_unknown');
  });

  it('PATCH a member: assigning a medical advisor dates it; null clears both', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const contact = await aContact(app, tenant);
    const laura = await anAdvisor(tenant, { name: 'Dra. Laura', kind: 'medical' });
    await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(tenant.auth).send({ contact_id: contact.id }).expect(201);
    const path = `${CAMPAIGNS}/${campaign.id}/contacts/${contact.id}`;
    const assigned = await app.http().patch(path).set(tenant.auth).send({ medical_advisor_id: laura.id, summary: 'Agendó' }).expect(200);
    expect(assigned.body).toMatchObject({ medical_advisor_id: laura.id, summary: 'Agendó', version: 2 });
    expect(Date.parse(assigned.body.medical_assignment_date)).toBeGreaterThan(Date.now() - 60_000);
    const cleared = await app.http().patch(path).set(tenant.auth).send({ medical_advisor_id: null }).expect(200);
    expect(cleared.body).toMatchObject({ medical_advisor_id: null, medical_assignment_date: null, summary: 'Agendó' });
    expectProblem(await app.http().patch(path).set(tenant.auth).send({ contact_id: contact.id }), 400, 'request.invalid');
  });

  it('DELETE removes the member (204); again → 404; the contact stays', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const contact = await aContact(app, tenant);
    await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(tenant.auth).send({ contact_id: contact.id }).expect(201);
    await app.http().delete(`${CAMPAIGNS}/${campaign.id}/contacts/${contact.id}`).set(tenant.auth).expect(204);
    expect((await members(tenant.auth, campaign.id).expect(200)).body.data).toEqual([]);
    expectProblem(await app.http().delete(`${CAMPAIGNS}/${campaign.id}/contacts/${contact.id}`).set(tenant.auth), 404, 'resource.not_found');
    await app.http().get(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).expect(200);
  });

  it('deleting a contact takes its memberships with it', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const contact = await aContact(app, tenant);
    await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(tenant.auth).send({ contact_id: contact.id }).expect(201);
    await app.http().delete(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).expect(204);
    expect((await members(tenant.auth, campaign.id).expect(200)).body.data).toEqual([]);
  });

  it('another tenant cannot add, change or remove members of a campaign (404); a viewer cannot either (403)', async () => {
    const [owner, intruder] = await Promise.all([aTenant(app), aTenant(app)]);
    const campaign = await aCampaign(app, owner);
    const contact = await aContact(app, owner);
    const intruderContact = await aContact(app, intruder);
    await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(owner.auth).send({ contact_id: contact.id }).expect(201);
    const path = `${CAMPAIGNS}/${campaign.id}/contacts/${contact.id}`;
    expectProblem(await app.http().post(`${CAMPAIGNS}/${campaign.id}/contacts`).set(intruder.auth).send({ contact_id: intruderContact.id }), 404, 'resource.not_found');
    expectProblem(await app.http().patch(path).set(intruder.auth).send({ summary: 'x' }), 404, 'resource.not_found');
    expectProblem(await app.http().delete(path).set(intruder.auth), 404, 'resource.not_found');
    const viewer = await aKey(app, owner, 'viewer');
    expectProblem(await app.http().delete(path).set(viewer.auth), 403, 'auth.forbidden');
    await members(viewer.auth, campaign.id).expect(200);
    expect(contactIds(await members(owner.auth, campaign.id).expect(200))).toEqual([contact.id]);
  });
});

describe('PUT /manychat/campaign-contacts/update-by-manychat-id', () => {
  async function memberOf85(tenant: TestTenant, manychatId = `MC${randomUUID().slice(0, 8)}`) {
    const contact = await aContact(app, tenant, { manychat_id: manychatId });
    const { campaignId } = await assign(tenant, contact.id, { medico: null });
    return { contact, campaignId, manychatId };
  }

  it('seed 001\'s example: finds the member of campaign 85 and updates the given fields, answering the member', async () => {
    const tenant = await aTenant(app);
    const { contact, campaignId, manychatId } = await memberOf85(tenant);
    const laura = await anAdvisor(tenant, { name: 'Dra. Laura', kind: 'medical', external_id: '101' });
    const response = await put(tenant.auth, {
      manychat_id: manychatId,
      campaign_id: 85,
      medical_advisor_id: 101,
      medical_assignment_date: '2025-06-10T11:00:00Z',
      last_state: 'Asignado a médico',
      summary: 'Conversación finalizada, cliente agendó consulta.',
    }).expect(200);
    expect(response.body).toMatchObject({
      campaign_id: campaignId,
      contact_id: contact.id,
      medical_advisor_id: laura.id,
      medical_assignment_date: '2025-06-10T11:00:00.000Z',
      last_state: 'Asignado a médico',
      summary: 'Conversación finalizada, cliente agendó consulta.',
      assignment_type: 'medico',
      version: 2,
    });
    expect((await members(tenant.auth, campaignId).expect(200)).body.data).toEqual([response.body]);
  });

  it('without campaign_id it updates the contact\'s latest membership', async () => {
    const tenant = await aTenant(app);
    const { contact, manychatId } = await memberOf85(tenant);
    const { campaignId: later } = await assign(tenant, contact.id, { campaign: '86', at: '2025-06-11T09:00:00Z', medico: null });
    const response = await put(tenant.auth, { manychat_id: manychatId, last_state: 'Comienza Cotización' }).expect(200);
    expect(response.body).toMatchObject({ campaign_id: later, last_state: 'Comienza Cotización' });
  });

  it('an unknown medical advisor id becomes a placeholder and is dated now when no date is given', async () => {
    const tenant = await aTenant(app);
    const { manychatId } = await memberOf85(tenant);
    const response = await put(tenant.auth, { manychat_id: manychatId, campaign_id: '85', medical_advisor_id: '333' }).expect(200);
    const advisor = await app.http().get(`/api/v1/advisors/${response.body.medical_advisor_id}`).set(tenant.auth).expect(200);
    expect(advisor.body).toMatchObject({ kind: 'medical', external_id: '333', auto_created: true });
    expect(Date.parse(response.body.medical_assignment_date)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('unresolved merge tags, empty strings and nulls count as absent: nothing changes', async () => {
    const tenant = await aTenant(app);
    const { campaignId, manychatId } = await memberOf85(tenant);
    const before = (await members(tenant.auth, campaignId).expect(200)).body.data[0];
    const response = await put(tenant.auth, {
      manychat_id: manychatId,
      campaign_id: '{{cuf_8146798}}',
      medical_advisor_id: '${{cuf_1}}',
      medical_assignment_date: '{{cuf_2}}',
      last_state: '',
      summary: null,
    }).expect(200);
    expect(response.body).toEqual(before);
    const advisors = await app.http().get('/api/v1/advisors').query({ kind: 'medical' }).set(tenant.auth).expect(200);
    expect(advisors.body.data).toEqual([]);
  });

  it.each([
    ['no manychat_id', {}, 'manychat_id'],
    ['manychat_id as an unresolved merge tag', { manychat_id: '{{user_id}}' }, 'manychat_id'],
    ['manychat_id as a merge tag padded with blanks', { manychat_id: ' ${{user_id}} ' }, 'manychat_id'],
    ['a manychat_id the webhooks refuse (spaces)', { manychat_id: 'MC 1' }, 'manychat_id'],
    ['a manychat_id the webhooks refuse (over 64 characters)', { manychat_id: 'M'.repeat(65) }, 'manychat_id'],
    ['an unknown field', { manychat_id: 'MC1', campaign: 85 }, 'campaign'],
    ['a malformed date', { manychat_id: 'MC1', medical_assignment_date: 'mañana' }, 'medical_assignment_date'],
    ['an object as campaign_id', { manychat_id: 'MC1', campaign_id: { id: 85 } }, 'campaign_id'],
    ['a fractional advisor id', { manychat_id: 'MC1', medical_advisor_id: 1.5 }, 'medical_advisor_id'],
  ])('%s → 400 naming the field', async (_label, body, field) => {
    const tenant = await aTenant(app);
    const response = await put(tenant.auth, body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it.each([
    ['no contact has the manychat_id', (manychatId: string) => ({ manychat_id: `${manychatId}-other` })],
    ['the campaign is unknown', (manychatId: string) => ({ manychat_id: manychatId, campaign_id: 999 })],
  ])('404 when %s; nothing changes', async (_label, body) => {
    const tenant = await aTenant(app);
    const { campaignId, manychatId } = await memberOf85(tenant);
    const before = (await members(tenant.auth, campaignId).expect(200)).body.data;
    expectProblem(await put(tenant.auth, { ...body(manychatId), last_state: 'x' }), 404, 'resource.not_found');
    expect((await members(tenant.auth, campaignId).expect(200)).body.data).toEqual(before);
  });

  it('404 when the contact is no member of the campaign, or of any campaign', async () => {
    const tenant = await aTenant(app);
    await memberOf85(tenant);
    await aCampaign(app, tenant, { external_id: '86' });
    await aContact(app, tenant, { manychat_id: 'MC-loner' });
    expectProblem(await put(tenant.auth, { manychat_id: 'MC-loner', campaign_id: 86 }), 404, 'resource.not_found');
    expectProblem(await put(tenant.auth, { manychat_id: 'MC-loner' }), 404, 'resource.not_found');
  });

  it('another tenant\'s contact with the same manychat_id is not touched (404 for the caller without one)', async () => {
    const [tenant, other] = await Promise.all([aTenant(app), aTenant(app)]);
    const { campaignId } = await memberOf85(other, 'MC-shared');
    expectProblem(await put(tenant.auth, { manychat_id: 'MC-shared', last_state: 'hijacked' }), 404, 'resource.not_found');
    expect((await members(other.auth, campaignId).expect(200)).body.data[0].last_state).toBe('Asignado a campaña');
  });

  it('concurrent PUTs changing different fields of one member all land', async () => {
    const tenant = await aTenant(app);
    const { campaignId, manychatId } = await memberOf85(tenant);
    const responses = await Promise.all([
      put(tenant.auth, { manychat_id: manychatId, last_state: 'Comienza Cotización' }),
      put(tenant.auth, { manychat_id: manychatId, summary: 'Pidió cotización' }),
      put(tenant.auth, { manychat_id: manychatId, campaign_id: 85, medical_advisor_id: 101, medical_assignment_date: '2025-06-12T09:00:00Z' }),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    const [member] = (await members(tenant.auth, campaignId).expect(200)).body.data;
    expect(member).toMatchObject({ last_state: 'Comienza Cotización', summary: 'Pidió cotización', medical_assignment_date: '2025-06-12T09:00:00.000Z' });
    expect(member.medical_advisor_id).not.toBeNull();
    expect(member.version).toBe(4);
  });

  it('8 concurrent PUTs naming the same unknown medical advisor create one placeholder', async () => {
    const tenant = await aTenant(app);
    const manychatIds: string[] = [];
    for (let i = 0; i < 8; i += 1) manychatIds.push((await memberOf85(tenant)).manychatId);
    const responses = await Promise.all(manychatIds.map((manychatId) => put(tenant.auth, { manychat_id: manychatId, medical_advisor_id: '4040' })));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200));
    const advisors = await app.http().get('/api/v1/advisors').query({ external_id: '4040' }).set(tenant.auth).expect(200);
    expect(advisors.body.data).toHaveLength(1);
    expect(new Set(responses.map((response) => response.body.medical_advisor_id))).toEqual(new Set([advisors.body.data[0].id]));
  });

  it('agents and admins may call it; a viewer gets 403 and nothing changes', async () => {
    const tenant = await aTenant(app);
    const { campaignId, manychatId } = await memberOf85(tenant);
    const viewer = await aKey(app, tenant, 'viewer');
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await put(viewer.auth, { manychat_id: manychatId, last_state: 'viewer' }), 403, 'auth.forbidden');
    await put(agent.auth, { manychat_id: manychatId, last_state: 'agent' }).expect(200);
    expect((await members(tenant.auth, campaignId).expect(200)).body.data[0].last_state).toBe('agent');
  });
});
