import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { migrations } from '@leadline/shared-kernel';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aContact, anOpportunity, aTenant, type TestTenant } from '../support/builders.js';
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

const CONTACTS = '/api/v1/crm/contacts';
const OPPORTUNITIES = '/api/v1/crm/opportunities';

async function aChannel(tenant: TestTenant) {
  return (await app.http().post('/api/v1/channels').set(tenant.auth).send({ name: 'WhatsApp' }).expect(201)).body as { id: string };
}

async function anAdvisor(tenant: TestTenant) {
  return (await app.http().post('/api/v1/advisors').set(tenant.auth).send({ name: 'Juan', kind: 'commercial' }).expect(201))
    .body as { id: string };
}

/** Another tenant's id must answer exactly like an id that exists nowhere. */
const strangers = [
  ["another tenant's", async () => ({ channel: (await aChannel(await aTenant(app))).id, advisor: (await anAdvisor(await aTenant(app))).id })],
  ['a random', () => Promise.resolve({ channel: randomUUID(), advisor: randomUUID() })],
] as const;

describe("a contact's channel_id must be a channel of the tenant", () => {
  it.each(strangers)('POST with %s channel id → 422 channel.unknown naming channel_id; no contact', async (_label, stranger) => {
    const tenant = await aTenant(app);
    const { channel } = await stranger();
    const manychatId = `MC-${randomUUID()}`;
    const response = await app.http().post(CONTACTS).set(tenant.auth)
      .send({ first_name: 'Ana', manychat_id: manychatId, channel_id: channel });
    expectProblem(response, 422, 'channel.unknown');
    expect(response.body.channel_id).toBe(channel);
    expect((await app.http().get(CONTACTS).query({ manychat_id: manychatId }).set(tenant.auth).expect(200)).body.data).toEqual([]);
  });

  it.each(strangers)('PATCH to %s channel id → 422 channel.unknown; the contact is unchanged', async (_label, stranger) => {
    const tenant = await aTenant(app);
    const own = await aChannel(tenant);
    const contact = await aContact(app, tenant, { channel_id: own.id });
    const { channel } = await stranger();
    expectProblem(await app.http().patch(`${CONTACTS}/${contact.id}`).set(tenant.auth).send({ channel_id: channel }), 422, 'channel.unknown');
    expect((await app.http().get(`${CONTACTS}/${contact.id}`).set(tenant.auth).expect(200)).body).toEqual(contact);
  });

  it('DELETE of a channel a contact uses → 409 channel.in_use; once the contact lets go, 204', async () => {
    const tenant = await aTenant(app);
    const channel = await aChannel(tenant);
    const contact = await aContact(app, tenant, { channel_id: channel.id });
    expectProblem(await app.http().delete(`/api/v1/channels/${channel.id}`).set(tenant.auth), 409, 'channel.in_use');
    expect((await app.http().get(`${CONTACTS}/${contact.id}`).set(tenant.auth).expect(200)).body.channel_id).toBe(channel.id);

    await app.http().patch(`${CONTACTS}/${contact.id}`).set(tenant.auth).send({ channel_id: null }).expect(200);
    await app.http().delete(`/api/v1/channels/${channel.id}`).set(tenant.auth).expect(204);
  });

  it('deleting a channel while contacts are being put in it: no contact ends up pointing at a deleted channel', async () => {
    const tenant = await aTenant(app);
    const channel = await aChannel(tenant);
    const contacts = await Promise.all(Array.from({ length: 4 }, () => aContact(app, tenant)));
    const [deletion, ...patches] = await Promise.all([
      app.http().delete(`/api/v1/channels/${channel.id}`).set(tenant.auth),
      ...contacts.map((contact) => app.http().patch(`${CONTACTS}/${contact.id}`).set(tenant.auth).send({ channel_id: channel.id })),
    ]);
    const channelExists = (await app.http().get(`/api/v1/channels/${channel.id}`).set(tenant.auth)).status === 200;
    expect(deletion!.status).toBe(channelExists ? 409 : 204);
    for (const [index, patch] of patches.entries()) {
      const stored = (await app.http().get(`${CONTACTS}/${contacts[index]!.id}`).set(tenant.auth).expect(200)).body;
      if (patch.status === 200) {
        expect(channelExists).toBe(true);
        expect(stored.channel_id).toBe(channel.id);
      } else {
        expectProblem(patch, 422, 'channel.unknown');
        expect(stored.channel_id).toBeNull();
      }
    }
  });
});

describe("an opportunity's assigned_advisor_id must be an advisor of the tenant", () => {
  it.each(strangers)('POST with %s advisor id → 422 advisor.unknown naming assigned_advisor_id; no opportunity', async (_label, stranger) => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const { advisor } = await stranger();
    const response = await app.http().post(OPPORTUNITIES).set(tenant.auth).send({ contact_id: contact.id, assigned_advisor_id: advisor });
    expectProblem(response, 422, 'advisor.unknown');
    expect(response.body.assigned_advisor_id).toBe(advisor);
    expect((await app.http().get(OPPORTUNITIES).query({ contact_id: contact.id }).set(tenant.auth).expect(200)).body.data).toEqual([]);
  });

  it.each(strangers)('PATCH to %s advisor id → 422 advisor.unknown; the opportunity is unchanged', async (_label, stranger) => {
    const tenant = await aTenant(app);
    const own = await anAdvisor(tenant);
    const opportunity = await anOpportunity(app, tenant, { assigned_advisor_id: own.id });
    const { advisor } = await stranger();
    expectProblem(await app.http().patch(`${OPPORTUNITIES}/${opportunity.id}`).set(tenant.auth).send({ assigned_advisor_id: advisor }),
      422, 'advisor.unknown');
    expect((await app.http().get(`${OPPORTUNITIES}/${opportunity.id}`).set(tenant.auth).expect(200)).body)
      .toMatchObject({ assigned_advisor_id: own.id, version: opportunity.version });
  });

  it('DELETE of an advisor an opportunity is assigned to → 409 advisor.in_use; both remain', async () => {
    const tenant = await aTenant(app);
    const advisor = await anAdvisor(tenant);
    const opportunity = await anOpportunity(app, tenant, { assigned_advisor_id: advisor.id });
    expectProblem(await app.http().delete(`/api/v1/advisors/${advisor.id}`).set(tenant.auth), 409, 'advisor.in_use');
    await app.http().get(`/api/v1/advisors/${advisor.id}`).set(tenant.auth).expect(200);
    expect((await app.http().get(`${OPPORTUNITIES}/${opportunity.id}`).set(tenant.auth).expect(200)).body.assigned_advisor_id)
      .toBe(advisor.id);
  });
});

describe('the migration on existing data', () => {
  /** The migration's statements, as the migrator would run them. */
  function statementsOf(direction: 'up' | 'down'): string[] {
    const entry = migrations.find((migration) => migration.name === 'Migration20261124000600_reference_ownership')!;
    const migration = new entry.class({} as never, {} as never);
    void migration[direction]();
    return migration.getQueries().map(String);
  }

  it('keeps references within the tenant and clears those that pointed nowhere or at another tenant', async () => {
    const [tenant, other] = await Promise.all([aTenant(app), aTenant(app)]);
    const [ownChannel, foreignChannel, ownAdvisor, foreignAdvisor] = await Promise.all([
      aChannel(tenant), aChannel(other), anAdvisor(tenant), anAdvisor(other),
    ]);
    const keeps = await aContact(app, tenant, { channel_id: ownChannel.id });
    const [crosses, dangles] = await Promise.all([aContact(app, tenant), aContact(app, tenant)]);
    const keepsAdvisor = await anOpportunity(app, tenant, { assigned_advisor_id: ownAdvisor.id });
    const [crossesAdvisor, danglesAdvisor] = await Promise.all([anOpportunity(app, tenant), anOpportunity(app, tenant)]);

    const client = await db.connect();
    try {
      await client.query('begin');
      // Back to the foundation's bare uuids, with the rows they let in.
      for (const statement of statementsOf('down')) await client.query(statement);
      await client.query('update contacts set channel_id = $2 where id = $1', [crosses.id, foreignChannel.id]);
      await client.query('update contacts set channel_id = $2 where id = $1', [dangles.id, randomUUID()]);
      await client.query('update lead_opportunities set assigned_advisor_id = $2 where id = $1', [crossesAdvisor.id, foreignAdvisor.id]);
      await client.query('update lead_opportunities set assigned_advisor_id = $2 where id = $1', [danglesAdvisor.id, randomUUID()]);

      // Rows this transaction already changed would re-check the deferred stage keys at commit, and
      // ALTER TABLE refuses to run with such checks pending; the migrator's own run has none.
      await client.query('set constraints all immediate');
      for (const statement of statementsOf('up')) await client.query(statement);

      const contacts = await client.query('select id, channel_id from contacts where id = any($1)', [[keeps.id, crosses.id, dangles.id]]);
      expect(Object.fromEntries(contacts.rows.map((row) => [row.id, row.channel_id])))
        .toEqual({ [keeps.id]: ownChannel.id, [crosses.id]: null, [dangles.id]: null });
      const opportunities = await client.query('select id, assigned_advisor_id from lead_opportunities where id = any($1)',
        [[keepsAdvisor.id, crossesAdvisor.id, danglesAdvisor.id]]);
      expect(Object.fromEntries(opportunities.rows.map((row) => [row.id, row.assigned_advisor_id])))
        .toEqual({ [keepsAdvisor.id]: ownAdvisor.id, [crossesAdvisor.id]: null, [danglesAdvisor.id]: null });
      await expect(client.query('update contacts set channel_id = $2 where id = $1', [keeps.id, foreignChannel.id]))
        .rejects.toMatchObject({ constraint: 'fk_contacts_channel' });
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
