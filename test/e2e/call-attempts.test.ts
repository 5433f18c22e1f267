import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aKey, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { aCall, opportunityOf, settled, withAttempts } from '../support/telephony.js';

/**
 * Seed 002: a call recorded for a contact registers a first-call attempt on the contact's open
 * opportunity, through telephony's event and the worker — contract §6 rules 1–5 and its "Casos de Prueba".
 */
let app: RunningApp;
const db = sql();

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
  await db.end();
});

describe('a new outbound call (caso 1)', () => {
  it('becomes attempt 1: orange, the opportunity contacted, attempted at the call start, notes from the call', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    const call = await aCall(app, tenant, {
      entity_id: opp.contact_id, call_status: 'no_answer', started_at: '2025-01-29T10:00:00Z', call_result: 'No contestó',
    });

    const view = await withAttempts(app, tenant, opp.id, 1);

    expect(view.first_call_attempts).toEqual({
      1: { status: 'orange', call_id: call.id, attempted_at: '2025-01-29T10:00:00.000Z', notes: 'No contestó' },
    });
    expect(view).toMatchObject({
      status: 'contacted', first_call_completed: false, first_call_successful_attempt: null,
      last_contact_attempt_at: '2025-01-29T10:00:00.000Z',
    });
  });

  it('uses the summary over the call result, and the creation time when the call has no start', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    const call = await aCall(app, tenant, { entity_id: opp.contact_id, summary: 'Pidió llamar mañana', call_result: 'busy' });
    const stored = (await app.http().get(`/api/v1/crm/calls/${call.id}`).set(tenant.auth)).body;

    const view = await withAttempts(app, tenant, opp.id, 1);

    expect(view.first_call_attempts['1']).toMatchObject({ notes: 'Pidió llamar mañana', attempted_at: stored.created_at });
  });

  it('a rejected call is a red attempt', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    await aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'rejected' });
    expect((await withAttempts(app, tenant, opp.id, 1)).first_call_attempts['1']?.status).toBe('red');
  });
});

describe('an existing call updated (caso 2)', () => {
  it('updates its own attempt; turning green completes the first call (caso 6)', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    const call = await aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'initiated', started_at: '2025-01-29T10:00:00Z' });
    await withAttempts(app, tenant, opp.id, 1);

    await app.http().patch(`/api/v1/crm/calls/${call.id}`).set(tenant.auth)
      .send({ call_status: 'completed', summary: 'Llamada exitosa, información completa' }).expect(200);

    const view = await eventually(async () => {
      const current = await opportunityOf(app, tenant, opp.id);
      return current.first_call_completed ? current : undefined;
    });
    expect(view.first_call_attempts).toEqual({
      1: { status: 'green', call_id: call.id, attempted_at: '2025-01-29T10:00:00.000Z', notes: 'Llamada exitosa, información completa' },
    });
    expect(view.first_call_successful_attempt).toBe(1);
  });

  it('an older state of the call delivered again after a newer one does not undo it', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    const call = await aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'busy', summary: 'Ocupado' });
    await withAttempts(app, tenant, opp.id, 1);
    await app.http().patch(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).send({ call_status: 'no_answer', summary: 'Buzón de voz' }).expect(200);
    const latest = await eventually(async () => {
      const current = await opportunityOf(app, tenant, opp.id);
      return current.first_call_attempts['1']?.notes === 'Buzón de voz' ? current : undefined;
    });

    // Redeliver the first state of the call as if the queue had handed it over late.
    await redeliver(tenant, call.id, 1);

    expect(await opportunityOf(app, tenant, opp.id)).toEqual(latest);
  });

  it('the same event delivered twice changes nothing', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    const call = await aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'busy' });
    const once = await withAttempts(app, tenant, opp.id, 1);

    await redeliver(tenant, call.id, 1);

    expect(await opportunityOf(app, tenant, opp.id)).toEqual(once);
  });
});

/** Publishes a call's stored event again and waits until the CRM has handled it a second time. */
async function redeliver(tenant: TestTenant, callId: string, version: number): Promise<void> {
  const { rows } = await db.query(
    `select id from outbox_events where tenant_id = $1 and type = 'call.recorded' and aggregate_id = $2 and (payload->>'version')::int = $3`,
    [tenant.id, callId, version],
  );
  const eventId = rows[0].id as string;
  await db.query(`delete from processed_events where event_id = $1 and handler = 'crm.first-call-attempts'`, [eventId]);
  await db.query(`update outbox_events set published_at = null where id = $1`, [eventId]);
  await settled(app, tenant, db);
}

describe('calls that register nothing', () => {
  it('an inbound call (caso 3)', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    await aCall(app, tenant, { entity_id: opp.contact_id, direction: 'inbound', call_status: 'answered' });
    await settled(app, tenant, db);
    expect(await opportunityOf(app, tenant, opp.id)).toMatchObject({ first_call_attempts: {}, status: 'pending', version: opp.version });
  });

  it('a call with no contact, and one for a contact without an open opportunity', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const closed = await anOpportunity(app, tenant);
    await app.http().patch(`/api/v1/crm/opportunities/${closed.id}`).set(tenant.auth).send({ status: 'qualified' }).expect(200);

    await aCall(app, tenant, { call_status: 'completed' });
    await aCall(app, tenant, { entity_id: contact.id, call_status: 'completed' });
    await aCall(app, tenant, { entity_id: closed.contact_id, call_status: 'completed' });
    await settled(app, tenant, db);

    expect(await opportunityOf(app, tenant, closed.id)).toMatchObject({ first_call_attempts: {}, status: 'qualified' });
    const { rows } = await db.query(`select count(*)::int as n from dead_letters where tenant_id = $1`, [tenant.id]);
    expect(rows[0].n).toBe(0);
  });

  it('a sixth call once five attempts are used (caso 4), numbered in call order (caso 7)', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    const calls = [];
    for (const day of [1, 2, 3, 4, 5]) {
      calls.push(await aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'no_answer', started_at: `2025-02-0${day}T10:00:00Z` }));
      await withAttempts(app, tenant, opp.id, day);
    }
    await aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'completed', started_at: '2025-02-06T10:00:00Z' });
    await settled(app, tenant, db);

    const view = await opportunityOf(app, tenant, opp.id);
    expect(Object.entries(view.first_call_attempts).map(([n, a]) => [n, a.call_id])).toEqual(calls.map((c, i) => [String(i + 1), c.id]));
    expect(view).toMatchObject({ first_call_completed: false, last_contact_attempt_at: '2025-02-05T10:00:00.000Z' });
  });

  it('any call once the first call has succeeded (caso 5)', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    const green = await aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'answered' });
    const done = await withAttempts(app, tenant, opp.id, 1);
    expect(done).toMatchObject({ first_call_completed: true, first_call_successful_attempt: 1 });

    await aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'no_answer' });
    await settled(app, tenant, db);

    const view = await opportunityOf(app, tenant, opp.id);
    expect(Object.values(view.first_call_attempts).map((a) => a.call_id)).toEqual([green.id]);
    expect(view.version).toBe(done.version);
  });
});

it("registers on the contact's most recent open opportunity", async () => {
  const tenant = await aTenant(app);
  const contact = await aContact(app, tenant);
  const older = await anOpportunity(app, tenant, { contact_id: contact.id });
  const newer = await anOpportunity(app, tenant, { contact_id: contact.id });
  await aCall(app, tenant, { entity_id: contact.id, call_status: 'busy' });
  await withAttempts(app, tenant, newer.id, 1);
  expect((await opportunityOf(app, tenant, older.id)).first_call_attempts).toEqual({});
});

describe('ten outbound calls created at the same moment for one contact', () => {
  it('become attempts 1–5, five different calls, no sixth, no lost update', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);

    const calls = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'no_answer', summary: `intento ${i}` })));
    await settled(app, tenant, db);

    const view = await opportunityOf(app, tenant, opp.id);
    expect(Object.keys(view.first_call_attempts)).toEqual(['1', '2', '3', '4', '5']);
    const registered = Object.values(view.first_call_attempts).map((a) => a.call_id);
    expect(new Set(registered).size).toBe(5);
    expect(registered.every((id) => calls.some((c) => c.id === id))).toBe(true);
    // One version per registered attempt: no write was lost or applied twice.
    expect(view.version).toBe(opp.version + 5);
    const { rows } = await db.query(
      `select count(*)::int as n from outbox_events where aggregate_id = $1 and type = 'opportunity.call_attempt_registered'`, [opp.id]);
    expect(rows[0].n).toBe(5);
  });
});

describe('when registration fails', () => {
  it('the call is still stored, and the event ends as a dead letter', async () => {
    const tenant = await aTenant(app);
    const opp = await anOpportunity(app, tenant);
    // An opportunity the CRM refuses to load (an attempt numbered 7) makes registration fail every time.
    await db.query(
      `update lead_opportunities set first_call_attempts = '{"7": {"status": "orange", "call_id": "x", "attempted_at": "2025-01-01T00:00:00Z", "notes": null}}' where id = $1`,
      [opp.id],
    );

    const call = await aCall(app, tenant, { entity_id: opp.contact_id, call_status: 'busy' });

    const letter = await eventually(async () => {
      const { rows } = await db.query(`select error, payload from dead_letters where tenant_id = $1`, [tenant.id]);
      return rows[0] as { error: string } | undefined;
    });
    expect(letter.error).toMatch(/numbered/);
    await app.http().get(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).expect(200);
  });
});

describe('historical sync (POST /calls/sync-attempts)', () => {
  it('registers past outbound calls in call order, with the same rules', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    // Recorded before the opportunity existed, and not in the order they happened.
    await aCall(app, tenant, { entity_id: contact.id, call_status: 'busy', started_at: '2025-01-03T10:00:00Z' });
    const first = await aCall(app, tenant, { entity_id: contact.id, call_status: 'no_answer', started_at: '2025-01-01T10:00:00Z' });
    await aCall(app, tenant, { entity_id: contact.id, direction: 'inbound', call_status: 'answered', started_at: '2025-01-02T09:00:00Z' });
    const second = await aCall(app, tenant, { entity_id: contact.id, call_status: 'answered', started_at: '2025-01-02T10:00:00Z' });
    await aCall(app, tenant, { entity_id: contact.id, call_status: 'busy', started_at: '2024-12-01T10:00:00Z' });
    await settled(app, tenant, db);
    const opp = await anOpportunity(app, tenant, { contact_id: contact.id });

    const response = await app.http().post('/api/v1/crm/calls/sync-attempts').set(tenant.auth)
      .send({ since: '2025-01-01T00:00:00Z' }).expect(202);
    expect(response.body).toEqual({ status: 'queued', sync_id: expect.any(String), since: '2025-01-01T00:00:00.000Z' });

    const view = await withAttempts(app, tenant, opp.id, 2);
    // The third call comes after the green second one: the first call was complete by then.
    expect(Object.values(view.first_call_attempts).map((a) => [a.call_id, a.status])).toEqual([
      [first.id, 'orange'], [second.id, 'green'],
    ]);
    expect(view).toMatchObject({ first_call_completed: true, first_call_successful_attempt: 2 });
  });

  it('works through a long history page by page, in call order across pages', async () => {
    const tenant = await aTenant(app);
    const contacts = await Promise.all(Array.from({ length: 21 }, () => aContact(app, tenant)));
    // 105 calls (more than one page), interleaved across contacts and recorded out of call order.
    const calls = contacts.flatMap((contact, k) => [4, 2, 0, 3, 1].map((i) => ({
      contact: contact.id, at: new Date(Date.UTC(2025, 0, 1, 8, i * 21 + k)).toISOString(),
    })));
    for (const call of calls) await aCall(app, tenant, { entity_id: call.contact, call_status: 'no_answer', started_at: call.at });
    await settled(app, tenant, db);
    const opportunities = await Promise.all(contacts.map((contact) => anOpportunity(app, tenant, { contact_id: contact.id })));

    await app.http().post('/api/v1/crm/calls/sync-attempts').set(tenant.auth).send({}).expect(202);

    for (const [k, opp] of opportunities.entries()) {
      const view = await withAttempts(app, tenant, opp.id, 5);
      const expected = [0, 1, 2, 3, 4].map((i) => new Date(Date.UTC(2025, 0, 1, 8, i * 21 + k)).toISOString());
      expect(Object.values(view.first_call_attempts).map((a) => a.attempted_at)).toEqual(expected);
    }
  });

  it('is for admins, and validates since', async () => {
    const tenant = await aTenant(app);
    const agent = await aKey(app, tenant, 'agent');
    await app.http().post('/api/v1/crm/calls/sync-attempts').set(agent.auth).send({}).expect(403);
    await app.http().post('/api/v1/crm/calls/sync-attempts').set(tenant.auth).send({ since: 'last week' }).expect(400);
  });
});
