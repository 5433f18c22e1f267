import { createHmac, randomBytes } from 'node:crypto';
import { json, listen, type Deliver } from './http.js';

/**
 * The WhatsApp Cloud API as the product meets it (integrations §5.2, integrations-2 §2): the Graph
 * API's phone number and messages endpoints with Bearer tokens and Meta's error envelope, and Meta
 * itself toward our webhook: the hub.challenge handshake and signed (X-Hub-Signature-256) posts of
 * inbound messages and statuses.
 */

export interface MetaError {
  /** HTTP status of the answer. */
  readonly status: number;
  readonly code: number;
  readonly subcode?: number;
  readonly message: string;
  readonly type?: string;
  /** Seconds, sent as a Retry-After header. */
  readonly retryAfter?: number;
}

/** Meta's errors as the Graph API answers them (the texts are Meta's, as seen in public integrations). */
export const META_ERRORS = {
  badToken: { status: 401, code: 190, message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException' },
  throughput: { status: 400, code: 130429, message: '(#130429) Rate limit hit', type: 'OAuthException' },
  throughput429: { status: 429, code: 130429, message: '(#130429) Rate limit hit', type: 'OAuthException' },
  pairRateLimit: { status: 400, code: 131056, message: '(#131056) (Business Account, Consumer Account) pair rate limit hit', type: 'OAuthException' },
  undeliverable: { status: 400, code: 131026, message: '(#131026) Message undeliverable', type: 'OAuthException' },
  reEngagement: { status: 400, code: 131047, message: '(#131047) Re-engagement message', type: 'OAuthException' },
  serverError: { status: 500, code: 2, message: 'Service temporarily unavailable', type: 'OAuthException' },
  templateMissing: { status: 404, code: 132001, message: '(#132001) Template name does not exist in the translation', type: 'OAuthException' },
} satisfies Record<string, MetaError>;

export interface GraphRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown> | null;
  readonly at: number;
}

export interface SentWhatsapp {
  readonly id: string;
  readonly to: string;
  readonly type: 'text' | 'template';
  readonly text: string | null;
  readonly template: { name: string; language: string; parameters: string[] } | null;
  /** When the stand-in accepted it (ms since the epoch). */
  readonly at: number;
}

export interface WhatsappStandIn {
  readonly baseUrl: string;
  readonly graphVersion: string;
  readonly phoneNumberId: string;
  readonly accessToken: string;
  readonly appSecret: string;
  readonly verifyToken: string;
  /** Every Graph API request, in order. */
  readonly requests: GraphRequest[];
  /** Every message accepted, in order. */
  readonly sent: SentWhatsapp[];
  /** The next `times` message sends answer this error. */
  failNext(error: MetaError, times?: number): void;
  /** The next request is answered only after `ms`. */
  delayNext(ms: number): void;
  /** The settings body of PUT /api/v1/integrations/whatsapp for this account. */
  settings(overrides?: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

/** A wamid looks like `wamid.` and base64 of the recipient and a random id. */
function wamid(to: string): string {
  return `wamid.${Buffer.from(`${to}${randomBytes(12).toString('hex').toUpperCase()}`).toString('base64')}`;
}

function metaError(error: MetaError) {
  return {
    error: {
      message: error.message, type: error.type ?? 'OAuthException', code: error.code,
      ...(error.subcode === undefined ? {} : { error_subcode: error.subcode }),
      fbtrace_id: `A${randomBytes(10).toString('base64url')}`,
    },
  };
}

const invalidParameter = (message: string): MetaError => ({ status: 400, code: 100, message: `(#100) ${message}`, type: 'OAuthException' });

/** What the Cloud API checks of a send before accepting it. */
function checkSend(body: Record<string, unknown> | null): MetaError | SentWhatsapp {
  if (!body) return invalidParameter('The request body is not JSON');
  if (body.messaging_product !== 'whatsapp') return invalidParameter('The parameter messaging_product is required.');
  const to = body.to;
  if (typeof to !== 'string' || !/^\+?\d{6,15}$/.test(to)) return invalidParameter('Invalid parameter: to');
  const recipient = to.replace(/^\+/, '');
  if (body.type === 'text') {
    const text = body.text as { body?: unknown } | undefined;
    if (typeof text?.body !== 'string' || text.body.length === 0) return invalidParameter('The parameter text[\'body\'] is required.');
    if (text.body.length > 4096) return invalidParameter('Param text[\'body\'] must be at most 4096 characters long.');
    return { id: wamid(recipient), to: recipient, type: 'text', text: text.body, template: null, at: Date.now() };
  }
  if (body.type === 'template') {
    const template = body.template as { name?: unknown; language?: { code?: unknown }; components?: unknown } | undefined;
    if (typeof template?.name !== 'string' || typeof template.language?.code !== 'string') {
      return invalidParameter('The parameter template[\'name\'] and template[\'language\'][\'code\'] are required.');
    }
    const parameters: string[] = [];
    for (const component of Array.isArray(template.components) ? template.components as Array<Record<string, unknown>> : []) {
      if (component.type !== 'body') continue;
      for (const parameter of Array.isArray(component.parameters) ? component.parameters as Array<Record<string, unknown>> : []) {
        if (parameter.type !== 'text' || typeof parameter.text !== 'string' || parameter.text.length === 0) {
          return { status: 400, code: 131008, message: '(#131008) Required parameter is missing', type: 'OAuthException' };
        }
        parameters.push(parameter.text);
      }
    }
    return {
      id: wamid(recipient), to: recipient, type: 'template', text: null,
      template: { name: template.name, language: template.language.code, parameters }, at: Date.now(),
    };
  }
  return invalidParameter(`Unsupported message type: ${String(body.type)}`);
}

export interface WhatsappAccount {
  phoneNumberId?: string;
  graphVersion?: string;
  accessToken?: string;
  appSecret?: string;
  verifyToken?: string;
}

export async function startWhatsapp(options: WhatsappAccount = {}): Promise<WhatsappStandIn> {
  const graphVersion = options.graphVersion ?? 'v21.0';
  const phoneNumberId = options.phoneNumberId ?? String(100_000_000_000_000 + Math.floor(Math.random() * 899_999_999_999_999));
  const accessToken = options.accessToken ?? `EAAG${randomBytes(24).toString('base64url')}`;
  const appSecret = options.appSecret ?? randomBytes(16).toString('hex');
  const verifyToken = options.verifyToken ?? `verify-${randomBytes(6).toString('hex')}`;
  const requests: GraphRequest[] = [];
  const sent: SentWhatsapp[] = [];
  const failures: MetaError[] = [];
  const delays: number[] = [];

  const server = await listen(async (req, raw, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let body: Record<string, unknown> | null = null;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) as Record<string, unknown> : null;
    } catch {
      body = null;
    }
    requests.push({ method: req.method ?? 'GET', path, authorization: req.headers.authorization, body, at: Date.now() });
    const delay = delays.shift();
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const fail = (error: MetaError) => json(res, error.status, metaError(error),
      error.retryAfter === undefined ? {} : { 'retry-after': String(error.retryAfter) });

    if (req.headers.authorization !== `Bearer ${accessToken}`) return fail(META_ERRORS.badToken);
    const match = /^\/(v\d+\.\d+)\/([^/]+)(\/messages)?$/.exec(path);
    if (!match || match[1] !== graphVersion) return fail(invalidParameter(`Unknown path components: ${path}`));
    if (match[2] !== phoneNumberId) {
      return fail({ status: 400, code: 100, subcode: 33, message: `Unsupported ${req.method?.toLowerCase()} request. Object with ID '${match[2]}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, type: 'GraphMethodException' });
    }
    if (!match[3] && req.method === 'GET') {
      return json(res, 200, {
        verified_name: 'Leadline Test', code_verification_status: 'VERIFIED', display_phone_number: '+1 555-078-3881',
        quality_rating: 'GREEN', platform_type: 'CLOUD_API', throughput: { level: 'STANDARD' }, id: phoneNumberId,
      });
    }
    if (!match[3] || req.method !== 'POST') return fail(invalidParameter('Unsupported request'));
    if (!String(req.headers['content-type']).startsWith('application/json')) return fail(invalidParameter('The request body is not JSON'));
    const failure = failures.shift();
    if (failure) return fail(failure);
    const checked = checkSend(body);
    if ('status' in checked) return fail(checked);
    sent.push(checked);
    json(res, 200, {
      messaging_product: 'whatsapp',
      contacts: [{ input: body!.to, wa_id: checked.to }],
      messages: [{ id: checked.id, ...(checked.type === 'template' ? { message_status: 'accepted' } : {}) }],
    });
  });

  return {
    baseUrl: server.baseUrl, graphVersion, phoneNumberId, accessToken, appSecret, verifyToken, requests, sent,
    failNext: (error, times = 1) => { for (let i = 0; i < times; i++) failures.push(error); },
    delayNext: (ms) => { delays.push(ms); },
    settings: (overrides = {}) => ({
      phone_number_id: phoneNumberId, access_token: accessToken, app_secret: appSecret, verify_token: verifyToken,
      api_base_url: server.baseUrl, graph_version: graphVersion, ...overrides,
    }),
    close: server.close,
  };
}

// ---- Meta toward our webhook -------------------------------------------------------------------

export interface InboundOptions {
  readonly id?: string;
  readonly name?: string;
  /** Unix seconds; defaults to now. */
  readonly timestamp?: number;
}

function envelope(phoneNumberId: string, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: '102290129340398',
      changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId }, ...value } }],
    }],
  };
}

/** A lead's text message (integrations-2 §2.2). `message` overrides fields of the message (another type, no `from`, …). */
export function inboundText(
  wa: WhatsappStandIn, waId: string, text: string, options: InboundOptions = {}, message: Record<string, unknown> = {},
) {
  const id = options.id ?? wamid(waId);
  return {
    id,
    payload: envelope(wa.phoneNumberId, {
      contacts: [{ profile: { name: options.name ?? 'Lead' }, wa_id: waId }],
      messages: [{
        from: waId, id, timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)), type: 'text', text: { body: text }, ...message,
      }],
    }),
  };
}

/** Delivery news about one of our messages (integrations-2 §2.3); `failed` carries Meta's error. */
export function statusUpdate(
  wa: WhatsappStandIn, messageId: string, recipient: string, status: 'sent' | 'delivered' | 'read' | 'failed',
  error?: { code: number; title: string; details?: string },
) {
  return envelope(wa.phoneNumberId, {
    statuses: [{
      id: messageId, status, timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: recipient,
      ...(status === 'failed' && error ? {
        errors: [{ code: error.code, title: error.title, message: error.title, error_data: { details: error.details ?? error.title }, href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/' }],
      } : {
        conversation: { id: randomBytes(16).toString('hex'), origin: { type: 'service' } },
        pricing: { billable: true, pricing_model: 'CBP', category: 'service' },
      }),
    }],
  });
}

/** JSON as Meta writes it: non-ASCII escaped as \uXXXX (integrations-2 §2.4), so the bytes differ from a re-serialisation. */
export function metaJson(payload: unknown): string {
  return JSON.stringify(payload).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function signMeta(appSecret: string, body: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(Buffer.from(body, 'utf8')).digest('hex')}`;
}

export interface WebhookPostOptions {
  signature?: 'valid' | 'wrong' | 'missing';
  /** Sign with another app secret (another tenant's). */
  appSecret?: string;
  /** Post exactly these bytes instead of the payload's JSON. */
  rawBody?: string;
}

/** Posts a webhook to the tenant's callback as Meta does: signed over the exact body. */
export function postWebhook(wa: WhatsappStandIn, deliver: Deliver, tenantId: string, payload: unknown, options: WebhookPostOptions = {}) {
  const body = options.rawBody ?? metaJson(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'facebookexternalua' };
  if (options.signature !== 'missing') {
    const secret = options.appSecret ?? wa.appSecret;
    headers['X-Hub-Signature-256'] = options.signature === 'wrong' ? signMeta(`${secret}x`, body) : signMeta(secret, body);
  }
  return deliver(`/api/v1/webhooks/whatsapp/${tenantId}`, body, headers);
}

/** The query of Meta's subscription handshake (integrations-2 §2.1). */
export function handshakeQuery(verifyToken: string, challenge = String(Math.floor(Math.random() * 2 ** 31))) {
  return { 'hub.mode': 'subscribe', 'hub.verify_token': verifyToken, 'hub.challenge': challenge };
}
