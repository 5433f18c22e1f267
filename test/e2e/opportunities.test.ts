import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, anOpportunity, aTenant, eventually } from '../support/builders.js';
import { expectProblem } from '../support/problems.js';
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

async function anAdvisorId(tenant: { auth: Record<string, string> }): Promise<string> {
  return (await app.http().post('/api/v1/advisors').set(tenant.auth).send({ name: 'Juan', kind: 'commercial' }).expect(201)).body.id;
}

describe('opportunities and their pipeline stage (1:1:1)', () => {
  it('creates the opportunity with its stage in the default pipeline\'s initial stage', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const response = await app.http().post('/api/v1/crm/opportunities').set(tenant.auth)
      .send({ contact_id: contact.id, opportunity_score: 75, detection_reason: 'Alta probabilidad', priority: 'high' })
      .expect(201);
    const opportunity = response.body;
    expect(opportunity).toMatchObject({
      contact_id: contact.id,
      status: 'pending',
      priority: 'high',
      opportunity_score: 75,
      first_call_attempts: {},
      first_call_completed: false,
      odoo: { sync_status: 'not_configured', lead_id: null },
      version: 1,
      pipeline_stage: { entity_type: 'leads', entity_id: opportunity.id, current_stage: 'agent_initial' },
    });
    expect(opportunity.pipeline_stage_id).toBe(opportunity.pipeline_stage.id);
    const { rows } = await db.query(
      'select s.entity_id, s.current_stage from lead_opportunities o join pipeline_stages s on s.id = o.pipeline_stage_id where o.id = $1',
      [opportunity.id],
    );
    expect(rows).toEqual([{ entity_id: opportunity.id, current_stage: 'agent_initial' }]);
  });

  it('records the creation in the audit log through the outbox and the worker', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const entry = await eventually(async () => {
      const response = await app.http().get('/api/v1/audit-log').query({ entity_type: 'opportunity', entity_id: opportunity.id })
        .set(tenant.auth).expect(200);
      return response.body.data[0];
    });
    expect(entry).toMatchObject({ action: 'created', entity_id: opportunity.id, actor: { type: 'api_key' } });
  });
});

describe('stage moves', () => {
  it('moves within the pipeline, keeps every change in the history and audits it', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const moved = await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth)
      .send({ stage: 'perfilamiento', reason: 'answered the first call' }).expect(200);
    expect(moved.body.pipeline_stage.current_stage).toBe('perfilamiento');
    expect(moved.body.version).toBe(2);
    await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth).send({ stage: 'agendado' }).expect(200);

    const history = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/stage-history`).set(tenant.auth).expect(200);
    expect(history.body).toEqual({
      data: [
        expect.objectContaining({ from_stage: 'perfilamiento', to_stage: 'agendado', reason: null, source: 'api' }),
        expect.objectContaining({ from_stage: 'agent_initial', to_stage: 'perfilamiento', reason: 'answered the first call', source: 'api' }),
        expect.objectContaining({ from_stage: null, to_stage: 'agent_initial', source: 'created' }),
      ],
      next_cursor: null,
    });
    const first = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/stage-history`).query({ limit: 2 }).set(tenant.auth).expect(200);
    expect(first.body.data.map((change: { to_stage: string }) => change.to_stage)).toEqual(['agendado', 'perfilamiento']);
    const rest = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/stage-history`)
      .query({ limit: 2, cursor: first.body.next_cursor }).set(tenant.auth).expect(200);
    expect(rest.body).toEqual({ data: [expect.objectContaining({ to_stage: 'agent_initial' })], next_cursor: null });
    const entry = await eventually(async () => {
      const response = await app.http().get('/api/v1/audit-log').query({ entity_id: opportunity.id }).set(tenant.auth);
      return response.body.data.find((e: { action: string; changes: { stage?: { to: string } } }) =>
        e.action === 'stage_changed' && e.changes.stage?.to === 'agendado');
    });
    expect(entry.changes).toEqual({ stage: { from: 'perfilamiento', to: 'agendado' } });
  });

  it('says what to send: a missing stage is "stage is required", a malformed one says what a key looks like', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const missing = await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth).send({ reason: 'x' });
    expectProblem(missing, 400, 'request.invalid');
    expect(missing.body.errors).toEqual([{ field: 'stage', message: 'stage is required' }]);
    const malformed = await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth).send({ stage: 'Perfilamiento' });
    expectProblem(malformed, 400, 'request.invalid');
    expect(malformed.body.errors).toEqual([
      { field: 'stage', message: 'stage must be a stage key: 1-50 lowercase letters, digits or _ (e.g. perfilamiento)' },
    ]);
  });

  it('refuses a stage of another pipeline with 422 and changes nothing', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const response = await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth)
      .send({ stage: 'comienza_cotizacion' }).expect(422);
    const keys = ['agent_initial', 'perfilamiento', 'calificacion_financiera', 'agendado', 'seguimiento', 'referidos', 'ganado', 'perdido'];
    expect(response.body).toMatchObject({
      status: 422,
      code: 'opportunity.stage_not_in_pipeline',
      detail: `Stage "comienza_cotizacion" is not in this opportunity's pipeline; its stages are ${keys.join(', ')}`,
      stage: 'comienza_cotizacion',
      stages: keys,
    });
    const reread = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    expect(reread.body).toMatchObject({ version: 1, pipeline_stage: { current_stage: 'agent_initial' } });
  });

  it('closes the opportunity as won when it enters the won stage', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const response = await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth)
      .send({ stage: 'ganado' }).expect(200);
    expect(response.body.status).toBe('won');
  });

  it('lists opportunities by current stage and status', async () => {
    const tenant = await aTenant(app);
    const [a, b] = [await anOpportunity(app, tenant), await anOpportunity(app, tenant)];
    await app.http().post(`/api/v1/crm/opportunities/${b.id}/stage`).set(tenant.auth).send({ stage: 'seguimiento' }).expect(200);
    const inStage = await app.http().get('/api/v1/crm/opportunities').query({ stage: 'seguimiento' }).set(tenant.auth).expect(200);
    expect(inStage.body.data.map((o: { id: string }) => o.id)).toEqual([b.id]);
    const pending = await app.http().get('/api/v1/crm/opportunities').query({ status: 'pending' }).set(tenant.auth).expect(200);
    expect(pending.body.data.map((o: { id: string }) => o.id)).toEqual([b.id, a.id]);
  });
});

describe('PATCH rules', () => {
  it('makes a pending opportunity assigned when an advisor is assigned', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const advisorId = await anAdvisorId(tenant);
    const response = await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth)
      .send({ assigned_advisor_id: advisorId, notes: 'call after 5pm' }).expect(200);
    expect(response.body).toMatchObject({ status: 'assigned', notes: 'call after 5pm', version: 2 });
  });

  it('refuses to move a status backwards with 422', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).send({ status: 'qualified' }).expect(200);
    const response = await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth)
      .send({ status: 'pending' }).expect(422);
    expect(response.body.code).toBe('opportunity.invalid_status_transition');
  });

  it('answers 409 to a write based on a stale If-Match version', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).set('If-Match', '1')
      .send({ priority: 'urgent' }).expect(200);
    const stale = await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).set('If-Match', '1')
      .send({ priority: 'low' }).expect(409);
    expect(stale.body.code).toBe('resource.stale_version');
    const reread = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    expect(reread.body).toMatchObject({ priority: 'urgent', version: 2 });
  });

  it('loses no update when many clients change different fields at once', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const advisorId = await anAdvisorId(tenant);
    const patches = [
      { priority: 'urgent' }, { notes: 'n' }, { opportunity_score: 42 }, { treatment_type: 'manual_follow_up' },
      { next_action_at: '2026-12-01T10:00:00-06:00' }, { assigned_advisor_id: advisorId },
    ];
    const responses = await Promise.all(patches.map((patch) =>
      app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).send(patch)));
    expect(responses.map((response) => response.status)).toEqual(patches.map(() => 200));
    const reread = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    expect(reread.body).toMatchObject({
      priority: 'urgent',
      notes: 'n',
      opportunity_score: 42,
      treatment_type: 'manual_follow_up',
      next_action_at: '2026-12-01T16:00:00.000Z',
      assigned_advisor_id: advisorId,
      status: 'assigned',
      version: 1 + patches.length,
    });
  });
});

describe('delete', () => {
  it('takes the pipeline stage and the history with the opportunity', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    await app.http().delete(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(204);
    await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(404);
    const stage = await db.query('select 1 from pipeline_stages where id = $1', [opportunity.pipeline_stage_id]);
    const history = await db.query('select 1 from opportunity_stage_history where opportunity_id = $1', [opportunity.id]);
    expect([stage.rowCount, history.rowCount]).toEqual([0, 0]);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body, creating nothing twice', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const send = () => app.http().post('/api/v1/crm/opportunities').set(tenant.auth).set('Idempotency-Key', 'create-1')
      .send({ contact_id: contact.id, priority: 'high' });
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const listed = await app.http().get('/api/v1/crm/opportunities').query({ contact_id: contact.id }).set(tenant.auth).expect(200);
    expect(listed.body.data).toHaveLength(1);
  });

  it('answers 409 when the same key comes with a different body', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    await app.http().post('/api/v1/crm/opportunities').set(tenant.auth).set('Idempotency-Key', 'k')
      .send({ contact_id: contact.id }).expect(201);
    const response = await app.http().post('/api/v1/crm/opportunities').set(tenant.auth).set('Idempotency-Key', 'k')
      .send({ contact_id: contact.id, priority: 'low' }).expect(409);
    expect(response.body.code).toBe('idempotency.key_reused');
  });

  it('executes once when the same request races itself', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const responses = await Promise.all(Array.from({ length: 6 }, () =>
      app.http().post('/api/v1/crm/opportunities').set(tenant.auth).set('Idempotency-Key', 'race')
        .send({ contact_id: contact.id })));
    const created = responses.filter((response) => response.status === 201);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);
    expect(responses.every((response) => response.status === 201 || response.body.code === 'idempotency.in_progress')).toBe(true);
    const listed = await app.http().get('/api/v1/crm/opportunities').query({ contact_id: contact.id }).set(tenant.auth).expect(200);
    expect(listed.body.data).toHaveLength(1);
  });

  it('keeps keys apart per tenant', async () => {
    const [a, b] = [await aTenant(app), await aTenant(app)];
    const [ca, cb] = [await aContact(app, a), await aContact(app, b)];
    const ra = await app.http().post('/api/v1/crm/opportunities').set(a.auth).set('Idempotency-Key', 'shared').send({ contact_id: ca.id });
    const rb = await app.http().post('/api/v1/crm/opportunities').set(b.auth).set('Idempotency-Key', 'shared').send({ contact_id: cb.id });
    expect([ra.status, rb.status]).toEqual([201, 201]);
    expect(ra.body.id).not.toBe(rb.body.id);
  });

  it('lets a failed request be retried with the same key', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    await app.http().post('/api/v1/crm/opportunities').set(tenant.auth).set('Idempotency-Key', 'retry')
      .send({ contact_id: contact.id, pipeline_id: '0190a8f2-0000-7000-8000-0000000000bb' }).expect(422);
    await app.http().post('/api/v1/crm/opportunities').set(tenant.auth).set('Idempotency-Key', 'retry')
      .send({ contact_id: contact.id, pipeline_id: '0190a8f2-0000-7000-8000-0000000000bb' }).expect(422);
  });
});
