import { createHash, createHmac } from 'node:crypto';
import { privateAddressRefusal, type ProviderHttp } from '@leadline/shared-kernel';
import { ProviderRejectedError } from '../domain/index.js';

export const ZADARMA_API_BASE_URL = 'https://api.zadarma.com';
const TIMEOUT_MS = 10_000;

export interface ZadarmaCredentials {
  readonly apiKey: string;
  readonly apiSecret: string;
  /** https://api.zadarma.com, the sandbox, or a local stand-in. */
  readonly baseUrl: string;
}

/**
 * A failed Zadarma API call: HTTP ≥ 400, or `{"status":"error"}` which Zadarma also sends with 200.
 * Deliberately not a DomainError: the worker retries it with backoff (429s, a recording not saved yet).
 */
export class ZadarmaApiError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
  ) {
    super(`Zadarma API ${httpStatus}: ${message}`);
    this.name = 'ZadarmaApiError';
  }
}

/** PHP's http_build_query (RFC 1738) over the params sorted by key, as Zadarma signs them. */
export function zadarmaParamsString(params: Readonly<Record<string, string>>): string {
  const encode = (value: string) => encodeURIComponent(value)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
  return Object.keys(params).sort().map((key) => `${encode(key)}=${encode(params[key]!)}`).join('&');
}

/** `Authorization: <key>:<base64(hex(HMAC-SHA1(secret, method + params + md5(params))))>` (integrations §2.7). */
export function zadarmaAuthorization(apiKey: string, apiSecret: string, method: string, params: Readonly<Record<string, string>>): string {
  const query = zadarmaParamsString(params);
  const md5 = createHash('md5').update(query).digest('hex');
  const hex = createHmac('sha1', apiSecret).update(method + query + md5).digest('hex');
  return `${apiKey}:${Buffer.from(hex).toString('base64')}`;
}

export interface RecordingLink {
  readonly link: string;
  readonly lifetimeTill: string | null;
}

/** The few Zadarma REST methods the product uses, signed per call with the tenant's key. */
export class ZadarmaRestClient {
  constructor(
    private readonly credentials: ZadarmaCredentials,
    private readonly http: ProviderHttp,
  ) {}

  /** A download link for a call's recording (`call_id_with_rec` of NOTIFY_RECORD / NOTIFY_END). */
  async recordingLink(callIdWithRec: string, lifetimeSeconds = 5_184_000): Promise<RecordingLink> {
    const body = await this.get('/v1/pbx/record/request/', { call_id: callIdWithRec, lifetime: String(lifetimeSeconds) });
    const link = typeof body.link === 'string' ? body.link
      : Array.isArray(body.links) && typeof body.links[0] === 'string' ? body.links[0] : null;
    if (!link) throw new ZadarmaApiError(200, 'the answer carries no recording link');
    return { link, lifetimeTill: typeof body.lifetime_till === 'string' ? body.lifetime_till : null };
  }

  /** Click-to-call: rings `from` (an extension or number) first, then connects it to `to`. */
  async callback(from: string, to: string): Promise<void> {
    await this.get('/v1/request/callback/', { from, to });
  }

  private async get(method: string, params: Record<string, string>): Promise<Record<string, unknown>> {
    const all = { ...params, format: 'json' };
    const url = `${this.credentials.baseUrl.replace(/\/+$/, '')}${method}?${zadarmaParamsString(all)}`;
    const response = await this.http.fetch(url, {
      headers: { Authorization: zadarmaAuthorization(this.credentials.apiKey, this.credentials.apiSecret, method, all) },
      // The base URL is tenant-set: a redirect must not take the signed request (or us) elsewhere.
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    }).catch((error: unknown) => {
      const refusal = privateAddressRefusal(error);
      throw refusal ? new ProviderRejectedError('zadarma', null, `api_base_url: ${refusal.message}`) : error;
    });
    const text = await response.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      if (response.ok) throw new ZadarmaApiError(response.status, 'the answer is not JSON');
    }
    if (!response.ok || body.status === 'error') {
      throw new ZadarmaApiError(response.status, typeof body.message === 'string' ? body.message : response.statusText);
    }
    return body;
  }
}
