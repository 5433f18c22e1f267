import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aKey, anOpportunity, aTenant, eventually } from '../support/builders.js';
import {
  anOdooTenant, connectOdoo, eventuallyOdoo, leadsOf, odooOf,
} from '../support/odoo-tenant.js';
import { expectProblem } from '../support/problems.js';
import { OdooStandIn, SEED_001_STAGES } from '../support/stand-ins/odoo.js';

/** PUT /api/v1/integrations/odoo checks the connection live before storing it; resync queues syncs again. */
let app: RunningApp;
const standIns: OdooStandIn[] = [];

beforeAll(async () => {
  app = await startApp({ env: { ODOO_TIMEOUT_MS: '1000' } });
});

afterAll(async () => {
  await app.close();
  await Promise.all(standIns.map((odoo) => odoo.stop()));
});

/** The opportunity's creation event has reached the subscribers (its audit entry exists). */
async function delivered(tenant: { auth: Record<string, string> }, opportunityId: string) {
  await eventually(async () =>
    (await app.http().get('/api/v1/audit-log').query({ entity_id: opportunityId }).set(tenant.auth).expect(200)).body.data[0]);
}

async function integrationsOf(tenant: { auth: Record<string, string> }) {
  return (await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200)).body.data as Array<{ provider: string }>;
}

describe('PUT /api/v1/integrations/odoo', () => {
  it('logs in, checks the mapped stages, stores the connection and answers with the key masked', async () => {
    const { tenant, odoo } = await anOdooTenant(app, standIns, { connect: false });

    const response = await connectOdoo(app, tenant, odoo).expect(200);

    expect(response.body).toEqual({
      provider: 'odoo',
      settings: { url: odoo.url, db: odoo.db, username: odoo.username },
      secrets: { api_key: `••••${odoo.apiKey.slice(-4)}` },
      updated_at: expect.any(String),
      stages: SEED_001_STAGES.map(([id, name]) => ({ id, name })),
    });
    expect(JSON.stringify(response.body)).not.toContain(odoo.apiKey);
    expect(await integrationsOf(tenant)).toEqual([expect.objectContaining({ provider: 'odoo' })]);
    expect(odoo.calls.map((call) => `${call.service}.${call.method}`)).toEqual(['common.authenticate', 'object.execute_kw']);
  });

  it('refuses credentials Odoo rejects with a clear 422 and stores nothing', async () => {
    const { tenant, odoo } = await anOdooTenant(app, standIns, { connect: false });

    const response = await connectOdoo(app, tenant, odoo, { api_key: 'not-the-key' });

    expectProblem(response, 422, 'odoo.auth_failed');
    expect(response.body.detail).toContain(`Odoo refused the login "${odoo.username}" on database "${odoo.db}"`);
    expect(await integrationsOf(tenant)).toEqual([]);
  });

  it('names the Odoo stage ids the tenant\'s pipelines map but the database lacks', async () => {
    const { tenant, odoo } = await anOdooTenant(app, standIns, { connect: false });
    odoo.removeStage(25);
    odoo.removeStage(26);

    const response = await connectOdoo(app, tenant, odoo);

    expectProblem(response, 422, 'odoo.stages_missing');
    expect(response.body.missing_stage_ids).toEqual([25, 26]);
    expect(response.body.detail).toContain('25, 26');
    expect(await integrationsOf(tenant)).toEqual([]);
  });

  it('answers 503 when Odoo cannot be reached', async () => {
    const { tenant, odoo } = await anOdooTenant(app, standIns, { connect: false });
    const response = await connectOdoo(app, tenant, odoo, { url: 'http://127.0.0.1:9' });
    expectProblem(response, 503, 'odoo.unavailable');
    expect(response.body.detail).toContain('could not be reached');
  });

  it('answers 503 when Odoo does not answer in time', async () => {
    const { tenant, odoo } = await anOdooTenant(app, standIns, { connect: false });
    odoo.failNext(1, { kind: 'delay', ms: 1500 });
    expectProblem(await connectOdoo(app, tenant, odoo), 503, 'odoo.unavailable');
  });

  it('refuses a bad body with field errors', async () => {
    const { tenant, odoo } = await anOdooTenant(app, standIns, { connect: false });
    const response = await app.http().put('/api/v1/integrations/odoo').set(tenant.auth)
      .send({ url: 'not a url', db: '', username: odoo.username, password: 'x' });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map((error: { field: string }) => error.field).sort())
      .toEqual(expect.arrayContaining(['api_key', 'db', 'password', 'url']));
    expect(odoo.calls).toEqual([]);
  });

  it('is for admins only', async () => {
    const { tenant, odoo } = await anOdooTenant(app, standIns, { connect: false });
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await connectOdoo(app, { ...tenant, auth: agent.auth }, odoo), 403, 'auth.forbidden');
    expect(odoo.calls).toEqual([]);
  });
});

describe('POST /api/v1/integrations/odoo/resync', () => {
  it('mirrors opportunities that existed before the connection, and only those in a pipeline with Odoo stages', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns, { connect: false });
    const mirrored = await anOpportunity(app, tenant, { pipeline_id: pipelineId });
    const notMirrored = await anOpportunity(app, tenant); // default sales pipeline
    await delivered(tenant, mirrored.id);
    await connectOdoo(app, tenant, odoo).expect(200);
    expect(await odooOf(app, tenant, mirrored.id)).toMatchObject({ sync_status: 'not_configured' });

    const response = await app.http().post('/api/v1/integrations/odoo/resync').set(tenant.auth).send({}).expect(202);

    expect(response.body).toEqual({ queued: [mirrored.id], skipped: [] });
    const synced = await eventuallyOdoo(app, tenant, mirrored.id, 'success');
    expect(leadsOf(odoo, mirrored.id)).toEqual([expect.objectContaining({ id: synced.lead_id, stage_id: 16 })]);
    expect(await odooOf(app, tenant, notMirrored.id)).toMatchObject({ sync_status: 'not_configured' });
  });

  it('writes named opportunities again even when nothing changed, and reports the unmirrored ones as skipped', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns);
    const mirrored = await anOpportunity(app, tenant, { pipeline_id: pipelineId });
    const notMirrored = await anOpportunity(app, tenant);
    await eventuallyOdoo(app, tenant, mirrored.id, 'success');
    expect(odoo.callsTo('crm.lead', 'write')).toHaveLength(0);

    const response = await app.http().post('/api/v1/integrations/odoo/resync').set(tenant.auth)
      .send({ opportunity_ids: [mirrored.id, notMirrored.id] }).expect(202);

    expect(response.body).toEqual({ queued: [mirrored.id], skipped: [notMirrored.id] });
    await eventuallyOdoo(app, tenant, mirrored.id, 'success', () => odoo.callsTo('crm.lead', 'write').length === 1);
    expect(leadsOf(odoo, mirrored.id)).toHaveLength(1);
  });

  it('creates one lead when several resyncs of a new opportunity run at once', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns, { connect: false });
    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipelineId });
    await delivered(tenant, opportunity.id);
    await connectOdoo(app, tenant, odoo).expect(200);

    await Promise.all([1, 2, 3, 4].map(() => app.http().post('/api/v1/integrations/odoo/resync').set(tenant.auth)
      .send({ opportunity_ids: [opportunity.id] }).expect(202)));

    await eventuallyOdoo(app, tenant, opportunity.id, 'success', () => odoo.callsTo('crm.lead', 'write').length === 3);
    expect(leadsOf(odoo, opportunity.id)).toHaveLength(1);
    expect(odoo.callsTo('crm.lead', 'create')).toHaveLength(1);
  });

  it('refuses unknown and other tenants\' opportunity ids alike, naming them', async () => {
    const { tenant, odoo } = await anOdooTenant(app, standIns);
    const stranger = await anOdooTenant(app, standIns);
    const foreign = await anOpportunity(app, stranger.tenant, { pipeline_id: stranger.pipelineId });
    const unknown = '0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b';

    const response = await app.http().post('/api/v1/integrations/odoo/resync').set(tenant.auth)
      .send({ opportunity_ids: [foreign.id, unknown] });

    expectProblem(response, 422, 'odoo.unknown_opportunities');
    expect(response.body.unknown_opportunity_ids).toEqual([foreign.id, unknown]);
    expect(odoo.callsTo('crm.lead')).toEqual([]);
  });

  it('needs a connection, a valid body and an admin key', async () => {
    const tenant = await aTenant(app);
    expectProblem(await app.http().post('/api/v1/integrations/odoo/resync').set(tenant.auth).send({}), 422, 'odoo.not_configured');
    expectProblem(
      await app.http().post('/api/v1/integrations/odoo/resync').set(tenant.auth).send({ opportunity_ids: ['nope'] }),
      400, 'request.invalid',
    );
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await app.http().post('/api/v1/integrations/odoo/resync').set(agent.auth).send({}), 403, 'auth.forbidden');
  });
});
