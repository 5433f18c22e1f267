// Twilio for the benchmarks, in the bench's own process: the REST API's Calls resource (what
// POST /crm/calls/initiate places a call through), Twilio's side of a ConversationRelay session
// (integrations-2 §4: the WebSocket upgrade to the URL the call's TwiML names, signed with
// X-Twilio-Signature over exactly that URL; `setup` with the CallSid; the caller's final `prompt`s;
// the app's `text` tokens and `end`), and the signed status callbacks of a call.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import twilio from 'twilio';
import { WebSocket } from 'ws';

const ENTITIES = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&apos;': "'" };
const unescape = (text) => text.replace(/&(amp|quot|lt|gt|apos);/g, (entity) => ENTITIES[entity]);

/** The attributes of each `<name …>` element of a TwiML document (the SDK's VoiceResponse output is regular). */
function elements(twiml, name) {
  return [...twiml.matchAll(new RegExp(`<${name}((?:\\s+\\w+="[^"]*")*)\\s*/?>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, unescape(value)])));
}

/**
 * `POST /2010-04-01/Accounts/:sid/Calls.json` (Basic auth, form body): every call is accepted
 * (201 with Twilio's JSON) and kept by its CallSid with what Twilio would act on: the
 * ConversationRelay URL and `<Parameter>`s of its TwiML, and its StatusCallback.
 */
export async function startTwilioStandIn({ fromNumber }) {
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  const authToken = randomBytes(16).toString('hex');
  const calls = new Map();
  const fail = (res, status, code, message) => json(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Calls\.json$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
      if (!match || req.method !== 'POST') return fail(res, 404, 20404, 'The requested resource was not found');
      const [user, password] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':');
      if (user !== accountSid || password !== authToken || match[1] !== accountSid) return fail(res, 401, 20003, 'Authenticate');
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const twiml = form.get('Twiml');
      const [relay] = twiml ? elements(twiml, 'ConversationRelay') : [];
      if (!relay?.url) return fail(res, 400, 21205, 'Url, Twiml or ApplicationSid parameter is required.');
      const sid = `CA${randomBytes(16).toString('hex')}`;
      const to = form.get('To');
      const from = form.get('From');
      calls.set(sid, {
        sid, to, from,
        relayUrl: relay.url,
        parameters: Object.fromEntries(elements(twiml, 'Parameter').map((p) => [p.name, p.value])),
        statusCallback: form.get('StatusCallback'),
        sequence: 0,
      });
      const now = new Date().toUTCString().replace('GMT', '+0000');
      json(res, 201, {
        sid, account_sid: accountSid, to, from, to_formatted: to, from_formatted: from, status: 'queued', direction: 'outbound-api',
        start_time: null, end_time: null, date_created: now, date_updated: now, duration: null, price: null, price_unit: 'USD',
        answered_by: null, parent_call_sid: null, phone_number_sid: null, caller_name: null, forwarded_from: null, group_sid: null,
        queue_time: '0', trunk_sid: null, api_version: '2010-04-01', uri: `/2010-04-01/Accounts/${accountSid}/Calls/${sid}.json`,
        subresource_uris: {},
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    accountSid,
    authToken,
    fromNumber,
    calls,

    /**
     * Twilio's status callback for a call: a signed form POSTed to its StatusCallback (the app's
     * PUBLIC_BASE_URL), delivered to `appBaseUrl` (where the app listens here).
     */
    async status(call, status, appBaseUrl, duration = 0) {
      const params = {
        AccountSid: accountSid, ApiVersion: '2010-04-01', CallSid: call.sid, CallStatus: status, CallbackSource: 'call-progress-events',
        Direction: 'outbound-api', From: call.from, To: call.to, Called: call.to, Caller: call.from, SequenceNumber: String(call.sequence++),
        Timestamp: new Date().toUTCString().replace('GMT', '+0000'),
        ...(status === 'completed' ? { CallDuration: String(duration), Duration: String(Math.ceil(duration / 60)) } : {}),
      };
      const target = new URL(call.statusCallback);
      const res = await fetch(`${appBaseUrl}${target.pathname}${target.search}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, call.statusCallback, params) },
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      return res.status;
    },

    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Twilio's side of one ConversationRelay session. `connect` opens the WebSocket as Twilio does —
 * to the URL in the call's TwiML (reached at `appBaseUrl`, where the app listens here), signed
 * over exactly that `wss://` URL with no params — and sends `setup`. `say` sends a final caller
 * utterance and resolves once the bot's answer ended (`text` with `last: true`), with when its
 * first token arrived.
 */
export class ConversationRelayClient {
  /** @type {WebSocket} */
  ws;
  frames = [];
  ended = null;
  closedWith = null;
  #turn = null;
  #closed;

  static async connect(standIn, call, appBaseUrl) {
    const client = new ConversationRelayClient();
    const path = new URL(call.relayUrl).pathname;
    const ws = new WebSocket(`${appBaseUrl.replace(/^http/, 'ws')}${path}`, {
      headers: { 'X-Twilio-Signature': twilio.getExpectedTwilioSignature(standIn.authToken, call.relayUrl, {}) },
    });
    client.ws = ws;
    client.#closed = new Promise((resolve) => ws.on('close', (code) => {
      client.closedWith = code;
      client.#settle(new Error(`the relay closed (${code}) during a turn`));
      resolve(code);
    }));
    ws.on('message', (data) => client.#receive(performance.now(), data));
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('unexpected-response', (_request, response) => {
        reject(new Error(`the relay upgrade was refused: ${response.statusCode}`));
        ws.terminate();
      });
      ws.once('error', reject);
    });
    ws.on('error', () => {});
    client.#send({
      type: 'setup', sessionId: `VX${randomBytes(16).toString('hex')}`, accountSid: standIn.accountSid, callSid: call.sid,
      parentCallSid: '', from: call.from, to: call.to, forwardedFrom: '', callerName: '', direction: 'outbound-api', callType: 'PSTN',
      callStatus: 'IN-PROGRESS', customParameters: call.parameters,
    });
    return client;
  }

  /** The caller's final words; resolves with the bot's answer: its text, and when its first and last frames arrived. */
  say(words, timeoutMs = 15_000) {
    if (this.#turn) throw new Error('a turn is already in flight');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.#settle(new Error(`no complete answer within ${timeoutMs} ms`)), timeoutMs);
      this.#turn = {
        tokens: [], firstAt: null, sentAt: 0,
        resolve: (value) => { clearTimeout(timer); resolve(value); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      };
      this.#turn.sentAt = performance.now();
      this.#send({ type: 'prompt', voicePrompt: words, lang: 'es-MX', last: true });
    });
  }

  /** Waits for the app's `end` (handoffData parsed). */
  async waitForEnd(timeoutMs = 10_000) {
    const deadline = performance.now() + timeoutMs;
    while (!this.ended && this.closedWith === null && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    return this.ended;
  }

  /** Hangs up (or ends the session after `end`): Twilio closes the socket. */
  close() {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.close(1000);
    return this.#closed;
  }

  #send(message) {
    this.ws.send(JSON.stringify(message));
  }

  #receive(at, data) {
    let frame;
    try {
      frame = JSON.parse(data.toString());
    } catch {
      frame = { type: 'invalid', raw: data.toString().slice(0, 200) };
    }
    this.frames.push(frame);
    if (frame.type === 'end') {
      try {
        this.ended = JSON.parse(frame.handoffData);
      } catch {
        this.ended = { handoffData: frame.handoffData };
      }
      return;
    }
    const turn = this.#turn;
    if (frame.type !== 'text' || !turn) return;
    if (typeof frame.token !== 'string' || typeof frame.last !== 'boolean') return this.#settle(new Error(`an invalid text frame: ${JSON.stringify(frame)}`));
    if (frame.token !== '') {
      turn.firstAt ??= at;
      turn.tokens.push(frame.token);
    }
    if (frame.last) this.#settle(null, { text: turn.tokens.join(''), tokens: turn.tokens.length, sentAt: turn.sentAt, firstAt: turn.firstAt, lastAt: at });
  }

  #settle(error, value) {
    const turn = this.#turn;
    if (!turn) return;
    this.#turn = null;
    if (error) turn.reject(error);
    else turn.resolve(value);
  }
}

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
