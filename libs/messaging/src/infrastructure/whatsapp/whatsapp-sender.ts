import { Inject, Injectable } from '@nestjs/common';
import { privateAddressRefusal, ProviderHttp } from '@leadline/shared-kernel';
import {
  ChannelDeferredError, ChannelNotConfiguredError, ChannelRefusedError, type ChannelSender, type OutboundMessage, type SentMessage,
} from '../../domain/index.js';
import { PhoneNumberThroughput } from './phone-number-throughput.js';
import { WhatsappApiError, WhatsappCloudApi } from './whatsapp-cloud-api.js';
import { WhatsappConnections } from './whatsapp-connections.js';

/** Meta's throughput limits: 130429 (the number's mps), 131056 (too many to one recipient), 80007 and 4 (account and app limits). */
const RATE_LIMIT_CODES = new Set([4, 80007, 130429, 131056]);
/** Meta's "temporarily unavailable" codes. */
const UNAVAILABLE_CODES = new Set([2, 131016]);
/** Connection errors that mean the request never reached the provider, so trying again cannot send twice. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** How long to wait when the provider said "later" without saying how long. */
export const WHATSAPP_BACKOFF_MS = {
  /** The number's throughput: the next seconds free up quickly. */
  throughput: 2_000,
  /** The same recipient got too many messages: Meta's pair limit is about one per 6 s, bursts longer. */
  pair: 60_000,
  unavailable: 30_000,
} as const;

/** WhatsApp Cloud API sends (integrations §5.2): free text inside the 24-hour window, the approved template outside it. */
@Injectable()
export class WhatsappSender implements ChannelSender {
  readonly channel = 'whatsapp' as const;

  constructor(
    private readonly connections: WhatsappConnections,
    private readonly http: ProviderHttp,
    @Inject(PhoneNumberThroughput) private readonly throughput: PhoneNumberThroughput,
  ) {}

  async send(message: OutboundMessage): Promise<SentMessage> {
    const connection = await this.connections.find(message.tenantId);
    if (!connection) throw new ChannelNotConfiguredError('whatsapp');
    await this.throughput.acquire(connection.phoneNumberId);
    const api = new WhatsappCloudApi(connection, this.http);
    try {
      const providerMessageId = message.whatsappTemplate
        ? await api.sendTemplate(message.to, message.whatsappTemplate)
        : await api.sendText(message.to, message.body);
      return { providerMessageId };
    } catch (error) {
      throw whatsappSendError(error);
    }
  }
}

/**
 * What a failed send means for the send job: later (rate limits, 5xx, the connection refused
 * before anything was sent), never (a refusal), or unknown (a timeout after the request left:
 * it may have been delivered, so it is not repeated) — the error as it is.
 */
export function whatsappSendError(error: unknown): unknown {
  if (error instanceof WhatsappApiError) {
    const code = error.code;
    if (code === 131026) {
      return new ChannelRefusedError('whatsapp.undeliverable', `WhatsApp cannot deliver to this number: ${error.message}`, true);
    }
    if (code === 131047) {
      return new ChannelRefusedError('whatsapp.outside_window',
        `More than 24 hours since the lead last wrote; only an approved template can be sent: ${error.message}`, false);
    }
    if ((code !== null && RATE_LIMIT_CODES.has(code)) || error.httpStatus === 429) {
      const fallback = code === 131056 ? WHATSAPP_BACKOFF_MS.pair : WHATSAPP_BACKOFF_MS.throughput;
      return new ChannelDeferredError(error.retryAfterMs ?? fallback, error.message);
    }
    if ((code !== null && UNAVAILABLE_CODES.has(code)) || error.httpStatus >= 500) {
      return new ChannelDeferredError(error.retryAfterMs ?? WHATSAPP_BACKOFF_MS.unavailable, error.message);
    }
    if (error.httpStatus === 401 || code === 190) {
      return new ChannelRefusedError('whatsapp.credentials_rejected',
        `Meta refused the access token; reconnect WhatsApp (PUT /api/v1/integrations/whatsapp): ${error.message}`, false);
    }
    if (error.httpStatus >= 400 && error.httpStatus < 500) {
      return new ChannelRefusedError('whatsapp.rejected', error.message, false);
    }
    return error; // a 2xx without a message id: whether it went out is unknown
  }
  const refusal = privateAddressRefusal(error);
  if (refusal) return new ChannelRefusedError('whatsapp.api_base_url_refused', `api_base_url: ${refusal.message}`, false);
  if (connectionNeverMade(error)) {
    return new ChannelDeferredError(WHATSAPP_BACKOFF_MS.unavailable, `WhatsApp Cloud API unreachable: ${(error as Error).message}`);
  }
  return error;
}

function connectionNeverMade(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
  }
  return false;
}
