import { privateAddressRefusal, type ProviderHttp } from '@leadline/shared-kernel';

export const TELEGRAM_API_BASE_URL = 'https://api.telegram.org';
const TIMEOUT_MS = 10_000;

/** Where one bot is reached: the Bot API root (Telegram, a local Bot API server, a stand-in) and its token. */
export interface TelegramBot {
  readonly apiBaseUrl: string;
  readonly botToken: string;
}

export interface TelegramBotIdentity {
  readonly id: number;
  readonly username: string;
}

/**
 * The Bot API answered `{"ok":false,…}`. Its HTTP status equals `error_code`; `description` tells
 * apart refusals that share a status (400 "chat not found" vs "message is too long").
 */
export class TelegramApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    /** Seconds, from `parameters.retry_after` (flood control, 429). */
    readonly retryAfter: number | null,
  ) {
    super(`Telegram Bot API ${errorCode}: ${description}`);
    this.name = 'TelegramApiError';
  }
}

/**
 * The Bot API could not be reached. `requestSent` false: the connection never opened (refused, no
 * such host), so Telegram cannot have acted on it; true: it may have (a timeout or a dropped
 * connection after the request left), so repeating it could send a message twice.
 */
export class TelegramUnreachableError extends Error {
  constructor(readonly requestSent: boolean, reason: string) {
    super(reason);
    this.name = 'TelegramUnreachableError';
  }
}

/** The address check refused the api_base_url (it leads to a private address now). */
export class TelegramAddressRefusedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TelegramAddressRefusedError';
  }
}

/** Failures of the connection itself, before any byte of the request could reach the server. */
const NOT_SENT = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT',
  'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_HAS_EXPIRED', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'DEPTH_ZERO_SELF_SIGNED_CERT',
]);

/** The Bot API methods the product uses (integrations §5.1, integrations-2 §1), JSON over ProviderHttp. */
export class TelegramBotApi {
  constructor(
    private readonly http: ProviderHttp,
    private readonly timeoutMs = TIMEOUT_MS,
  ) {}

  async getMe(bot: TelegramBot): Promise<TelegramBotIdentity> {
    const result = await this.call<{ id?: unknown; username?: unknown }>(bot, 'getMe', {});
    if (typeof result.id !== 'number' || typeof result.username !== 'string') {
      throw new TelegramApiError(502, 'getMe answered without the bot id and username', null);
    }
    return { id: result.id, username: result.username };
  }

  async setWebhook(bot: TelegramBot, url: string, secretToken: string): Promise<void> {
    // allowed_updates: [] is every default type (message, my_chat_member, …); omitting it would keep a previous narrower choice.
    await this.call(bot, 'setWebhook', { url, secret_token: secretToken, allowed_updates: [] });
  }

  /** The sent message's id (unique within the chat). */
  async sendMessage(bot: TelegramBot, chatId: string, text: string): Promise<{ messageId: number }> {
    const result = await this.call<{ message_id?: unknown }>(bot, 'sendMessage', { chat_id: chatId, text });
    if (typeof result.message_id !== 'number') throw new TelegramApiError(502, 'sendMessage answered without a message_id', null);
    return { messageId: result.message_id };
  }

  private async call<T>(bot: TelegramBot, method: string, params: Record<string, unknown>): Promise<T> {
    const url = `${bot.apiBaseUrl.replace(/\/+$/, '')}/bot${bot.botToken}/${method}`;
    let response: Awaited<ReturnType<ProviderHttp['fetch']>>;
    let text: string;
    try {
      response = await this.http.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(params),
        // The URL carries the token: a redirect must not take it elsewhere.
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw unreachable(error, method, this.timeoutMs);
    }
    let body: { ok?: unknown; result?: unknown; error_code?: unknown; description?: unknown; parameters?: { retry_after?: unknown } };
    try {
      body = JSON.parse(text);
    } catch {
      // A proxy's HTML error page: the status is all there is.
      throw new TelegramApiError(response.status, `${method} answered HTTP ${response.status} without a Bot API envelope`, null);
    }
    if (body?.ok === true && response.ok) return (body.result ?? {}) as T;
    const retryAfter = typeof body?.parameters?.retry_after === 'number' ? body.parameters.retry_after : null;
    const code = typeof body?.error_code === 'number' ? body.error_code : response.status;
    throw new TelegramApiError(code, typeof body?.description === 'string' ? body.description : `HTTP ${response.status}`, retryAfter);
  }
}

function unreachable(error: unknown, method: string, timeoutMs: number): Error {
  const refusal = privateAddressRefusal(error);
  if (refusal) return new TelegramAddressRefusedError(`api_base_url: ${refusal.message}`);
  if ((error as Error).name === 'TimeoutError') {
    return new TelegramUnreachableError(true, `Telegram did not answer ${method} within ${timeoutMs} ms`);
  }
  const code = causeCode(error);
  return new TelegramUnreachableError(!NOT_SENT.has(code), `Telegram could not be reached for ${method} (${code || (error as Error).message})`);
}

function causeCode(error: unknown): string {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return '';
}
