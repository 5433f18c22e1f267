import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aKey, anOpportunity, aTenant, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import { startOpenAi, SERVER_ERROR, TOO_MANY_REQUESTS, type OpenAiStandIn } from '../support/stand-ins/openai.js';
import { listen } from '../support/stand-ins/http.js';

/** The AI call agent, first slice (contract §13): the connection, the agent types, call scripts. */
let app: RunningApp;
let openai: OpenAiStandIn;
const db = sql();
const API_KEY = 'sk-test-standin';
const AGENT_TYPES = ['perfilador', 'calificador_financiero', 'agendador', 'seguimiento'];

beforeAll(async () => {
  openai = await startOpenAi({ apiKey: API_KEY });
  app = await startApp({ worker: false });
});

afterAll(async () => {
  await app.close();
  await openai.close();
  await db.end();
});

const connection = (fields: Record<string, unknown> = {}) => ({ api_key: API_KEY, base_url: openai.baseUrl, model: 'gpt-4o-mini', ...fields });

async function aiTenant(): Promise<TestTenant> {
  const tenant = await aTenant(app);
  await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(connection()).expect(200);
  return tenant;
}

const agentBody = (fields: Record<string, unknown> = {}) => ({
  instructions: 'Llame a {{ full_name | default: "el cliente" }} de {{ pipeline_name }}; su presupuesto es {{ budget }}.',
  greeting: 'Hola {{ name | default: "buen día" }}, le llama {{ advisor_name | default: "su asesor" }}.',
  extraction_schema: {
    type: 'object', additionalProperties: false, required: ['budget'],
    properties: { budget: { type: ['number', 'null'], description: 'Presupuesto' } },
  },
  tools: ['set_qualification', 'end_call'],
  advance_to_stage: 'calificacion_financiera',
  max_turns: 10,
  max_duration_seconds: 300,
  ...fields,
});

describe('the AI connection', () => {
  it('checks the key and model against the server, saves it with the key sealed and masked', async () => {
    const tenant = await aTenant(app);
    const before = openai.requests.length;
    const response = await app.http().put('/api/v1/integrations/ai').set(tenant.auth)
      .send(connection({ timeout_ms: 5000, max_retries: 1, language: 'es', transcription_model: 'whisper-1' })).expect(200);
    expect(response.body).toMatchObject({
      provider: 'ai',
      settings: { base_url: openai.baseUrl, model: 'gpt-4o-mini', timeout_ms: '5000', max_retries: '1', language: 'es', transcription_model: 'whisper-1' },
      secrets: { api_key: expect.stringMatching(/^•+/) },
    });
    expect(JSON.stringify(response.body)).not.toContain(API_KEY);
    const checks = openai.requests.slice(before);
    expect(checks.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /v1/models']);
    expect(checks[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const { rows } = await db.query(`select secrets_ciphertext, settings from integration_settings where tenant_id = $1 and provider = 'ai'`, [tenant.id]);
    expect(rows[0].secrets_ciphertext).not.toContain(API_KEY);
    const listed = await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200);
    expect(listed.body.data.map((integration: { provider: string }) => integration.provider)).toContain('ai');
  });

  it('proves a model the server does not list with a one-token completion, and refuses one it does not serve (422)', async () => {
    const tenant = await aTenant(app);
    openai.listsModels = false;
    try {
      const before = openai.requests.length;
      await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(connection()).expect(200);
      const completion = openai.requests.slice(before).find((request) => request.path === '/v1/chat/completions');
      expect(completion?.body).toMatchObject({ model: 'gpt-4o-mini', max_completion_tokens: 1 });
    } finally {
      openai.listsModels = true;
    }
    expectProblem(await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(connection({ model: 'llama-9000' })), 422, 'ai.model_unavailable');
  });

  it('answers 422 ai.credentials_rejected when the server refuses the key, and saves nothing', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(connection({ api_key: 'sk-wrong-key' }));
    expectProblem(response, 422, 'ai.credentials_rejected');
    expect(response.body.detail).toContain('401');
    const { rows } = await db.query(`select 1 from integration_settings where tenant_id = $1 and provider = 'ai'`, [tenant.id]);
    expect(rows).toHaveLength(0);
  });

  it('answers 503 ai.provider_unavailable when the server is unreachable, times out or keeps failing', async () => {
    const tenant = await aTenant(app);
    const closed = await listen((_req, _body, res) => { res.end(); });
    const closedUrl = `${closed.baseUrl}/v1`;
    await closed.close();
    expectProblem(await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(connection({ base_url: closedUrl })), 503, 'ai.provider_unavailable');

    openai.delayNext(1500);
    const slow = await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(connection({ timeout_ms: 1000 }));
    expectProblem(slow, 503, 'ai.provider_unavailable');
    expect(slow.body.detail).toContain('1000 ms');

    openai.failNext(SERVER_ERROR);
    expectProblem(await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(connection()), 503, 'ai.provider_unavailable');
    openai.failNext(TOO_MANY_REQUESTS);
    expectProblem(await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(connection()), 503, 'ai.provider_unavailable');
    const { rows } = await db.query(`select 1 from integration_settings where tenant_id = $1 and provider = 'ai'`, [tenant.id]);
    expect(rows).toHaveLength(0);
  });

  it('refuses a base_url that is not a public http(s) URL (400), before any request', async () => {
    const tenant = await aTenant(app);
    const before = openai.requests.length;
    for (const baseUrl of ['ftp://llm.example.com/v1', 'http://10.0.0.5/v1', 'http://localhost:11434/v1', 'https://169.254.169.254/v1', 'not a url']) {
      expectProblem(await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(connection({ base_url: baseUrl })), 400, 'request.invalid');
    }
    expect(openai.requests.length).toBe(before);
  });

  it('is for admins only', async () => {
    const tenant = await aTenant(app);
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await app.http().put('/api/v1/integrations/ai').set(agent.auth).send(connection()), 403, 'auth.forbidden');
  });

  it('answers 400 for bad bodies, naming the field', async () => {
    const tenant = await aTenant(app);
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ ...connection(), api_key: undefined }, 'api_key'],
      [connection({ api_key: '' }), 'api_key'],
      [connection({ api_key: 'two words' }), 'api_key'],
      [{ ...connection(), model: undefined }, 'model'],
      [connection({ model: 'has spaces' }), 'model'],
      [connection({ model: 42 }), 'model'],
      [connection({ timeout_ms: 10 }), 'timeout_ms'],
      [connection({ timeout_ms: 'soon' }), 'timeout_ms'],
      [connection({ max_retries: 9 }), 'max_retries'],
      [connection({ max_retries: -1 }), 'max_retries'],
      [connection({ language: 'spanish' }), 'language'],
      [connection({ surprise: true }), 'surprise'],
    ];
    for (const [body, field] of bad) {
      const response = await app.http().put('/api/v1/integrations/ai').set(tenant.auth).send(body);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
  });
});

describe('without an AI connection', () => {
  it('every AI endpoint answers 409 ai.not_configured, and the rest of the product works as before', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const calls: Array<() => Promise<import('supertest').Response>> = [
      () => app.http().get('/api/v1/ai/agents').set(tenant.auth),
      () => app.http().get('/api/v1/ai/agents/perfilador').set(tenant.auth),
      () => app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).send(agentBody()),
      () => app.http().post('/api/v1/ai/call-scripts').set(tenant.auth).send({ opportunity_id: opportunity.id, agent_type: 'perfilador' }),
    ];
    for (const call of calls) expectProblem(await call(), 409, 'ai.not_configured');
    const { rows } = await db.query(`select 1 from ai_agents where tenant_id = $1`, [tenant.id]);
    expect(rows).toHaveLength(0);
    await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    await app.http().post('/api/v1/templates').set(tenant.auth)
      .send({ name: 'Guion', channel: 'call', agent_type: 'perfilador', content: 'Hola {{ name }}' }).expect(201);
  });
});

describe('agent types', () => {
  it('ship Spanish defaults for all four, version 1, in contract order', async () => {
    const tenant = await aiTenant();
    const response = await app.http().get('/api/v1/ai/agents').set(tenant.auth).expect(200);
    expect(response.body.next_cursor).toBeNull();
    expect(response.body.data.map((agent: { agent_type: string }) => agent.agent_type)).toEqual(AGENT_TYPES);
    for (const agent of response.body.data) {
      expect(agent).toMatchObject({ version: 1, advance_to_stage: null, extraction_schema: { type: 'object' } });
      expect(agent.instructions).toMatch(/Usted/);
      expect(agent.greeting).toMatch(/Hola/);
      expect(agent.tools).toContain('end_call');
      expect(agent.max_turns).toBeGreaterThan(0);
    }
    const one = await app.http().get('/api/v1/ai/agents/calificador_financiero').set(tenant.auth).expect(200);
    expect(one.headers.etag).toBe('"1"');
    expect(one.body).toEqual(response.body.data[1]);
    expect(Object.keys(one.body.extraction_schema.properties)).toEqual(expect.arrayContaining(['budget', 'payment_method']));
  });

  it('are replaced whole by PUT (version + 1), read back, audited, and stale If-Match is 409', async () => {
    const tenant = await aiTenant();
    const first = await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).set('If-Match', '"1"').send(agentBody()).expect(200);
    expect(first.body).toEqual({ agent_type: 'perfilador', ...agentBody(), version: 2 });
    expect(first.headers.etag).toBe('"2"');
    const read = await app.http().get('/api/v1/ai/agents/perfilador').set(tenant.auth).expect(200);
    expect(read.body).toEqual(first.body);
    const second = await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth)
      .send(agentBody({ max_turns: 30, advance_to_stage: null, tools: ['end_call', 'end_call'] })).expect(200);
    expect(second.body).toMatchObject({ version: 3, max_turns: 30, advance_to_stage: null, tools: ['end_call'] });
    expectProblem(await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).set('If-Match', '"2"').send(agentBody()), 409, 'resource.stale_version');
    // Other types keep their defaults.
    expect((await app.http().get('/api/v1/ai/agents/agendador').set(tenant.auth).expect(200)).body.version).toBe(1);
    const audit = await app.http().get('/api/v1/audit-log').query({ entity_type: 'ai_agent' }).set(tenant.auth).expect(200);
    expect(audit.body.data).toHaveLength(2);
    expect(audit.body.data.map((entry: { action: string }) => entry.action)).toEqual(['updated', 'updated']);
    expect(audit.body.data[0].changes).toMatchObject({ max_turns: { from: 10, to: 30 } });
  });

  it('two first PUTs racing both land, one after the other', async () => {
    const tenant = await aiTenant();
    const responses = await Promise.all([1, 2].map((turns) =>
      app.http().put('/api/v1/ai/agents/seguimiento').set(tenant.auth).send(agentBody({ max_turns: turns }))));
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(responses.map((response) => response.body.version).sort()).toEqual([2, 3]);
  });

  it('refuse extraction schemas that are not usable JSON Schema (422 ai.extraction_schema_invalid)', async () => {
    const tenant = await aiTenant();
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`field_${i}`, { type: 'string' }]));
    const nest = (depth: number): Record<string, unknown> => (depth === 0 ? { type: 'string' }
      : { type: 'object', properties: { inner: nest(depth - 1) } });
    const invalid: Record<string, unknown>[] = [
      { type: 'array', items: { type: 'string' } },
      { properties: { budget: { type: 'number' } } },
      { type: 'object', properties: { budget: { type: 'money' } } },
      { type: 'object', properties: { budget: { type: 'number', minimum: 'zero' } } },
      { type: 'object', properties: { budget: { type: 'number', frobnicate: true } } },
      { type: 'object', properties: { code: { type: 'string', pattern: '([a-z' } } },
      { type: 'object', properties: { other: { $ref: 'https://example.com/schema.json' } } },
      { type: 'object', properties: many },
      nest(5),
    ];
    for (const schema of invalid) {
      const response = await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).send(agentBody({ extraction_schema: schema }));
      expectProblem(response, 422, 'ai.extraction_schema_invalid');
    }
    // 50 properties and 4 levels are fine, as are $defs references and formats.
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`field_${i}`, { type: ['string', 'null'] }]));
    await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).send(agentBody({ extraction_schema: { type: 'object', properties: fifty } })).expect(200);
    await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).send(agentBody({ extraction_schema: nest(4) })).expect(200);
    await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).send(agentBody({
      extraction_schema: {
        type: 'object', $defs: { money: { type: 'object', properties: { amount: { type: 'number' } } } },
        properties: { budget: { $ref: '#/$defs/money' }, meeting_at: { type: 'string', format: 'date-time' } },
      },
    })).expect(200);
    expect((await app.http().get('/api/v1/ai/agents/perfilador').set(tenant.auth).expect(200)).body.version).toBe(4);
  });

  it('refuse Liquid syntax errors in instructions or greeting (422 template.invalid_syntax naming the text)', async () => {
    const tenant = await aiTenant();
    const instructions = await app.http().put('/api/v1/ai/agents/agendador').set(tenant.auth).send(agentBody({ instructions: 'Hola {{ name' }));
    expectProblem(instructions, 422, 'template.invalid_syntax');
    expect(instructions.body.detail).toMatch(/^instructions/);
    const greeting = await app.http().put('/api/v1/ai/agents/agendador').set(tenant.auth).send(agentBody({ greeting: 'Hola {% if x %}sí{% endif %}' }));
    expectProblem(greeting, 422, 'template.invalid_syntax');
    expect(greeting.body.detail).toMatch(/^greeting/);
  });

  it('answer 400 for bad bodies and unknown agent types; PUT is for admins', async () => {
    const tenant = await aiTenant();
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ ...agentBody(), instructions: undefined }, 'instructions'],
      [agentBody({ instructions: '' }), 'instructions'],
      [agentBody({ instructions: 'x'.repeat(10_001) }), 'instructions'],
      [agentBody({ greeting: 'x'.repeat(1001) }), 'greeting'],
      [agentBody({ greeting: 7 }), 'greeting'],
      [agentBody({ extraction_schema: 'object' }), 'extraction_schema'],
      [agentBody({ extraction_schema: [] }), 'extraction_schema'],
      [agentBody({ tools: ['call_mom'] }), 'tools'],
      [agentBody({ tools: 'end_call' }), 'tools'],
      [agentBody({ advance_to_stage: 'Ganado!' }), 'advance_to_stage'],
      [agentBody({ max_turns: 0 }), 'max_turns'],
      [agentBody({ max_turns: 2.5 }), 'max_turns'],
      [agentBody({ max_duration_seconds: 5 }), 'max_duration_seconds'],
      [agentBody({ max_duration_seconds: 99_999 }), 'max_duration_seconds'],
      [agentBody({ version: 9 }), 'version'],
    ];
    for (const [body, field] of bad) {
      const response = await app.http().put('/api/v1/ai/agents/perfilador').set(tenant.auth).send(body);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    expectProblem(await app.http().get('/api/v1/ai/agents/vendedor').set(tenant.auth), 400, 'request.invalid');
    expectProblem(await app.http().put('/api/v1/ai/agents/vendedor').set(tenant.auth).send(agentBody()), 400, 'request.invalid');
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await app.http().put('/api/v1/ai/agents/perfilador').set(agent.auth).send(agentBody()), 403, 'auth.forbidden');
    const viewer = await aKey(app, tenant, 'viewer');
    await app.http().get('/api/v1/ai/agents/perfilador').set(viewer.auth).expect(200);
  });
});

describe('call scripts', () => {
  it("render every default agent's prompt and greeting for a lead, with the lead's data and no model call", async () => {
    const tenant = await aiTenant();
    const contact = await aContact(app, tenant, { first_name: 'María', last_name: 'López' });
    const opportunity = await anOpportunity(app, tenant, { contact_id: contact.id });
    const before = openai.requests.length;
    for (const agentType of AGENT_TYPES) {
      const response = await app.http().post('/api/v1/ai/call-scripts').set(tenant.auth)
        .send({ opportunity_id: opportunity.id, agent_type: agentType }).expect(200);
      expect(response.body).toMatchObject({ missing: [], agent_version: 1 });
      expect(response.body.prompt).toContain('María López');
      expect(response.body.prompt).not.toMatch(/\{\{|\}\}/);
      expect(response.body.initial_script).toMatch(/^(¡Hola|Hola), María/);
    }
    expect(openai.requests.length).toBe(before);
  });

  it("use the tenant's agent, take qualification fields, and never render a hole: missing variables are listed and nothing is rendered", async () => {
    const tenant = await aiTenant();
    await app.http().put('/api/v1/ai/agents/calificador_financiero').set(tenant.auth).send(agentBody()).expect(200);
    const opportunity = await anOpportunity(app, tenant);
    const missing = await app.http().post('/api/v1/ai/call-scripts').set(tenant.auth)
      .send({ opportunity_id: opportunity.id, agent_type: 'calificador_financiero' }).expect(200);
    expect(missing.body).toEqual({ prompt: null, initial_script: null, missing: ['budget'], agent_version: 2 });

    await db.query(`update lead_opportunities set qualification = $2 where tenant_id = $1 and id = $3`,
      [tenant.id, JSON.stringify({ budget: '2 millones' }), opportunity.id]);
    const rendered = await app.http().post('/api/v1/ai/call-scripts').set(tenant.auth)
      .send({ opportunity_id: opportunity.id, agent_type: 'calificador_financiero' }).expect(200);
    expect(rendered.body).toEqual({
      prompt: expect.stringContaining('su presupuesto es 2 millones.'),
      initial_script: 'Hola Ana, le llama su asesor.',
      missing: [],
      agent_version: 2,
    });
  });

  it('answer 422 for an unknown opportunity and 400 for bad bodies', async () => {
    const tenant = await aiTenant();
    expectProblem(await app.http().post('/api/v1/ai/call-scripts').set(tenant.auth)
      .send({ opportunity_id: '01970000-0000-7000-8000-00000000dead', agent_type: 'perfilador' }), 422, 'ai.opportunity_unknown');
    const opportunity = await anOpportunity(app, tenant);
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ agent_type: 'perfilador' }, 'opportunity_id'],
      [{ opportunity_id: 'not-a-uuid', agent_type: 'perfilador' }, 'opportunity_id'],
      [{ opportunity_id: opportunity.id }, 'agent_type'],
      [{ opportunity_id: opportunity.id, agent_type: 'vendedor' }, 'agent_type'],
      [{ opportunity_id: opportunity.id, agent_type: 'perfilador', extra: 1 }, 'extra'],
    ];
    for (const [body, field] of bad) {
      const response = await app.http().post('/api/v1/ai/call-scripts').set(tenant.auth).send(body);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
  });
});

describe('tenant isolation', () => {
  it("a tenant never sees or uses another tenant's connection, agents or opportunities", async () => {
    const [mine, theirs] = [await aiTenant(), await aTenant(app)];
    await app.http().put('/api/v1/ai/agents/perfilador').set(mine.auth).send(agentBody({ max_turns: 42 })).expect(200);
    const myOpportunity = await anOpportunity(app, mine);
    // The other tenant has no connection of its own: mine does not count.
    expectProblem(await app.http().get('/api/v1/ai/agents').set(theirs.auth), 409, 'ai.not_configured');
    expectProblem(await app.http().post('/api/v1/ai/call-scripts').set(theirs.auth)
      .send({ opportunity_id: myOpportunity.id, agent_type: 'perfilador' }), 409, 'ai.not_configured');
    // Once connected, it sees its own defaults, not my agent, and my opportunity is unknown to it.
    await app.http().put('/api/v1/integrations/ai').set(theirs.auth).send(connection()).expect(200);
    expect((await app.http().get('/api/v1/ai/agents/perfilador').set(theirs.auth).expect(200)).body).toMatchObject({ version: 1, max_turns: 20 });
    expect((await app.http().get('/api/v1/ai/agents').set(theirs.auth).expect(200)).body.data[0].version).toBe(1);
    expectProblem(await app.http().post('/api/v1/ai/call-scripts').set(theirs.auth)
      .send({ opportunity_id: myOpportunity.id, agent_type: 'perfilador' }), 422, 'ai.opportunity_unknown');
    // Its PUT makes its own version 2; mine stays as it was.
    await app.http().put('/api/v1/ai/agents/perfilador').set(theirs.auth).set('If-Match', '"1"').send(agentBody({ max_turns: 7 })).expect(200);
    expect((await app.http().get('/api/v1/ai/agents/perfilador').set(mine.auth).expect(200)).body).toMatchObject({ version: 2, max_turns: 42 });
    const integrations = await app.http().get('/api/v1/integrations').set(theirs.auth).expect(200);
    expect(integrations.body.data.filter((integration: { provider: string }) => integration.provider === 'ai')).toHaveLength(1);
  });
});
