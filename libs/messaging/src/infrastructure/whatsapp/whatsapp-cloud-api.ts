import type { ProviderHttp } from '@leadline/shared-kernel';
import type { WhatsappTemplateSend } from '../../domain/index.js';

export const WHATSAPP_API_BASE_URL = 'https://graph.facebook.com';
export const WHATSAPP_GRAPH_VERSION = 'v21.0';
const TIMEOUT_MS = 10_000;

/** A tenant's WhatsApp Cloud API connection: one business phone number. */
export interface WhatsappConnection {
  readonly phoneNumberId: string;
  readonly accessToken: string;
  /** Signs the webhooks Meta posts to us (X-Hub-Signature-256). */
  readonly appSecret: string;
  /** What Meta's subscription handshake must present. */
  readonly verifyToken: string;
  /** https://graph.facebook.com, a proxy, or a local stand-in. */
  readonly apiBaseUrl: string;
  readonly graphVersion: string;
}

/**
 * The Graph API answered with an error: `{error: {message, type, code, error_subcode, fbtrace_id}}`
 * (integrations §5.2). `code` is Meta's error code (130429, 131026, …), null when the body had none.
 */
export class WhatsappApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number | null,
    readonly subcode: number | null,
    message: string,
    /** From a Retry-After header, when the answer had one. */
    readonly retryAfterMs: number | null,
  ) {
    super(`WhatsApp Cloud API ${httpStatus}${code === null ? '' : ` (code ${code})`}: ${message}`);
    this.name = 'WhatsappApiError';
  }
}

export interface WhatsappPhoneNumber {
  readonly id: string;
  readonly displayPhoneNumber: string | null;
  readonly verifiedName: string | null;
}

/** The few Cloud API calls the product makes, with the tenant's token, through ProviderHttp (the base URL is tenant-set). */
export class WhatsappCloudApi {
  constructor(
    private readonly connection: Pick<WhatsappConnection, 'phoneNumberId' | 'accessToken' | 'apiBaseUrl' | 'graphVersion'>,
    private readonly http: ProviderHttp,
    private readonly timeoutMs = TIMEOUT_MS,
  ) {}

  /** `GET /{version}/{phone_number_id}`: the connection check. */
  async phoneNumber(): Promise<WhatsappPhoneNumber> {
    const body = await this.call('GET', '');
    return {
      id: typeof body.id === 'string' ? body.id : this.connection.phoneNumberId,
      displayPhoneNumber: typeof body.display_phone_number === 'string' ? body.display_phone_number : null,
      verifiedName: typeof body.verified_name === 'string' ? body.verified_name : null,
    };
  }

  /** Free text: only inside the 24-hour customer-service window. Answers the wamid. */
  sendText(to: string, text: string): Promise<string> {
    return this.send({ recipient_type: 'individual', to, type: 'text', text: { preview_url: false, body: text } });
  }

  /** An approved template with positional body parameters ({{1}}, {{2}}, …). Answers the wamid. */
  sendTemplate(to: string, template: WhatsappTemplateSend): Promise<string> {
    return this.send({
      recipient_type: 'individual',
      to,
      type: 'template',
      template: {
        name: template.name,
        language: { code: template.language },
        components: template.parameters.length === 0 ? [] : [{
          type: 'body',
          parameters: template.parameters.map((text) => ({ type: 'text', text })),
        }],
      },
    });
  }

  private async send(message: Record<string, unknown>): Promise<string> {
    const body = await this.call('POST', '/messages', { messaging_product: 'whatsapp', ...message });
    const id = (body.messages as Array<{ id?: unknown }> | undefined)?.[0]?.id;
    if (typeof id !== 'string' || id.length === 0) throw new WhatsappApiError(200, null, null, 'the answer carries no message id', null);
    return id;
  }

  private async call(method: 'GET' | 'POST', path: string, json?: unknown): Promise<Record<string, unknown>> {
    const { apiBaseUrl, graphVersion, phoneNumberId, accessToken } = this.connection;
    const url = `${apiBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(graphVersion)}/${encodeURIComponent(phoneNumberId)}${path}`;
    const response = await this.http.fetch(url, {
      method,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        Accept: 'application/json',
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: json === undefined ? undefined : JSON.stringify(json),
      // The base URL is tenant-set: a redirect must not carry the token elsewhere.
      redirect: 'error',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
    } catch {
      if (response.ok) throw new WhatsappApiError(response.status, null, null, 'the answer is not JSON', null);
    }
    if (!response.ok || body.error !== undefined) {
      const error = (body.error ?? {}) as Record<string, unknown>;
      throw new WhatsappApiError(
        response.status,
        typeof error.code === 'number' ? error.code : null,
        typeof error.error_subcode === 'number' ? error.error_subcode : null,
        typeof error.message === 'string' ? error.message : response.statusText || 'error',
        retryAfterMs(response.headers.get('retry-after')),
      );
    }
    return body;
  }
}

/** Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}
