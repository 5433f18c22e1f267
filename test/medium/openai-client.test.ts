import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { APIConnectionTimeoutError, InternalServerError, RateLimitError } from 'openai';
import { completeJson, ModelServerFailure, openAiClient, StructuredOutputUnsupported, type ModelServer } from '@leadline/ai-agent';
import { ProviderHttp } from '@leadline/shared-kernel';
import { DEFAULT_TEXT, SERVER_ERROR, startOpenAi, TOO_MANY_REQUESTS, type OpenAiStandIn } from '../support/stand-ins/openai.js';

/**
 * The production client (the official `openai` package through ProviderHttp) against the
 * OpenAI-compatible stand-in: the connection's timeout and retry policy as the wire sees it, and the
 * stand-in's protocol as the client reads it (streaming, tool calls, structured output).
 */
let openai: OpenAiStandIn;
const http = new ProviderHttp(['127.0.0.1']);
const API_KEY = 'sk-medium-test';

beforeAll(async () => {
  openai = await startOpenAi({ apiKey: API_KEY });
});

afterAll(async () => {
  await openai.close();
  await http.onModuleDestroy();
});

const server = (fields: Partial<ModelServer> = {}): ModelServer => ({ baseUrl: openai.baseUrl, apiKey: API_KEY, timeoutMs: 2000, maxRetries: 2, ...fields });
const ask = (client: ReturnType<typeof openAiClient>) =>
  client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hola' }] });
const completionsSince = (before: number) => openai.requests.slice(before).filter((request) => request.path === '/v1/chat/completions');

describe('retry policy', () => {
  it('retries a 429 (honouring retry-after) and answers the retry', async () => {
    const before = openai.requests.length;
    openai.failNext(TOO_MANY_REQUESTS);
    const completion = await ask(openAiClient(server(), http));
    expect(completion.choices[0]!.message.content).toBe(DEFAULT_TEXT);
    const sent = completionsSince(before);
    expect(sent).toHaveLength(2);
    expect(sent.map((request) => request.headers['x-stainless-retry-count'])).toEqual(['0', '1']);
  });

  it('retries a 500 up to max_retries and then fails with the last error', async () => {
    const before = openai.requests.length;
    openai.failNext(SERVER_ERROR, 3);
    await expect(ask(openAiClient(server({ maxRetries: 2 }), http))).rejects.toBeInstanceOf(InternalServerError);
    expect(completionsSince(before)).toHaveLength(3);
  }, 20_000);

  it('does not retry at all with max_retries 0', async () => {
    const before = openai.requests.length;
    openai.failNext({ ...TOO_MANY_REQUESTS, retryAfter: 0 });
    await expect(ask(openAiClient(server({ maxRetries: 0 }), http))).rejects.toBeInstanceOf(RateLimitError);
    expect(completionsSince(before)).toHaveLength(1);
  });

  it('does not retry a refused key (401)', async () => {
    const before = openai.requests.length;
    await expect(ask(openAiClient(server({ apiKey: 'sk-wrong' }), http))).rejects.toMatchObject({ status: 401, code: 'invalid_api_key' });
    expect(completionsSince(before)).toHaveLength(1);
  });
});

describe('timeout', () => {
  it('gives up on a slow answer after timeout_ms, then retries it like a connection error', async () => {
    const before = openai.requests.length;
    openai.delayNext(1500, 2);
    const started = Date.now();
    await expect(ask(openAiClient(server({ timeoutMs: 300, maxRetries: 1 }), http))).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    const elapsed = Date.now() - started;
    expect(completionsSince(before)).toHaveLength(2);
    // Two attempts of 300 ms plus one backoff (0.5 s to 1 s with jitter), well before the slow answers would come.
    expect(elapsed).toBeGreaterThanOrEqual(600);
    expect(elapsed).toBeLessThan(2500);
  });

  it('answers when the server is slow but within the timeout', async () => {
    openai.delayNext(200);
    const completion = await ask(openAiClient(server({ timeoutMs: 2000, maxRetries: 0 }), http));
    expect(completion.choices[0]!.finish_reason).toBe('stop');
  });
});

describe('the stand-in speaks the wire protocol the client reads', () => {
  it('streams text deltas ending in [DONE], with the usage chunk when asked', async () => {
    openai.reply({ content: 'Hola María, ¿cómo está?' });
    const stream = await openAiClient(server(), http).chat.completions.create({
      model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hola' }], stream: true, stream_options: { include_usage: true },
    });
    const deltas: string[] = [];
    let finish: string | null = null;
    let usage: unknown = null;
    for await (const chunk of stream) {
      if (chunk.usage) usage = chunk.usage;
      const choice = chunk.choices[0];
      if (choice?.delta.content) deltas.push(choice.delta.content);
      if (choice?.finish_reason) finish = choice.finish_reason;
    }
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Hola María, ¿cómo está?');
    expect(finish).toBe('stop');
    expect(usage).toMatchObject({ total_tokens: expect.any(Number) });
  });

  it('streams tool calls whose arguments the client reassembles from fragments', async () => {
    openai.reply({ toolCalls: [{ name: 'set_qualification', arguments: '{"budget":2000000,"location":"Zapopan"}' }] });
    const runner = openAiClient(server(), http).chat.completions.stream({
      model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Mi presupuesto es de 2 millones en Zapopan' }],
      tools: [{ type: 'function', function: { name: 'set_qualification', parameters: { type: 'object', properties: {} } } }],
    });
    const completion = await runner.finalChatCompletion();
    expect(completion.choices[0]!.finish_reason).toBe('tool_calls');
    const call = completion.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ budget: 2000000, location: 'Zapopan' });
  });

  it('answers response_format json_schema with JSON that fits the schema, and tool calls without streaming', async () => {
    const structured = await openAiClient(server(), http).chat.completions.create({
      model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'transcript' }],
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'call_qualification', strict: true,
          schema: {
            type: 'object', additionalProperties: false, required: ['budget', 'intent'],
            properties: { budget: { type: ['number', 'null'] }, intent: { type: 'string', enum: ['buy', 'not_interested'] } },
          },
        },
      },
    });
    expect(JSON.parse(structured.choices[0]!.message.content!)).toEqual({ budget: null, intent: 'buy' });
    openai.reply({ toolCalls: [{ name: 'end_call', arguments: '{}' }] });
    const tool = await ask(openAiClient(server(), http));
    expect(tool.choices[0]!.message).toMatchObject({ content: null, tool_calls: [{ type: 'function', function: { name: 'end_call', arguments: '{}' } }] });
  });
});

describe('JSON answers for the call analysis (completeJson)', () => {
  const schema = {
    type: 'object', additionalProperties: false, required: ['summary', 'budget'],
    properties: { summary: { type: 'string' }, budget: { type: ['number', 'null'] } },
  };
  const messages = [{ role: 'user' as const, content: 'Cliente: tengo dos millones.' }];
  const strict = { type: 'json_schema' as const, name: 'call_analysis', schema };
  const client = () => openAiClient(server({ maxRetries: 0 }), http);

  it('asks with strict json_schema and answers the JSON text as sent', async () => {
    const before = openai.requests.length;
    openai.reply({ content: '{"summary":"Tiene presupuesto","budget":2000000}' });
    expect(await completeJson(client(), { model: 'gpt-4o-mini', messages, format: strict }))
      .toEqual({ kind: 'text', text: '{"summary":"Tiene presupuesto","budget":2000000}' });
    expect(completionsSince(before)[0]!.body).toMatchObject({
      temperature: 0, response_format: { type: 'json_schema', json_schema: { name: 'call_analysis', strict: true, schema } },
    });
  });

  it('tells a refusal and a truncated answer from a text', async () => {
    openai.reply({ refusal: 'No puedo ayudar con eso.' }, { content: '{"summary": "Tiene', finishReason: 'length' });
    expect(await completeJson(client(), { model: 'gpt-4o-mini', messages, format: strict })).toEqual({ kind: 'refused', message: 'No puedo ayudar con eso.' });
    expect(await completeJson(client(), { model: 'gpt-4o-mini', messages, format: strict })).toEqual({ kind: 'cut', reason: 'length' });
  });

  it('reports a server without json_schema (its 400) apart from a failing server; JSON mode still works there', async () => {
    openai.acceptsJsonSchema = false;
    try {
      openai.reply({ content: '{"summary":"ok","budget":null}' });
      await expect(completeJson(client(), { model: 'gpt-4o-mini', messages, format: strict })).rejects.toBeInstanceOf(StructuredOutputUnsupported);
      // The scripted answer was not spent on the refused request.
      expect(await completeJson(client(), { model: 'gpt-4o-mini', messages, format: { type: 'json_object' } }))
        .toEqual({ kind: 'text', text: '{"summary":"ok","budget":null}' });
    } finally {
      openai.acceptsJsonSchema = true;
    }
    openai.failNext(SERVER_ERROR);
    await expect(completeJson(client(), { model: 'gpt-4o-mini', messages, format: strict })).rejects.toBeInstanceOf(ModelServerFailure);
    expect(await completeJson(client(), { model: 'gpt-4o-mini', messages, format: { type: 'json_object' } })).toEqual({ kind: 'text', text: '{}' });
  });
});
