import twilio from 'twilio';
import { privateAddressRefusal, type ProviderHttp } from '@leadline/shared-kernel';
import { ProviderRejectedError, ProviderUnavailableError, type PlacedCall } from '../domain/index.js';

export const TWILIO_API_BASE_URL = 'https://api.twilio.com';
const TIMEOUT_MS = 15_000;

export interface TwilioCredentials {
  readonly accountSid: string;
  readonly authToken: string;
  /** A Twilio number (or verified caller id) in E.164 that calls are placed from. */
  readonly fromNumber: string;
  /** https://api.twilio.com unless a proxy or a local stand-in answers instead. */
  readonly apiBaseUrl: string;
}

/**
 * twilio-node has no base-URL option; its maintainers' way (twilio-node PR #326) is an httpClient
 * that rewrites the host and delegates to the SDK's own RequestClient, so auth, form encoding of
 * repeated keys and error parsing stay the SDK's.
 */
class GuardedRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string, http: ProviderHttp) {
    super({ timeout: TIMEOUT_MS });
    // The base is tenant-set: every connection checks its address, and no redirect leads elsewhere.
    const axios = (this as unknown as { axios: { defaults: Record<string, unknown> } }).axios;
    axios.defaults.httpsAgent = http.httpsAgent;
    axios.defaults.httpAgent = http.httpAgent;
    axios.defaults.maxRedirects = 0;
  }

  override request<TData>(opts: Parameters<typeof twilio.RequestClient.prototype.request<TData>>[0]) {
    return super.request<TData>({ ...opts, uri: opts.uri.replace(/^https:\/\/api\.twilio\.com/, this.baseUrl) });
  }
}

/** Keeps a line open after the callee answers; connecting an agent is TwiML of the tenant's own (future work). */
const HOLD_TWIML = '<Response><Pause length="60"/></Response>';

export const TWILIO_STATUS_EVENTS = ['initiated', 'ringing', 'answered', 'completed'];

/** Places a call with the official SDK and turns Twilio's errors into the domain's provider errors. */
export async function placeTwilioCall(
  credentials: TwilioCredentials, to: string, statusCallbackUrl: string, http: ProviderHttp, twiml: string = HOLD_TWIML,
): Promise<PlacedCall> {
  const base = credentials.apiBaseUrl.replace(/\/+$/, '');
  const client = twilio(credentials.accountSid, credentials.authToken, { httpClient: new GuardedRequestClient(base, http) });
  try {
    const call = await client.calls.create({
      to,
      from: credentials.fromNumber,
      twiml,
      statusCallback: statusCallbackUrl,
      statusCallbackMethod: 'POST',
      statusCallbackEvent: TWILIO_STATUS_EVENTS,
    });
    return { externalCallId: call.sid, fromNumber: call.from ?? credentials.fromNumber, toNumber: call.to ?? to };
  } catch (error) {
    throw providerError(error);
  }
}

/**
 * Twilio's 4xx (bad numbers, unverified caller id, wrong credentials: code 20003) will fail the
 * same way again: the caller must fix the input or the settings. 429, 5xx and network failures may pass later.
 */
function providerError(error: unknown): Error {
  const refusal = privateAddressRefusal(error);
  if (refusal) return new ProviderRejectedError('twilio', null, `api_base_url: ${refusal.message}`);
  const status = (error as { status?: number }).status;
  const code = (error as { code?: number | string }).code ?? null;
  const message = (error as Error).message ?? String(error);
  if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429) {
    return new ProviderRejectedError('twilio', code, message);
  }
  return new ProviderUnavailableError('twilio', typeof code === 'number' ? code : null, typeof status === 'number' ? message : 'unreachable');
}

/**
 * X-Twilio-Signature over the public URL Twilio was given (not the Host header, which a proxy
 * rewrites) and every received parameter, with the SDK's own check (ports and encodings included).
 */
export function isValidTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: Readonly<Record<string, string | string[]>>,
): boolean {
  if (!signature || !authToken) return false;
  return twilio.validateRequest(authToken, signature, url, params as Record<string, string>);
}
