import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WebSocket } from 'ws';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import { SERVER_ERROR, startOpenAi, type OpenAiStandIn } from '../support/stand-ins/openai.js';
import { signTwilio, startTwilio, type PlacedTwilioCall, type TwilioStandIn } from '../support/stand-ins/twilio.js';

/**
 * AI phone calls (contract §13; integrations-2 §4): POST /crm/calls/initiate with agent_type places
 * a Twilio call whose TwiML connects it to ConversationRelay, and the relay WebSocket — opened here
 * by a `ws` client that plays Twilio, signing its upgrade as Twilio does — runs the conversation
 * against the OpenAI-compatible stand-in, streaming the model's tokens back as they arrive.
 */
let app: RunningApp;
let twilio: TwilioStandIn;
let otherTwilio: TwilioStandIn;
let openai: OpenAiStandIn;
let port: number;
const db = sql();
const PUBLIC_BASE_URL = 'https://leadline.example.test';
const FROM = '+14155550100';
const API_KEY = 'sk-test-standin';

beforeAll(async () => {
  twilio = await startTwilio({ ownedNumbers: [FROM] });
  otherTwilio = await startTwilio({ ownedNumbers: [FROM] });
  openai = await startOpenAi({ apiKey: API_KEY });
  app = await startApp({ env: { PUBLIC_BASE_URL }, worker: false });
  await app.api.listen(0, '127.0.0.1');
  port = (app.api.getHttpServer().address() as AddressInfo).port;
});

afterAll(async () => {
  await app.close();
  await twilio.close();
  await otherTwilio.close();
  await openai.close();
  await db.end();
});

const agent = (fields: Record<string, unknown> = {}) => ({
  instructions: 'Eres asesor de Leadline y hablas con {{ name }}. Sé breve.',
  greeting: 'Hola {{ name }}, le llamo de Leadline.',
  extraction_schema: { type: 'object', properties: { budget: { type: ['number', 'null'] } } },
  tools: ['end_call'],
  advance_to_stage: null,
  max_turns: 10,
  max_duration_seconds: 300,
  ...fields,
});

interface Setup {
  ai?: boolean;
  twilio?: TwilioStandIn | null;
  agent?: Record<string, unknown>;
}

async function aiTenant(setup: Setup = {}): Promise<TestTenant> {
  const tenant = await aTenant(app);
  const account = setup.twilio === undefined ? twilio : setup.twilio;
  if (account) {
    await app.http().put('/api/v1/integrations/twilio').set(tenant.auth).send({
      account_sid: account.accountSid, auth_token: account.authToken, from_number: FROM, api_base_url: account.baseUrl,
    }).expect(200);
  }
  if (setup.ai !== false) {
    await app.http().put('/api/v1/integrations/ai').set(tenant.auth)
      .send({ api_key: API_KEY, base_url: openai.baseUrl, model: 'gpt-4o-mini', language: 'es' }).expect(200);
    await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).send(agent(setup.agent)).expect(200);
  }
  return tenant;
}

async function aLead(tenant: TestTenant, contactFields: Record<string, unknown> = {}) {
  const contact = await aContact(app, tenant, { first_name: 'Ana', ...contactFields });
  const opportunity = await anOpportunity(app, tenant, { contact_id: contact.id });
  return { contact, opportunity };
}

function initiate(tenant: TestTenant, body: Record<string, unknown>) {
  return app.http().post('/api/v1/crm/calls/initiate').set(tenant.auth).send(body);
}

/** An AI call placed for a new lead: the call as answered, and what the Twilio stand-in received. */
async function anAiCall(tenant: TestTenant, account: TwilioStandIn = twilio) {
  const { contact, opportunity } = await aLead(tenant);
  const response = await initiate(tenant, { contact_id: contact.id, opportunity_id: opportunity.id, agent_type: 'perfilador' }).expect(202);
  const placed = account.calls.find((call) => call.sid === response.body.external_call_id);
  if (!placed) throw new Error('the call was not placed at the stand-in');
  return { call: response.body as { id: string; external_call_id: string; [field: string]: unknown }, placed, contact, opportunity };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&apos;': "'" };
const unescape = (text: string) => text.replace(/&(amp|quot|lt|gt|apos);/g, (entity) => ENTITIES[entity]!);

/** The attributes of each `<name …>` element of the posted TwiML, in order (xmlbuilder's output is regular). */
function elements(twiml: string, name: string): Record<string, string>[] {
  return [...twiml.matchAll(new RegExp(`<${name}((?:\\s+\\w+="[^"]*")*)\\s*/?>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, unescape(value!)])));
}

const relayUrlOf = (callId: string) => `wss://leadline.example.test/api/v1/ai-calls/${callId}/relay`;

/** Twilio's side of the relay socket: opens it (signed or not) and keeps every frame the app sends. */
class TwilioRelay {
  readonly frames: Record<string, unknown>[] = [];
  closedWith: number | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => this.frames.push(JSON.parse(data.toString()) as Record<string, unknown>));
    ws.on('close', (code) => { this.closedWith = code; });
  }

  /** Resolves with the socket once open, or with the HTTP status the upgrade was refused with. */
  static open(callId: string, headers: Record<string, string>, path = `/api/v1/ai-calls/${callId}/relay`): Promise<TwilioRelay | number> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, { headers });
      ws.on('open', () => resolve(new TwilioRelay(ws)));
      ws.on('unexpected-response', (_request, response) => { resolve(response.statusCode ?? 0); ws.terminate(); });
      ws.on('error', (error) => reject(error));
    });
  }

  static async signed(callId: string, authToken: string): Promise<TwilioRelay> {
    const relay = await TwilioRelay.open(callId, { 'X-Twilio-Signature': signTwilio(authToken, relayUrlOf(callId), {}) });
    if (typeof relay === 'number') throw new Error(`the upgrade was refused: ${relay}`);
    return relay;
  }

  send(message: Record<string, unknown>): void {
    this.ws.send(JSON.stringify(message));
  }

  setup(placed: PlacedTwilioCall, callSid = placed.sid): void {
    this.send({
      type: 'setup', sessionId: `VX${'0'.repeat(32)}`, accountSid: twilio.accountSid, callSid, from: placed.from, to: placed.to,
      direction: 'outbound-api', callType: 'PSTN', callStatus: 'IN-PROGRESS', customParameters: {},
    });
  }

  say(words: string): void {
    this.send({ type: 'prompt', voicePrompt: words, lang: 'es-MX', last: true });
  }

  /** Waits for a frame from `from` on that fits; answers its index. */
  async frame(fits: (frame: Record<string, unknown>) => boolean, from = 0, timeoutMs = 10_000): Promise<number> {
    return eventually(async () => {
      const index = this.frames.findIndex((frame, i) => i >= from && fits(frame));
      return index >= 0 ? index : undefined;
    }, timeoutMs);
  }

  /** The text frames of the turn that ends at the next `last: true` from `from`. */
  async turn(from = 0): Promise<{ tokens: string[]; end: number }> {
    const end = await this.frame((frame) => frame.type === 'text' && frame.last === true, from);
    const tokens = this.frames.slice(from, end).filter((frame) => frame.type === 'text').map((frame) => frame.token as string);
    return { tokens, end: end + 1 };
  }

  close(): void {
    this.ws.close();
  }
}

async function transcriptOf(tenant: TestTenant, callId: string, lines: number) {
  return eventually(async () => {
    const response = await app.http().get(`/api/v1/crm/calls/${callId}/transcript`).set(tenant.auth).expect(200);
    return response.body.lines.length >= lines ? response.body : undefined;
  });
}

describe('placing an AI call', () => {
  it('records the call first, then places it with ConversationRelay TwiML naming the signed relay URL and the rendered greeting', async () => {
    const tenant = await aiTenant();
    const { call, placed, contact } = await anAiCall(tenant);
    expect(call).toMatchObject({ provider: 'twilio', direction: 'outbound', call_status: 'initiated', entity_id: contact.id, to_number: contact.phone });
    expect(call.external_call_id).toMatch(/^CA[0-9a-f]{32}$/);
    expect(placed.form.get('Url')).toBeNull();
    const twiml = placed.form.get('Twiml')!;
    expect(twiml.length).toBeLessThanOrEqual(4000);
    expect(twiml).toMatch(/^<\?xml[^>]*\?><Response><Connect><ConversationRelay [^>]*>(<Parameter [^>]*\/>)+<\/ConversationRelay><\/Connect><\/Response>$/);
    const [relay] = elements(twiml, 'ConversationRelay');
    expect(relay).toMatchObject({
      url: relayUrlOf(call.id), welcomeGreeting: 'Hola Ana, le llamo de Leadline.', language: 'es-MX', interruptible: 'any',
    });
    expect(relay!.url).not.toContain('?');
    expect(elements(twiml, 'Parameter')).toEqual(expect.arrayContaining([{ name: 'call_id', value: call.id }, { name: 'agent_type', value: 'perfilador' }]));
    expect(placed.statusCallback).toBe(`${PUBLIC_BASE_URL}/api/v1/webhooks/twilio/${tenant.id}/status`);
    const { rows } = await db.query(`select status, call_sid, system_prompt from ai_calls where call_id = $1`, [call.id]);
    expect(rows[0]).toMatchObject({ status: 'placed', call_sid: placed.sid, system_prompt: 'Eres asesor de Leadline y hablas con Ana. Sé breve.' });
  });

  it('escapes what a lead typed into the greeting', async () => {
    const tenant = await aiTenant();
    const { contact, opportunity } = await aLead(tenant, { first_name: 'Ana "<b>" & Co' });
    const response = await initiate(tenant, { contact_id: contact.id, opportunity_id: opportunity.id, agent_type: 'perfilador' }).expect(202);
    const twiml = twilio.calls.find((call) => call.sid === response.body.external_call_id)!.form.get('Twiml')!;
    expect(twiml).not.toContain('"<b>"');
    expect(elements(twiml, 'ConversationRelay')[0]!.welcomeGreeting).toBe('Hola Ana "<b>" & Co, le llamo de Leadline.');
  });

  it('answers 409 ai.not_configured without the AI connection, and places nothing', async () => {
    const tenant = await aiTenant({ ai: false });
    const { contact } = await aLead(tenant);
    const before = twilio.calls.length;
    expectProblem(await initiate(tenant, { contact_id: contact.id, agent_type: 'perfilador' }), 409, 'ai.not_configured');
    expect(twilio.calls.length).toBe(before);
    // The same tenant's plain call is unchanged by the AI feature.
    await initiate(tenant, { contact_id: contact.id }).expect(202);
  });

  it('needs the Twilio connection (422 telephony.provider_not_configured)', async () => {
    const tenant = await aiTenant({ twilio: null });
    const { contact } = await aLead(tenant);
    expectProblem(await initiate(tenant, { contact_id: contact.id, agent_type: 'perfilador' }), 422, 'telephony.provider_not_configured');
  });

  it('refuses a greeting or prompt with a variable the lead has no value for (422 naming it): no call row, nothing placed', async () => {
    const tenant = await aiTenant({ agent: { instructions: 'El presupuesto es {{ budget }}.', greeting: 'Hola {{ name }}, ¿sigue en {{ city }}?' } });
    const { contact, opportunity } = await aLead(tenant);
    const before = twilio.calls.length;
    const response = await initiate(tenant, { contact_id: contact.id, opportunity_id: opportunity.id, agent_type: 'perfilador' });
    expectProblem(response, 422, 'template.missing_variable');
    expect([...response.body.variables].sort()).toEqual(['budget', 'city']);
    expect(twilio.calls.length).toBe(before);
    const calls = await app.http().get('/api/v1/crm/calls').query({ entity_id: contact.id }).set(tenant.auth).expect(200);
    expect(calls.body.data).toEqual([]);
  });

  it("keeps a call Twilio refused as failed, with Twilio's code in the problem", async () => {
    const tenant = await aiTenant();
    const { contact, opportunity } = await aLead(tenant);
    twilio.failNext({ status: 400, code: 21215, message: 'Account not authorized to call this number.' });
    const response = await initiate(tenant, { contact_id: contact.id, opportunity_id: opportunity.id, agent_type: 'perfilador' });
    expectProblem(response, 422, 'telephony.provider_rejected');
    const calls = await app.http().get('/api/v1/crm/calls').query({ entity_id: contact.id }).set(tenant.auth).expect(200);
    expect(calls.body.data).toEqual([expect.objectContaining({ call_status: 'failed', external_call_id: null })]);
  });

  it('refuses bad input (400) and leads of other contacts or tenants (422)', async () => {
    const tenant = await aiTenant();
    const { contact, opportunity } = await aLead(tenant);
    const other = await aLead(tenant);
    expectProblem(await initiate(tenant, { contact_id: contact.id, agent_type: 'robot' }), 400, 'request.invalid');
    expectProblem(await initiate(tenant, { contact_id: contact.id, agent_type: 7 }), 400, 'request.invalid');
    expectProblem(await initiate(tenant, { contact_id: contact.id, opportunity_id: other.opportunity.id, agent_type: 'perfilador' }),
      422, 'telephony.opportunity_not_of_contact');
    const stranger = await aiTenant();
    expectProblem(await initiate(stranger, { contact_id: contact.id, opportunity_id: opportunity.id, agent_type: 'perfilador' }),
      422, 'call.contact_unknown');
  });
});

describe('the relay WebSocket', () => {
  it("refuses an upgrade without Twilio's signature, with a forged one, one for another URL, or one of another tenant's token (403)", async () => {
    const tenant = await aiTenant();
    const { call } = await anAiCall(tenant);
    expect(await TwilioRelay.open(call.id, {})).toBe(403);
    expect(await TwilioRelay.open(call.id, { 'X-Twilio-Signature': signTwilio(`${twilio.authToken}x`, relayUrlOf(call.id), {}) })).toBe(403);
    expect(await TwilioRelay.open(call.id, { 'X-Twilio-Signature': signTwilio(twilio.authToken, `https://leadline.example.test/api/v1/ai-calls/${call.id}/relay`, {}) })).toBe(403);
    expect(await TwilioRelay.open(call.id, { 'X-Twilio-Signature': signTwilio(otherTwilio.authToken, relayUrlOf(call.id), {}) })).toBe(403);
    // A query string is not part of what Twilio signed: not this URL.
    expect(await TwilioRelay.open(call.id, { 'X-Twilio-Signature': signTwilio(twilio.authToken, relayUrlOf(call.id), {}) },
      `/api/v1/ai-calls/${call.id}/relay?x=1`)).toBe(404);
    expect(await TwilioRelay.open('not-a-call', { 'X-Twilio-Signature': 'x' }, '/api/v1/ai-calls/not-a-call/relay')).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await TwilioRelay.open(unknown, { 'X-Twilio-Signature': signTwilio(twilio.authToken, relayUrlOf(unknown), {}) })).toBe(403);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.close();
  });

  it('refuses a second socket for a call while one is open, and any after the call ended (a replayed handshake)', async () => {
    const tenant = await aiTenant({ agent: { max_turns: 1 } });
    const { call, placed } = await anAiCall(tenant);
    const signature = { 'X-Twilio-Signature': signTwilio(twilio.authToken, relayUrlOf(call.id), {}) };
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    expect(await TwilioRelay.open(call.id, signature)).toBe(403);
    relay.setup(placed);
    relay.say('Hola');
    await relay.turn();
    relay.say('Adiós');
    await relay.frame((frame) => frame.type === 'end');
    relay.close();
    await eventually(async () => {
      const { rows } = await db.query(`select status from ai_calls where call_id = $1`, [call.id]);
      return rows[0].status === 'ended' ? true : undefined;
    });
    expect(await TwilioRelay.open(call.id, signature)).toBe(403);
  });

  it("refuses another tenant's call even when signed with that tenant's own token", async () => {
    const owner = await aiTenant({ twilio: otherTwilio });
    const { call } = await anAiCall(owner, otherTwilio);
    await aiTenant(); // a tenant on the main account signs for a call that is not its own
    expect(await TwilioRelay.open(call.id, { 'X-Twilio-Signature': signTwilio(twilio.authToken, relayUrlOf(call.id), {}) })).toBe(403);
  });

  it('closes the socket (1008) when setup names another CallSid, and answers nothing', async () => {
    const tenant = await aiTenant();
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed, `CA${'f'.repeat(32)}`);
    relay.say('Hola');
    await eventually(async () => relay.closedWith ?? undefined);
    expect(relay.closedWith).toBe(1008);
    expect(relay.frames).toEqual([]);
  });

  it('streams each answer as text tokens in order, keeps the conversation, and writes the transcript with latencies', async () => {
    const tenant = await aiTenant();
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const before = openai.requestsTo('/v1/chat/completions').length;
    openai.reply(
      { content: 'Claro, con gusto le explico el plan.', chunks: ['Claro,', ' con gusto', ' le explico', ' el plan.'], chunkDelayMs: 30 },
      { content: 'Perfecto, le envío los detalles.', chunks: ['Perfecto,', ' le envío', ' los detalles.'] },
    );
    relay.say('¿De qué se trata?');
    const first = await relay.turn();
    expect(first.tokens.join('')).toBe('Claro, con gusto le explico el plan.');
    expect(first.tokens.filter(Boolean)).toEqual(['Claro,', ' con gusto', ' le explico', ' el plan.']);
    relay.say('Me interesa, mándeme información.');
    const second = await relay.turn(first.end);
    expect(second.tokens.join('')).toBe('Perfecto, le envío los detalles.');
    for (const frame of relay.frames) expect(frame).toEqual({ type: 'text', token: expect.any(String), last: expect.any(Boolean) });

    const requests = openai.requestsTo('/v1/chat/completions').slice(before);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.body).toMatchObject({
      model: 'gpt-4o-mini', stream: true,
      messages: [
        { role: 'system', content: 'Eres asesor de Leadline y hablas con Ana. Sé breve.' },
        { role: 'assistant', content: 'Hola Ana, le llamo de Leadline.' },
        { role: 'user', content: '¿De qué se trata?' },
        { role: 'assistant', content: 'Claro, con gusto le explico el plan.' },
        { role: 'user', content: 'Me interesa, mándeme información.' },
      ],
    });

    const transcript = await transcriptOf(tenant, call.id, 5);
    expect(transcript).toMatchObject({ call_id: call.id, source: 'ai_agent', language: 'es-MX' });
    expect(transcript.lines.map((line: { speaker: string; text: string }) => [line.speaker, line.text])).toEqual([
      ['bot', 'Hola Ana, le llamo de Leadline.'],
      ['customer', '¿De qué se trata?'],
      ['bot', 'Claro, con gusto le explico el plan.'],
      ['customer', 'Me interesa, mándeme información.'],
      ['bot', 'Perfecto, le envío los detalles.'],
    ]);
    expect(transcript.lines.map((line: { seq: number }) => line.seq)).toEqual([1, 2, 3, 4, 5]);
    const bots = transcript.lines.filter((line: { speaker: string }) => line.speaker === 'bot').slice(1);
    for (const line of bots) expect(line).toMatchObject({ interrupted: false, latency_ms: expect.any(Number), confidence: null });
    for (const line of bots) expect(line.latency_ms).toBeGreaterThanOrEqual(0);
    expect(transcript.lines[1]).toMatchObject({ latency_ms: null, interrupted: false });
    relay.close();
    await eventually(async () => {
      const { rows } = await db.query(`select status, end_reason, turns from ai_calls where call_id = $1`, [call.id]);
      return rows[0].status === 'ended' ? rows[0] : undefined;
    }).then((row) => expect(row).toMatchObject({ end_reason: 'hangup', turns: 2 }));
  });

  it("on interrupt stops the answer and keeps only what the caller heard, in the transcript and in what the model sees next", async () => {
    const tenant = await aiTenant();
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const before = openai.requestsTo('/v1/chat/completions').length;
    const words = ['Le', ' cuento', ' que', ' nuestro', ' plan', ' incluye', ' muchas', ' cosas', ' más', ' allá.'];
    openai.reply({ content: words.join(''), chunks: words, chunkDelayMs: 150 }, { content: 'Claro, dígame.' });
    relay.say('¿Qué incluye?');
    // Twilio's speech lags the tokens: the caller heard less than was sent when they cut in.
    await relay.frame((frame) => frame.type === 'text' && frame.token === ' nuestro');
    relay.send({ type: 'interrupt', utteranceUntilInterrupt: 'Le cuento', durationUntilInterruptMs: '460' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const sent = relay.frames.filter((frame) => frame.type === 'text').map((frame) => frame.token as string).join('');
    expect(sent.length).toBeLessThan(words.join('').length);
    expect(relay.frames.some((frame) => frame.last === true)).toBe(false);

    relay.say('Espere, una pregunta.');
    await relay.turn();
    const next = openai.requestsTo('/v1/chat/completions').slice(before)[1]!;
    expect((next.body!.messages as { role: string; content: string }[]).slice(-2)).toEqual([
      { role: 'assistant', content: 'Le cuento' },
      { role: 'user', content: 'Espere, una pregunta.' },
    ]);
    const transcript = await transcriptOf(tenant, call.id, 5);
    expect(transcript.lines[2]).toMatchObject({ speaker: 'bot', text: 'Le cuento', interrupted: true, latency_ms: expect.any(Number) });
    expect(transcript.lines[4]).toMatchObject({ speaker: 'bot', text: 'Claro, dígame.', interrupted: false });
    relay.close();
  });

  it('cuts a line already sent but still being spoken when the caller interrupts it', async () => {
    const tenant = await aiTenant();
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    openai.reply({ content: 'Nuestro horario es de nueve a seis.' });
    relay.say('¿Horario?');
    await relay.turn();
    relay.send({ type: 'interrupt', utteranceUntilInterrupt: 'Nuestro horario', durationUntilInterruptMs: 700 });
    const transcript = await eventually(async () => {
      const body = await transcriptOf(tenant, call.id, 3);
      return body.lines[2].interrupted ? body : undefined;
    });
    expect(transcript.lines[2]).toMatchObject({ speaker: 'bot', text: 'Nuestro horario', interrupted: true });
    relay.close();
  });

  it('ends the call (end) when the caller speaks after max_turns answers', async () => {
    const tenant = await aiTenant({ agent: { max_turns: 1 } });
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const before = openai.requestsTo('/v1/chat/completions').length;
    relay.say('Hola');
    const first = await relay.turn();
    relay.say('¿Sigue ahí?');
    const end = await relay.frame((frame) => frame.type === 'end', first.end);
    expect(JSON.parse(relay.frames[end]!.handoffData as string)).toEqual({ reason: 'max_turns' });
    expect(openai.requestsTo('/v1/chat/completions').length - before).toBe(1);
    relay.say('¿Hola?');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(relay.frames.length).toBe(end + 1);
    await eventually(async () => {
      const { rows } = await db.query(`select status, end_reason from ai_calls where call_id = $1`, [call.id]);
      return rows[0].status === 'ended' ? rows[0] : undefined;
    }).then((row) => expect(row.end_reason).toBe('max_turns'));
    relay.close();
  });

  it('offers the model end_call when the agent has it, and ends the call after the last sentence when it is called', async () => {
    const tenant = await aiTenant({ agent: { tools: ['end_call', 'set_qualification'] } });
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const before = openai.requestsTo('/v1/chat/completions').length;
    openai.reply({ content: 'Entendido, no le molesto más. Hasta luego.', toolCalls: [{ name: 'end_call', arguments: '{"reason":"not interested"}' }] });
    relay.say('No me interesa, gracias.');
    const turn = await relay.turn();
    expect(turn.tokens.join('')).toBe('Entendido, no le molesto más. Hasta luego.');
    const end = await relay.frame((frame) => frame.type === 'end', turn.end);
    expect(JSON.parse(relay.frames[end]!.handoffData as string)).toEqual({ reason: 'end_call' });
    const request = openai.requestsTo('/v1/chat/completions').slice(before)[0]!;
    // Only the agent's tools are offered.
    expect((request.body!.tools as { function: { name: string } }[]).map((tool) => tool.function.name)).toEqual(['set_qualification', 'end_call']);
    const transcript = await transcriptOf(tenant, call.id, 3);
    expect(transcript.lines[2]).toMatchObject({ speaker: 'bot', text: 'Entendido, no le molesto más. Hasta luego.' });
    relay.close();
  });

  it('offers no tools to an agent without end_call', async () => {
    const tenant = await aiTenant({ agent: { tools: [] } });
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const before = openai.requestsTo('/v1/chat/completions').length;
    relay.say('Hola');
    await relay.turn();
    expect(openai.requestsTo('/v1/chat/completions').slice(before)[0]!.body!.tools).toBeUndefined();
    relay.close();
  });

  it('ends the call when max_duration_seconds has passed', async () => {
    const tenant = await aiTenant();
    const { call, placed } = await anAiCall(tenant);
    // The agent's minimum is 30 s; the call's own copy of the limit is what the relay runs by.
    await db.query(`update ai_calls set max_duration_seconds = 1 where call_id = $1`, [call.id]);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const end = await relay.frame((frame) => frame.type === 'end', 0, 5000);
    expect(JSON.parse(relay.frames[end]!.handoffData as string)).toEqual({ reason: 'max_duration' });
    relay.close();
  });

  it('ignores frames that are not JSON objects or come before setup', async () => {
    const tenant = await aiTenant();
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.say('Antes del setup');
    relay.ws.send('not json');
    relay.ws.send('[1,2]');
    relay.send({ type: 'prompt', voicePrompt: 42, last: true });
    relay.setup(placed);
    relay.send({ type: 'prompt', voicePrompt: 'a medias', last: false });
    openai.reply({ content: 'Dígame.' });
    relay.say('Hola');
    const turn = await relay.turn();
    expect(turn.tokens.join('')).toBe('Dígame.');
    const transcript = await transcriptOf(tenant, call.id, 3);
    expect(transcript.lines.map((line: { text: string }) => line.text)).toEqual(['Hola Ana, le llamo de Leadline.', 'Hola', 'Dígame.']);
    relay.close();
  });

  it("asks the model without waiting for the caller's line to be stored, and stores the lines in order once it can", async () => {
    const tenant = await aiTenant();
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    await transcriptOf(tenant, call.id, 1); // the greeting
    // Nothing can be inserted into the transcript while this lock is held (reads still work).
    const blocker = await db.connect();
    await blocker.query('begin');
    await blocker.query('lock table ai_call_transcript_lines in share mode');
    let turn: { tokens: string[]; end: number };
    try {
      openai.reply({ content: 'Claro, le cuento.' });
      relay.say('¿Qué me ofrece?');
      turn = await relay.turn();
      expect(turn.tokens.join('')).toBe('Claro, le cuento.');
      const stored = await app.http().get(`/api/v1/crm/calls/${call.id}/transcript`).set(tenant.auth).expect(200);
      expect(stored.body.lines).toHaveLength(1);
    } finally {
      await blocker.query('rollback');
      blocker.release();
    }
    openai.reply({ content: 'Con gusto.' });
    relay.say('Gracias.');
    await relay.turn(turn.end);
    const transcript = await transcriptOf(tenant, call.id, 5);
    expect(transcript.lines.map((line: { seq: number; speaker: string; text: string }) => [line.seq, line.speaker, line.text])).toEqual([
      [1, 'bot', 'Hola Ana, le llamo de Leadline.'], [2, 'customer', '¿Qué me ofrece?'], [3, 'bot', 'Claro, le cuento.'],
      [4, 'customer', 'Gracias.'], [5, 'bot', 'Con gusto.'],
    ]);
    relay.close();
  });

  it("keeps the caller's line when the model fails, closes that turn silently, and answers the next one", async () => {
    const tenant = await aiTenant();
    const { call, placed } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    openai.failNext(SERVER_ERROR, 3); // the connection's client retries twice
    relay.say('¿Me escucha?');
    const silent = await relay.turn();
    expect(silent.tokens.join('')).toBe('');
    openai.reply({ content: 'Sí, le escucho.' });
    relay.say('¿Y ahora?');
    expect((await relay.turn(silent.end)).tokens.join('')).toBe('Sí, le escucho.');
    const transcript = await transcriptOf(tenant, call.id, 4);
    expect(transcript.lines.map((line: { seq: number; speaker: string; text: string }) => [line.seq, line.speaker, line.text])).toEqual([
      [1, 'bot', 'Hola Ana, le llamo de Leadline.'], [2, 'customer', '¿Me escucha?'], [3, 'customer', '¿Y ahora?'], [4, 'bot', 'Sí, le escucho.'],
    ]);
    relay.close();
  });
});

describe("the agent's tools", () => {
  const ALL_TOOLS = ['set_qualification', 'schedule_meeting', 'update_stage', 'end_call'];
  const schema = {
    type: 'object', additionalProperties: false, required: ['budget', 'location'],
    properties: { budget: { type: ['number', 'null'] }, location: { type: ['string', 'null'] } },
  };

  type Message = { role: string; content?: string | null; tool_calls?: { id: string; function: { name: string; arguments: string } }[]; tool_call_id?: string };
  const messagesOf = (index: number, before: number) => openai.requestsTo('/v1/chat/completions').slice(before)[index]!.body!.messages as Message[];

  async function opportunityOf(tenant: TestTenant, id: string) {
    return (await app.http().get(`/api/v1/crm/opportunities/${id}`).set(tenant.auth).expect(200)).body;
  }

  it('set_qualification merges the fields into the qualification, answers the model, and the model speaks after it', async () => {
    const tenant = await aiTenant({ agent: { tools: ALL_TOOLS, extraction_schema: schema } });
    const { call, placed, opportunity } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const before = openai.requestsTo('/v1/chat/completions').length;
    openai.reply(
      { content: 'Muy bien. ', toolCalls: [{ id: 'call_q1', name: 'set_qualification', arguments: '{"budget":2000000,"location":"Zapopan"}' }] },
      { content: 'Anotado: dos millones en Zapopan.' },
    );
    relay.say('Tengo dos millones y busco en Zapopan.');
    const turn = await relay.turn();
    expect(turn.tokens.join('')).toBe('Muy bien. Anotado: dos millones en Zapopan.');
    expect((await opportunityOf(tenant, opportunity.id)).qualification).toEqual({ budget: 2000000, location: 'Zapopan' });

    const first = openai.requestsTo('/v1/chat/completions').slice(before)[0]!.body!;
    const offered = first.tools as { function: { name: string; parameters: { properties: object } } }[];
    expect(offered.map((tool) => tool.function.name)).toEqual(ALL_TOOLS);
    expect(offered[0]!.function.parameters.properties).toEqual(schema.properties);
    // The follow-up carries the tool call unchanged and its answer, naming the call's id.
    expect(messagesOf(1, before).slice(-2)).toEqual([
      { role: 'assistant', content: 'Muy bien. ', tool_calls: [{ id: 'call_q1', type: 'function', function: { name: 'set_qualification', arguments: '{"budget":2000000,"location":"Zapopan"}' } }] },
      { role: 'tool', tool_call_id: 'call_q1', content: JSON.stringify({ ok: true, recorded: ['budget', 'location'] }) },
    ]);
    // The next turn sees the whole spoken line once, after the tool exchange.
    openai.reply({ content: 'Claro.' });
    relay.say('¿Algo más?');
    await relay.turn(turn.end);
    expect(messagesOf(2, before).slice(-4).map((message) => [message.role, message.content])).toEqual([
      ['assistant', null], ['tool', JSON.stringify({ ok: true, recorded: ['budget', 'location'] })],
      ['assistant', 'Muy bien. Anotado: dos millones en Zapopan.'], ['user', '¿Algo más?'],
    ]);
    const transcript = await transcriptOf(tenant, call.id, 5);
    expect(transcript.lines[2]).toMatchObject({ speaker: 'bot', text: 'Muy bien. Anotado: dos millones en Zapopan.' });
    relay.close();
  });

  it('refuses arguments that do not fit the schema, or are not JSON, and tells the model; nothing is recorded', async () => {
    const tenant = await aiTenant({ agent: { tools: ALL_TOOLS, extraction_schema: schema } });
    const { call, placed, opportunity } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const before = openai.requestsTo('/v1/chat/completions').length;
    openai.reply(
      { toolCalls: [{ id: 'call_a', name: 'set_qualification', arguments: '{"budget":"mucho","pets":2}' }, { id: 'call_b', name: 'schedule_meeting', arguments: '{"starts_at":' }] },
      { content: 'Perdón, ¿me repite?' },
    );
    relay.say('Mucho dinero.');
    await relay.turn();
    const answers = messagesOf(1, before).filter((message) => message.role === 'tool');
    expect(answers.map((answer) => answer.tool_call_id)).toEqual(['call_a', 'call_b']);
    for (const answer of answers) expect(JSON.parse(answer.content!)).toMatchObject({ ok: false, error: expect.any(String) });
    expect((await opportunityOf(tenant, opportunity.id)).qualification).toEqual({});
    const activities = await app.http().get('/api/v1/crm/activities').query({ opportunity_id: opportunity.id }).set(tenant.auth).expect(200);
    expect(activities.body.data).toEqual([]);
    relay.close();
  });

  it('schedule_meeting creates a planned meeting activity of the lead, source ai_call', async () => {
    const tenant = await aiTenant({ agent: { tools: ALL_TOOLS, extraction_schema: schema } });
    const { call, placed, opportunity } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    openai.reply(
      { toolCalls: [{ name: 'schedule_meeting', arguments: '{"starts_at":"2026-12-10T17:00:00-06:00","duration_minutes":45,"mode":"videollamada"}' }] },
      { content: 'Listo, quedó el jueves a las cinco.' },
    );
    relay.say('El jueves a las cinco está bien, por videollamada.');
    expect((await relay.turn()).tokens.join('')).toBe('Listo, quedó el jueves a las cinco.');
    const activities = await app.http().get('/api/v1/crm/activities').query({ opportunity_id: opportunity.id }).set(tenant.auth).expect(200);
    expect(activities.body.data).toEqual([expect.objectContaining({
      type: 'meeting', status: 'planned', source: 'ai_call', due_at: '2026-12-10T23:00:00.000Z', duration_minutes: 45,
      title: 'Cita (videollamada) agendada por llamada', opportunity_id: opportunity.id,
    })]);
    relay.close();
  });

  it('update_stage moves the lead forward (source ai_call), and never backwards, to won or lost, or to an unknown stage', async () => {
    const tenant = await aiTenant({ agent: { tools: ALL_TOOLS, extraction_schema: schema } });
    const { call, placed, opportunity } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const before = openai.requestsTo('/v1/chat/completions').length;
    openai.reply(
      { toolCalls: [{ name: 'update_stage', arguments: '{"stage":"calificacion_financiera","reason":"Tiene presupuesto"}' }] },
      { content: 'Avanzamos.' },
    );
    relay.say('Ya tengo el presupuesto.');
    const first = await relay.turn();
    expect((await opportunityOf(tenant, opportunity.id)).pipeline_stage.current_stage).toBe('calificacion_financiera');
    const history = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/stage-history`).set(tenant.auth).expect(200);
    expect(history.body.data[0]).toMatchObject({ from_stage: 'agent_initial', to_stage: 'calificacion_financiera', source: 'ai_call', reason: 'Tiene presupuesto' });

    let end = first.end;
    for (const stage of ['perfilamiento', 'ganado', 'perdido', 'luna']) {
      openai.reply({ toolCalls: [{ name: 'update_stage', arguments: JSON.stringify({ stage }) }] }, { content: 'Bien.' });
      relay.say('Siguiente.');
      end = (await relay.turn(end)).end;
    }
    const answers = openai.requestsTo('/v1/chat/completions').slice(before)
      .filter((request) => (request.body!.messages as Message[]).at(-1)!.role === 'tool')
      .map((request) => JSON.parse((request.body!.messages as Message[]).at(-1)!.content!));
    expect(answers[0]).toEqual({ ok: true, stage: 'calificacion_financiera' });
    expect(answers.slice(1)).toEqual([
      expect.objectContaining({ ok: false }), expect.objectContaining({ ok: false }), expect.objectContaining({ ok: false }), expect.objectContaining({ ok: false }),
    ]);
    const after = await opportunityOf(tenant, opportunity.id);
    expect(after).toMatchObject({ pipeline_stage: { current_stage: 'calificacion_financiera' }, status: 'pending' });
    relay.close();
  });

  it('offers only the tools the agent lists; a tool it does not list is refused when called', async () => {
    const tenant = await aiTenant({ agent: { tools: ['schedule_meeting'], extraction_schema: schema } });
    const { call, placed, opportunity } = await anAiCall(tenant);
    const relay = await TwilioRelay.signed(call.id, twilio.authToken);
    relay.setup(placed);
    const before = openai.requestsTo('/v1/chat/completions').length;
    openai.reply({ toolCalls: [{ id: 'call_x', name: 'set_qualification', arguments: '{"budget":5}' }] }, { content: 'Bien.' });
    relay.say('Hola');
    await relay.turn();
    const requests = openai.requestsTo('/v1/chat/completions').slice(before);
    expect((requests[0]!.body!.tools as { function: { name: string } }[]).map((tool) => tool.function.name)).toEqual(['schedule_meeting']);
    expect(JSON.parse(messagesOf(1, before).at(-1)!.content!)).toEqual({ ok: false, error: 'unknown tool set_qualification' });
    expect((await opportunityOf(tenant, opportunity.id)).qualification).toEqual({});
    relay.close();
  });
});

describe('GET /crm/calls/:id/transcript', () => {
  it("is the tenant's own: another tenant's call is 404, a call without a transcript is 404, a bad id 400", async () => {
    const tenant = await aiTenant();
    const { call } = await anAiCall(tenant);
    await app.http().get(`/api/v1/crm/calls/${call.id}/transcript`).set(tenant.auth).expect(200)
      .then((response) => expect(response.body.lines).toEqual([]));
    const stranger = await aiTenant();
    expectProblem(await app.http().get(`/api/v1/crm/calls/${call.id}/transcript`).set(stranger.auth), 404, 'resource.not_found');
    const plain = await app.http().post('/api/v1/crm/calls').set(tenant.auth).send({ direction: 'outbound' }).expect(201);
    expectProblem(await app.http().get(`/api/v1/crm/calls/${plain.body.id}/transcript`).set(tenant.auth), 404, 'resource.not_found');
    expectProblem(await app.http().get('/api/v1/crm/calls/nope/transcript').set(tenant.auth), 400, 'request.invalid');
  });

  it('answers 409 ai.not_configured without the AI connection', async () => {
    const tenant = await aiTenant({ ai: false });
    expectProblem(await app.http().get(`/api/v1/crm/calls/00000000-0000-4000-8000-000000000000/transcript`).set(tenant.auth),
      409, 'ai.not_configured');
  });
});
