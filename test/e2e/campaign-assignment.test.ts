import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CommandBus } from '@nestjs/cqrs';
import type pg from 'pg';
import { RecordCampaignAssignmentCommand, type CampaignAssignmentInput } from '@leadline/campaigns';
import type { CommandContext } from '@leadline/shared-kernel';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aTenant, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';

let app: RunningApp;
let db: pg.Pool;

beforeAll(async () => {
  app = await startApp();
  db = sql();
});

afterAll(async () => {
  await db.end();
  await app.close();
});

const system = (tenant: TestTenant): CommandContext => ({
  tenantId: tenant.id,
  actor: { type: 'system', id: null, name: 'manychat' },
  requestId: null,
});

function record(tenant: TestTenant, input: Partial<CampaignAssignmentInput> & { contactId: string }) {
  return app.api.get(CommandBus).execute(new RecordCampaignAssignmentCommand(system(tenant), {
    campaignExternalId: '85',
    commercialAdvisorExternalId: '700',
    medicalAdvisorExternalId: '101',
    assignedAt: new Date('2025-06-10T10:10:00Z'),
    lastState: 'Asignado a campaña',
    summary: 'El cliente preguntó por el producto X.',
    assignmentType: 'medico',
    ...input,
  }));
}

async function rows(query: string, tenant: TestTenant) {
  return (await db.query(query, [tenant.id])).rows;
}

const campaignsOf = (tenant: TestTenant) =>
  rows('select id, external_id, auto_created, status, name from campaigns where tenant_id = $1', tenant);
const advisorsOf = (tenant: TestTenant) =>
  rows('select id, kind, external_id, auto_created from advisors where tenant_id = $1 order by kind', tenant);
const membersOf = (tenant: TestTenant) =>
  rows(`select id, campaign_id, contact_id, commercial_advisor_id, medical_advisor_id, medical_assignment_date,
          last_state, summary, assignment_type, assigned_at, version
        from campaign_members where tenant_id = $1 order by id`, tenant);

describe('RecordCampaignAssignmentCommand', () => {
  it('creates placeholders for an unknown campaign and advisors and enrols the contact with the assignment', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant, { manychat_id: 'MC99999' });
    const result = await record(tenant, { contactId: contact.id });

    const [campaign] = await campaignsOf(tenant);
    expect(campaign).toMatchObject({ id: result.campaignId, external_id: '85', auto_created: true, status: 'active' });
    const advisors = await advisorsOf(tenant);
    expect(advisors).toEqual([
      { id: expect.any(String), kind: 'commercial', external_id: '700', auto_created: true },
      { id: expect.any(String), kind: 'medical', external_id: '101', auto_created: true },
    ]);
    expect(await membersOf(tenant)).toEqual([{
      id: result.memberId,
      campaign_id: result.campaignId,
      contact_id: contact.id,
      commercial_advisor_id: advisors[0].id,
      medical_advisor_id: advisors[1].id,
      medical_assignment_date: new Date('2025-06-10T10:10:00Z'),
      last_state: 'Asignado a campaña',
      summary: 'El cliente preguntó por el producto X.',
      assignment_type: 'medico',
      assigned_at: new Date('2025-06-10T10:10:00Z'),
      version: 1,
    }]);
  });

  it('is idempotent: the same assignment twice leaves the same state, one member, no second version', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const first = await record(tenant, { contactId: contact.id });
    const before = await membersOf(tenant);
    const second = await record(tenant, { contactId: contact.id });
    expect(second).toEqual(first);
    expect(await membersOf(tenant)).toEqual(before);
    expect(await campaignsOf(tenant)).toHaveLength(1);
    expect(await advisorsOf(tenant)).toHaveLength(2);
  });

  it('8 concurrent assignments naming the same unknown ids create one campaign and one advisor of each kind', async () => {
    const tenant = await aTenant(app);
    const contacts = await Promise.all(Array.from({ length: 8 }, () => aContact(app, tenant)));
    const results = await Promise.all(contacts.map((contact) => record(tenant, { contactId: contact.id, campaignExternalId: '901' })));

    const campaigns = await campaignsOf(tenant);
    expect(campaigns).toHaveLength(1);
    expect(new Set(results.map((result) => result.campaignId))).toEqual(new Set([campaigns[0].id]));
    expect((await advisorsOf(tenant)).map((advisor) => [advisor.kind, advisor.external_id])).toEqual([
      ['commercial', '700'],
      ['medical', '101'],
    ]);
    const members = await membersOf(tenant);
    expect(members.map((member) => member.contact_id).sort()).toEqual(contacts.map((contact) => contact.id).sort());
  });

  it('8 concurrent assignments of the same contact leave one member holding the latest assignment', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => record(tenant, {
      contactId: contact.id,
      assignedAt: new Date(Date.UTC(2025, 5, 10, 10, i)),
      lastState: `estado ${i}`,
    })));
    const members = await membersOf(tenant);
    expect(members).toHaveLength(1);
    expect(new Set(results.map((result) => result.memberId))).toEqual(new Set([members[0].id]));
    expect(members[0]).toMatchObject({ last_state: 'estado 7', assigned_at: new Date(Date.UTC(2025, 5, 10, 10, 7)) });
  });

  it('a later assignment updates the member; an older one arriving late changes nothing', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    await record(tenant, { contactId: contact.id, medicalAdvisorExternalId: null });
    await record(tenant, {
      contactId: contact.id,
      assignedAt: new Date('2025-06-10T11:00:00Z'),
      medicalAdvisorExternalId: '102',
      lastState: 'Asignado a médico',
      summary: null,
    });
    await record(tenant, { contactId: contact.id, assignedAt: new Date('2025-06-10T10:30:00Z'), lastState: 'viejo' });

    const [member] = await membersOf(tenant);
    // The late, older assignment still leaves its placeholder advisor "101"; the member keeps "102".
    const medical = (await advisorsOf(tenant)).find((advisor) => advisor.kind === 'medical' && advisor.external_id === '102');
    expect(medical).toBeDefined();
    expect(member).toMatchObject({
      medical_advisor_id: medical!.id,
      medical_assignment_date: new Date('2025-06-10T11:00:00Z'),
      last_state: 'Asignado a médico',
      summary: 'El cliente preguntó por el producto X.',
      assigned_at: new Date('2025-06-10T11:00:00Z'),
      version: 2,
    });
  });

  it('a known campaign and advisor are used as they are, not duplicated', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const campaign = await app.http().post('/api/v1/campaigns').set(tenant.auth)
      .send({ name: 'Campaña Invierno 2025', external_id: '85', status: 'active' }).expect(201);
    const advisor = await app.http().post('/api/v1/advisors').set(tenant.auth)
      .send({ name: 'Dra. Laura', kind: 'medical', external_id: '101' }).expect(201);
    const result = await record(tenant, { contactId: contact.id, commercialAdvisorExternalId: null });
    expect(result.campaignId).toBe(campaign.body.id);
    expect(await campaignsOf(tenant)).toEqual([expect.objectContaining({ auto_created: false, name: 'Campaña Invierno 2025' })]);
    expect(await advisorsOf(tenant)).toEqual([expect.objectContaining({ id: advisor.body.id, auto_created: false })]);
    expect((await membersOf(tenant))[0]).toMatchObject({ medical_advisor_id: advisor.body.id, commercial_advisor_id: null });
  });

  it('an advisor id of one kind does not match an advisor of the other kind', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const commercial = await app.http().post('/api/v1/advisors').set(tenant.auth)
      .send({ name: 'Juan', kind: 'commercial', external_id: '101' }).expect(201);
    await record(tenant, { contactId: contact.id, commercialAdvisorExternalId: null, medicalAdvisorExternalId: '101' });
    const medical = (await advisorsOf(tenant)).find((advisor) => advisor.kind === 'medical');
    expect(medical).toMatchObject({ external_id: '101', auto_created: true });
    expect(medical!.id).not.toBe(commercial.body.id);
  });

  it('blank advisor ids name no advisor; a blank campaign id is refused', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    await record(tenant, { contactId: contact.id, commercialAdvisorExternalId: ' ', medicalAdvisorExternalId: '' });
    expect(await advisorsOf(tenant)).toEqual([]);
    expect((await membersOf(tenant))[0]).toMatchObject({ commercial_advisor_id: null, medical_advisor_id: null });
    await expect(record(tenant, { contactId: contact.id, campaignExternalId: '  ' })).rejects.toMatchObject({ code: 'request.invalid' });
    expect(await campaignsOf(tenant)).toHaveLength(1);
  });

  it('another tenant\'s contact is refused and nothing is created', async () => {
    const [tenant, other] = await Promise.all([aTenant(app), aTenant(app)]);
    const foreign = await aContact(app, other);
    await expect(record(tenant, { contactId: foreign.id })).rejects.toMatchObject({ code: 'campaign_member.contact_unknown' });
    expect(await campaignsOf(tenant)).toEqual([]);
    expect(await advisorsOf(tenant)).toEqual([]);
  });

  it('one transaction: a failure after the placeholders leaves nothing behind, and the retried assignment lands once', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    // An unusable time fails only when the member is built, after both placeholders were inserted.
    await expect(record(tenant, { contactId: contact.id, assignedAt: new Date('not a time') })).rejects.toThrow();
    expect(await campaignsOf(tenant)).toEqual([]);
    expect(await advisorsOf(tenant)).toEqual([]);
    expect(await rows('select id from outbox_events where tenant_id = $1 and aggregate_type in (\'campaign\', \'advisor\', \'campaign_member\')', tenant)).toEqual([]);

    await record(tenant, { contactId: contact.id });
    expect(await campaignsOf(tenant)).toHaveLength(1);
    expect(await advisorsOf(tenant)).toHaveLength(2);
    expect(await membersOf(tenant)).toHaveLength(1);
  });

  it('writes its events through the outbox in the same transaction', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    await record(tenant, { contactId: contact.id });
    const types = (await rows('select type from outbox_events where tenant_id = $1 order by id', tenant)).map((row) => row.type);
    expect(types).toEqual(expect.arrayContaining(['campaign.created', 'advisor.created', 'campaign_member.added']));
  });
});
