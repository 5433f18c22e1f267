import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json, listen } from './http.js';

/**
 * An OpenAI-compatible model server as the official `openai` client meets it (integrations §6,
 * integrations-2 §5): `GET /v1/models`, `POST /v1/chat/completions` answered as one
 * `chat.completion` or, with `stream: true`, as SSE `chat.completion.chunk` events ending in
 * `data: [DONE]` (text deltas, tool-call deltas whose arguments arrive in fragments, the optional
 * usage chunk), `response_format: json_schema` answered with a JSON text that fits the schema and
 * `json_object` with a JSON object (or refused, as servers without structured output do).
 * Bearer auth: an unknown key is 401 with OpenAI's error body. Knobs for the failures a client must
 * survive: an error status for the next requests (429 with retry-after, 500, …), a delay before
 * answering (a timeout), scripted replies for the next completions (text, tool calls, refusals,
 * `finish_reason: length`, invalid JSON: the content is sent as scripted), no json_schema support.
 * `POST /v1/audio/transcriptions` (integrations-2 §5c) reads the client's multipart body (file,
 * model, language, response_format, `timestamp_granularities[]`) and answers `verbose_json` with
 * segments (scripted with `transcribe(...)`, else a short Spanish exchange), `json`, or `text`;
 * like OpenAI it refuses a file whose extension is not an audio format, an empty file, and `word`
 * timestamps without verbose_json (400). Every request is recorded (a multipart one as its fields,
 * the file as `{filename, type, size}`).
 */

export interface ToolCallReply {
  readonly name: string;
  /** The arguments' JSON text, sent as is (so a test can send invalid JSON). */
  readonly arguments: string;
  readonly id?: string;
}

export interface ScriptedReply {
  readonly content?: string | null;
  readonly toolCalls?: readonly ToolCallReply[];
  readonly refusal?: string;
  readonly finishReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter';
  /** Streaming: how the content is cut into deltas (default: by word). */
  readonly chunks?: readonly string[];
  /** Streaming: wait between chunks, ms. */
  readonly chunkDelayMs?: number;
}

export interface Failure {
  readonly status: number;
  readonly message?: string;
  readonly type?: string;
  readonly code?: string | null;
  /** Seconds, sent as `retry-after` (0 lets the client retry at once). */
  readonly retryAfter?: number;
  /** The body of a local server instead of OpenAI's (`{detail}` from speaches, `{error: "text"}` from whisper.cpp). */
  readonly body?: unknown;
}

export interface ScriptedSegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly avg_logprob?: number;
  readonly no_speech_prob?: number;
}

/** One transcription's answer: its segments (the text is theirs joined), or a server that sends no segments. */
export interface ScriptedTranscription {
  readonly segments?: readonly ScriptedSegment[];
  /** Without segments: only this text (and duration), as some local servers answer verbose_json. */
  readonly text?: string;
  /** As the server names it (OpenAI: "spanish"; speaches: "es"). Default: from the request's language, as OpenAI names it. */
  readonly language?: string;
}

export const DEFAULT_SEGMENTS: readonly ScriptedSegment[] = [
  { text: ' Buenas tardes, le llamo de Leadline.', start: 0, end: 2.4, avg_logprob: -0.18, no_speech_prob: 0.01 },
  { text: ' Sí, busco un departamento en Zapopan.', start: 2.9, end: 5.6, avg_logprob: -0.25, no_speech_prob: 0.02 },
  { text: ' ¿Con qué presupuesto?', start: 6.1, end: 7.3, avg_logprob: -0.21, no_speech_prob: 0.01 },
  { text: ' Unos dos millones y medio de pesos.', start: 7.8, end: 10.2, avg_logprob: -0.3, no_speech_prob: 0.02 },
];

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Record<string, unknown> | null;
  readonly at: number;
}

export interface OpenAiStandIn {
  /** Give this to the client as base_url (`http://127.0.0.1:<port>/v1`). */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** The keys accepted as `Authorization: Bearer <key>`; add to it. */
  readonly apiKeys: Set<string>;
  /** The ids `GET /v1/models` lists (and the only models completions accept, else 404 model_not_found). */
  models: string[];
  /** Whether `GET /v1/models` exists (some servers have no model list: 404). */
  listsModels: boolean;
  /**
   * Whether chat completions take `response_format: json_schema`. False plays a server without
   * structured output (older vLLM, llama.cpp without grammar support): such a request is a 400 naming
   * `response_format`, while `json_object` (JSON mode) still works.
   */
  acceptsJsonSchema: boolean;
  /** The next `count` requests (any path) answer this error. */
  failNext(failure: Failure, count?: number): void;
  /** The next `count` requests wait this long before answering (longer than the client's timeout: a timeout). */
  delayNext(ms: number, count?: number): void;
  /** The next chat completions answer these, in order; after them the default reply. */
  reply(...replies: ScriptedReply[]): void;
  /** The next transcriptions answer these, in order; after them DEFAULT_SEGMENTS. */
  transcribe(...answers: ScriptedTranscription[]): void;
  /** Requests to one path, e.g. `/v1/chat/completions`. */
  requestsTo(path: string): RecordedRequest[];
  close(): Promise<void>;
}

export const TOO_MANY_REQUESTS: Failure = {
  status: 429, type: 'requests', code: 'rate_limit_exceeded', retryAfter: 0,
  message: 'Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1.',
};
export const SERVER_ERROR: Failure = { status: 500, type: 'server_error', code: null, message: 'The server had an error while processing your request.' };

export const DEFAULT_TEXT = 'Entendido, muchas gracias.';

export async function startOpenAi(options: { apiKey?: string; models?: string[] } = {}): Promise<OpenAiStandIn> {
  const requests: RecordedRequest[] = [];
  const failures: Failure[] = [];
  const delays: number[] = [];
  const replies: ScriptedReply[] = [];
  const transcriptions: ScriptedTranscription[] = [];
  const standIn = {
    apiKeys: new Set([options.apiKey ?? 'sk-test-standin']),
    models: options.models ?? ['gpt-4o-mini', 'whisper-1'],
    listsModels: true,
    acceptsJsonSchema: true,
  };
  const server = await listen(async (req, raw, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let body: Record<string, unknown> | null = null;
    const multipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
    if (multipart) {
      body = await formFields(req, raw);
      if (!body) return error(res, { status: 400, type: 'invalid_request_error', message: 'We could not parse the multipart body of your request.' });
    } else if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      } catch {
        return error(res, { status: 400, type: 'invalid_request_error', message: 'We could not parse the JSON body of your request.' });
      }
    }
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body, at: Date.now() });
    const delay = delays.shift();
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    if (res.destroyed) return;
    const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!key || !standIn.apiKeys.has(key)) {
      return error(res, {
        status: 401, type: 'invalid_request_error', code: 'invalid_api_key',
        message: `Incorrect API key provided: ${key ? `${key.slice(0, 3)}***${key.slice(-4)}` : '(none)'}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      });
    }
    const failure = failures.shift();
    if (failure) return error(res, failure);
    if (req.method === 'GET' && path === '/v1/models' && standIn.listsModels) {
      return json(res, 200, {
        object: 'list',
        data: standIn.models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'leadline-standin' })),
      });
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') return completion(res, body ?? {}, replies.shift());
    if (req.method === 'POST' && path === '/v1/audio/transcriptions') return transcription(res, body ?? {});
    return error(res, { status: 404, type: 'invalid_request_error', code: 'unknown_url', message: `Invalid URL (${req.method} ${path})` });
  });

  function completion(res: ServerResponse, request: Record<string, unknown>, scripted: ScriptedReply | undefined): void {
    const model = request.model;
    if (typeof model !== 'string' || !Array.isArray(request.messages) || request.messages.length === 0) {
      return error(res, { status: 400, type: 'invalid_request_error', message: "'model' and a non-empty 'messages' are required" });
    }
    if (!standIn.models.includes(model)) {
      return error(res, { status: 404, type: 'invalid_request_error', code: 'model_not_found', message: `The model \`${model}\` does not exist or you do not have access to it.` });
    }
    const format = (request.response_format as { type?: string } | undefined)?.type;
    if (format === 'json_schema' && !standIn.acceptsJsonSchema) {
      // Not consumed: the scripted reply is for the request that follows, in JSON mode.
      if (scripted) replies.unshift(scripted);
      return error(res, { status: 400, type: 'invalid_request_error', code: null, message: "Invalid value for 'response_format': 'json_schema' is not supported by this server." });
    }
    if (format !== undefined && !['text', 'json_object', 'json_schema'].includes(format)) {
      if (scripted) replies.unshift(scripted);
      return error(res, { status: 400, type: 'invalid_request_error', message: `Invalid value for 'response_format.type': ${String(format)}` });
    }
    const reply = scripted ?? defaultReply(request);
    const id = `chatcmpl-${randomBytes(12).toString('hex')}`;
    const created = Math.floor(Date.now() / 1000);
    const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({ index, id: call.id ?? `call_${randomBytes(8).toString('hex')}`, ...call }));
    const finishReason = reply.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop');
    const content = reply.refusal !== undefined ? null : (reply.content ?? (toolCalls.length > 0 ? null : ''));
    const usage = { prompt_tokens: 42, completion_tokens: 7, total_tokens: 49 };
    if (request.stream !== true) {
      return json(res, 200, {
        id, object: 'chat.completion', created, model, system_fingerprint: 'fp_standin',
        choices: [{
          index: 0, finish_reason: finishReason, logprobs: null,
          message: {
            role: 'assistant', content, refusal: reply.refusal ?? null,
            ...(toolCalls.length > 0
              ? { tool_calls: toolCalls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })) }
              : {}),
          },
        }],
        usage,
      });
    }
    void stream(res, { id, created, model }, reply, content, toolCalls, finishReason,
      (request.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true ? usage : null);
  }

  function transcription(res: ServerResponse, request: Record<string, unknown>): void {
    const file = request.file as UploadedFile | undefined;
    const model = request.model;
    if (!file || typeof model !== 'string') {
      return error(res, { status: 400, type: 'invalid_request_error', message: "'file' and 'model' are required" });
    }
    if (!standIn.models.includes(model)) {
      return error(res, { status: 404, type: 'invalid_request_error', code: 'model_not_found', message: `The model \`${model}\` does not exist or you do not have access to it.` });
    }
    if (!AUDIO_FILE.test(file.filename)) {
      return error(res, {
        status: 400, type: 'invalid_request_error', code: 'invalid_value',
        message: "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']",
      });
    }
    if (file.size === 0) return error(res, { status: 400, type: 'invalid_request_error', message: 'Audio file is too short. Minimum audio length is 0.1 seconds.' });
    const format = typeof request.response_format === 'string' ? request.response_format : 'json';
    const granularities = [request['timestamp_granularities[]'] ?? []].flat();
    if (granularities.includes('word') && format !== 'verbose_json') {
      return error(res, { status: 400, type: 'invalid_request_error', message: 'timestamp_granularities requires response_format=verbose_json' });
    }
    const scripted = transcriptions.shift() ?? {};
    const segments = scripted.segments ?? (scripted.text === undefined ? DEFAULT_SEGMENTS : []);
    const text = scripted.text ?? segments.map((segment) => segment.text).join('').trim();
    const duration = segments.length > 0 ? segments[segments.length - 1]!.end : 3;
    if (format === 'text') return void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
    if (format !== 'verbose_json') return json(res, 200, { text, usage: { type: 'duration', seconds: Math.ceil(duration) } });
    const language = scripted.language ?? LANGUAGE_NAMES[String(request.language ?? 'es')] ?? 'spanish';
    return json(res, 200, {
      task: 'transcribe', language, duration, text,
      ...(scripted.segments !== undefined || scripted.text === undefined ? {
        segments: segments.map((segment, id) => ({
          id, seek: 0, start: segment.start, end: segment.end, text: segment.text, tokens: [50364, 2425, 50489], temperature: 0,
          avg_logprob: segment.avg_logprob ?? -0.2, compression_ratio: 1.1, no_speech_prob: segment.no_speech_prob ?? 0.01,
        })),
      } : {}),
      usage: { type: 'duration', seconds: Math.ceil(duration) },
    });
  }

  async function stream(
    res: ServerResponse, head: { id: string; created: number; model: string }, reply: ScriptedReply, content: string | null,
    toolCalls: Array<ToolCallReply & { index: number; id: string }>, finishReason: string, usage: object | null,
  ): Promise<void> {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const chunk = (delta: object, finish: string | null = null) => write({
      ...head, object: 'chat.completion.chunk', system_fingerprint: 'fp_standin', usage: null,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    });
    const write = (data: object | string) => {
      if (!res.destroyed) res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
    };
    const pause = () => (reply.chunkDelayMs ? new Promise((resolve) => setTimeout(resolve, reply.chunkDelayMs)) : Promise.resolve());
    chunk({ role: 'assistant', content: '', refusal: null });
    if (reply.refusal !== undefined) {
      chunk({ refusal: reply.refusal });
    } else if (content) {
      for (const piece of reply.chunks ?? content.split(/(?<= )/)) {
        await pause();
        chunk({ content: piece });
      }
    }
    for (const call of toolCalls) {
      await pause();
      chunk({ tool_calls: [{ index: call.index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] });
      // Arguments in fragments, as OpenAI streams them: the client concatenates them per index.
      for (const fragment of fragments(call.arguments)) chunk({ tool_calls: [{ index: call.index, function: { arguments: fragment } }] });
    }
    chunk({}, finishReason);
    if (usage) write({ ...head, object: 'chat.completion.chunk', choices: [], usage });
    write('[DONE]');
    res.end();
  }

  return {
    baseUrl: `${server.baseUrl}/v1`,
    requests,
    apiKeys: standIn.apiKeys,
    get models() { return standIn.models; },
    set models(models: string[]) { standIn.models = models; },
    get listsModels() { return standIn.listsModels; },
    set listsModels(value: boolean) { standIn.listsModels = value; },
    get acceptsJsonSchema() { return standIn.acceptsJsonSchema; },
    set acceptsJsonSchema(value: boolean) { standIn.acceptsJsonSchema = value; },
    failNext: (failure, count = 1) => { for (let i = 0; i < count; i++) failures.push(failure); },
    delayNext: (ms, count = 1) => { for (let i = 0; i < count; i++) delays.push(ms); },
    reply: (...scripted) => { replies.push(...scripted); },
    transcribe: (...answers) => { transcriptions.push(...answers); },
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: server.close,
  };
}

/** OpenAI's error body (`{error: {message, type, param, code}}`) with the real status, and retry-after when given. */
function error(res: ServerResponse, failure: Failure): void {
  json(res, failure.status, failure.body ?? {
    error: { message: failure.message ?? `Error ${failure.status}`, type: failure.type ?? 'invalid_request_error', param: null, code: failure.code ?? null },
  }, failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) });
}

interface UploadedFile {
  readonly filename: string;
  readonly type: string;
  readonly size: number;
}

const AUDIO_FILE = /\.(flac|m4a|mp3|mp4|mpeg|mpga|oga|ogg|wav|webm)$/i;
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { es: 'spanish', en: 'english', uk: 'ukrainian', pt: 'portuguese' };

/**
 * A multipart/form-data body's fields, read by the platform's own parser (undici's `formData()`):
 * text fields as strings (a repeated key, such as `timestamp_granularities[]`, as an array), a
 * file as its name, type and size. Null when the body is not valid multipart.
 */
async function formFields(req: IncomingMessage, raw: Buffer): Promise<Record<string, unknown> | null> {
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { 'content-type': req.headers['content-type']! } }).formData();
  } catch {
    return null;
  }
  const fields: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    const field = typeof value === 'string' ? value : { filename: value.name, type: value.type, size: value.size };
    const existing = fields[name];
    fields[name] = existing === undefined ? field : [existing, field].flat();
  }
  return fields;
}

/** With `response_format: json_schema`, a JSON text fitting the schema (null where it allows null); else a short text. */
function defaultReply(request: Record<string, unknown>): ScriptedReply {
  const format = request.response_format as { type?: string; json_schema?: { schema?: Record<string, unknown> } } | undefined;
  if (format?.type === 'json_schema' && format.json_schema?.schema) return { content: JSON.stringify(sampleOf(format.json_schema.schema)) };
  if (format?.type === 'json_object') return { content: '{}' };
  return { content: DEFAULT_TEXT };
}

function sampleOf(schema: Record<string, unknown>): unknown {
  const types = Array.isArray(schema.type) ? schema.type as string[] : [schema.type as string];
  if (types.includes('null')) return null;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  switch (types[0]) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, sampleOf(property)]));
    }
    case 'array': return [];
    case 'string': return '';
    case 'number': case 'integer': return 0;
    case 'boolean': return false;
    default: return null;
  }
}

function fragments(text: string): string[] {
  const size = Math.max(1, Math.ceil(text.length / 3));
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces;
}
