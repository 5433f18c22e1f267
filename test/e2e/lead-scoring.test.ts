import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aKey, anOpportunity, aTenant, type TestTenant } from '../support/builders.js';
import { expectProblem } from '../support/problems.js';
import { aCall } from '../support/telephony.js';

/** Lead scoring over HTTP (contract §12): the model, the score on every opportunity, recompute, list filters. */
let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

const opportunity = async (tenant: TestTenant, id: string) => (await app.http().get(`/api/v1/crm/opportunities/${id}`).set(tenant.auth).expect(200)).body;

describe('the scoring model', () => {
  it('ships a default (version 1); an admin replaces it (version 2) and every lead is rescored with it', async () => {
    const tenant = await aTenant(app);
    const lead = await anOpportunity(app, tenant, { opportunity_score: 60 });
    await waitForQuiescence(app);
    const model = await app.http().get('/api/v1/scoring/model').set(tenant.auth).expect(200);
    expect(model.body).toMatchObject({ base_weight: 0.5, version: 1 });
    expect(model.body.rules.map((rule: { name: string }) => rule.name)).toEqual([
      'first_call_completed', 'answered_calls', 'unanswered_attempts', 'replies', 'meeting_booked', 'known_budget',
      'timeline_within_3_months', 'stale_lead',
    ]);
    expect((await opportunity(tenant, lead.id)).lead_score).toMatchObject({ value: 30, base: 30, multiplier: 1, model_version: 1 });

    const replaced = await app.http().put('/api/v1/scoring/model').set(tenant.auth)
      .send({ base_weight: 1, rules: [{ name: 'urgent', when: { '==': [{ var: 'priority' }, 'urgent'] }, points: 5 }] }).expect(200);
    expect(replaced.body).toMatchObject({ base_weight: 1, version: 2 });
    await waitForQuiescence(app);

    expect((await opportunity(tenant, lead.id)).lead_score).toMatchObject({ value: 60, model_version: 2 });
    const breakdown = await app.http().get(`/api/v1/crm/opportunities/${lead.id}/score`).set(tenant.auth).expect(200);
    expect(breakdown.body).toMatchObject({ opportunity_id: lead.id, value: 60, base: 60, components: [{ rule: 'stage_score', points: 0 }] });
  });

  it('refuses a bad model (422 or 400) and a key below admin (403); another tenant keeps its own', async () => {
    const tenant = await aTenant(app);
    const put = (body: object, auth = tenant.auth) => app.http().put('/api/v1/scoring/model').set(auth).send(body);
    expectProblem(await put({ base_weight: 0.5, rules: [{ name: 'x', when: { frobnicate: [1] }, points: 5 }] }), 422, 'scoring.model_invalid');
    expectProblem(await put({ base_weight: 0.5, rules: [{ name: 'x', when: { '!!': [1] }, points: 5 }, { name: 'x', when: { '!!': [1] }, points: 1 }] }), 422, 'scoring.model_invalid');
    expectProblem(await put({ base_weight: 0.5, rules: [{ name: 'x', when: true, points: 5 }] }), 400, 'request.invalid');
    expectProblem(await put({ base_weight: 2, rules: [] }), 400, 'request.invalid');
    expectProblem(await put({ base_weight: 0.5, rules: [{ name: 'Bad Name', when: { '!!': [1] }, points: 5 }] }), 400, 'request.invalid');
    expectProblem(await put({ base_weight: 0.5, rules: [{ name: 'x', when: { '!!': [1] }, points: 500 }] }), 400, 'request.invalid');
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await put({ base_weight: 0.5, rules: [] }, agent.auth), 403, 'auth.forbidden');
    expectProblem(await app.http().post('/api/v1/scoring/recompute').set(agent.auth), 403, 'auth.forbidden');

    await put({ base_weight: 1, rules: [] }).expect(200);
    const other = await aTenant(app);
    expect((await app.http().get('/api/v1/scoring/model').set(other.auth).expect(200)).body).toMatchObject({ base_weight: 0.5, version: 1 });
  });
});

describe('the score', () => {
  it('is recomputed when an input changes: the detection score, a call attempt, the stage and its multiplier', async () => {
    const tenant = await aTenant(app);
    const lead = await anOpportunity(app, tenant, { opportunity_score: 40 });
    await waitForQuiescence(app);
    await app.http().patch(`/api/v1/crm/opportunities/${lead.id}`).set(tenant.auth).send({ opportunity_score: 80 }).expect(200);
    await waitForQuiescence(app);
    expect((await opportunity(tenant, lead.id)).lead_score.value).toBe(40);

    await aCall(app, tenant, { entity_id: lead.contact_id, call_status: 'answered' });
    await waitForQuiescence(app);
    expect((await opportunity(tenant, lead.id)).lead_score).toMatchObject({ value: 55, components: [{ rule: 'first_call_completed', points: 15 }, { rule: 'stage_score', points: 0 }] });

    const pipeline = (await app.http().get('/api/v1/pipelines').set(tenant.auth)).body.data[0];
    await app.http().patch(`/api/v1/pipelines/${pipeline.id}`).set(tenant.auth).send({
      stages: pipeline.stages.map(({ key, name, kind }: { key: string; name: string; kind: string }) => ({ key, name, kind, ...(key === 'agendado' ? { score_multiplier: 1.2 } : {}) })),
    }).expect(200);
    await app.http().post(`/api/v1/crm/opportunities/${lead.id}/stage`).set(tenant.auth).send({ stage: 'agendado' }).expect(200);
    await waitForQuiescence(app);
    expect((await opportunity(tenant, lead.id)).lead_score).toMatchObject({ value: 66, multiplier: 1.2 });

    const audit = await app.http().get(`/api/v1/audit-log?entity_id=${lead.id}`).set(tenant.auth).expect(200);
    expect(audit.body.data.filter((entry: { action: string }) => entry.action === 'score_changed').map((entry: { changes: object }) => entry.changes))
      .toEqual([{ lead_score: { from: 55, to: 66 } }, { lead_score: { from: 40, to: 55 } }, { lead_score: { from: 20, to: 40 } }, { lead_score: { from: null, to: 20 } }]);
  });

  it('filters and sorts the opportunity list by lead score', async () => {
    const tenant = await aTenant(app);
    const [low, high, mid] = [await anOpportunity(app, tenant, { opportunity_score: 20 }), await anOpportunity(app, tenant, { opportunity_score: 90 }), await anOpportunity(app, tenant, { opportunity_score: 60 })];
    await waitForQuiescence(app);
    const list = async (query: string) =>
      (await app.http().get(`/api/v1/crm/opportunities?${query}`).set(tenant.auth).expect(200)).body as { data: { id: string }[]; next_cursor: string | null };

    expect((await list('sort=-lead_score')).data.map((o) => o.id)).toEqual([high.id, mid.id, low.id]);
    expect((await list('min_score=20&max_score=30')).data.map((o) => o.id)).toEqual([mid.id]);
    const first = await list('sort=-lead_score&limit=2');
    expect(first.data.map((o) => o.id)).toEqual([high.id, mid.id]);
    expect((await list(`sort=-lead_score&limit=2&cursor=${first.next_cursor}`)).data.map((o) => o.id)).toEqual([low.id]);
    expectProblem(await app.http().get('/api/v1/crm/opportunities?min_score=101').set(tenant.auth), 400, 'request.invalid');
    expectProblem(await app.http().get('/api/v1/crm/opportunities?sort=lead_score').set(tenant.auth), 400, 'request.invalid');
  });
});

describe('recompute', () => {
  it('answers 202 with its progress, completes, and is not found from another tenant', async () => {
    const tenant = await aTenant(app);
    await anOpportunity(app, tenant);
    await anOpportunity(app, tenant);
    const started = await app.http().post('/api/v1/scoring/recompute').set(tenant.auth).expect(202);
    expect(started.body).toMatchObject({ status: 'queued', total: 2, processed: 0, model_version: 1 });
    await waitForQuiescence(app);

    const status = await app.http().get(`/api/v1/scoring/recompute/${started.body.id}`).set(tenant.auth).expect(200);
    expect(status.body).toMatchObject({ status: 'completed', total: 2, processed: 2 });
    const other = await aTenant(app);
    expectProblem(await app.http().get(`/api/v1/scoring/recompute/${started.body.id}`).set(other.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get(`/api/v1/scoring/recompute/${randomUUID()}`).set(tenant.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get('/api/v1/scoring/recompute/nope').set(tenant.auth), 400, 'request.invalid');
  });

  it("answers another tenant's opportunity score as not found", async () => {
    const tenant = await aTenant(app);
    const lead = await anOpportunity(app, tenant);
    const other = await aTenant(app);
    expectProblem(await app.http().get(`/api/v1/crm/opportunities/${lead.id}/score`).set(other.auth), 404, 'resource.not_found');
  });
});
