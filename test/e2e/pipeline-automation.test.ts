import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aKey, anOpportunity, aTenant, type TestTenant } from '../support/builders.js';
import { expectProblem } from '../support/problems.js';
import { aCall } from '../support/telephony.js';

/** Seed 004's /api/v1/pipeline routes and the stage rules (contract §11), over HTTP. */
let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

const FIRST_CALL = { '==': [{ var: 'first_call_completed' }, true] };

async function defaultPipeline(tenant: TestTenant) {
  const list = await app.http().get('/api/v1/pipelines').set(tenant.auth).expect(200);
  return list.body.data.find((pipeline: { is_default: boolean }) => pipeline.is_default) as {
    id: string; stages: { key: string; name: string; kind: string; auto_advance: unknown; [field: string]: unknown }[];
  };
}

/** The default pipeline with `rules` merged into its stages. */
async function withRules(tenant: TestTenant, rules: Record<string, Record<string, unknown>>) {
  const pipeline = await defaultPipeline(tenant);
  const stages = pipeline.stages.map(({ key, name, kind }) => ({ key, name, kind, ...rules[key] }));
  return app.http().patch(`/api/v1/pipelines/${pipeline.id}`).set(tenant.auth).send({ stages });
}

/** The same, which must succeed. */
async function setRules(tenant: TestTenant, rules: Record<string, Record<string, unknown>>) {
  const response = await withRules(tenant, rules);
  expect(response.status).toBe(200);
}

describe('stage rules', () => {
  it('are kept on the pipeline and shown on the next read', async () => {
    const tenant = await aTenant(app);
    await setRules(tenant, {
      agent_initial: { probability: 5, rotting_days: 2, auto_advance: { when: FIRST_CALL } },
      agendado: { probability: 50, score_multiplier: 1.2, auto_advance: { when: { '>=': [{ var: 'score' }, 80] }, to: 'ganado' } },
    });

    const stages = (await defaultPipeline(tenant)).stages;
    expect(stages[0]).toMatchObject({ key: 'agent_initial', probability: 5, rotting_days: 2, score_multiplier: 1, auto_advance: { when: FIRST_CALL, to: null } });
    expect(stages.find((stage) => stage.key === 'agendado')).toMatchObject({ probability: 50, score_multiplier: 1.2, auto_advance: { to: 'ganado' } });
    expect(stages[1]).toMatchObject({ probability: null, rotting_days: null, score_multiplier: 1, auto_advance: null });
  });

  it('refuse an unknown target stage and JsonLogic that does not parse (422), bad numbers (400)', async () => {
    const tenant = await aTenant(app);
    expectProblem(await withRules(tenant, { agent_initial: { auto_advance: { when: FIRST_CALL, to: 'demo' } } }), 422, 'pipeline.rule_invalid');
    const unparsable = await withRules(tenant, { agent_initial: { auto_advance: { when: { frobnicate: [1] } } } });
    expectProblem(unparsable, 422, 'pipeline.rule_invalid');
    expect(unparsable.body.detail).toMatch(/unknown operator "frobnicate"/);
    expectProblem(await withRules(tenant, { agent_initial: { auto_advance: { when: FIRST_CALL, to: 'perdido' } } }), 422, 'pipeline.rule_invalid');
    expectProblem(await withRules(tenant, { agent_initial: { probability: 120 } }), 400, 'request.invalid');
    expectProblem(await withRules(tenant, { agent_initial: { score_multiplier: -1 } }), 400, 'request.invalid');
    expectProblem(await withRules(tenant, { agent_initial: { auto_advance: { when: 'yes' } } }), 400, 'request.invalid');
    expect((await defaultPipeline(tenant)).stages[0]).toMatchObject({ auto_advance: null, probability: null });
  });
});

describe('auto-advance', () => {
  it('runs by itself after a call attempt: an answered first call moves the lead on, recorded as auto_advance', async () => {
    const tenant = await aTenant(app);
    await setRules(tenant, { agent_initial: { auto_advance: { when: FIRST_CALL } } });
    const lead = await anOpportunity(app, tenant);

    await aCall(app, tenant, { entity_id: lead.contact_id, call_status: 'no_answer' });
    await waitForQuiescence(app);
    expect((await app.http().get(`/api/v1/crm/opportunities/${lead.id}`).set(tenant.auth)).body.pipeline_stage.current_stage).toBe('agent_initial');

    await aCall(app, tenant, { entity_id: lead.contact_id, call_status: 'answered' });
    await waitForQuiescence(app);
    const history = await app.http().get(`/api/v1/crm/opportunities/${lead.id}/stage-history`).set(tenant.auth).expect(200);
    expect(history.body.data[0]).toMatchObject({ from_stage: 'agent_initial', to_stage: 'perfilamiento', source: 'auto_advance' });
  });

  it('on request answers what it did: nothing while the rule does not hold, or without a rule', async () => {
    const tenant = await aTenant(app);
    await setRules(tenant, { agent_initial: { auto_advance: { when: FIRST_CALL } } });
    const lead = await anOpportunity(app, tenant);

    const stay = await app.http().post(`/api/v1/pipeline/leads/${lead.id}/auto-advance`).set(tenant.auth).expect(200);
    expect(stay.body).toEqual({ moved: false, from_stage: 'agent_initial', to_stage: null, rule: { when: FIRST_CALL, to: null } });

    await app.http().post(`/api/v1/pipeline/leads/${lead.id}/move-stage`).set(tenant.auth).send({ stage: 'agendado' }).expect(200);
    const none = await app.http().post(`/api/v1/pipeline/leads/${lead.id}/auto-advance`).set(tenant.auth).expect(200);
    expect(none.body).toEqual({ moved: false, from_stage: 'agendado', to_stage: null, rule: null });
  });

  it("moves when the rule holds; another tenant's lead is 404, a viewer may not ask", async () => {
    const tenant = await aTenant(app);
    await setRules(tenant, { agent_initial: { auto_advance: { when: { '==': [{ var: 'priority' }, 'urgent'] }, to: 'agendado' } } });
    // Created medium: the evaluation after its first scoring leaves it where it is; then made urgent.
    const lead = await anOpportunity(app, tenant, { priority: 'medium' });
    await waitForQuiescence(app);
    await app.http().patch(`/api/v1/crm/opportunities/${lead.id}`).set(tenant.auth).send({ priority: 'urgent' }).expect(200);
    const other = await aTenant(app);
    expectProblem(await app.http().post(`/api/v1/pipeline/leads/${lead.id}/auto-advance`).set(other.auth), 404, 'resource.not_found');
    const viewer = await aKey(app, tenant, 'viewer');
    expectProblem(await app.http().post(`/api/v1/pipeline/leads/${lead.id}/auto-advance`).set(viewer.auth), 403, 'auth.forbidden');

    const moved = await app.http().post(`/api/v1/pipeline/leads/${lead.id}/auto-advance`).set(tenant.auth).expect(200);
    expect(moved.body).toMatchObject({ moved: true, from_stage: 'agent_initial', to_stage: 'agendado' });
  });
});

describe('pipeline routes', () => {
  it('move-stage moves like the opportunity route: 422 for a stage not in the pipeline, 404 for another tenant', async () => {
    const tenant = await aTenant(app);
    const lead = await anOpportunity(app, tenant);
    const moved = await app.http().post(`/api/v1/pipeline/leads/${lead.id}/move-stage`).set(tenant.auth)
      .send({ stage: 'perfilamiento', reason: 'Respondió' }).expect(200);
    expect(moved.body.pipeline_stage.current_stage).toBe('perfilamiento');
    expectProblem(await app.http().post(`/api/v1/pipeline/leads/${lead.id}/move-stage`).set(tenant.auth).send({ stage: 'demo' }), 422, 'opportunity.stage_not_in_pipeline');
    const other = await aTenant(app);
    expectProblem(await app.http().post(`/api/v1/pipeline/leads/${lead.id}/move-stage`).set(other.auth).send({ stage: 'agendado' }), 404, 'resource.not_found');
  });

  it('lists leads by stage and inactive leads with their times, and answers the metrics (a viewer may read them)', async () => {
    const tenant = await aTenant(app);
    const [first, second] = [await anOpportunity(app, tenant), await anOpportunity(app, tenant)];
    const viewer = await aKey(app, tenant, 'viewer');

    const leads = await app.http().get('/api/v1/pipeline/stages/agent_initial/leads?limit=1').set(viewer.auth).expect(200);
    expect(leads.body.data).toEqual([expect.objectContaining({ id: first.id, idle_seconds: expect.any(Number), time_in_stage_seconds: expect.any(Number) })]);
    const next = await app.http().get(`/api/v1/pipeline/stages/agent_initial/leads?limit=1&cursor=${leads.body.next_cursor}`).set(tenant.auth).expect(200);
    expect(next.body).toEqual({ data: [expect.objectContaining({ id: second.id })], next_cursor: null });

    const idle = await app.http().get('/api/v1/pipeline/stages/agent_initial/inactive').set(tenant.auth).expect(200);
    expect(idle.body).toEqual({ data: [], next_cursor: null });

    const metrics = await app.http().get('/api/v1/pipeline/metrics').set(viewer.auth).expect(200);
    expect(metrics.body).toMatchObject({ open: 2, won: 0, lost: 0, win_rate: null });
    expect(metrics.body.stages[0]).toMatchObject({ key: 'agent_initial', count: 2, entered: 2, advanced: 0, conversion_rate: 0, inactive: 0 });
  });

  it('refuses bad input with a 4xx problem, and another tenant\'s pipeline is 404', async () => {
    const tenant = await aTenant(app);
    const other = await aTenant(app);
    const theirs = await defaultPipeline(other);
    const get = (path: string) => app.http().get(path).set(tenant.auth);
    expectProblem(await get('/api/v1/pipeline/stages/Not%20A%20Key/leads'), 400, 'request.invalid');
    expectProblem(await get('/api/v1/pipeline/stages/demo/leads'), 404, 'resource.not_found');
    expectProblem(await get('/api/v1/pipeline/stages/agent_initial/inactive?days=0'), 400, 'request.invalid');
    expectProblem(await get('/api/v1/pipeline/stages/agent_initial/inactive?days=soon'), 400, 'request.invalid');
    expectProblem(await get('/api/v1/pipeline/stages/agent_initial/leads?pipeline_id=nope'), 400, 'request.invalid');
    expectProblem(await get(`/api/v1/pipeline/stages/agent_initial/leads?pipeline_id=${theirs.id}`), 404, 'resource.not_found');
    expectProblem(await get(`/api/v1/pipeline/metrics?pipeline_id=${theirs.id}`), 404, 'resource.not_found');
    expectProblem(await get(`/api/v1/pipeline/metrics?pipeline_id=${randomUUID()}`), 404, 'resource.not_found');
    expectProblem(await get('/api/v1/pipeline/metrics?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z'), 400, 'request.invalid');
    expectProblem(await get('/api/v1/pipeline/metrics?from=yesterday'), 400, 'request.invalid');
    expectProblem(await get('/api/v1/pipeline/stages/agent_initial/leads?cursor=x'), 400, 'request.invalid');
    expectProblem(await app.http().post('/api/v1/pipeline/leads/nope/auto-advance').set(tenant.auth), 400, 'request.invalid');
  });
});
