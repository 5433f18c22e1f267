import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aContact, aKey, aManyChatPipeline, anOpportunity, aTenant, type TestTenant } from '../support/builders.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

const PIPELINES = '/api/v1/pipelines';


interface Stage { key: string; name: string; position: number; kind: string; odoo_stage_id: number | null }

const pipelineIds = async (tenant: TestTenant) =>
  (await app.http().get(PIPELINES).set(tenant.auth).expect(200)).body.data.map((p: { id: string }) => p.id) as string[];


const THREE_STAGES = [
  { key: 'nuevo', name: 'Nuevo' },
  { key: 'en_proceso', name: 'En proceso' },
  { key: 'cerrado', name: 'Cerrado', kind: 'won' },
];

describe('creating pipelines', () => {
  it('template manychat_odoo → the 11 ManyChat stages with Odoo stage ids 16…26 in order, initial stage the one mapped to 16', async () => {
    const tenant = await aTenant(app);
    const pipeline = await aManyChatPipeline(app, tenant);
    const stages: Stage[] = pipeline.stages;
    expect(stages).toHaveLength(11);
    expect(stages.map((stage) => stage.odoo_stage_id)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
    expect(stages.map((stage) => stage.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(pipeline.initial_stage).toBe(stages.find((stage) => stage.odoo_stage_id === 16)!.key);
    expect(pipeline).toMatchObject({ name: 'ManyChat', is_default: false, initial_stage: 'recien_suscrito_sin_asignar' });
    for (const stage of stages) expect(stage.kind).toMatch(/^(open|won|lost)$/);
    expect(new Set(stages.map((stage) => stage.key)).size).toBe(11);

    const read = await app.http().get(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).expect(200);
    expect(read.body).toEqual(pipeline);
    const [defaultId] = (await pipelineIds(tenant)).slice(-1);
    expect(await pipelineIds(tenant)).toEqual([pipeline.id, defaultId]); // newest first
  });

  it('custom {name, initial_stage, stages} → 201 with positions, kinds (default open) and odoo ids as given', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post(PIPELINES).set(tenant.auth).send({
      name: 'Renovaciones',
      initial_stage: 'en_proceso',
      stages: [...THREE_STAGES.slice(0, 2), { ...THREE_STAGES[2], odoo_stage_id: 40 }],
    }).expect(201);
    expect(response.body).toMatchObject({
      name: 'Renovaciones',
      is_default: false,
      initial_stage: 'en_proceso',
      stages: [
        { key: 'nuevo', name: 'Nuevo', position: 0, kind: 'open', odoo_stage_id: null },
        { key: 'en_proceso', name: 'En proceso', position: 1, kind: 'open', odoo_stage_id: null },
        { key: 'cerrado', name: 'Cerrado', position: 2, kind: 'won', odoo_stage_id: 40 },
      ],
    });
    const read = await app.http().get(`${PIPELINES}/${response.body.id}`).set(tenant.auth).expect(200);
    expect(read.body).toEqual(response.body);
  });

  const invalid: [label: string, body: Record<string, unknown>, code: string][] = [
    ['duplicate stage keys', { name: 'P', initial_stage: 'a', stages: [{ key: 'a', name: 'A' }, { key: 'a', name: 'A again' }] }, 'pipeline.invalid'],
    ['initial_stage not among the stages', { name: 'P', initial_stage: 'zeta', stages: THREE_STAGES }, 'pipeline.invalid'],
    ['initial_stage is a won stage', { name: 'P', initial_stage: 'cerrado', stages: THREE_STAGES }, 'pipeline.invalid'],
    ['a stage key with capitals and spaces', { name: 'P', initial_stage: 'a', stages: [{ key: 'a', name: 'A' }, { key: 'Bad Key', name: 'B' }] }, 'request.invalid'],
    ['a stage key with a dash', { name: 'P', initial_stage: 'a', stages: [{ key: 'a', name: 'A' }, { key: 'en-proceso', name: 'B' }] }, 'request.invalid'],
    ['an initial_stage with bad characters', { name: 'P', initial_stage: 'A!', stages: [{ key: 'a', name: 'A' }] }, 'request.invalid'],
    ['an empty list of stages', { name: 'P', initial_stage: 'a', stages: [] }, 'request.invalid'],
    ['neither template nor stages', { name: 'P' }, 'request.invalid'],
    ['stages without initial_stage', { name: 'P', stages: THREE_STAGES }, 'request.invalid'],
    ['an unknown template', { name: 'P', template: 'real_estate' }, 'request.invalid'],
    ['a template and stages together', { name: 'P', template: 'sales', initial_stage: 'a', stages: THREE_STAGES }, 'request.invalid'],
    ['no name', { template: 'sales' }, 'request.invalid'],
    ['the same odoo_stage_id twice', { name: 'P', initial_stage: 'a', stages: [{ key: 'a', name: 'A', odoo_stage_id: 16 }, { key: 'b', name: 'B', odoo_stage_id: 16 }] }, 'pipeline.invalid'],
  ];

  it.each(invalid)('%s → 400 %s; nothing created', async (_label, body, code) => {
    const tenant = await aTenant(app);
    const before = await pipelineIds(tenant);
    const response = await app.http().post(PIPELINES).set(tenant.auth).send(body);
    expectProblem(response, 400, code);
    if (code === 'request.invalid') expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.any(String) })]));
    expect(await pipelineIds(tenant)).toEqual(before);
  });

  it.each([
    [{ name: 'P' }, [{ field: 'template', message: 'give either template (sales or manychat_odoo), or initial_stage and stages' }]],
    [{ name: 'P', stages: THREE_STAGES }, [{ field: 'initial_stage', message: 'initial_stage is required' }]],
    [{ template: 'sales' }, [{ field: 'name', message: 'name is required' }]],
  ])('%j → field errors that say what to send', async (body, errors) => {
    const tenant = await aTenant(app);
    const response = await app.http().post(PIPELINES).set(tenant.auth).send(body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual(errors);
  });
});

describe('who may define pipelines', () => {
  it.each(['agent', 'viewer'] as const)('an %s key can read pipelines but not POST or PATCH them (403); nothing changes', async (role) => {
    const tenant = await aTenant(app);
    const key = await aKey(app, tenant, role);
    const [defaultId] = await pipelineIds(tenant);
    const before = (await app.http().get(`${PIPELINES}/${defaultId}`).set(key.auth).expect(200)).body;

    expectProblem(await app.http().post(PIPELINES).set(key.auth).send({ name: 'Mine', template: 'sales' }), 403, 'auth.forbidden');
    expectProblem(await app.http().patch(`${PIPELINES}/${defaultId}`).set(key.auth).send({ name: 'Renamed' }), 403, 'auth.forbidden');

    expect(await pipelineIds(tenant)).toEqual([defaultId]);
    expect((await app.http().get(`${PIPELINES}/${defaultId}`).set(tenant.auth).expect(200)).body).toEqual(before);
  });
});

describe('redefining pipelines', () => {
  it('PATCH {name} renames it, bumps the version and keeps the stages', async () => {
    const tenant = await aTenant(app);
    const pipeline = await aManyChatPipeline(app, tenant);
    const response = await app.http().patch(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).send({ name: 'Embudo ManyChat' }).expect(200);
    expect(response.body).toEqual({
      ...pipeline,
      name: 'Embudo ManyChat',
      version: pipeline.version + 1,
      updated_at: expect.any(String),
    });
    expect((await app.http().get(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).expect(200)).body).toEqual(response.body);
  });

  it('removing a stage no opportunity is in works', async () => {
    const tenant = await aTenant(app);
    const pipeline = await aManyChatPipeline(app, tenant);
    await anOpportunity(app, tenant, { pipeline_id: pipeline.id }); // sits in the initial stage
    const kept: Stage[] = pipeline.stages.filter((stage: Stage) => stage.key !== 'retorno_en_ac');
    const response = await app.http().patch(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).send({ stages: kept }).expect(200);
    expect(response.body.stages.map((stage: Stage) => stage.key)).toEqual(kept.map((stage) => stage.key));
    expect(response.body.version).toBe(pipeline.version + 1);
    const read = await app.http().get(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).expect(200);
    expect(read.body.stages).toHaveLength(10);
    expect(read.body.stages.map((stage: Stage) => stage.key)).not.toContain('retorno_en_ac');
  });

  it.each([
    ['removing', (stages: Stage[]) => stages.filter((stage) => stage.key !== 'comienza_atencion_comercial')],
    ['renaming the key of', (stages: Stage[]) => stages.map((stage) =>
      (stage.key === 'comienza_atencion_comercial' ? { ...stage, key: 'atencion_comercial' } : stage))],
  ])('%s a stage an opportunity is in → 409 pipeline.stage_in_use; the pipeline and the opportunity are unchanged', async (_label, change) => {
    const tenant = await aTenant(app);
    const pipeline = await aManyChatPipeline(app, tenant);
    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipeline.id });
    await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth)
      .send({ stage: 'comienza_atencion_comercial' }).expect(200);
    const before = (await app.http().get(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).expect(200)).body;

    const response = await app.http().patch(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).send({ stages: change(pipeline.stages) });
    expectProblem(response, 409, 'pipeline.stage_in_use');

    expect((await app.http().get(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).expect(200)).body).toEqual(before);
    const read = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    expect(read.body.pipeline_stage.current_stage).toBe('comienza_atencion_comercial');
  });

  it('PATCH of the initial_stage to a key that is not a stage → 400 and nothing changes', async () => {
    const tenant = await aTenant(app);
    const pipeline = await aManyChatPipeline(app, tenant);
    const response = await app.http().patch(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).send({ initial_stage: 'nowhere' });
    expectProblem(response, 400, 'pipeline.invalid');
    expect((await app.http().get(`${PIPELINES}/${pipeline.id}`).set(tenant.auth).expect(200)).body).toEqual(pipeline);
  });
});

describe('opportunities in a non-default pipeline', () => {
  it('an opportunity created with the ManyChat pipeline_id starts in that pipeline\'s initial stage', async () => {
    const tenant = await aTenant(app);
    const pipeline = await aManyChatPipeline(app, tenant);
    const contact = await aContact(app, tenant);
    const response = await app.http().post('/api/v1/crm/opportunities').set(tenant.auth)
      .send({ contact_id: contact.id, pipeline_id: pipeline.id }).expect(201);
    expect(response.body).toMatchObject({
      pipeline_id: pipeline.id,
      pipeline_stage: { current_stage: pipeline.initial_stage, entity_id: response.body.id },
    });
    const listed = await app.http().get('/api/v1/crm/opportunities').query({ pipeline_id: pipeline.id }).set(tenant.auth).expect(200);
    expect(listed.body.data.map((o: { id: string }) => o.id)).toEqual([response.body.id]);
  });

  it('moving it to a stage key of another pipeline → 422 opportunity.stage_not_in_pipeline; nothing moves', async () => {
    const tenant = await aTenant(app);
    const pipeline = await aManyChatPipeline(app, tenant);
    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipeline.id });
    const response = await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth)
      .send({ stage: 'perfilamiento' }); // a stage of the default sales pipeline
    expectProblem(response, 422, 'opportunity.stage_not_in_pipeline');

    const read = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    expect(read.body).toMatchObject({ version: opportunity.version, pipeline_stage: { current_stage: 'recien_suscrito_sin_asignar' } });
    const history = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/stage-history`).set(tenant.auth).expect(200);
    expect(history.body.data.map((change: { to_stage: string }) => change.to_stage)).not.toContain('perfilamiento');
  });

  it('moving it to one of its own pipeline\'s stages works and is kept in the stage history', async () => {
    const tenant = await aTenant(app);
    const pipeline = await aManyChatPipeline(app, tenant);
    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipeline.id });
    const moved = await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth)
      .send({ stage: 'comienza_cotizacion', reason: 'pidió cotización' }).expect(200);
    expect(moved.body.pipeline_stage.current_stage).toBe('comienza_cotizacion');
    const history = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/stage-history`).set(tenant.auth).expect(200);
    expect(history.body.data[0]).toMatchObject({
      from_stage: 'recien_suscrito_sin_asignar', to_stage: 'comienza_cotizacion', reason: 'pidió cotización',
    });
  });
});
