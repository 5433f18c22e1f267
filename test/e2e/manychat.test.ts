import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startApp, type RunningApp } from '../support/app.js';
import { TEST_DATABASE_URL } from '../support/config.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { aKey, aManyChatPipeline, aPhone, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';

let app: RunningApp;
const db = sql();

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
  await db.end();
});

const WEBHOOK = '/api/v1/manychat/webhook';
const EVENTS = '/api/v1/manychat/events';

type Body = Record<string, unknown>;

/** Seed 001's contact example. Its number, +521234567891, has no Mexican area code: a valid one stands in. */
const seedContact = (overrides: Body = {}): Body => ({
  manychat_id: `MC${randomUUID().slice(0, 8)}`,
  nombre_lead: 'Ana',
  apellido_lead: 'García',
  whatsapp: aPhone(),
  datetime_suscripcion: '2025-06-10T10:00:00Z',
  datetime_actual: '2025-06-10T10:05:00Z',
  ultimo_estado: 'Nuevo Lead',
  canal_entrada: 'Facebook',
  estado_inicial: 'Nuevo',
  ...overrides,
});

/** Seed 001's crm-opportunity example with its placeholder strings filled in. */
const seedCrmOpportunity = (manychatId: string, state: Body = {}, overrides: Body = {}): Body => ({
  manychat_id: manychatId,
  first_name: 'Ana',
  last_name: 'García',
  phone: aPhone(),
  channel: 'WhatsApp',
  entry_date: '2025-07-11T17:14:31.220Z',
  medical_advisor_id: 0,
  commercial_advisor_id: 0,
  state: { stage_id: 17, summary: 'Pidió información', date: '2025-07-11T17:14:31.220Z', ...state },
  ...overrides,
});

/** Seed 001's campaign-assignment example. */
const seedAssignment = (manychatId: string, overrides: Body = {}): Body => ({
  manychat_id: manychatId,
  campaign_id: 85,
  comercial_id: '700',
  medico_id: '101',
  datetime_actual: '2025-06-10T10:10:00Z',
  ultimo_estado: 'Asignado a campaña',
  tipo_asignacion: 'medico',
  summary: 'El cliente preguntó por el producto X y mostró interés en agendar una cita.',
  ...overrides,
});

async function send(tenant: TestTenant, type: string, body: Body): Promise<string> {
  const response = await app.http().post(`${WEBHOOK}/${type}`).set(tenant.auth).send(body);
  expect({ status: response.status, body: response.body }).toMatchObject({ status: 202, body: { event_id: expect.any(String) } });
  return response.body.event_id as string;
}

const eventOf = async (tenant: TestTenant, id: string) => (await app.http().get(`${EVENTS}/${id}`).set(tenant.auth).expect(200)).body;

/** Waits until the worker is done with the event, one way or the other. */
const settled = (tenant: TestTenant, id: string, timeoutMs = 15_000) => eventually(async () => {
  const event = await eventOf(tenant, id);
  return event.status === 'processed' || event.status === 'dead' ? event : undefined;
}, timeoutMs);

const contactsOf = async (tenant: TestTenant, manychatId: string) =>
  (await app.http().get('/api/v1/crm/contacts').query({ manychat_id: manychatId }).set(tenant.auth).expect(200)).body.data;

const opportunitiesOf = async (tenant: TestTenant, contactId: string) =>
  (await app.http().get('/api/v1/crm/opportunities').query({ contact_id: contactId }).set(tenant.auth).expect(200)).body.data;


describe('contact webhook', () => {
  it('answers 202 queued, then the worker upserts the contact by manychat_id with a normalised phone', async () => {
    const tenant = await aTenant(app);
    const body = seedContact({ email_lead: 'Ana.Garcia@Example.com', whatsapp: '55 1234 5678' });
    const response = await app.http().post(`${WEBHOOK}/contact`).set(tenant.auth).send(body).expect(202);
    expect(response.body).toEqual({ event_id: expect.any(String), status: 'queued' });

    const event = await settled(tenant, response.body.event_id);
    expect(event).toEqual({
      event_id: response.body.event_id, type: 'contact', status: 'processed', attempts: 1, last_error: null,
      received_at: expect.any(String), processed_at: expect.any(String),
    });
    const [contact] = await contactsOf(tenant, body.manychat_id as string);
    expect(contact).toMatchObject({
      first_name: 'Ana', last_name: 'García', phone: '+525512345678', email: 'ana.garcia@example.com',
      subscribed_at: '2025-06-10T10:00:00.000Z', last_state: 'Nuevo Lead', initial_state: 'Nuevo',
    });

    const update = seedContact({ manychat_id: body.manychat_id, whatsapp: '55 1234 5678', ultimo_estado: 'Calificado', datetime_actual: '2025-06-10T11:00:00Z' });
    await settled(tenant, await send(tenant, 'contact', update));
    const contacts = await contactsOf(tenant, body.manychat_id as string);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ id: contact.id, last_state: 'Calificado', email: 'ana.garcia@example.com' });
  });

  it('adopts a contact an agent created with the same phone instead of duplicating it', async () => {
    const tenant = await aTenant(app);
    const phone = aPhone();
    const created = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).send({ first_name: 'Ana', phone }).expect(201);
    const body = seedContact({ whatsapp: phone });
    await settled(tenant, await send(tenant, 'contact', body));
    const [contact] = await contactsOf(tenant, body.manychat_id as string);
    expect(contact.id).toBe(created.body.id);
  });

  it('a phone another ManyChat contact holds ends the event dead with the conflict named, nothing written', async () => {
    const tenant = await aTenant(app);
    const phone = aPhone();
    await settled(tenant, await send(tenant, 'contact', seedContact({ whatsapp: phone })));
    const other = seedContact({ whatsapp: phone });
    const dead = await settled(tenant, await send(tenant, 'contact', other));
    expect(dead).toMatchObject({ status: 'dead', attempts: 1 });
    expect(dead.last_error).toContain('contact.duplicate');
    expect(await contactsOf(tenant, other.manychat_id as string)).toEqual([]);
  });

  it('refuses the seed\'s own number (+521234567891: no such Mexican area code) with a field error', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post(`${WEBHOOK}/contact`).set(tenant.auth).send(seedContact({ whatsapp: '+521234567891' }));
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'whatsapp', message: expect.stringContaining('not a valid phone number') }]);
  });
});

describe('crm-opportunity webhook', () => {
  it('creates the contact and its opportunity in the stage mapping stage_id, then moves it; a stage it is in is a no-op', async () => {
    const tenant = await aTenant(app);
    const pipeline = await aManyChatPipeline(app, tenant);
    const manychatId = `MC${randomUUID().slice(0, 8)}`;
    const first = await settled(tenant, await send(tenant, 'crm-opportunity', seedCrmOpportunity(manychatId)));
    expect(first.status).toBe('processed');

    const [contact] = await contactsOf(tenant, manychatId);
    expect(contact).toMatchObject({ first_name: 'Ana', last_name: 'García' });
    const [opportunity] = await opportunitiesOf(tenant, contact.id);
    expect(opportunity).toMatchObject({ pipeline_id: pipeline.id, pipeline_stage: { current_stage: 'recien_suscrito_pendiente_ac' } });

    await settled(tenant, await send(tenant, 'crm-opportunity',
      seedCrmOpportunity(manychatId, { stage_id: 19, date: '2025-07-12T09:00:00Z', summary: 'Empieza atención' })));
    await settled(tenant, await send(tenant, 'crm-opportunity',
      seedCrmOpportunity(manychatId, { stage_id: 19, date: '2025-07-12T10:00:00Z', summary: 'Sigue en atención' })));

    const opportunities = await opportunitiesOf(tenant, contact.id);
    expect(opportunities).toHaveLength(1);
    expect(opportunities[0].pipeline_stage.current_stage).toBe('comienza_atencion_comercial');
    const history = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/stage-history`).set(tenant.auth).expect(200);
    expect(history.body.data.map((change: { to_stage: string; source: string; reason: string | null }) => [change.to_stage, change.source, change.reason])).toEqual([
      ['comienza_atencion_comercial', 'manychat', 'Empieza atención'],
      ['recien_suscrito_pendiente_ac', 'manychat', 'Pidió información'],
      ['recien_suscrito_sin_asignar', 'created', null],
    ]);
  });

  it('ends an event whose stage no pipeline maps as dead with a clear last_error, and a replay after the pipeline exists processes it', async () => {
    const tenant = await aTenant(app);
    const manychatId = `MC${randomUUID().slice(0, 8)}`;
    const id = await send(tenant, 'crm-opportunity', seedCrmOpportunity(manychatId, { stage_id: 17 }));
    const dead = await settled(tenant, id);
    expect(dead).toMatchObject({ status: 'dead', attempts: 1, processed_at: null });
    expect(dead.last_error).toContain('pipeline.odoo_stage_unmapped');
    expect(dead.last_error).toContain('Odoo stage 17');
    // The inbox says dead first; the worker writes the dead letter once the job has failed.
    const letter = await eventually(async () =>
      (await db.query(`select id, tenant_id from dead_letters where payload->>'eventId' = $1`, [id])).rows[0]);
    expect(letter.tenant_id).toBe(tenant.id);
    expect(await contactsOf(tenant, manychatId)).toEqual([]); // nothing half-done

    await aManyChatPipeline(app, tenant);
    await app.http().post(`/api/v1/dead-letters/${letter.id}/replay`).set(tenant.auth).expect(202);
    const replayed = await eventually(async () => {
      const event = await eventOf(tenant, id);
      return event.status === 'processed' ? event : undefined;
    });
    expect(replayed).toMatchObject({ status: 'processed', attempts: 2, last_error: null });
    const [contact] = await contactsOf(tenant, manychatId);
    expect((await opportunitiesOf(tenant, contact.id))[0].pipeline_stage.current_stage).toBe('recien_suscrito_pendiente_ac');
  });
});

describe('campaign-assignment webhook', () => {
  it('enrols the contact (created bare if unknown) in the campaign with placeholder advisors, by ManyChat ids', async () => {
    const tenant = await aTenant(app);
    const manychatId = `MC${randomUUID().slice(0, 8)}`;
    const event = await settled(tenant, await send(tenant, 'campaign-assignment', seedAssignment(manychatId)));
    expect(event).toMatchObject({ type: 'campaign-assignment', status: 'processed', attempts: 1 });

    const [contact] = await contactsOf(tenant, manychatId);
    const { rows: [member] } = await db.query(
      `select c.external_id as campaign, c.auto_created, ca.external_id as commercial, ma.external_id as medical,
              m.last_state, m.summary, m.assignment_type, m.assigned_at, m.medical_assignment_date is not null as medical_dated
         from campaign_members m join campaigns c on c.id = m.campaign_id
         left join advisors ca on ca.id = m.commercial_advisor_id left join advisors ma on ma.id = m.medical_advisor_id
        where m.tenant_id = $1 and m.contact_id = $2`, [tenant.id, contact.id]);
    expect(member).toMatchObject({
      campaign: '85', auto_created: true, commercial: '700', medical: '101', last_state: 'Asignado a campaña',
      assignment_type: 'medico', medical_dated: true, summary: expect.stringContaining('producto X'),
    });
    expect(member.assigned_at.toISOString()).toBe('2025-06-10T10:10:00.000Z');
  });
});

describe('ManyChat retries and duplicates', () => {
  it('answers the same event id for the same body (keys in any order) and processes it once', async () => {
    const tenant = await aTenant(app);
    const body = seedContact();
    const first = await send(tenant, 'contact', body);
    await settled(tenant, first);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await app.http().post(`${WEBHOOK}/contact`).set(tenant.auth).send(reordered).expect(202);
    expect(again.body).toEqual({ event_id: first, status: 'processed' });
    const { rows } = await db.query(`select count(*)::int as n, max(duplicates) as duplicates from manychat_inbox where tenant_id = $1`, [tenant.id]);
    expect(rows[0]).toEqual({ n: 1, duplicates: 1 });
    const audit = await db.query(`select count(*)::int as n from outbox_events where aggregate_id = $1`, [first]);
    expect(audit.rows[0].n).toBeLessThanOrEqual(1); // its one delivery event (pruned once published is fine too)
    expect(await contactsOf(tenant, body.manychat_id as string)).toHaveLength(1);
  });

  it('8 concurrent identical posts → one event id, one stored event, one contact', async () => {
    const tenant = await aTenant(app);
    const body = seedContact();
    const responses = await Promise.all(Array.from({ length: 8 }, () =>
      app.http().post(`${WEBHOOK}/contact`).set(tenant.auth).send(body)));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(202));
    const ids = new Set(responses.map((response) => response.body.event_id));
    expect(ids.size).toBe(1);
    const [id] = ids;
    await settled(tenant, id);
    const stored = await db.query(`select count(*)::int as n, max(duplicates) as duplicates from manychat_inbox where tenant_id = $1`, [tenant.id]);
    expect(stored.rows[0]).toEqual({ n: 1, duplicates: 7 });
    expect(await contactsOf(tenant, body.manychat_id as string)).toHaveLength(1);
  });

  it('two different events for one new contact, processed concurrently, create one contact', async () => {
    const tenant = await aTenant(app);
    await aManyChatPipeline(app, tenant);
    const manychatId = `MC${randomUUID().slice(0, 8)}`;
    const contact = seedContact({ manychat_id: manychatId });
    const ids = await Promise.all([
      send(tenant, 'contact', contact),
      send(tenant, 'crm-opportunity', seedCrmOpportunity(manychatId, {}, { phone: contact.whatsapp })),
      send(tenant, 'campaign-assignment', seedAssignment(manychatId)),
    ]);
    for (const id of ids) expect((await settled(tenant, id)).status).toBe('processed');
    expect(await contactsOf(tenant, manychatId)).toHaveLength(1);
  });

  it('an older event arriving after a newer one does not overwrite it (contact fields and stage)', async () => {
    const tenant = await aTenant(app);
    await aManyChatPipeline(app, tenant);
    const manychatId = `MC${randomUUID().slice(0, 8)}`;
    await settled(tenant, await send(tenant, 'contact',
      seedContact({ manychat_id: manychatId, ultimo_estado: 'Cotizando', datetime_actual: '2025-06-12T10:00:00Z' })));
    await settled(tenant, await send(tenant, 'crm-opportunity',
      seedCrmOpportunity(manychatId, { stage_id: 25, date: '2025-06-12T10:00:00Z' }, { first_name: 'Ana María' })));

    const olderContact = await settled(tenant, await send(tenant, 'contact',
      seedContact({ manychat_id: manychatId, ultimo_estado: 'Nuevo Lead', nombre_lead: 'Anita', datetime_actual: '2025-06-10T10:00:00Z' })));
    const olderStage = await settled(tenant, await send(tenant, 'crm-opportunity',
      seedCrmOpportunity(manychatId, { stage_id: 17, date: '2025-06-11T10:00:00Z' })));
    expect([olderContact.status, olderStage.status]).toEqual(['processed', 'processed']);

    const [contact] = await contactsOf(tenant, manychatId);
    expect(contact).toMatchObject({ first_name: 'Ana María', last_state: 'Cotizando' });
    const [opportunity] = await opportunitiesOf(tenant, contact.id);
    expect(opportunity.pipeline_stage.current_stage).toBe('comienza_cotizacion');
  });
});

describe('bad input', () => {
  const cases: Array<[string, string[], Body]> = [
    ['contact', ['manychat_id'], { ...seedContact(), manychat_id: undefined }],
    ['contact', ['datetime_actual', 'email_lead'], seedContact({ datetime_actual: 'yesterday', email_lead: 'not-an-email' })],
    ['contact', ['nombre_lead'], seedContact({ nombre_lead: 42 })],
    ['contact', ['telefono'], seedContact({ telefono: '5512345678' })],
    ['campaign-assignment', ['campaign_id', 'medico_id'], seedAssignment('MC1', { campaign_id: -3, medico_id: { id: 1 } })],
    ['campaign-assignment', ['datetime_actual'], { ...seedAssignment('MC1'), datetime_actual: undefined }],
    ['crm-opportunity', ['state.stage_id'], seedCrmOpportunity('MC1', { stage_id: 'diecisiete' })],
    ['crm-opportunity', ['state'], { ...seedCrmOpportunity('MC1'), state: undefined }],
    ['crm-opportunity', ['state.colour'], seedCrmOpportunity('MC1', { colour: 'red' })],
  ];

  it.each(cases)('%s webhook, bad %j → 400 naming them, nothing stored', async (type, fields, body) => {
    const tenant = await aTenant(app);
    const response = await app.http().post(`${WEBHOOK}/${type}`).set(tenant.auth).send(body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(expect.arrayContaining(fields));
    const stored = await db.query(`select count(*)::int as n from manychat_inbox where tenant_id = $1`, [tenant.id]);
    expect(stored.rows[0].n).toBe(0);
  });

  /** Contract §8: every listed field is required, except the contact's email_lead. */
  const newlyRequired: Array<[string, string, (manychatId: string) => Body]> = [
    ...['apellido_lead', 'whatsapp', 'datetime_suscripcion', 'ultimo_estado', 'canal_entrada', 'estado_inicial']
      .map((field): [string, string, (manychatId: string) => Body] => ['contact', field, (id) => seedContact({ manychat_id: id })]),
    ...['comercial_id', 'medico_id', 'ultimo_estado', 'tipo_asignacion', 'summary']
      .map((field): [string, string, (manychatId: string) => Body] => ['campaign-assignment', field, (id) => seedAssignment(id)]),
    ...['first_name', 'last_name', 'phone', 'channel', 'entry_date', 'medical_advisor_id', 'commercial_advisor_id', 'state.summary']
      .map((field): [string, string, (manychatId: string) => Body] => ['crm-opportunity', field, (id) => seedCrmOpportunity(id)]),
  ];

  it.each(newlyRequired)('%s webhook with %s absent, null or an unresolved merge tag → 400 naming it, nothing stored', async (type, field, seed) => {
    const tenant = await aTenant(app);
    for (const unfilled of [undefined, null, '{{cuf_8146798}}']) {
      const body = seed(`MC${randomUUID().slice(0, 8)}`);
      const [outer, inner] = field.split('.') as [string, string | undefined];
      if (inner) body[outer] = { ...(body[outer] as Body), [inner]: unfilled };
      else body[outer] = unfilled;
      const response = await app.http().post(`${WEBHOOK}/${type}`).set(tenant.auth).send(body);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors).toContainEqual({ field, message: expect.stringContaining('required') });
      expect(new Set(response.body.errors.map((error: { field: string }) => error.field))).toEqual(new Set([field]));
    }
    const stored = await db.query(`select count(*)::int as n from manychat_inbox where tenant_id = $1`, [tenant.id]);
    expect(stored.rows[0].n).toBe(0);
  });

  it('refuses a body that is not a JSON object, and a non-JSON content type', async () => {
    const tenant = await aTenant(app);
    expectProblem(await app.http().post(`${WEBHOOK}/contact`).set(tenant.auth).send([seedContact()]), 400, 'request.invalid');
    expectProblem(await app.http().post(`${WEBHOOK}/contact`).set(tenant.auth).type('form').send('manychat_id=1'), 415, 'request.unsupported_media_type');
  });
});

describe('unresolved merge tags', () => {
  it('a required field holding only a merge tag → 400 naming it', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post(`${WEBHOOK}/contact`).set(tenant.auth)
      .send(seedContact({ manychat_id: '{{user_id}}', datetime_actual: '{{cuf_8146798}}' }));
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual(expect.arrayContaining([
      { field: 'manychat_id', message: expect.stringContaining('merge tag') },
      { field: 'datetime_actual', message: expect.stringContaining('merge tag') },
    ]));
    const nested = await app.http().post(`${WEBHOOK}/crm-opportunity`).set(tenant.auth)
      .send(seedCrmOpportunity('MC1', { stage_id: '${{cuf_123456}}' }));
    expectProblem(nested, 400, 'request.invalid');
    expect(nested.body.errors).toEqual(expect.arrayContaining([{ field: 'state.stage_id', message: expect.stringContaining('merge tag') }]));
  });

  it.each(['{{cuf_123456}}', ' ${{cuf_99}} ', ''])('the one optional field, email_lead, as %j is treated as absent, and the stored event keeps the body as sent', async (unfilled) => {
    const tenant = await aTenant(app);
    const body = seedContact({ email_lead: unfilled });
    const id = await send(tenant, 'contact', body);
    expect((await settled(tenant, id)).status).toBe('processed');
    const [contact] = await contactsOf(tenant, body.manychat_id as string);
    expect(contact).toMatchObject({ email: null, last_name: 'García', initial_state: 'Nuevo', first_name: 'Ana' });
    const { rows: [stored] } = await db.query(`select payload from manychat_inbox where id = $1`, [id]);
    expect(stored.payload.email_lead).toBe(unfilled);
  });
});

describe('access', () => {
  it('a viewer key → 403, no key → 401, an agent key → 202', async () => {
    const tenant = await aTenant(app);
    const viewer = await aKey(app, tenant, 'viewer');
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await app.http().post(`${WEBHOOK}/contact`).set(viewer.auth).send(seedContact()), 403, 'auth.forbidden');
    expectProblem(await app.http().post(`${WEBHOOK}/crm-opportunity`).send(seedCrmOpportunity('MC1')), 401, 'auth.unauthenticated');
    await app.http().post(`${WEBHOOK}/campaign-assignment`).set(agent.auth).send(seedAssignment('MC1')).expect(202);
  });

  it('another tenant\'s event answers 404 like a missing one; a malformed id 400', async () => {
    const owner = await aTenant(app);
    const stranger = await aTenant(app);
    const id = await send(owner, 'contact', seedContact());
    expectProblem(await app.http().get(`${EVENTS}/${id}`).set(stranger.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get(`${EVENTS}/${randomUUID()}`).set(owner.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get(`${EVENTS}/not-a-uuid`).set(owner.auth), 400, 'request.invalid');
    const viewer = await aKey(app, owner, 'viewer');
    await app.http().get(`${EVENTS}/${id}`).set(viewer.auth).expect(200);
  });

  it('the same body from two tenants is two events, each processed in its own tenant', async () => {
    const [first, second] = [await aTenant(app), await aTenant(app)];
    const body = seedContact();
    const ids = [await send(first, 'contact', body), await send(second, 'contact', body)];
    expect(ids[0]).not.toBe(ids[1]);
    await settled(first, ids[0]);
    await settled(second, ids[1]);
    const [a] = await contactsOf(first, body.manychat_id as string);
    const [b] = await contactsOf(second, body.manychat_id as string);
    expect(a.id).not.toBe(b.id);
  });
});

describe('transient failures', () => {
  const flakyId = `MCflaky${randomUUID().slice(0, 8)}`;

  afterAll(async () => {
    await db.query('drop trigger if exists test_flaky_contact on contacts');
    await db.query('drop function if exists test_flaky_contact()');
    await db.query('drop table if exists test_flaky_switch');
  });

  it('a failing dependency makes the event failed (attempts, last_error), then the retry processes it exactly once', async () => {
    // The database refuses this contact's insert until the switch is cleared: an outage as the worker sees it.
    await db.query('create table if not exists test_flaky_switch (on_ boolean)');
    await db.query('insert into test_flaky_switch values (true)');
    await db.query(`create or replace function test_flaky_contact() returns trigger language plpgsql as $$
      begin
        if new.manychat_id = '${flakyId}' and exists (select 1 from test_flaky_switch) then
          raise exception 'injected outage' using errcode = '08006';
        end if;
        return new;
      end $$`);
    await db.query('drop trigger if exists test_flaky_contact on contacts');
    await db.query('create trigger test_flaky_contact before insert on contacts for each row execute function test_flaky_contact()');

    const tenant = await aTenant(app);
    const id = await send(tenant, 'contact', seedContact({ manychat_id: flakyId }));
    const failed = await eventually(async () => {
      const event = await eventOf(tenant, id);
      return event.status === 'failed' ? event : undefined;
    });
    expect(failed).toMatchObject({ attempts: 1, processed_at: null });
    expect(failed.last_error).toContain('08006');
    expect(failed.last_error).not.toContain(flakyId); // no SQL parameters leak
    await db.query('delete from test_flaky_switch');

    const processed = await eventually(async () => {
      const event = await eventOf(tenant, id);
      return event.status === 'processed' ? event : undefined;
    });
    expect(processed).toMatchObject({ attempts: 2, last_error: null });
    expect(await contactsOf(tenant, flakyId)).toHaveLength(1);
    const created = () => db.query(`select count(*)::int as n from audit_log where tenant_id = $1 and action = 'created' and entity_type = 'contact'`, [tenant.id]);
    await eventually(async () => ((await created()).rows[0].n > 0 ? true : undefined));
    expect((await created()).rows[0].n).toBe(1);
  });

  it('a failure that outlasts EVENT_MAX_ATTEMPTS (3 here) ends dead with every attempt counted and a dead letter', async () => {
    await db.query('insert into test_flaky_switch values (true)');
    const tenant = await aTenant(app);
    const id = await send(tenant, 'contact', seedContact({ manychat_id: flakyId }));
    const dead = await settled(tenant, id, 20_000);
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, processed_at: null });
    expect(dead.last_error).toContain('08006');
    // The inbox says dead first; the worker writes the dead letter once the job has failed.
    const letters = await eventually(async () => {
      const { rows } = await db.query(`select attempts from dead_letters where payload->>'eventId' = $1`, [id]);
      return rows.length > 0 ? rows : undefined;
    });
    expect(letters).toEqual([{ attempts: 3 }]);
    expect(await contactsOf(tenant, flakyId)).toEqual([]);
  }, 30_000);
});

describe('accepting while the database is down', () => {
  const database = new URL(TEST_DATABASE_URL);
  const proxy = new TcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
  let cut: RunningApp;

  afterAll(async () => {
    await cut?.close();
    await proxy.stop();
  });

  it('answers 503 (so ManyChat retries) instead of a 202 for an event it could not store; the retry is stored and processed', async () => {
    const viaProxy = new URL(TEST_DATABASE_URL);
    viaProxy.port = String(await proxy.start());
    cut = await startApp({ env: { DATABASE_URL: viaProxy.toString() }, worker: false });
    const tenant = await aTenant(cut);
    const body = seedContact();
    await proxy.stop();
    const refused = await cut.http().post(`${WEBHOOK}/contact`).set(tenant.auth).send(body);
    expectProblem(refused, 503, 'dependency.unavailable');

    await proxy.start();
    const accepted = await cut.http().post(`${WEBHOOK}/contact`).set(tenant.auth).send(body).expect(202);
    // The main app's worker serves every tenant, this one included.
    expect((await settled(tenant, accepted.body.event_id)).status).toBe('processed');
    expect(await contactsOf(tenant, body.manychat_id as string)).toHaveLength(1);
  }, 30_000);
});
