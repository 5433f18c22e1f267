import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aCampaign, aKey, aManyChatPipeline, aTenant, eventually, type TestTenant } from '../support/builders.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

const CAMPAIGNS = '/api/v1/campaigns';
type Auth = Record<string, string>;
type Step = { id: string; step_number: number; action: string; [field: string]: unknown };

async function aTemplate(auth: Auth, channel: string, fields: Record<string, unknown> = {}) {
  const body = { name: `Plantilla ${channel}`, channel, content: 'Hola {{ name | default: "amigo" }}', ...(channel === 'email' ? { subject: 'Hola' } : {}), ...fields };
  const response = await app.http().post('/api/v1/templates').set(auth).send(body);
  if (response.status !== 201) throw new Error(`template: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string };
}

const stepsOf = (auth: Auth, campaignId: string) => app.http().get(`${CAMPAIGNS}/${campaignId}/steps`).set(auth);
const addStep = (auth: Auth, campaignId: string, body: object) => app.http().post(`${CAMPAIGNS}/${campaignId}/steps`).set(auth).send(body);

async function numbering(auth: Auth, campaignId: string): Promise<[string, number][]> {
  const response = await stepsOf(auth, campaignId).expect(200);
  return (response.body.data as Step[]).map((step) => [step.id, step.step_number]);
}

const MEETING = { action: 'schedule_meeting', meeting: { title: 'Visita', duration_minutes: 30 } };
const CALL = { action: 'make_call' };

async function aStep(auth: Auth, campaignId: string, body: object = CALL): Promise<Step> {
  const response = await addStep(auth, campaignId, body);
  if (response.status !== 201) throw new Error(`step: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Step;
}

describe('campaign automation fields', () => {
  it('creates a manual campaign with the defaults, and answers every automation field and its steps', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    expect(campaign).toMatchObject({
      channel: null, trigger: 'manual', trigger_condition: null, reentry: 'never',
      exit_on: ['reply', 'meeting_booked', 'won', 'lost', 'opt_out'], send_window: null, steps: [], status: 'draft',
    });
  });

  it('keeps each trigger with the condition that fits it, canonical (days sorted, unknown keys refused)', async () => {
    const tenant = await aTenant(app);
    const score = await aCampaign(app, tenant, {
      channel: 'telegram', trigger: 'lead_score', trigger_condition: { min: 60, max: 100 }, reentry: 'after_exit',
      exit_on: ['won', 'reply'], send_window: { start: '22:00', end: '06:00', days: [5, 1, 1, 3], timezone: 'America/Bogota' },
    });
    expect(score).toMatchObject({
      channel: 'telegram', trigger: 'lead_score', trigger_condition: { min: 60, max: 100 }, reentry: 'after_exit',
      exit_on: ['reply', 'won'], send_window: { start: '22:00', end: '06:00', days: [1, 3, 5], timezone: 'America/Bogota' },
    });
    const stage = await aCampaign(app, tenant, { trigger: 'stage_change', trigger_condition: { to_stage: 'agendado', from_stage: 'perfilamiento' } });
    expect(stage.trigger_condition).toEqual({ to_stage: 'agendado', from_stage: 'perfilamiento' });
    const idle = await aCampaign(app, tenant, { trigger: 'inactivity', trigger_condition: { hours: 0.5, stages: ['seguimiento'] } });
    expect(idle.trigger_condition).toEqual({ hours: 0.5, stages: ['seguimiento'] });
    const read = await app.http().get(`${CAMPAIGNS}/${score.id}`).set(tenant.auth).expect(200);
    expect(read.body).toEqual(score);
    const list = await app.http().get(CAMPAIGNS).set(tenant.auth).expect(200);
    expect(list.body.data.map((c: { trigger: string }) => c.trigger)).toEqual(['inactivity', 'stage_change', 'lead_score']);
  });

  it.each([
    ['lead_score', null],
    ['lead_score', { min: 70, max: 60 }],
    ['lead_score', { min: -1, max: 60 }],
    ['lead_score', { min: 10, max: 101 }],
    ['lead_score', { min: '10', max: 60 }],
    ['lead_score', { to_stage: 'agendado' }],
    ['stage_change', { min: 1, max: 2 }],
    ['stage_change', { to_stage: 'Not A Key' }],
    ['stage_change', { to_stage: 'agendado', from_stage: 'agendado' }],
    ['stage_change', { to_stage: 'agendado', pipeline_id: 'nope' }],
    ['inactivity', { hours: 0 }],
    ['inactivity', { hours: 9000 }],
    ['inactivity', { hours: 24, stages: [] }],
    ['manual', { min: 1, max: 2 }],
  ])('a %s trigger with condition %j is 422 campaign.trigger_invalid', async (trigger, condition) => {
    const tenant = await aTenant(app);
    expectProblem(await app.http().post(CAMPAIGNS).set(tenant.auth).send({ name: 'X', trigger, trigger_condition: condition }), 422, 'campaign.trigger_invalid');
  });

  it('refuses stages that are not in the pipeline (default when omitted) and unknown pipelines', async () => {
    const tenant = await aTenant(app);
    const other = await aTenant(app);
    const manychat = await aManyChatPipeline(app, tenant);
    const foreign = await aManyChatPipeline(app, other);
    const post = (condition: object, trigger = 'stage_change') => app.http().post(CAMPAIGNS).set(tenant.auth).send({ name: 'X', trigger, trigger_condition: condition });
    expectProblem(await post({ to_stage: 'comienza_cotizacion' }), 422, 'campaign.stage_unknown');
    expectProblem(await post({ to_stage: 'agendado', from_stage: 'nowhere' }), 422, 'campaign.stage_unknown');
    expectProblem(await post({ hours: 5, stages: ['agendado', 'nowhere'] }, 'inactivity'), 422, 'campaign.stage_unknown');
    expectProblem(await post({ to_stage: 'agendado', pipeline_id: manychat.id }), 422, 'campaign.stage_unknown');
    expectProblem(await post({ to_stage: 'comienza_cotizacion', pipeline_id: foreign.id }), 422, 'campaign.pipeline_unknown');
    expectProblem(await post({ to_stage: 'comienza_cotizacion', pipeline_id: randomUUID() }), 422, 'campaign.pipeline_unknown');
    const ok = await post({ to_stage: 'comienza_cotizacion', pipeline_id: manychat.id }).expect(201);
    expect(ok.body.trigger_condition).toEqual({ to_stage: 'comienza_cotizacion', pipeline_id: manychat.id });
  });

  it.each([
    [{ channel: 'sms' }, 'channel'],
    [{ trigger: 'weekly' }, 'trigger'],
    [{ trigger_condition: 'high' }, 'trigger_condition'],
    [{ trigger_condition: [1, 2] }, 'trigger_condition'],
    [{ reentry: 'always' }, 'reentry'],
    [{ exit_on: ['reply', 'bored'] }, 'exit_on'],
    [{ exit_on: 'reply' }, 'exit_on'],
    [{ send_window: { start: '9:00', end: '18:00', days: [1] } }, 'send_window.start'],
    [{ send_window: { start: '09:00', end: '24:00', days: [1] } }, 'send_window.end'],
    [{ send_window: { start: '09:00', end: '18:00', days: [0] } }, 'send_window.days'],
    [{ send_window: { start: '09:00', end: '18:00', days: [] } }, 'send_window.days'],
    [{ send_window: { start: '09:00', end: '18:00', days: [1], extra: true } }, 'send_window.extra'],
    [{ send_window: { start: '09:00', end: '18:00', days: [1], timezone: 'Mars/Olympus' } }, 'send_window.timezone'],
    [{ send_window: { start: '09:00', end: '09:00', days: [1] } }, 'send_window.end'],
  ])('a body with %j is 400 naming %s', async (fields, field) => {
    const tenant = await aTenant(app);
    const response = await app.http().post(CAMPAIGNS).set(tenant.auth).send({ name: 'X', ...fields });
    expectProblem(response, 400, 'request.invalid');
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('PATCH: a new trigger without a condition clears it; the condition alone is checked against the stored trigger', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant, { trigger: 'lead_score', trigger_condition: { min: 10, max: 20 } });
    const url = `${CAMPAIGNS}/${campaign.id}`;
    const moved = await app.http().patch(url).set(tenant.auth).send({ trigger_condition: { min: 30, max: 40 } }).expect(200);
    expect(moved.body).toMatchObject({ trigger: 'lead_score', trigger_condition: { min: 30, max: 40 }, version: 2 });
    expectProblem(await app.http().patch(url).set(tenant.auth).send({ trigger_condition: { hours: 3 } }), 422, 'campaign.trigger_invalid');
    expectProblem(await app.http().patch(url).set(tenant.auth).send({ trigger: 'stage_change' }), 422, 'campaign.trigger_invalid');
    const manual = await app.http().patch(url).set(tenant.auth).send({ trigger: 'manual' }).expect(200);
    expect(manual.body).toMatchObject({ trigger: 'manual', trigger_condition: null, version: 3 });
    const same = await app.http().patch(url).set(tenant.auth).send({ name: campaign.name }).expect(200);
    expect(same.body.version).toBe(3);
  });

  it('status moves draft → active ⇄ paused → completed and no other way; the change is in campaign.updated', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const url = `${CAMPAIGNS}/${campaign.id}`;
    const to = (status: string) => app.http().patch(url).set(tenant.auth).send({ status });
    expectProblem(await to('paused'), 422, 'campaign.invalid_status_transition');
    await to('active').expect(200);
    expectProblem(await to('draft'), 422, 'campaign.invalid_status_transition');
    await to('paused').expect(200);
    await to('active').expect(200);
    await to('completed').expect(200);
    expectProblem(await to('active'), 422, 'campaign.invalid_status_transition');
    const entries = await eventually(async () => {
      const response = await app.http().get('/api/v1/audit-log').query({ entity_type: 'campaign', entity_id: campaign.id }).set(tenant.auth).expect(200);
      return response.body.data.length >= 5 ? response.body.data : undefined;
    });
    expect(entries.slice(0, 4).map((entry: { changes: { status: { to: string } } }) => entry.changes.status.to)).toEqual(['completed', 'active', 'paused', 'active']);
  });

  it('PUT replaces every editable field (left-out ones to their defaults), keeps the status and steps, and honours If-Match', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant, {
      description: 'vieja', budget: 10, channel: 'telegram', trigger: 'inactivity', trigger_condition: { hours: 4 }, reentry: 'after_exit',
      exit_on: ['reply'], send_window: { start: '09:00', end: '18:00', days: [1] }, status: 'active',
    });
    const step = await aStep(tenant.auth, campaign.id);
    const url = `${CAMPAIGNS}/${campaign.id}`;
    const replaced = await app.http().put(url).set(tenant.auth).set('If-Match', '"2"').send({ name: 'Nueva', channel: 'email' }).expect(200);
    expect(replaced.body).toMatchObject({
      name: 'Nueva', description: null, budget: null, channel: 'email', trigger: 'manual', trigger_condition: null, reentry: 'never',
      exit_on: ['reply', 'meeting_booked', 'won', 'lost', 'opt_out'], send_window: null, status: 'active', version: 3,
      steps: [expect.objectContaining({ id: step.id, step_number: 1 })],
    });
    expect(replaced.headers.etag).toBe('"3"');
    expectProblem(await app.http().put(url).set(tenant.auth).set('If-Match', '"2"').send({ name: 'Otra' }), 409, 'resource.stale_version');
    expectProblem(await app.http().put(url).set(tenant.auth).send({ channel: 'email' }), 400, 'request.invalid');
    expectProblem(await app.http().put(url).set(tenant.auth).send({ name: 'X', trigger: 'lead_score', trigger_condition: { min: 5 } }), 422, 'campaign.trigger_invalid');
    expectProblem(await app.http().put(url).set(tenant.auth).send({ name: 'X', surprise: 1 }), 400, 'request.invalid');
    expect((await app.http().get(url).set(tenant.auth).expect(200)).body).toMatchObject({ name: 'Nueva', version: 3 });
  });
});

describe('campaign steps', () => {
  it('numbers steps 1…n: append, insert at a taken number shifts, move by PUT, delete closes the gap', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const a = await aStep(tenant.auth, campaign.id);
    const b = await aStep(tenant.auth, campaign.id, MEETING);
    const c = await aStep(tenant.auth, campaign.id, { ...CALL, step_number: 1 });
    expect(c.step_number).toBe(1);
    expect(await numbering(tenant.auth, campaign.id)).toEqual([[c.id, 1], [a.id, 2], [b.id, 3]]);
    const d = await aStep(tenant.auth, campaign.id, { ...CALL, step_number: 99 });
    expect(d.step_number).toBe(4);
    const moved = await app.http().put(`${CAMPAIGNS}/${campaign.id}/steps/${d.id}`).set(tenant.auth).send({ ...MEETING, step_number: 2 }).expect(200);
    expect(moved.body).toMatchObject({ id: d.id, step_number: 2, action: 'schedule_meeting' });
    expect(await numbering(tenant.auth, campaign.id)).toEqual([[c.id, 1], [d.id, 2], [a.id, 3], [b.id, 4]]);
    await app.http().put(`${CAMPAIGNS}/${campaign.id}/steps/${c.id}`).set(tenant.auth).send({ ...CALL, step_number: 4 }).expect(200);
    expect(await numbering(tenant.auth, campaign.id)).toEqual([[d.id, 1], [a.id, 2], [b.id, 3], [c.id, 4]]);
    await app.http().delete(`${CAMPAIGNS}/${campaign.id}/steps/${a.id}`).set(tenant.auth).expect(204);
    expect(await numbering(tenant.auth, campaign.id)).toEqual([[d.id, 1], [b.id, 2], [c.id, 3]]);
    expectProblem(await app.http().delete(`${CAMPAIGNS}/${campaign.id}/steps/${a.id}`).set(tenant.auth), 404, 'resource.not_found');
    const read = await app.http().get(`${CAMPAIGNS}/${campaign.id}`).set(tenant.auth).expect(200);
    expect(read.body.steps.map((step: Step) => step.id)).toEqual([d.id, b.id, c.id]);
  });

  it('keeps every field of each action, fractional delays, and a PUT replaces the whole step', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant, { channel: 'telegram' });
    const template = await aTemplate(tenant.auth, 'telegram');
    const send = await aStep(tenant.auth, campaign.id, {
      action: 'send_message', template_id: template.id, delay_hours: 0.25, conditions: { '>=': [{ var: 'score' }, 60] },
    });
    expect(send).toEqual({
      id: expect.any(String), campaign_id: campaign.id, step_number: 1, action: 'send_message', channel: null, delay_hours: 0.25,
      template_id: template.id, conditions: { '>=': [{ var: 'score' }, 60] }, stage: null, agent_type: null, meeting: null,
      created_at: expect.stringMatching(/Z$/), updated_at: expect.stringMatching(/Z$/),
    });
    const meeting = await aStep(tenant.auth, campaign.id, { ...MEETING, delay_hours: 8760 });
    expect(meeting).toMatchObject({ meeting: { title: 'Visita', duration_minutes: 30, due_in_hours: 24 }, delay_hours: 8760 });
    const stage = await aStep(tenant.auth, campaign.id, { action: 'update_stage', stage: 'seguimiento', conditions: true });
    expect(stage).toMatchObject({ stage: 'seguimiento', conditions: true });
    const call = await aStep(tenant.auth, campaign.id, { action: 'make_call', agent_type: 'agendador', delay_hours: 1.5 });
    expect(call).toMatchObject({ agent_type: 'agendador', delay_hours: 1.5 });
    const replaced = await app.http().put(`${CAMPAIGNS}/${campaign.id}/steps/${send.id}`).set(tenant.auth).send({ action: 'make_call' }).expect(200);
    expect(replaced.body).toMatchObject({ step_number: 1, action: 'make_call', template_id: null, conditions: null, delay_hours: 0 });
    expect(replaced.headers.etag).toBe('"6"');
  });

  it.each([
    [{ action: 'send_message' }, 'template_id'],
    [{ action: 'update_stage' }, 'stage'],
    [{ action: 'schedule_meeting' }, 'meeting'],
    [{ action: 'make_call', stage: 'seguimiento' }, 'stage'],
    [{ action: 'update_stage', stage: 'seguimiento', meeting: { title: 'x', duration_minutes: 5 } }, 'meeting'],
    [{ action: 'schedule_meeting', meeting: { title: '   ', duration_minutes: 30 } }, 'meeting.title'],
    [{ action: 'make_call', conditions: { frobnicate: [1] } }, 'conditions'],
    [{ action: 'make_call', conditions: { '>=': 1, '<': 2 } }, 'conditions'],
    [{ action: 'make_call', conditions: 'score > 60' }, 'conditions'],
    [{ action: 'make_call', conditions: { var: '__proto__' } }, 'conditions'],
  ])('a step %j is 422 campaign.step_invalid naming %s', async (body, field) => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const response = await addStep(tenant.auth, campaign.id, body);
    expectProblem(response, 422, 'campaign.step_invalid');
    expect(response.body.detail).toContain(field);
    expect((await stepsOf(tenant.auth, campaign.id).expect(200)).body.data).toEqual([]);
  });

  it.each([
    [{ action: 'dance' }, 'action'],
    [{ action: 'make_call', delay_hours: -1 }, 'delay_hours'],
    [{ action: 'make_call', delay_hours: 8761 }, 'delay_hours'],
    [{ action: 'make_call', delay_hours: '2' }, 'delay_hours'],
    [{ action: 'make_call', step_number: 0 }, 'step_number'],
    [{ action: 'make_call', step_number: 1.5 }, 'step_number'],
    [{ action: 'make_call', agent_type: 'vendedor' }, 'agent_type'],
    [{ action: 'make_call', channel: 'sms' }, 'channel'],
    [{ action: 'send_message', template_id: 'abc' }, 'template_id'],
    [{ action: 'update_stage', stage: 'No Key' }, 'stage'],
    [{ action: 'schedule_meeting', meeting: { title: 'x', duration_minutes: 0 } }, 'meeting.duration_minutes'],
    [{ action: 'schedule_meeting', meeting: { title: 'x', duration_minutes: 5, where: 'aquí' } }, 'meeting.where'],
    [{ action: 'make_call', extra: 1 }, 'extra'],
  ])('a step body %j is 400 naming %s', async (body, field) => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const response = await addStep(tenant.auth, campaign.id, body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it("send_message needs a template of the tenant on the step's channel (default the campaign's)", async () => {
    const tenant = await aTenant(app);
    const other = await aTenant(app);
    const telegram = await aTemplate(tenant.auth, 'telegram');
    const email = await aTemplate(tenant.auth, 'email');
    const foreign = await aTemplate(other.auth, 'telegram');
    const noChannel = await aCampaign(app, tenant);
    expectProblem(await addStep(tenant.auth, noChannel.id, { action: 'send_message', template_id: telegram.id }), 422, 'campaign.step_invalid');
    const ownChannel = await aStep(tenant.auth, noChannel.id, { action: 'send_message', channel: 'telegram', template_id: telegram.id });
    expect(ownChannel.channel).toBe('telegram');

    const campaign = await aCampaign(app, tenant, { channel: 'telegram' });
    expectProblem(await addStep(tenant.auth, campaign.id, { action: 'send_message', template_id: email.id }), 422, 'campaign.template_channel_mismatch');
    expectProblem(await addStep(tenant.auth, campaign.id, { action: 'send_message', channel: 'whatsapp', template_id: telegram.id }), 422, 'campaign.template_channel_mismatch');
    expectProblem(await addStep(tenant.auth, campaign.id, { action: 'send_message', template_id: foreign.id }), 422, 'campaign.template_unknown');
    expectProblem(await addStep(tenant.auth, campaign.id, { action: 'send_message', template_id: randomUUID() }), 422, 'campaign.template_unknown');
    expectProblem(await addStep(tenant.auth, campaign.id, { action: 'make_call', template_id: telegram.id }), 422, 'campaign.template_channel_mismatch');
    await aStep(tenant.auth, campaign.id, { action: 'send_message', template_id: telegram.id });
    await aStep(tenant.auth, campaign.id, { action: 'send_message', channel: 'email', template_id: email.id });

    // The campaign's channel is the channel of its steps without one: changing it re-checks their templates.
    expectProblem(await app.http().patch(`${CAMPAIGNS}/${campaign.id}`).set(tenant.auth).send({ channel: 'email' }), 422, 'campaign.template_channel_mismatch');
    expectProblem(await app.http().patch(`${CAMPAIGNS}/${campaign.id}`).set(tenant.auth).send({ channel: null }), 422, 'campaign.step_invalid');
    expect((await app.http().get(`${CAMPAIGNS}/${campaign.id}`).set(tenant.auth).expect(200)).body.channel).toBe('telegram');
  });

  it("update_stage names a stage of the campaign's pipeline: the trigger's pipeline, else the default one", async () => {
    const tenant = await aTenant(app);
    const manychat = await aManyChatPipeline(app, tenant);
    const plain = await aCampaign(app, tenant);
    expectProblem(await addStep(tenant.auth, plain.id, { action: 'update_stage', stage: 'comienza_cotizacion' }), 422, 'campaign.stage_unknown');
    const onManychat = await aCampaign(app, tenant, { trigger: 'stage_change', trigger_condition: { to_stage: 'retorno_en_ac', pipeline_id: manychat.id } });
    expectProblem(await addStep(tenant.auth, onManychat.id, { action: 'update_stage', stage: 'seguimiento' }), 422, 'campaign.stage_unknown');
    await aStep(tenant.auth, onManychat.id, { action: 'update_stage', stage: 'comienza_cotizacion' });
    // Moving the trigger to the default pipeline would leave the step's stage behind.
    expectProblem(await app.http().patch(`${CAMPAIGNS}/${onManychat.id}`).set(tenant.auth).send({ trigger_condition: { to_stage: 'agendado' } }), 422, 'campaign.stage_unknown');
  });

  it('every step change moves the campaign version; If-Match guards it; a stale one changes nothing', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const first = await addStep(tenant.auth, campaign.id, CALL).set('If-Match', '"1"').expect(201);
    expect(first.headers.etag).toBe('"2"');
    expectProblem(await addStep(tenant.auth, campaign.id, CALL).set('If-Match', '"1"'), 409, 'resource.stale_version');
    expectProblem(await app.http().delete(`${CAMPAIGNS}/${campaign.id}/steps/${first.body.id}`).set(tenant.auth).set('If-Match', '"1"'), 409, 'resource.stale_version');
    await app.http().delete(`${CAMPAIGNS}/${campaign.id}/steps/${first.body.id}`).set(tenant.auth).set('If-Match', '2').expect(204);
    expect((await app.http().get(`${CAMPAIGNS}/${campaign.id}`).set(tenant.auth).expect(200)).body).toMatchObject({ version: 3, steps: [] });
  });

  it('concurrent inserts at the same number all land, numbered 1…n without gaps or repeats', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    await aStep(tenant.auth, campaign.id);
    const responses = await Promise.all(Array.from({ length: 6 }, () => addStep(tenant.auth, campaign.id, { ...CALL, step_number: 1 })));
    expect(responses.map((response) => response.status)).toEqual(Array(6).fill(201));
    const numbers = (await numbering(tenant.auth, campaign.id)).map(([, number]) => number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('records step changes in the audit log, and deleting the campaign deletes its steps', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    const step = await aStep(tenant.auth, campaign.id, { ...CALL, delay_hours: 2 });
    await app.http().put(`${CAMPAIGNS}/${campaign.id}/steps/${step.id}`).set(tenant.auth).send({ ...CALL, delay_hours: 3 }).expect(200);
    const entries = await eventually(async () => {
      const response = await app.http().get('/api/v1/audit-log').query({ entity_type: 'campaign', entity_id: campaign.id }).set(tenant.auth).expect(200);
      return response.body.data.length >= 3 ? response.body.data : undefined;
    });
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual(['step_updated', 'step_added', 'created']);
    expect(entries[0].changes).toEqual({ delay_hours: { from: 2, to: 3 } });
    await app.http().delete(`${CAMPAIGNS}/${campaign.id}`).set(tenant.auth).expect(204);
    expectProblem(await stepsOf(tenant.auth, campaign.id), 404, 'resource.not_found');
  });
});

describe('template.in_use', () => {
  it('a template a campaign step uses cannot be deleted (409); once the step is gone it can', async () => {
    const tenant = await aTenant(app);
    const template = await aTemplate(tenant.auth, 'whatsapp');
    const campaign = await aCampaign(app, tenant, { channel: 'whatsapp' });
    const step = await aStep(tenant.auth, campaign.id, { action: 'send_message', template_id: template.id });
    expectProblem(await app.http().delete(`/api/v1/templates/${template.id}`).set(tenant.auth), 409, 'template.in_use');
    await app.http().get(`/api/v1/templates/${template.id}`).set(tenant.auth).expect(200);
    await app.http().put(`${CAMPAIGNS}/${campaign.id}/steps/${step.id}`).set(tenant.auth).send(CALL).expect(200);
    await app.http().delete(`/api/v1/templates/${template.id}`).set(tenant.auth).expect(204);
  });
});

describe('tenant settings', () => {
  it('answers the defaults until saved; PUT (admin) replaces them; bad values are 400', async () => {
    const tenant = await aTenant(app);
    expect((await app.http().get('/api/v1/settings').set(tenant.auth).expect(200)).body).toEqual({
      timezone: 'America/Mexico_City', max_messages_per_lead_per_day: 3,
    });
    const saved = await app.http().put('/api/v1/settings').set(tenant.auth).send({ timezone: 'Europe/Madrid', max_messages_per_lead_per_day: 5 }).expect(200);
    expect(saved.body).toEqual({ timezone: 'Europe/Madrid', max_messages_per_lead_per_day: 5 });
    expect((await app.http().get('/api/v1/settings').set(tenant.auth).expect(200)).body).toEqual(saved.body);
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await app.http().put('/api/v1/settings').set(agent.auth).send({ timezone: 'UTC', max_messages_per_lead_per_day: 1 }), 403, 'auth.forbidden');
    await app.http().get('/api/v1/settings').set(agent.auth).expect(200);
    for (const body of [
      { timezone: 'Mars/Olympus', max_messages_per_lead_per_day: 3 },
      { timezone: 'UTC', max_messages_per_lead_per_day: 0 },
      { timezone: 'UTC', max_messages_per_lead_per_day: 101 },
      { timezone: 'UTC', max_messages_per_lead_per_day: 2.5 },
      { timezone: 'UTC' },
      { max_messages_per_lead_per_day: 3 },
      { timezone: 'UTC', max_messages_per_lead_per_day: 3, extra: true },
    ]) {
      expectProblem(await app.http().put('/api/v1/settings').set(tenant.auth).send(body), 400, 'request.invalid');
    }
    expect((await app.http().get('/api/v1/settings').set(tenant.auth).expect(200)).body).toEqual(saved.body);
  });

  it("keeps each tenant's settings its own", async () => {
    const a = await aTenant(app);
    const b = await aTenant(app);
    await app.http().put('/api/v1/settings').set(a.auth).send({ timezone: 'Asia/Tokyo', max_messages_per_lead_per_day: 10 }).expect(200);
    expect((await app.http().get('/api/v1/settings').set(b.auth).expect(200)).body).toEqual({ timezone: 'America/Mexico_City', max_messages_per_lead_per_day: 3 });
  });
});

describe('tenant isolation', () => {
  it("another tenant's campaign and steps are 404 on every new endpoint, and nothing changes", async () => {
    const owner: TestTenant = await aTenant(app);
    const intruder = await aTenant(app);
    const campaign = await aCampaign(app, owner);
    const step = await aStep(owner.auth, campaign.id);
    const steps = `${CAMPAIGNS}/${campaign.id}/steps`;
    expectProblem(await app.http().put(`${CAMPAIGNS}/${campaign.id}`).set(intruder.auth).send({ name: 'Mía' }), 404, 'resource.not_found');
    expectProblem(await app.http().get(steps).set(intruder.auth), 404, 'resource.not_found');
    expectProblem(await app.http().post(steps).set(intruder.auth).send(CALL), 404, 'resource.not_found');
    expectProblem(await app.http().put(`${steps}/${step.id}`).set(intruder.auth).send(MEETING), 404, 'resource.not_found');
    expectProblem(await app.http().delete(`${steps}/${step.id}`).set(intruder.auth), 404, 'resource.not_found');
    // The intruder's own campaign does not reach the owner's step either.
    const own = await aCampaign(app, intruder);
    expectProblem(await app.http().put(`${CAMPAIGNS}/${own.id}/steps/${step.id}`).set(intruder.auth).send(CALL), 404, 'resource.not_found');
    expectProblem(await app.http().delete(`${CAMPAIGNS}/${own.id}/steps/${step.id}`).set(intruder.auth), 404, 'resource.not_found');
    const read = await app.http().get(`${CAMPAIGNS}/${campaign.id}`).set(owner.auth).expect(200);
    expect(read.body).toMatchObject({ name: campaign.name, version: 2, steps: [expect.objectContaining({ id: step.id, action: 'make_call' })] });
  });

  it('malformed ids in the paths are 400; a viewer reads but cannot write steps', async () => {
    const tenant = await aTenant(app);
    const campaign = await aCampaign(app, tenant);
    expectProblem(await app.http().get(`${CAMPAIGNS}/nope/steps`).set(tenant.auth), 400, 'request.invalid');
    expectProblem(await app.http().put(`${CAMPAIGNS}/${campaign.id}/steps/nope`).set(tenant.auth).send(CALL), 400, 'request.invalid');
    expectProblem(await app.http().put(`${CAMPAIGNS}/nope`).set(tenant.auth).send({ name: 'x' }), 400, 'request.invalid');
    const viewer = await aKey(app, tenant, 'viewer');
    await stepsOf(viewer.auth, campaign.id).expect(200);
    expectProblem(await addStep(viewer.auth, campaign.id, CALL), 403, 'auth.forbidden');
  });
});
