import { createHmac, randomBytes } from 'node:crypto';
import { json, listen, type Deliver } from './http.js';

/**
 * Twilio Programmable Voice as the product meets it (integrations §3): the Calls resource of the
 * REST API, and the status callbacks a placed call posts to its StatusCallback URL.
 */

export interface PlacedTwilioCall {
  readonly sid: string;
  readonly to: string;
  readonly from: string;
  readonly statusCallback: string | null;
  readonly statusCallbackMethod: string | null;
  readonly statusCallbackEvents: string[];
  /** The raw form as received, repeated keys kept. */
  readonly form: URLSearchParams;
  sequence: number;
}

export interface TwilioError {
  readonly status: number;
  readonly code: number;
  readonly message: string;
}

export interface TwilioStandIn {
  readonly baseUrl: string;
  readonly accountSid: string;
  readonly authToken: string;
  readonly calls: PlacedTwilioCall[];
  failNext(error: TwilioError): void;
  /** The next call is answered only after `ms` (a slow Twilio). */
  delayNext(ms: number): void;
  close(): Promise<void>;
}

const E164 = /^\+[1-9]\d{7,14}$/;

function twilioError(status: number, code: number, message: string) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** `POST /2010-04-01/Accounts/:sid/Calls.json`: Basic auth, form body with repeated keys, To/From checks. */
export async function startTwilio(options: { accountSid?: string; authToken?: string; ownedNumbers: string[] }): Promise<TwilioStandIn> {
  const accountSid = options.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = options.authToken ?? randomBytes(16).toString('hex');
  const calls: PlacedTwilioCall[] = [];
  const failures: TwilioError[] = [];
  const delays: number[] = [];
  const server = await listen(async (req, body, res) => {
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Calls\.json$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (!match || req.method !== 'POST') return json(res, 404, twilioError(404, 20404, 'The requested resource was not found'));
    const [user, password] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':');
    if (user !== accountSid || password !== authToken || match[1] !== accountSid) {
      return json(res, 401, twilioError(401, 20003, 'Authenticate'));
    }
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
      return json(res, 400, twilioError(400, 20001, 'Unsupported content type'));
    }
    const delay = delays.shift();
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const failure = failures.shift();
    if (failure) return json(res, failure.status, twilioError(failure.status, failure.code, failure.message));
    const form = new URLSearchParams(body.toString('utf8'));
    const to = form.get('To') ?? '';
    const from = form.get('From') ?? '';
    if (!E164.test(to)) return json(res, 400, twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`));
    if (!E164.test(from)) return json(res, 400, twilioError(400, 21212, `The 'From' number ${from} is not a valid phone number.`));
    if (!options.ownedNumbers.includes(from)) {
      return json(res, 400, twilioError(400, 21210, `The source phone number provided, ${from}, is not yet verified for your account.`));
    }
    if (['Url', 'Twiml', 'ApplicationSid'].filter((name) => form.has(name)).length === 0) {
      return json(res, 400, twilioError(400, 21205, 'Url, Twiml or ApplicationSid parameter is required.'));
    }
    const sid = `CA${randomBytes(16).toString('hex')}`;
    calls.push({
      sid, to, from, form,
      statusCallback: form.get('StatusCallback'),
      statusCallbackMethod: form.get('StatusCallbackMethod'),
      statusCallbackEvents: form.getAll('StatusCallbackEvent'),
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
  return {
    baseUrl: server.baseUrl,
    accountSid,
    authToken,
    calls,
    failNext: (error) => { failures.push(error); },
    delayNext: (ms) => { delays.push(ms); },
    close: server.close,
  };
}

/** base64(HMAC-SHA1(token, url + Σ sorted key+value)): Twilio's X-Twilio-Signature (§3.3). */
export function signTwilio(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params).sort().reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

export type CallbackStatus = 'initiated' | 'ringing' | 'in-progress' | 'completed' | 'busy' | 'no-answer' | 'failed' | 'canceled';

export interface CallbackOptions {
  signature?: 'valid' | 'wrong' | 'missing';
  /** Defaults to the call's next number; pass an older one to deliver out of order, the same one to duplicate. */
  sequenceNumber?: number;
  duration?: number;
  /** Sign for and deliver to another URL than the call's StatusCallback (e.g. another tenant's). */
  url?: string;
}

/**
 * Posts one status callback to the call's StatusCallback, as Twilio does: signed over that exact
 * URL, SequenceNumber counting up. `deliver` reaches the app; the URL is only what is signed.
 */
export async function emitTwilioStatus(
  twilio: TwilioStandIn, call: PlacedTwilioCall, status: CallbackStatus, deliver: Deliver, options: CallbackOptions = {},
) {
  const target = options.url ?? call.statusCallback;
  if (!target) throw new Error('the call has no StatusCallback');
  const sequence = options.sequenceNumber ?? call.sequence++;
  const params: Record<string, string> = {
    AccountSid: twilio.accountSid, ApiVersion: '2010-04-01', CallSid: call.sid, CallStatus: status,
    CallbackSource: 'call-progress-events', Direction: 'outbound-api', From: call.from, To: call.to,
    Called: call.to, Caller: call.from, SequenceNumber: String(sequence),
    Timestamp: new Date().toUTCString().replace('GMT', '+0000'),
    ...(['completed', 'busy', 'no-answer', 'failed', 'canceled'].includes(status)
      ? { CallDuration: String(options.duration ?? 0), Duration: String(Math.ceil((options.duration ?? 0) / 60)) } : {}),
  };
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (options.signature !== 'missing') {
    headers['X-Twilio-Signature'] = options.signature === 'wrong'
      ? signTwilio(`${twilio.authToken}x`, target, params)
      : signTwilio(twilio.authToken, target, params);
  }
  const url = new URL(target);
  return deliver(url.pathname + url.search, new URLSearchParams(params).toString(), headers);
}
