// An OpenAI-compatible model server for the benchmarks, in the bench's own process (so its clock
// is the clients' clock): `GET /v1/models`, and `POST /v1/chat/completions` answered, with
// `stream: true`, as the SSE `chat.completion.chunk` events the official `openai` client parses
// (integrations-2 §5a): the response head at once, then the first token after a FIXED model latency
// and the next ones at a fixed interval, then the scripted tool calls (arguments in fragments, as
// OpenAI streams them), the finish chunk and `data: [DONE]`. Without `stream` it answers one
// `chat.completion` (a JSON text fitting `response_format.json_schema`, e.g. a post-call analysis).
//
// What it says is the scenario's: `answer(body)` returns `{ tokens, toolCalls?, firstTokenSent?(at) }`,
// and `firstTokenSent` is told the performance.now() just before the first token is written.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * @param {{ apiKey: string, model: string, firstTokenMs: number, tokenMs: number,
 *   answer: (body: Record<string, unknown>, receivedAt: number) => { tokens: string[], toolCalls?: { name: string, arguments: string }[], firstTokenSent?: (at: number) => void } }} options
 */
export async function startOpenAiStandIn({ apiKey, model, firstTokenMs, tokenMs, answer }) {
  const counts = { completions: 0, streamed: 0, aborted: 0, refused: 0 };
  const server = http.createServer((req, res) => {
    const receivedAt = performance.now();
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (req.headers.authorization !== `Bearer ${apiKey}`) {
        counts.refused += 1;
        return error(res, 401, 'invalid_api_key', 'Incorrect API key provided.');
      }
      if (req.method === 'GET' && path === '/v1/models') {
        return json(res, 200, { object: 'list', data: [{ id: model, object: 'model', created: 1_700_000_000, owned_by: 'leadline-bench' }] });
      }
      if (req.method !== 'POST' || path !== '/v1/chat/completions') return error(res, 404, 'unknown_url', `Invalid URL (${req.method} ${path})`);
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return error(res, 400, null, 'We could not parse the JSON body of your request.');
      }
      if (body.model !== model || !Array.isArray(body.messages) || body.messages.length === 0) {
        return error(res, 404, 'model_not_found', `The model \`${body.model}\` does not exist or you do not have access to it.`);
      }
      counts.completions += 1;
      if (body.stream === true) {
        counts.streamed += 1;
        stream(res, body, answer(body, receivedAt));
      } else {
        complete(res, body);
      }
    });
  });

  /** SSE: head now, first token after firstTokenMs, then one every tokenMs; stops when the client goes away. */
  function stream(res, body, reply) {
    const head = { id: `chatcmpl-${randomBytes(12).toString('hex')}`, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model, system_fingerprint: 'fp_bench' };
    const event = (delta, finish = null) => `data: ${JSON.stringify({ ...head, usage: null, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] })}\n\n`;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.flushHeaders();
    let timer = null;
    let gone = false;
    res.on('close', () => {
      if (!res.writableFinished) {
        gone = true;
        counts.aborted += 1;
        clearTimeout(timer);
      }
    });
    const tokens = reply.tokens;
    let next = 0;
    const step = () => {
      if (gone) return;
      if (next === 0) {
        // OpenAI's first chunk carries the role; the first text follows in the same write.
        const first = event({ role: 'assistant', content: '', refusal: null }) + event({ content: tokens[0] });
        reply.firstTokenSent?.(performance.now());
        res.write(first);
      } else {
        res.write(event({ content: tokens[next] }));
      }
      next += 1;
      if (next < tokens.length) {
        timer = setTimeout(step, tokenMs);
        return;
      }
      let tail = '';
      const calls = reply.toolCalls ?? [];
      calls.forEach((call, index) => {
        tail += event({ tool_calls: [{ index, id: `call_${randomBytes(8).toString('hex')}`, type: 'function', function: { name: call.name, arguments: '' } }] });
        const size = Math.max(1, Math.ceil(call.arguments.length / 3));
        for (let at = 0; at < call.arguments.length; at += size) {
          tail += event({ tool_calls: [{ index, function: { arguments: call.arguments.slice(at, at + size) } }] });
        }
      });
      tail += event({}, calls.length > 0 ? 'tool_calls' : 'stop');
      tail += 'data: [DONE]\n\n';
      res.end(tail);
    };
    timer = setTimeout(step, firstTokenMs);
  }

  /** One `chat.completion` after the model latency: JSON fitting the schema when one is asked for, else a sentence. */
  function complete(res, body) {
    const format = body.response_format;
    const content = format?.type === 'json_schema' && format.json_schema?.schema
      ? JSON.stringify(sampleOf(format.json_schema.schema))
      : format?.type === 'json_object' ? '{}' : 'Resumen: llamada de prueba del benchmark.';
    setTimeout(() => json(res, 200, {
      id: `chatcmpl-${randomBytes(12).toString('hex')}`, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: body.model,
      system_fingerprint: 'fp_bench',
      choices: [{ index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content, refusal: null } }],
      usage: { prompt_tokens: 42, completion_tokens: 7, total_tokens: 49 },
    }), firstTokenMs);
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    /** The connection's base_url. */
    baseUrl: `http://127.0.0.1:${port}/v1`,
    counts,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function error(res, status, code, message) {
  json(res, status, { error: { message, type: 'invalid_request_error', param: null, code } });
}

/** A value fitting a JSON Schema: null where it allows null, the first enum value, empty strings, zeros. */
function sampleOf(schema) {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('null')) return null;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  switch (types[0]) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, sampleOf(property)]));
    case 'array': return [];
    case 'string': return '';
    case 'number': case 'integer': return 0;
    case 'boolean': return false;
    default: return null;
  }
}
