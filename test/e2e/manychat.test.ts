import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startApp, type RunningApp } from '../support/app.js';
import { aKey, aPhone, aTenant, eventually, type TestTenant } from '../support/builders.js';
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

const aManyChatPipeline = async (tenant: TestTenant) =>
  (await app.http().post('/api/v1/pipelines').set(tenant.auth).send({ name: 'ManyChat', template: 'manychat_odoo' }).expect(201)).body;

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
    const pipeline = await aManyChatPipeline(tenant);
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
    expect(history.body.map((change: { to_stage: string; source: string; reason: string | null }) => [change.to_stage, change.source, change.reason])).toEqual([
      ['recien_suscrito_sin_asignar', 'created', null],
      ['recien_suscrito_pendiente_ac', 'manychat', 'Pidió información'],
      ['comienza_atencion_comercial', 'manychat', 'Empieza atención'],
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
    const { rows: [letter] } = await db.query(`select id, tenant_id from dead_letters where payload->>'eventId' = $1`, [id]);
    expect(letter.tenant_id).toBe(tenant.id);
    expect(await contactsOf(tenant, manychatId)).toEqual([]); // nothing half-done

    await aManyChatPipeline(tenant);
    // The README's replay statements (the dead-letter replay endpoint does the same).
    await db.query(`delete from processed_events where event_id = $1`, [id]);
    await db.query(`update outbox_events set published_at = null where id = $1`, [id]);
    await db.query(`update dead_letters set replayed_at = now() where id = $1`, [letter.id]);
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
  it('validates and stores the seed example', async () => {
    const tenant = await aTenant(app);
    const id = await send(tenant, 'campaign-assignment', seedAssignment('MC99999'));
    expect((await eventOf(tenant, id)).type).toBe('campaign-assignment');
  });
});
