import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aContact, anOpportunity, aTenant, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import { SERVER_ERROR, startOpenAi, TOO_MANY_REQUESTS, type OpenAiStandIn, type RecordedRequest } from '../support/stand-ins/openai.js';
import { RECORDING_MP3, sendZadarma, startZadarmaApi, zadarmaCall, zadarmaRecordingEmail, type ZadarmaApiStandIn } from '../support/stand-ins/zadarma.js';
import { connectZadarma, deliverTo, pbxId } from '../support/telephony.js';

/**
 * Transcription of stored recordings (contract §13): a call whose recording Leadline stored (a
 * recording e-mail, a Zadarma NOTIFY_RECORD) is sent, by the worker, through the AI connection's
 * `transcription_model` to the OpenAI-compatible stand-in's `/v1/audio/transcriptions`; its
 * segments become the call's transcript (`source: transcription`), which is then analysed as a
 * PUT transcript is.
 */
let app: RunningApp;
let openai: OpenAiStandIn;
let zadarmaApi: ZadarmaApiStandIn;
const db = sql();
const PUBLIC_BASE_URL = 'https://leadline.example.test';
const RECORDINGS_DIR = mkdtempSync(join(tmpdir(), 'leadline-transcriptions-'));
const API_KEY = 'sk-test-transcription';
const ZADARMA = { api_key: 'zd-key-transcription', api_secret: 'zd-secret-transcription' };

beforeAll(async () => {
  openai = await startOpenAi({ apiKey: API_KEY });
  zadarmaApi = await startZadarmaApi({ apiKey: ZADARMA.api_key, apiSecret: ZADARMA.api_secret });
  app = await startApp({ env: { PUBLIC_BASE_URL, RECORDINGS_DIR, PROVIDER_TEST_HOSTS: '127.0.0.1' } });
});

afterAll(async () => {
  await app.close();
  await openai.close();
  await zadarmaApi.close();
  await db.end();
});

const GOOD = {
  summary: 'Busca departamento en Zapopan con 2.5 millones.',
  extracted: { interest: null, purpose: null, location: 'Zapopan', timeline: null, interested: true },
  suggested_stage: null,
};

async function aiTenant(connection: Record<string, unknown> | null = {}): Promise<TestTenant> {
  const tenant = await aTenant(app);
  if (connection) {
    await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send({
      api_key: API_KEY, base_url: openai.baseUrl, model: 'gpt-4o-mini', transcription_model: 'whisper-1', language: 'es', max_retries: 0,
      ...connection,
    }).expect(200);
  }
  return tenant;
}

/** A lead, and a recording e-mail of an outbound call to it: the call is created, its audio stored. */
async function aRecordedCall(tenant: TestTenant, audio = Buffer.concat([RECORDING_MP3, randomBytes(1024)])) {
  const contact = await aContact(app, tenant);
  const opportunity = await anOpportunity(app, tenant, { contact_id: contact.id });
  const email = zadarmaRecordingEmail({ subject: `Llamada saliente a ${contact.phone.slice(1)} 2026-11-21 12:00:00`, audio });
  const call = await app.http().post(`/api/v1/webhooks/zadarma/${tenant.id}/recording-email`).set(tenant.auth)
    .set('content-type', 'message/rfc822').send(email).expect(201);
  return { contact, opportunity, callId: call.body.id as string, email, audio };
}

const transcriptionsOf = (since: number) => openai.requestsTo('/v1/audio/transcriptions').slice(since);
const transcriptionCount = () => openai.requestsTo('/v1/audio/transcriptions').length;

async function transcriptOf(tenant: TestTenant, callId: string) {
  return (await app.http().get(`/api/v1/crm/calls/${callId}/transcript`).set(tenant.auth).expect(200)).body;
}

async function analysisOf(tenant: TestTenant, callId: string) {
  return (await app.http().get(`/api/v1/crm/calls/${callId}/analysis`).set(tenant.auth).expect(200)).body;
}

const rowsOf = async (callId: string) =>
  (await db.query(`select status, model, lines, error from call_transcriptions where call_id = $1`, [callId])).rows;
const runsOf = async (tenantId: string) =>
  (await db.query(`select status, attempts from scheduled_jobs where tenant_id = $1 and name = 'ai.transcribe-recording'`, [tenantId])).rows;

describe('a stored recording', () => {
  it('is transcribed through the transcription model (verbose_json, the connection\'s language), stored as lines and analysed', async () => {
    const tenant = await aiTenant();
    const before = transcriptionCount();
    openai.reply({ content: JSON.stringify(GOOD) });
    const { callId, opportunity, audio } = await aRecordedCall(tenant);
    await waitForQuiescence(app);

    const [sent] = transcriptionsOf(before) as [RecordedRequest];
    expect(transcriptionsOf(before)).toHaveLength(1);
    expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body).toMatchObject({
      model: 'whisper-1', response_format: 'verbose_json', language: 'es', 'timestamp_granularities[]': 'segment',
      file: { filename: 'recording.mp3', type: 'audio/mpeg', size: audio.length },
    });

    const transcript = await transcriptOf(tenant, callId);
    expect(transcript).toMatchObject({ call_id: callId, source: 'transcription', language: 'es' });
    expect(transcript.lines).toEqual([
      { seq: 1, speaker: 'unknown', text: 'Buenas tardes, le llamo de Leadline.', start_seconds: 0, end_seconds: 2.4, confidence: 0.8353, interrupted: false, latency_ms: null },
      { seq: 2, speaker: 'unknown', text: 'Sí, busco un departamento en Zapopan.', start_seconds: 2.9, end_seconds: 5.6, confidence: 0.7788, interrupted: false, latency_ms: null },
      { seq: 3, speaker: 'unknown', text: '¿Con qué presupuesto?', start_seconds: 6.1, end_seconds: 7.3, confidence: 0.8106, interrupted: false, latency_ms: null },
      { seq: 4, speaker: 'unknown', text: 'Unos dos millones y medio de pesos.', start_seconds: 7.8, end_seconds: 10.2, confidence: 0.7408, interrupted: false, latency_ms: null },
    ]);

    // Analysed as a PUT transcript is: the summary reaches the call and its first-call attempt.
    const analysis = await analysisOf(tenant, callId);
    expect(analysis).toMatchObject({ status: 'completed', version: 1, agent_type: 'perfilador', summary: GOOD.summary, error: null });
    const analysed = openai.requestsTo('/v1/chat/completions').at(-1)!.body as { messages: { content: string }[] };
    expect(analysed.messages.at(-1)!.content).toContain('Desconocido: Sí, busco un departamento en Zapopan.');
    expect((await app.http().get(`/api/v1/crm/calls/${callId}`).set(tenant.auth).expect(200)).body.summary).toBe(GOOD.summary);
    const lead = (await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200)).body;
    expect(lead.qualification).toMatchObject({ location: 'Zapopan', interested: true });
    const calls = (await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/calls`).set(tenant.auth).expect(200)).body;
    expect(calls.data[0]).toMatchObject({ has_transcript: true, analysis: { status: 'completed' } });
    expect(await rowsOf(callId)).toEqual([{ status: 'completed', model: 'whisper-1', lines: 4, error: null }]);
    expect(await runsOf(tenant.id)).toEqual([{ status: 'done', attempts: 1 }]);
  });

  it('fetched from Zadarma after NOTIFY_RECORD is transcribed too', async () => {
    const tenant = await aiTenant({ language: undefined });
    await connectZadarma(app, tenant, { ...ZADARMA, api_base_url: zadarmaApi.baseUrl });
    const call = zadarmaCall(pbxId());
    const before = transcriptionCount();
    openai.transcribe({ language: 'spanish', segments: [{ text: ' Hola.', start: 0, end: 1 }, { text: ' Sí, dígame.', start: 1.2, end: 2 }] });
    await sendZadarma(deliverTo(app), `/api/v1/webhooks/zadarma/${tenant.id}`, call.outEnd('525512345678', 'answered', '30'), ZADARMA.api_secret);
    await sendZadarma(deliverTo(app), `/api/v1/webhooks/zadarma/${tenant.id}`, call.record('rec-transcription'), ZADARMA.api_secret);
    await waitForQuiescence(app);

    const callId = (await db.query(`select id from calls where tenant_id = $1`, [tenant.id])).rows[0].id as string;
    expect(transcriptionsOf(before)).toHaveLength(1);
    expect(transcriptionsOf(before)[0]!.body).not.toHaveProperty('language');
    const transcript = await transcriptOf(tenant, callId);
    // No language on the connection: the server's own name for what it heard.
    expect(transcript).toMatchObject({ source: 'transcription', language: 'spanish' });
    expect(transcript.lines.map((line: { text: string }) => line.text)).toEqual(['Hola.', 'Sí, dígame.']);
  });

  it('that holds only silence gives an empty transcript and a skipped analysis (too_short)', async () => {
    const tenant = await aiTenant();
    openai.transcribe({ segments: [{ text: ' Gracias por ver el video.', start: 0, end: 29.9, avg_logprob: -1.3, no_speech_prob: 0.93 }] });
    const { callId } = await aRecordedCall(tenant);
    await waitForQuiescence(app);
    expect((await transcriptOf(tenant, callId)).lines).toEqual([]);
    expect(await analysisOf(tenant, callId)).toMatchObject({ status: 'skipped', error: 'too_short' });
  });
});

describe('nothing happens', () => {
  it('without an AI connection, or with one that has no transcription_model', async () => {
    const plain = await aiTenant(null);
    const noModel = await aiTenant({ transcription_model: undefined });
    const before = transcriptionCount();
    const first = await aRecordedCall(plain);
    const second = await aRecordedCall(noModel);
    await waitForQuiescence(app);

    expect(transcriptionCount()).toBe(before);
    expect(await rowsOf(first.callId)).toEqual([]);
    expect(await rowsOf(second.callId)).toEqual([]);
    expectProblem(await app.http().get(`/api/v1/crm/calls/${first.callId}/transcript`).set(plain.auth), 409, 'ai.not_configured');
    expectProblem(await app.http().get(`/api/v1/crm/calls/${second.callId}/transcript`).set(noModel.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get(`/api/v1/crm/calls/${second.callId}/analysis`).set(noModel.auth), 404, 'resource.not_found');
  });

  it('for a recording_url set through the API: only audio Leadline stored is transcribed', async () => {
    const tenant = await aiTenant();
    const contact = await aContact(app, tenant);
    const before = transcriptionCount();
    const call = await app.http().post('/api/v1/crm/calls').set(tenant.auth).send({
      direction: 'outbound', entity_id: contact.id, call_status: 'completed', recording_url: 'https://pbx.example.com/rec/1.mp3',
    }).expect(201);
    await waitForQuiescence(app);
    expect(transcriptionCount()).toBe(before);
    expect(await rowsOf(call.body.id)).toEqual([]);
  });
});

describe('a call is transcribed once', () => {
  it('not when it already has a transcript (PUT), and not again when its recording arrives again', async () => {
    const tenant = await aiTenant();
    const contact = await aContact(app, tenant);
    await anOpportunity(app, tenant, { contact_id: contact.id });
    const pbxCallId = pbxId();
    const email = zadarmaRecordingEmail({ subject: `Grabación ${pbxCallId}` });
    const created = await app.http().post(`/api/v1/webhooks/zadarma/${tenant.id}/recording-email`).set(tenant.auth)
      .set('content-type', 'message/rfc822').send(email).expect(201);
    const transcribedCall = created.body.id as string;
    await waitForQuiescence(app);
    const afterFirst = transcriptionCount();

    // The same recording again (a redelivered e-mail, another copy): no second transcription.
    await app.http().post(`/api/v1/webhooks/zadarma/${tenant.id}/recording-email`).set(tenant.auth)
      .set('content-type', 'message/rfc822').send(zadarmaRecordingEmail({ subject: `Grabación ${pbxCallId}`, audio: randomBytes(900) })).expect(201);
    await waitForQuiescence(app);
    expect(transcriptionCount()).toBe(afterFirst);
    expect((await analysisOf(tenant, transcribedCall)).version).toBe(1);

    // A call with a transcript of its own is not transcribed when its recording is stored later.
    const other = await app.http().post('/api/v1/crm/calls').set(tenant.auth)
      .send({ direction: 'outbound', entity_id: contact.id, call_status: 'completed', provider: 'zadarma', external_call_id: pbxId() }).expect(201);
    await app.http().put(`/api/v1/crm/calls/${other.body.id}/transcript`).set(tenant.auth).send({
      lines: [{ speaker: 'agent', text: '¿Qué busca?' }, { speaker: 'customer', text: 'Una casa.' }],
    }).expect(200);
    await app.http().post(`/api/v1/webhooks/zadarma/${tenant.id}/recording-email`).set(tenant.auth)
      .set('content-type', 'message/rfc822').send(zadarmaRecordingEmail({ subject: `Grabación ${other.body.external_call_id}` })).expect(201);
    await waitForQuiescence(app);
    expect(transcriptionCount()).toBe(afterFirst);
    expect(await transcriptOf(tenant, other.body.id)).toMatchObject({ source: 'provided' });
  });
});

describe('when the transcription server fails', () => {
  it('a refused file (400) makes the call\'s analysis failed, saying why, and is not retried', async () => {
    const tenant = await aiTenant();
    const before = transcriptionCount();
    openai.failNext({ status: 400, type: 'invalid_request_error', code: 'invalid_value', message: 'Audio file might be corrupted or unsupported' });
    const { callId, opportunity } = await aRecordedCall(tenant);
    await waitForQuiescence(app);

    expect(transcriptionCount()).toBe(before + 1);
    expect(await analysisOf(tenant, callId)).toMatchObject({
      status: 'failed', version: 1, model: 'whisper-1', summary: null, applied: null,
      error: expect.stringMatching(/^transcription_failed: the transcription server answered 400: .*Audio file might be corrupted/),
    });
    expectProblem(await app.http().get(`/api/v1/crm/calls/${callId}/transcript`).set(tenant.auth), 404, 'resource.not_found');
    const calls = (await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/calls`).set(tenant.auth).expect(200)).body;
    expect(calls.data[0]).toMatchObject({ has_transcript: false, analysis: { status: 'failed' } });
    expect(await rowsOf(callId)).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(await runsOf(tenant.id)).toEqual([{ status: 'done', attempts: 1 }]);
    expect((await db.query(`select count(*)::int as n from dead_letters where tenant_id = $1`, [tenant.id])).rows[0].n).toBe(0);
  });

  it('a local server\'s 404 for an unknown model ({"detail": …}) is refused for good too', async () => {
    const tenant = await aiTenant({ transcription_model: 'whisper-large-v3' });
    const { callId } = await aRecordedCall(tenant);
    await waitForQuiescence(app);
    expect((await analysisOf(tenant, callId)).error).toMatch(/^transcription_failed: the transcription server answered 404/);
  });

  it('a 500 or a 429 is retried by the job runner, and then transcribes', async () => {
    const tenant = await aiTenant();
    const before = transcriptionCount();
    openai.failNext(SERVER_ERROR);
    openai.failNext(TOO_MANY_REQUESTS);
    const { callId } = await aRecordedCall(tenant);
    await waitForQuiescence(app);

    expect(transcriptionCount()).toBe(before + 3);
    expect(await transcriptOf(tenant, callId)).toMatchObject({ source: 'transcription' });
    expect(await rowsOf(callId)).toEqual([{ status: 'completed', model: 'whisper-1', lines: 4, error: null }]);
    expect(await runsOf(tenant.id)).toEqual([{ status: 'done', attempts: 3 }]);
    expect((await analysisOf(tenant, callId)).status).not.toBe('failed');
  });

  it('a server that keeps failing ends failed after the runner\'s attempts, with a dead letter, and never a 500 to anyone', async () => {
    const tenant = await aiTenant();
    const before = transcriptionCount();
    openai.failNext(SERVER_ERROR, 3); // EVENT_MAX_ATTEMPTS is 3 in the tests
    const { callId } = await aRecordedCall(tenant);
    await waitForQuiescence(app);

    expect(transcriptionCount()).toBe(before + 3);
    expect(await analysisOf(tenant, callId)).toMatchObject({
      status: 'failed', error: expect.stringMatching(/^transcription_failed: the transcription server answered 500/),
    });
    expect(await rowsOf(callId)).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(await runsOf(tenant.id)).toEqual([{ status: 'failed', attempts: 3 }]);
    const letters = (await db.query(`select job_name from dead_letters where tenant_id = $1`, [tenant.id])).rows;
    expect(letters).toEqual([{ job_name: 'ai.transcribe-recording' }]);
    expectProblem(await app.http().get(`/api/v1/crm/calls/${callId}/transcript`).set(tenant.auth), 404, 'resource.not_found');
    expectProblem(await app.http().post(`/api/v1/crm/calls/${callId}/analyze`).set(tenant.auth).send({ force: true }), 422, 'ai.call_without_transcript');
  });
});

describe('tenants', () => {
  it('each tenant\'s recordings go through its own connection, and its transcripts are its own', async () => {
    openai.apiKeys.add('sk-other-tenant');
    const own = await aiTenant();
    const other = await aiTenant({ api_key: 'sk-other-tenant' });
    const before = transcriptionCount();
    const mine = await aRecordedCall(own);
    const theirs = await aRecordedCall(other);
    await waitForQuiescence(app);

    const keys = transcriptionsOf(before).map((request) => request.headers.authorization).sort();
    expect(keys).toEqual([`Bearer ${API_KEY}`, 'Bearer sk-other-tenant'].sort());
    expect(await transcriptOf(own, mine.callId)).toMatchObject({ source: 'transcription' });
    expectProblem(await app.http().get(`/api/v1/crm/calls/${mine.callId}/transcript`).set(other.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get(`/api/v1/crm/calls/${theirs.callId}/analysis`).set(own.auth), 404, 'resource.not_found');
    const { rows } = await db.query(`select tenant_id from call_transcriptions where call_id = any($1::uuid[]) order by tenant_id`, [[mine.callId, theirs.callId]]);
    expect(rows.map((row) => row.tenant_id).sort()).toEqual([own.id, other.id].sort());
  });
});
