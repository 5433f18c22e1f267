import { Injectable, Logger } from '@nestjs/common';
import { ProviderHttp } from '@leadline/shared-kernel';
import {
  ChannelDeferredError, ChannelNotConfiguredError, ChannelRefusedError, type ChannelSender, type OutboundMessage, type SentMessage,
} from '../../domain/index.js';
import { TelegramAddressRefusedError, TelegramApiError, TelegramBotApi, TelegramUnreachableError } from './telegram-bot-api.js';
import { TelegramConnections } from './telegram-connections.js';
import { TelegramRateLimiter } from './telegram-rate-limiter.js';

/** How long a send waits in-process for the rate limiter before handing the wait to the job's retry. */
export const TELEGRAM_LIMIT_WAIT_MS = 1500;
/** A Telegram 5xx or an unreachable API: come back after this (the job's retry backs off further). */
const PROVIDER_DOWN_RETRY_MS = 30_000;

/**
 * Sends text to a linked Telegram chat with the tenant's bot (integrations §5.1). Telegram's
 * answers map onto the port's outcomes: 429 waits its `retry_after`; 403 (blocked, deactivated) and
 * "chat not found" refuse for good with the recipient unreachable; 5xx and a connection that never
 * opened come back later; a timeout or a dropped connection after the request left is rethrown,
 * because Telegram may have delivered it and a retry could send it twice.
 */
@Injectable()
export class TelegramSender implements ChannelSender {
  readonly channel = 'telegram' as const;
  private readonly logger = new Logger(TelegramSender.name);
  private readonly api: TelegramBotApi;

  constructor(
    private readonly connections: TelegramConnections,
    private readonly limiter: TelegramRateLimiter,
    http: ProviderHttp,
  ) {
    this.api = new TelegramBotApi(http);
  }

  async send(message: OutboundMessage): Promise<SentMessage> {
    const bot = await this.connections.find(message.tenantId);
    if (!bot) throw new ChannelNotConfiguredError('telegram');
    await this.waitForSlot(bot.botToken, message.to);
    try {
      const { messageId } = await this.api.sendMessage(bot, message.to, message.body);
      return { providerMessageId: `${message.to}:${messageId}` };
    } catch (error) {
      throw this.outcome(error);
    }
  }

  private async waitForSlot(botToken: string, chatId: string): Promise<void> {
    const deadline = Date.now() + TELEGRAM_LIMIT_WAIT_MS;
    for (;;) {
      const slot = await this.limiter.take(botToken, chatId);
      if (slot.granted) return;
      if (Date.now() + slot.msBeforeNext > deadline) {
        throw new ChannelDeferredError(slot.msBeforeNext, `Telegram rate limit: the bot or the chat has no send left for ${slot.msBeforeNext} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, slot.msBeforeNext));
    }
  }

  private outcome(error: unknown): unknown {
    if (error instanceof TelegramApiError) {
      const { errorCode, description } = error;
      if (errorCode === 429) {
        return new ChannelDeferredError((error.retryAfter ?? 1) * 1000, `Telegram flood control: ${description}`);
      }
      if (errorCode === 403) {
        const code = /blocked/i.test(description) ? 'telegram.blocked' : 'telegram.forbidden';
        return new ChannelRefusedError(code, description, true);
      }
      if (errorCode === 400 && /chat not found|user not found|PEER_ID_INVALID/i.test(description)) {
        return new ChannelRefusedError('telegram.chat_not_found', description, true);
      }
      if (errorCode === 401 || errorCode === 404) {
        // The token was revoked (Telegram answers 401, or 404 for a malformed one): the tenant must reconnect.
        return new ChannelRefusedError('telegram.bot_token_rejected', `Telegram refused the bot token: ${description}`, false);
      }
      if (errorCode >= 500) return new ChannelDeferredError(PROVIDER_DOWN_RETRY_MS, `Telegram failed: ${description}`);
      return new ChannelRefusedError('telegram.rejected', description, false);
    }
    if (error instanceof TelegramUnreachableError && !error.requestSent) {
      return new ChannelDeferredError(PROVIDER_DOWN_RETRY_MS, error.message);
    }
    if (error instanceof TelegramAddressRefusedError) return new ChannelRefusedError('telegram.address_refused', error.message, false);
    if (error instanceof TelegramUnreachableError) this.logger.warn({ err: error }, 'Telegram send outcome unknown');
    return error;
  }
}
