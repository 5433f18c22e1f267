import { randomBytes, randomInt } from 'node:crypto';
import { json, listen, type Deliver } from './http.js';

/**
 * The Telegram Bot API as the product meets it (integrations §5.1, integrations-2 §1): methods under
 * `POST /bot<token>/<method>` (names case-insensitive) answering the `{ok, result}` envelope, errors
 * as `{ok:false, error_code, description, parameters?}` with the HTTP status equal to error_code;
 * and the update sender, which posts Updates to the webhook registered with setWebhook, carrying the
 * secret token it was given in `X-Telegram-Bot-Api-Secret-Token`.
 */

export interface TelegramSentMessage {
  readonly chatId: string;
  readonly text: string;
  readonly messageId: number;
  /** When the stand-in received it (ms since the epoch), for rate measurements. */
  readonly at: number;
}

export interface TelegramFailure {
  readonly errorCode: number;
  readonly description: string;
  readonly retryAfter?: number;
}

export interface TelegramBot {
  readonly id: number;
  readonly username: string;
  readonly token: string;
  webhook: { url: string; secretToken: string | null } | null;
  readonly sent: TelegramSentMessage[];
}

export interface TelegramStandIn {
  readonly baseUrl: string;
  /** Every method call, in order: `<bot username>.<method>` (or `unknown.<method>` for a bad token). */
  readonly calls: string[];
  /** A new bot with its token (valid for this stand-in only); `token` to take a given one, e.g. an example's. */
  bot(username?: string, token?: string): TelegramBot;
  /** The next `count` method calls (any method, any bot) answer this error. */
  failNext(failure: TelegramFailure, count?: number): void;
  /** The next sendMessage to this chat answers this error (e.g. 403 blocked for one user). */
  failChat(chatId: string, failure: TelegramFailure): void;
  close(): Promise<void>;
}

export const BLOCKED: TelegramFailure = { errorCode: 403, description: 'Forbidden: bot was blocked by the user' };
export const CHAT_NOT_FOUND: TelegramFailure = { errorCode: 400, description: 'Bad Request: chat not found' };
export const tooManyRequests = (retryAfter: number): TelegramFailure => ({
  errorCode: 429, description: `Too Many Requests: retry after ${retryAfter}`, retryAfter,
});

const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

function failure(res: Parameters<typeof json>[0], { errorCode, description, retryAfter }: TelegramFailure): void {
  json(res, errorCode, {
    ok: false, error_code: errorCode, description, ...(retryAfter === undefined ? {} : { parameters: { retry_after: retryAfter } }),
  });
}

export async function startTelegram(): Promise<TelegramStandIn> {
  const bots = new Map<string, TelegramBot>();
  const calls: string[] = [];
  const failures: TelegramFailure[] = [];
  const chatFailures = new Map<string, TelegramFailure[]>();
  let nextMessageId = 1;
  const server = await listen((req, raw, res) => {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (!match) return failure(res, { errorCode: 404, description: 'Not Found' });
    const bot = bots.get(decodeURIComponent(match[1]!));
    const method = match[2]!.toLowerCase();
    calls.push(`${bot?.username ?? 'unknown'}.${method}`);
    if (!bot) return failure(res, { errorCode: 401, description: 'Unauthorized' });
    const injected = failures.shift();
    if (injected) return failure(res, injected);
    let params: Record<string, unknown> = {};
    if (raw.length > 0) {
      if (!String(req.headers['content-type']).startsWith('application/json')) {
        return failure(res, { errorCode: 400, description: 'Bad Request: unsupported content type' });
      }
      try {
        params = JSON.parse(raw.toString('utf8'));
      } catch {
        return failure(res, { errorCode: 400, description: "Bad Request: can't parse JSON" });
      }
    }
    const self = { id: bot.id, is_bot: true, first_name: 'Leadline', username: bot.username };
    switch (method) {
      case 'getme':
        return json(res, 200, {
          ok: true,
          result: {
            ...self, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
            can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false,
            allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
          },
        });
      case 'setwebhook': {
        const url = typeof params.url === 'string' ? params.url : '';
        const secret = params.secret_token;
        if (secret !== undefined && (typeof secret !== 'string' || !SECRET_TOKEN.test(secret))) {
          return failure(res, { errorCode: 400, description: 'Bad Request: secret token contains unallowed characters' });
        }
        if (url !== '' && !/^https?:\/\//.test(url)) {
          return failure(res, { errorCode: 400, description: 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook' });
        }
        bot.webhook = url === '' ? null : { url, secretToken: (secret as string | undefined) ?? null };
        return json(res, 200, { ok: true, result: true, description: url === '' ? 'Webhook was deleted' : 'Webhook was set' });
      }
      case 'deletewebhook':
        bot.webhook = null;
        return json(res, 200, { ok: true, result: true, description: 'Webhook was deleted' });
      case 'getwebhookinfo':
        return json(res, 200, {
          ok: true, result: { url: bot.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 },
        });
      case 'sendmessage': {
        const chatId = typeof params.chat_id === 'number' || typeof params.chat_id === 'string' ? String(params.chat_id) : '';
        const text = typeof params.text === 'string' ? params.text : '';
        if (chatId === '') return failure(res, { errorCode: 400, description: 'Bad Request: chat_id is empty' });
        if (text === '') return failure(res, { errorCode: 400, description: 'Bad Request: message text is empty' });
        if ([...text].length > 4096) return failure(res, { errorCode: 400, description: 'Bad Request: message is too long' });
        const chatFailure = chatFailures.get(chatId)?.shift();
        if (chatFailure) return failure(res, chatFailure);
        const messageId = nextMessageId++;
        bot.sent.push({ chatId, text, messageId, at: Date.now() });
        return json(res, 200, {
          ok: true,
          result: { message_id: messageId, from: self, chat: { id: Number(chatId), type: 'private' }, date: Math.floor(Date.now() / 1000), text },
        });
      }
      default:
        return failure(res, { errorCode: 404, description: 'Not Found: method not found' });
    }
  });
  return {
    baseUrl: server.baseUrl,
    calls,
    bot: (username = `bot${randomBytes(4).toString('hex')}_bot`, token?: string) => {
      const id = token ? Number(token.split(':')[0]) : randomInt(1_000_000_000, 9_999_999_999);
      const bot: TelegramBot = { id, username, token: token ?? `${id}:AA${randomBytes(24).toString('base64url')}`, webhook: null, sent: [] };
      bots.set(bot.token, bot);
      return bot;
    },
    failNext: (error, count = 1) => { for (let i = 0; i < count; i++) failures.push(error); },
    failChat: (chatId, error) => { chatFailures.set(chatId, [...(chatFailures.get(chatId) ?? []), error]); },
    close: server.close,
  };
}

/** A Telegram user writing to a bot in a private chat; ids above 2^31 as Telegram's are. */
export interface TelegramUser {
  readonly id: number;
  readonly first_name: string;
  readonly last_name?: string;
}

export function aTelegramUser(firstName = 'Ana'): TelegramUser {
  return { id: randomInt(5_000_000_000, 8_000_000_000), first_name: firstName, last_name: 'Ruiz' };
}

let nextUpdateId = randomInt(100_000_000, 900_000_000);
let nextUserMessageId = 1;

/** Updates as Telegram builds them (integrations-2 §1.3–1.5). */
export const updates = {
  text(user: TelegramUser, text: string): Record<string, unknown> {
    return {
      update_id: nextUpdateId++,
      message: {
        message_id: nextUserMessageId++,
        from: { id: user.id, is_bot: false, first_name: user.first_name, last_name: user.last_name, language_code: 'es' },
        chat: { id: user.id, type: 'private', first_name: user.first_name, last_name: user.last_name },
        date: Math.floor(Date.now() / 1000),
        text,
        ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
      },
    };
  },
  /** `contactUserId` null: a contact card without a user_id (not a Telegram user, or forwarded). */
  contact(user: TelegramUser, phone: string, contactUserId: number | null = user.id): Record<string, unknown> {
    return {
      update_id: nextUpdateId++,
      message: {
        message_id: nextUserMessageId++,
        from: { id: user.id, is_bot: false, first_name: user.first_name },
        chat: { id: user.id, type: 'private', first_name: user.first_name },
        date: Math.floor(Date.now() / 1000),
        contact: { phone_number: phone, first_name: user.first_name, ...(contactUserId === null ? {} : { user_id: contactUserId }) },
      },
    };
  },
  memberStatus(user: TelegramUser, bot: TelegramBot, status: 'kicked' | 'member'): Record<string, unknown> {
    const botUser = { id: bot.id, is_bot: true, first_name: 'Leadline', username: bot.username };
    return {
      update_id: nextUpdateId++,
      my_chat_member: {
        chat: { id: user.id, type: 'private', first_name: user.first_name },
        from: { id: user.id, is_bot: false, first_name: user.first_name },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { user: botUser, status: status === 'kicked' ? 'member' : 'kicked' },
        new_chat_member: { user: botUser, status, ...(status === 'kicked' ? { until_date: 0 } : {}) },
      },
    };
  },
  reaction(user: TelegramUser): Record<string, unknown> {
    return {
      update_id: nextUpdateId++,
      message_reaction: {
        chat: { id: user.id, type: 'private', first_name: user.first_name }, message_id: 1, user: { id: user.id, is_bot: false, first_name: user.first_name },
        date: Math.floor(Date.now() / 1000), old_reaction: [], new_reaction: [{ type: 'emoji', emoji: '👍' }],
      },
    };
  },
};

export interface DeliveryOptions {
  /** valid: the secret the bot was given; or a wrong one, or none. */
  readonly secret?: 'valid' | 'wrong' | 'missing';
  /** Deliver to another URL than the registered webhook (e.g. another tenant's). */
  readonly url?: string;
}

/**
 * Posts one Update to the bot's webhook as Telegram does: JSON, with the registered secret token.
 * `deliver` reaches the app; only the path of the URL is used.
 */
export function deliverUpdate(bot: TelegramBot, update: Record<string, unknown>, deliver: Deliver, options: DeliveryOptions = {}) {
  if (!bot.webhook) throw new Error(`bot ${bot.username} has no webhook`);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.secret !== 'missing') {
    const secret = bot.webhook.secretToken ?? '';
    headers['X-Telegram-Bot-Api-Secret-Token'] = options.secret === 'wrong' ? `${secret.slice(0, -1)}${secret.endsWith('x') ? 'y' : 'x'}` : secret;
  }
  const url = new URL(options.url ?? bot.webhook.url);
  return deliver(url.pathname + url.search, JSON.stringify(update), headers);
}
