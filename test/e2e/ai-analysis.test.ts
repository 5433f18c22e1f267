import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { WebSocket } from 'ws';
import { AnalyzeCallJob } from '@leadline/ai-agent';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aContact, aKey, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import { SERVER_ERROR, startOpenAi, TOO_MANY_REQUESTS, type OpenAiStandIn } from '../support/stand-ins/openai.js';
import { signTwilio, startTwilio, type TwilioStandIn } from '../support/stand-ins/twilio.js';

/**
 * Post-call analysis (contract §13): after an AI call ends, after a transcript is PUT, or on POST
 * …/analyze, the worker asks the model (the OpenAI-compatible stand-in) for a summary, the agent's
 * fields and a suggested stage with strict structured output — JSON mode, local validation and
 * one repair on a server without it — and applies a valid answer to the call and the opportunity.
 */
let app: RunningApp;
let twilio: TwilioStandIn;
let openai: OpenAiStandIn;
let port: number;
const db = sql();
const PUBLIC_BASE_URL = 'https://leadline.example.test';
const FROM = '+14155550100';
const API_KEY = 'sk-test-standin';

beforeAll(async () => {
  twilio = await startTwilio({ ownedNumbers: [FROM] });
  openai = await startOpenAi({ apiKey: API_KEY });
  app = await startApp({ env: { PUBLIC_BASE_URL } });
  await app.api.listen(0, '127.0.0.1');
  port = (app.api.getHttpServer().address() as AddressInfo).port;
});

afterAll(async () => {
  await app.close();
  await twilio.close();
  await openai.close();
  await db.end();
});

beforeEach(() => {
  openai.acceptsJsonSchema = true;
});

const SCHEMA = {
  type: 'object', additionalProperties: false, required: ['budget', 'currency', 'location'],
  properties: {
    budget: { type: ['number', 'null'], description: 'Presupuesto total' },
    currency: { type: ['string', 'null'], enum: ['MXN', 'USD', null] },
    location: { type: 'string' },
  },
};

const agent = (fields: Record<string, unknown> = {}) => ({
  instructions: 'Eres asesor de Leadline y hablas con {{ name }}. Sé breve.',
  greeting: 'Hola {{ name }}, le llamo de Leadline.',
  extraction_schema: SCHEMA,
  tools: ['end_call'],
  advance_to_stage: null,
  max_turns: 10,
  max_duration_seconds: 300,
  ...fields,
});

interface Setup {
  ai?: boolean;
  agent?: Record<string, unknown>;
  connection?: Record<string, unknown>;
}

async function aiTenant(setup: Setup = {}): Promise<TestTenant> {
  const tenant = await aTenant(app);
  await app.http().put('/api/v1/integrations/twilio').set(tenant.auth).send({
    account_sid: twilio.accountSid, auth_token: twilio.authToken, from_number: FROM, api_base_url: twilio.baseUrl,
  }).expect(200);
  if (setup.ai !== false) {
    await app.http().put('/api/v1/integrations/ai').set(tenant.auth)
      .send({ api_key: API_KEY, base_url: openai.baseUrl, model: 'gpt-4o-mini', language: 'es', max_retries: 0, ...setup.connection }).expect(200);
    await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).send(agent(setup.agent)).expect(200);
  }
  return tenant;
}

async function aLead(tenant: TestTenant) {
  const contact = await aContact(app, tenant, { first_name: 'Ana' });
  const opportunity = await anOpportunity(app, tenant, { contact_id: contact.id });
  return { contact, opportunity };
}

/** A plain outbound call to the lead's contact (a first-call attempt of the opportunity). */
async function aCall(tenant: TestTenant, contactId: string, fields: Record<string, unknown> = {}) {
  const response = await app.http().post('/api/v1/crm/calls').set(tenant.auth)
    .send({ direction: 'outbound', entity_id: contactId, call_status: 'completed', ...fields }).expect(201);
  return response.body as { id: string; summary: string | null };
}

const LINES = [
  { speaker: 'agent', text: 'Buenas tardes, ¿qué busca?' },
  { speaker: 'customer', text: 'Un departamento en Zapopan.' },
  { speaker: 'agent', text: '¿Con qué presupuesto?' },
  { speaker: 'customer', text: 'Unos dos millones y medio de pesos.' },
];

function putTranscript(tenant: TestTenant, callId: string, body: Record<string, unknown> = { language: 'es-MX', lines: LINES }) {
  return app.http().put(`/api/v1/crm/calls/${callId}/transcript`).set(tenant.auth).send(body);
}

const GOOD = { summary: 'Busca departamento en Zapopan con 2.5 millones.', extracted: { budget: 2500000, currency: 'MXN', location: 'Zapopan' }, suggested_stage: 'calificacion_financiera' };
const answer = (value: object) => ({ content: JSON.stringify(value) });

async function analysisOf(tenant: TestTenant, callId: string) {
  await waitForQuiescence(app);
  return (await app.http().get(`/api/v1/crm/calls/${callId}/analysis`).set(tenant.auth).expect(200)).body;
}

async function opportunityOf(tenant: TestTenant, id: string) {
  return (await app.http().get(`/api/v1/crm/opportunities/${id}`).set(tenant.auth).expect(200)).body;
}

const completions = () => openai.requestsTo('/v1/chat/completions');

describe('an AI call, end to end', () => {
  it('ends with a transcript, a completed analysis, the summary on the call and its first-call attempt, qualification, a new score and a forward move', async () => {
    const tenant = await aiTenant();
    const { contact, opportunity } = await aLead(tenant);
    const placed = await app.http().post('/api/v1/crm/calls/initiate').set(tenant.auth)
      .send({ contact_id: contact.id, opportunity_id: opportunity.id, agent_type: 'perfilador' }).expect(202);
    const callId = placed.body.id as string;
    const sid = placed.body.external_call_id as string;
    await waitForQuiescence(app);

    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/v1/ai-calls/${callId}/relay`, {
      headers: { 'X-Twilio-Signature': signTwilio(twilio.authToken, `wss://leadline.example.test/api/v1/ai-calls/${callId}/relay`, {}) },
    });
    const frames: Record<string, unknown>[] = [];
    ws.on('message', (data) => frames.push(JSON.parse(data.toString()) as Record<string, unknown>));
    await new Promise((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject); });
    const turnsDone = (count: number) => eventually(async () => (frames.filter((frame) => frame.last === true).length >= count ? true : undefined));
    const before = completions().length;
    openai.reply({ content: '¿Con qué presupuesto cuenta?' }, { content: 'Perfecto, gracias. Un asesor le llamará.' }, answer(GOOD));
    ws.send(JSON.stringify({ type: 'setup', callSid: sid, from: FROM, to: contact.phone }));
    ws.send(JSON.stringify({ type: 'prompt', voicePrompt: 'Busco un departamento en Zapopan.', last: true }));
    await turnsDone(1);
    ws.send(JSON.stringify({ type: 'prompt', voicePrompt: 'Unos dos millones y medio de pesos.', last: true }));
    await turnsDone(2);
    ws.close();
    await eventually(async () => ((await db.query(`select status from ai_calls where call_id = $1`, [callId])).rows[0].status === 'ended' ? true : undefined));

    const analysis = await analysisOf(tenant, callId);
    expect(analysis).toMatchObject({
      call_id: callId, status: 'completed', version: 1, agent_type: 'perfilador', agent_version: 2, model: 'gpt-4o-mini',
      summary: GOOD.summary, extracted: GOOD.extracted, suggested_stage: 'calificacion_financiera', error: null,
      applied: { stage_from: 'agent_initial', stage_to: 'calificacion_financiera', qualification_fields: ['budget', 'currency', 'location'] },
    });
    expect(analysis.completed_at).toEqual(expect.any(String));

    // The model was asked with strict structured output over the agent's schema, made strict, and the transcript.
    const request = completions().slice(before)[2]!.body!;
    expect(request).toMatchObject({ model: 'gpt-4o-mini', temperature: 0, response_format: { type: 'json_schema', json_schema: { name: 'call_analysis', strict: true } } });
    type Node = { required: string[]; properties: Record<string, { enum?: unknown[] }> };
    const schema = (request.response_format as { json_schema: { schema: Node & { properties: { extracted: Node } } } }).json_schema.schema;
    expect(schema.required).toEqual(['summary', 'extracted', 'suggested_stage']);
    expect(schema.properties.extracted).toMatchObject({
      additionalProperties: false, required: ['budget', 'currency', 'location'],
      properties: { location: { type: ['string', 'null'] }, currency: { enum: ['MXN', 'USD', null] } },
    });
    expect(schema.properties.suggested_stage!.enum).toEqual(['agent_initial', 'perfilamiento', 'calificacion_financiera', 'agendado', 'seguimiento', 'referidos', null]);
    expect((request.messages as { role: string; content: string }[])[1]!.content)
      .toBe('Agente: Hola Ana, le llamo de Leadline.\nCliente: Busco un departamento en Zapopan.\nAgente: ¿Con qué presupuesto cuenta?\n'
        + 'Cliente: Unos dos millones y medio de pesos.\nAgente: Perfecto, gracias. Un asesor le llamará.');

    const transcript = await app.http().get(`/api/v1/crm/calls/${callId}/transcript`).set(tenant.auth).expect(200);
    expect(transcript.body).toMatchObject({ source: 'ai_agent', lines: expect.arrayContaining([expect.objectContaining({ speaker: 'customer' })]) });
    const call = await app.http().get(`/api/v1/crm/calls/${callId}`).set(tenant.auth).expect(200);
    expect(call.body.summary).toBe(GOOD.summary);
    const lead = await opportunityOf(tenant, opportunity.id);
    expect(lead.first_call_attempts['1']).toMatchObject({ call_id: callId, notes: GOOD.summary });
    expect(lead.qualification).toEqual({ budget: 2500000, currency: 'MXN', location: 'Zapopan' });
    expect(lead.pipeline_stage.current_stage).toBe('calificacion_financiera');
    expect(lead.lead_score.components).toEqual(expect.arrayContaining([{ rule: 'known_budget', points: 10 }]));
    expect(analysis.applied.score_to).toBe(lead.lead_score.value);
    const history = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/stage-history`).set(tenant.auth).expect(200);
    expect(history.body.data[0]).toMatchObject({ from_stage: 'agent_initial', to_stage: 'calificacion_financiera', source: 'ai_call' });

    const calls = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/calls`).set(tenant.auth).expect(200);
    expect(calls.body).toEqual({
      data: [expect.objectContaining({ id: callId, summary: GOOD.summary, has_transcript: true, analysis: { status: 'completed', version: 1, error: null } })],
      next_cursor: null,
    });
  });
});

describe('PUT /crm/calls/:id/transcript', () => {
  it('stores a provided transcript and analyses it; the same lines again change nothing', async () => {
    const tenant = await aiTenant();
    const { contact, opportunity } = await aLead(tenant);
    const call = await aCall(tenant, contact.id);
    openai.reply(answer(GOOD));
    const response = await putTranscript(tenant, call.id).expect(200);
    expect(response.body).toMatchObject({
      call_id: call.id, source: 'provided', language: 'es-MX', analysis: { status: 'queued', version: 1, agent_type: 'perfilador' },
    });
    expect(response.body.lines.map((line: { seq: number; speaker: string }) => [line.seq, line.speaker]))
      .toEqual([[1, 'agent'], [2, 'customer'], [3, 'agent'], [4, 'customer']]);
    expect(response.body.lines[0]).toMatchObject({ start_seconds: null, confidence: null, interrupted: false, latency_ms: null });
    expect(await analysisOf(tenant, call.id)).toMatchObject({ status: 'completed', version: 1, summary: GOOD.summary });
    await waitForQuiescence(app);
    const lead = await opportunityOf(tenant, opportunity.id);
    expect(lead.qualification).toEqual(GOOD.extracted);
    expect(lead.first_call_attempts['1']).toMatchObject({ call_id: call.id, status: 'green', notes: GOOD.summary });
    // Announced for the lead's stage rule (contract §11: auto-advance runs after a call analysis).
    const { rows: announced } = await db.query(`select payload from outbox_events where tenant_id = $1 and type = 'call_analysis.completed'`, [tenant.id]);
    expect(announced.map((row) => row.payload)).toEqual([expect.objectContaining({
      call_id: call.id, opportunity_id: opportunity.id, version: 1, suggested_stage: 'calificacion_financiera', qualification_fields: ['budget', 'currency', 'location'],
    })]);

    // Precise times and confidences are kept as the columns hold them: sending them again is the same transcript.
    const precise = { language: 'es-MX', lines: LINES.map((line, i) => ({ ...line, start_seconds: i + 0.12345, confidence: 0.912345 })) };
    openai.reply(answer(GOOD));
    expect((await putTranscript(tenant, call.id, precise).expect(200)).body.lines[0]).toMatchObject({ start_seconds: 0.123, confidence: 0.9123 });
    await waitForQuiescence(app);
    const before = completions().length;
    expect((await putTranscript(tenant, call.id, precise).expect(200)).body.analysis).toBeNull();
    const again = await putTranscript(tenant, call.id, precise).expect(200);
    expect(again.body.analysis).toBeNull();
    await waitForQuiescence(app);
    expect(completions().length).toBe(before);
    const got = await app.http().get(`/api/v1/crm/calls/${call.id}/transcript`).set(tenant.auth).expect(200);
    expect(got.body).toMatchObject({ source: 'provided', language: 'es-MX' });
    expect(got.body.lines).toHaveLength(4);
  });

  it('refuses bad input (400) and changes nothing', async () => {
    const tenant = await aiTenant();
    const { contact } = await aLead(tenant);
    const call = await aCall(tenant, contact.id);
    const line = { speaker: 'customer', text: 'Hola' };
    const bad: Record<string, unknown>[] = [
      {}, { lines: [] }, { lines: 'hola' }, { lines: [{ ...line, speaker: 'robot' }] }, { lines: [{ speaker: 'customer' }] },
      { lines: [{ ...line, text: '' }] }, { lines: [{ ...line, text: '   ' }] }, { lines: [{ ...line, confidence: 2 }] },
      { lines: [{ ...line, start_seconds: -1 }] }, { lines: [{ ...line, start_seconds: 5, end_seconds: 2 }] },
      { lines: [{ ...line, seq: 1 }] }, { lines: [line], extra: true }, { lines: [line], language: 'spanish' },
      { lines: Array.from({ length: 2001 }, () => line) }, { lines: [{ ...line, text: 'x'.repeat(5001) }] },
    ];
    for (const body of bad) expectProblem(await putTranscript(tenant, call.id, body), 400, 'request.invalid');
    expectProblem(await putTranscript(tenant, 'nope'), 400, 'request.invalid');
    expectProblem(await app.http().get(`/api/v1/crm/calls/${call.id}/transcript`).set(tenant.auth), 404, 'resource.not_found');
  });

  it("is the tenant's own (404), needs the AI connection (409, nothing stored), and waits for a live AI call (409)", async () => {
    const tenant = await aiTenant();
    const { contact } = await aLead(tenant);
    const call = await aCall(tenant, contact.id);
    const stranger = await aiTenant();
    expectProblem(await putTranscript(stranger, call.id), 404, 'resource.not_found');
    expectProblem(await putTranscript(tenant, '00000000-0000-4000-8000-000000000000'), 404, 'resource.not_found');
    const plain = await aiTenant({ ai: false });
    const own = await aCall(plain, (await aContact(app, plain)).id);
    expectProblem(await putTranscript(plain, own.id), 409, 'ai.not_configured');
    expect((await db.query(`select count(*)::int as n from call_transcripts where call_id = $1`, [own.id])).rows[0].n).toBe(0);
    const viewer = await aKey(app, tenant, 'viewer');
    expect((await app.http().put(`/api/v1/crm/calls/${call.id}/transcript`).set(viewer.auth).send({ lines: LINES })).status).toBe(403);
    await db.query(`insert into ai_calls (call_id, tenant_id, opportunity_id, contact_id, agent_type, agent_version, system_prompt, greeting,
        language, max_turns, max_duration_seconds, status) select $1, $2, o.id, $3, 'perfilador', 1, 'p', 'g', 'es-MX', 5, 60, 'live'
        from lead_opportunities o where o.contact_id = $3`, [call.id, tenant.id, contact.id]);
    expectProblem(await putTranscript(tenant, call.id), 409, 'ai.call_in_progress');
  });
});

describe('POST /crm/calls/:id/analyze and GET …/analysis', () => {
  async function transcribed(setup: Setup = {}, lines = LINES) {
    const tenant = await aiTenant(setup);
    const { contact, opportunity } = await aLead(tenant);
    const call = await aCall(tenant, contact.id);
    openai.reply(answer(GOOD));
    await putTranscript(tenant, call.id, { lines }).expect(200);
    await waitForQuiescence(app);
    return { tenant, contact, opportunity, call };
  }

  it('answers the latest analysis without force; force makes a new version recording the agent version and model', async () => {
    const { tenant, call, opportunity } = await transcribed();
    const first = await app.http().post(`/api/v1/crm/calls/${call.id}/analyze`).set(tenant.auth).send({}).expect(202);
    expect(first.body).toMatchObject({ version: 1, status: 'completed' });
    await app.http().put('/api/v1/ai/agents/calificador_financiero').set(tenant.auth).send(agent({
      extraction_schema: { type: 'object', properties: { down_payment: { type: ['number', 'null'] } } }, advance_to_stage: 'agendado',
    })).expect(200);
    openai.reply(answer({ summary: 'Tiene enganche de 500 mil.', extracted: { down_payment: 500000 }, suggested_stage: null }));
    const forced = await app.http().post(`/api/v1/crm/calls/${call.id}/analyze`).set(tenant.auth)
      .send({ agent_type: 'calificador_financiero', force: true }).expect(202);
    expect(forced.body).toMatchObject({ version: 2, status: 'queued', agent_type: 'calificador_financiero', agent_version: 2, model: null, applied: null });
    const second = await analysisOf(tenant, call.id);
    expect(second).toMatchObject({
      version: 2, status: 'completed', agent_type: 'calificador_financiero', agent_version: 2, model: 'gpt-4o-mini',
      applied: { stage_from: 'calificacion_financiera', stage_to: 'agendado', qualification_fields: ['down_payment'] },
    });
    const v1 = await app.http().get(`/api/v1/crm/calls/${call.id}/analysis`).query({ version: 1 }).set(tenant.auth).expect(200);
    expect(v1.body).toMatchObject({ version: 1, agent_type: 'perfilador', summary: GOOD.summary });
    const lead = await opportunityOf(tenant, opportunity.id);
    // Merged, not replaced: the first analysis' fields stay.
    expect(lead.qualification).toEqual({ ...GOOD.extracted, down_payment: 500000 });
    expect(lead.pipeline_stage.current_stage).toBe('agendado');
    expectProblem(await app.http().get(`/api/v1/crm/calls/${call.id}/analysis`).query({ version: 3 }).set(tenant.auth), 404, 'resource.not_found');
  });

  it('re-analyses an AI call with the agent version that handled it, even after the agent changed', async () => {
    const tenant = await aiTenant();
    const { contact, opportunity } = await aLead(tenant);
    const placed = await app.http().post('/api/v1/crm/calls/initiate').set(tenant.auth)
      .send({ contact_id: contact.id, opportunity_id: opportunity.id, agent_type: 'perfilador' }).expect(202);
    const callId = placed.body.id as string;
    openai.reply(answer(GOOD));
    await putTranscript(tenant, callId).expect(200);
    expect(await analysisOf(tenant, callId)).toMatchObject({ version: 1, agent_type: 'perfilador', agent_version: 2 });
    // The agent is edited after the call: a new schema, version 3.
    await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth)
      .send(agent({ extraction_schema: { type: 'object', properties: { pets: { type: ['integer', 'null'] } } } })).expect(200);
    const before = completions().length;
    openai.reply(answer(GOOD));
    await app.http().post(`/api/v1/crm/calls/${callId}/analyze`).set(tenant.auth).send({ force: true }).expect(202);
    expect(await analysisOf(tenant, callId)).toMatchObject({ version: 2, status: 'completed', agent_type: 'perfilador', agent_version: 2 });
    const request = completions().slice(before)[0]!.body!;
    const extracted = (request.response_format as { json_schema: { schema: { properties: { extracted: { required: string[] } } } } })
      .json_schema.schema.properties.extracted;
    expect(extracted.required).toEqual(['budget', 'currency', 'location']);
  });

  it('is idempotent: the job replayed after it completed changes nothing and asks the model nothing', async () => {
    const { tenant, call, opportunity } = await transcribed();
    const done = await analysisOf(tenant, call.id);
    const { rows: [row] } = await db.query(`select id from call_analyses where call_id = $1`, [call.id]);
    const before = completions().length;
    const leadBefore = await opportunityOf(tenant, opportunity.id);
    const job = app.worker!.get(AnalyzeCallJob);
    await job.run({ tenantId: tenant.id, analysisId: row.id });
    await job.run({ tenantId: tenant.id, analysisId: row.id });
    await waitForQuiescence(app);
    expect(completions().length).toBe(before);
    expect(await analysisOf(tenant, call.id)).toEqual(done);
    const leadAfter = await opportunityOf(tenant, opportunity.id);
    expect(leadAfter.version).toBe(leadBefore.version);
    const history = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/stage-history`).set(tenant.auth).expect(200);
    expect(history.body.data.filter((change: { source: string }) => change.source === 'ai_call')).toHaveLength(1);
  });

  it('re-applying a completed output is harmless: a run that died after the model answered ends in the same state', async () => {
    const { tenant, call, opportunity } = await transcribed();
    await analysisOf(tenant, call.id);
    const { rows: [row] } = await db.query(`update call_analyses set status = 'running' where call_id = $1 returning id`, [call.id]);
    const leadBefore = await opportunityOf(tenant, opportunity.id);
    openai.reply(answer(GOOD));
    await app.worker!.get(AnalyzeCallJob).run({ tenantId: tenant.id, analysisId: row.id });
    await waitForQuiescence(app);
    const again = await analysisOf(tenant, call.id);
    expect(again).toMatchObject({ status: 'completed', applied: { stage_from: 'calificacion_financiera', stage_to: 'calificacion_financiera' } });
    const leadAfter = await opportunityOf(tenant, opportunity.id);
    expect(leadAfter).toMatchObject({ qualification: leadBefore.qualification, version: leadBefore.version, pipeline_stage: leadBefore.pipeline_stage });
  });

  it('skips a call with fewer than two customer lines (too_short), asking the model nothing', async () => {
    const before = completions().length;
    const tenant = await aiTenant();
    const { contact, opportunity } = await aLead(tenant);
    const call = await aCall(tenant, contact.id);
    await putTranscript(tenant, call.id, { lines: [{ speaker: 'agent', text: 'Hola' }, { speaker: 'customer', text: 'No puedo hablar.' }] }).expect(200);
    expect(await analysisOf(tenant, call.id)).toMatchObject({ status: 'skipped', error: 'too_short', model: null, applied: null, summary: null });
    expect(completions().length).toBe(before);
    expect((await opportunityOf(tenant, opportunity.id)).qualification).toEqual({});
  });

  it.each([
    ['a refusal', () => openai.reply({ refusal: 'I cannot help with that request.' }), /^refused: I cannot help/],
    ['an answer cut short (finish_reason length)', () => openai.reply({ content: '{"summary": "Busca depa', finishReason: 'length' }), /^truncated: .*length/],
    ['invalid JSON', () => openai.reply({ content: 'Claro, aquí está el resumen: busca depa.' }), /^invalid_output: the answer is not JSON/],
    ['JSON of the wrong shape', () => openai.reply(answer({ summary: 'x', extracted: { budget: 'mucho' }, suggested_stage: 'ganado' })), /^invalid_output: /],
    ['a 500 from the server', () => openai.failNext(SERVER_ERROR), /^provider_unavailable: .*500/],
    ['a 429 that does not clear', () => openai.failNext(TOO_MANY_REQUESTS), /^provider_unavailable: .*429/],
    ['no answer within the timeout', () => openai.delayNext(2500), /^provider_unavailable: the model server did not answer in time/],
  ])('fails on %s, applying nothing', async (_case, arrange, error) => {
    const tenant = await aiTenant({ connection: { timeout_ms: 1000 } });
    const { contact, opportunity } = await aLead(tenant);
    const call = await aCall(tenant, contact.id);
    await waitForQuiescence(app);
    const leadBefore = await opportunityOf(tenant, opportunity.id);
    arrange();
    await putTranscript(tenant, call.id).expect(200);
    const analysis = await analysisOf(tenant, call.id);
    expect(analysis).toMatchObject({ status: 'failed', applied: null, model: 'gpt-4o-mini' });
    expect(analysis.error).toMatch(error);
    const lead = await opportunityOf(tenant, opportunity.id);
    expect(lead).toMatchObject({ qualification: {}, pipeline_stage: { current_stage: leadBefore.pipeline_stage.current_stage }, version: leadBefore.version });
    expect((await app.http().get(`/api/v1/crm/calls/${call.id}`).set(tenant.auth).expect(200)).body.summary).toBeNull();
  });

  it('retries a 429 by the connection policy (retry-after honoured) and completes', async () => {
    const tenant = await aiTenant({ connection: { max_retries: 1 } });
    const { contact } = await aLead(tenant);
    const call = await aCall(tenant, contact.id);
    await waitForQuiescence(app);
    openai.failNext(TOO_MANY_REQUESTS);
    openai.reply(answer(GOOD));
    await putTranscript(tenant, call.id).expect(200);
    expect(await analysisOf(tenant, call.id)).toMatchObject({ status: 'completed', summary: GOOD.summary });
  });

  describe('on a server without json_schema', () => {
    it('asks in JSON mode with the schema in the prompt, and applies a valid answer', async () => {
      const tenant = await aiTenant();
      const { contact, opportunity } = await aLead(tenant);
      const call = await aCall(tenant, contact.id);
      await waitForQuiescence(app);
      openai.acceptsJsonSchema = false;
      const before = completions().length;
      openai.reply(answer(GOOD));
      await putTranscript(tenant, call.id).expect(200);
      expect(await analysisOf(tenant, call.id)).toMatchObject({ status: 'completed', summary: GOOD.summary });
      const requests = completions().slice(before);
      expect(requests.map((request) => (request.body!.response_format as { type: string }).type)).toEqual(['json_schema', 'json_object']);
      expect((requests[1]!.body!.messages as { content: string }[])[0]!.content).toContain('"required":["summary","extracted","suggested_stage"]');
      expect((await opportunityOf(tenant, opportunity.id)).qualification).toEqual(GOOD.extracted);
    });

    it('repairs an answer that does not fit once, sending back the answer and what is wrong', async () => {
      const tenant = await aiTenant();
      const { contact } = await aLead(tenant);
      const call = await aCall(tenant, contact.id);
      await waitForQuiescence(app);
      openai.acceptsJsonSchema = false;
      const before = completions().length;
      openai.reply({ content: '{"summary": "Busca depa"}' }, answer(GOOD));
      await putTranscript(tenant, call.id).expect(200);
      expect(await analysisOf(tenant, call.id)).toMatchObject({ status: 'completed', extracted: GOOD.extracted });
      const repair = completions().slice(before)[2]!.body!.messages as { role: string; content: string }[];
      expect(repair.slice(-2)).toEqual([
        { role: 'assistant', content: '{"summary": "Busca depa"}' },
        { role: 'user', content: expect.stringMatching(/^Su respuesta no es válida \(invalid_output: .*required property 'extracted'/) },
      ]);
    });

    it('fails when the repaired answer does not fit either, applying nothing', async () => {
      const tenant = await aiTenant();
      const { contact, opportunity } = await aLead(tenant);
      const call = await aCall(tenant, contact.id);
      await waitForQuiescence(app);
      openai.acceptsJsonSchema = false;
      openai.reply({ content: 'no es JSON' }, { content: '{"summary": 3}' });
      await putTranscript(tenant, call.id).expect(200);
      const analysis = await analysisOf(tenant, call.id);
      expect(analysis).toMatchObject({ status: 'failed', applied: null });
      expect(analysis.error).toMatch(/^invalid_output: .*\(after one repair\)$/);
      expect((await opportunityOf(tenant, opportunity.id)).qualification).toEqual({});
    });
  });

  it('never moves backwards or into won/lost: an unusable suggestion leaves the stage', async () => {
    const tenant = await aiTenant();
    const { contact, opportunity } = await aLead(tenant);
    await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth).send({ stage: 'agendado' }).expect(200);
    const call = await aCall(tenant, contact.id);
    openai.reply(answer({ ...GOOD, suggested_stage: 'perfilamiento' }));
    await putTranscript(tenant, call.id).expect(200);
    expect(await analysisOf(tenant, call.id)).toMatchObject({ status: 'completed', applied: { stage_from: 'agendado', stage_to: 'agendado' } });
    expect((await opportunityOf(tenant, opportunity.id)).pipeline_stage.current_stage).toBe('agendado');
  });

  it('refuses what it cannot do: no transcript (422), unknown or foreign call (404), bad input (400), no AI connection (409)', async () => {
    const { tenant, call } = await transcribed();
    const other = await aCall(tenant, (await aContact(app, tenant)).id);
    const analyze = (who: TestTenant, id: string, body: object = {}) => app.http().post(`/api/v1/crm/calls/${id}/analyze`).set(who.auth).send(body);
    expectProblem(await analyze(tenant, other.id), 422, 'ai.call_without_transcript');
    expect((await db.query(`select count(*)::int as n from call_analyses where call_id = $1`, [other.id])).rows[0].n).toBe(0);
    expectProblem(await app.http().get(`/api/v1/crm/calls/${other.id}/analysis`).set(tenant.auth), 404, 'resource.not_found');
    const stranger = await aiTenant();
    expectProblem(await analyze(stranger, call.id), 404, 'resource.not_found');
    expectProblem(await app.http().get(`/api/v1/crm/calls/${call.id}/analysis`).set(stranger.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get(`/api/v1/crm/calls/${call.id}/transcript`).set(stranger.auth), 404, 'resource.not_found');
    for (const body of [{ agent_type: 'robot' }, { force: 'yes' }, { extra: 1 }]) expectProblem(await analyze(tenant, call.id, body), 400, 'request.invalid');
    expectProblem(await analyze(tenant, 'nope'), 400, 'request.invalid');
    expectProblem(await app.http().get(`/api/v1/crm/calls/${call.id}/analysis`).query({ version: 0 }).set(tenant.auth), 400, 'request.invalid');
    const plain = await aiTenant({ ai: false });
    const own = await aCall(plain, (await aContact(app, plain)).id);
    expectProblem(await analyze(plain, own.id), 409, 'ai.not_configured');
    expectProblem(await app.http().get(`/api/v1/crm/calls/${own.id}/analysis`).set(plain.auth), 409, 'ai.not_configured');
    expect((await db.query(`select count(*)::int as n from call_analyses where tenant_id = $1`, [plain.id])).rows[0].n).toBe(0);
  });
});

describe('GET /crm/opportunities/:id/calls', () => {
  it("lists the lead's calls newest first with their analysis status, also without an AI connection, and is the tenant's own", async () => {
    const tenant = await aiTenant({ ai: false });
    const { contact, opportunity } = await aLead(tenant);
    const first = await aCall(tenant, contact.id);
    const second = await aCall(tenant, contact.id, { call_status: 'no_answer' });
    await aCall(tenant, (await aContact(app, tenant)).id);
    const page = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/calls`).set(tenant.auth).query({ limit: 1 }).expect(200);
    expect(page.body.data).toEqual([expect.objectContaining({ id: second.id, call_status: 'no_answer', has_transcript: false, analysis: null })]);
    const rest = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/calls`).set(tenant.auth)
      .query({ cursor: page.body.next_cursor }).expect(200);
    expect(rest.body).toEqual({ data: [expect.objectContaining({ id: first.id })], next_cursor: null });
    const viewer = await aKey(app, tenant, 'viewer');
    await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/calls`).set(viewer.auth).expect(200);
    const stranger = await aiTenant();
    expectProblem(await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/calls`).set(stranger.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get('/api/v1/crm/opportunities/nope/calls').set(tenant.auth), 400, 'request.invalid');
    expectProblem(await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/calls`).query({ limit: 0 }).set(tenant.auth), 400, 'request.invalid');
  });
});
