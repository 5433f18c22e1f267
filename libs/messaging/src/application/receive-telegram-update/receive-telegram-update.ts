import { createHash, timingSafeEqual } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '@leadline/shared-kernel';
import { MessagingError, MessagingErrorCodes } from '../../domain/index.js';
import { MessagingInbox } from '../../infrastructure/messaging-inbox.js';
import { TelegramConnections } from '../../infrastructure/telegram/telegram-connections.js';
import { TelegramLinkTokens } from '../../infrastructure/telegram/telegram-link-tokens.js';
import { telegramUpdateEvents } from '../../infrastructure/telegram/telegram-updates.js';

/** Answers how many new events the update carried (0 for a redelivery or an update that means nothing to us). */
export class ReceiveTelegramUpdateCommand extends Command<number> {
  constructor(
    readonly tenantId: string,
    /** The `X-Telegram-Bot-Api-Secret-Token` header as received. */
    readonly secretToken: string | undefined,
    readonly update: unknown,
  ) {
    super();
  }
}

/**
 * A webhook delivery of the tenant's bot: the secret token must be the one given to setWebhook
 * (else nothing is stored), then the Update is parsed into inbound events and stored in the inbox
 * by `update:<update_id>`, so Telegram's redelivery of the same update stores nothing new.
 */
@CommandHandler(ReceiveTelegramUpdateCommand)
export class ReceiveTelegramUpdateHandler implements ICommandHandler<ReceiveTelegramUpdateCommand> {
  constructor(
    private readonly connections: TelegramConnections,
    private readonly tokens: TelegramLinkTokens,
    private readonly inbox: MessagingInbox,
  ) {}

  async execute({ tenantId, secretToken, update }: ReceiveTelegramUpdateCommand): Promise<number> {
    const bot = await this.connections.find(tenantId);
    if (!bot || secretToken === undefined || !sameSecret(secretToken, bot.webhookSecret)) {
      throw new MessagingError(
        MessagingErrorCodes.webhookSignatureInvalid,
        'X-Telegram-Bot-Api-Secret-Token is missing or is not the secret token of this tenant\'s bot: nothing was stored',
        { channel: 'telegram' },
      );
    }
    if (typeof update !== 'object' || update === null || Array.isArray(update)) {
      throw new InvalidInputError('body', 'must be a Telegram Update: a JSON object');
    }
    const events = telegramUpdateEvents(update as Record<string, unknown>, (token) => this.tokens.contactId(tenantId, token));
    return this.inbox.accept(tenantId, events, update);
  }
}

/** Constant time whatever the lengths: both sides are hashed to the same size first. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
