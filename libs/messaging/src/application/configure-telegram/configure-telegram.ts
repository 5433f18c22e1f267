import { randomBytes } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, checkedProviderUrl, InvalidInputError, ProviderHttp, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import { MessagingError, MessagingErrorCodes } from '../../domain/index.js';
import {
  TELEGRAM_API_BASE_URL, TelegramAddressRefusedError, TelegramApiError, TelegramBotApi, TelegramUnreachableError, type TelegramBot,
} from '../../infrastructure/telegram/telegram-bot-api.js';
import { TelegramConnections } from '../../infrastructure/telegram/telegram-connections.js';

export interface TelegramSettingsInput {
  readonly botToken: string;
  readonly apiBaseUrl?: string;
}

export class ConfigureTelegramCommand extends Command<{ botUsername: string }> {
  constructor(readonly context: CommandContext, readonly input: TelegramSettingsInput) {
    super();
  }
}

/**
 * Connects the tenant's bot (contract §9a): `getMe` proves the token, `setWebhook` points the bot's
 * updates at `PUBLIC_BASE_URL/api/v1/webhooks/telegram/<tenant id>` with a fresh secret token, and
 * only then is the connection saved, token and secret sealed. Both calls happen before any
 * transaction opens.
 */
@CommandHandler(ConfigureTelegramCommand)
export class ConfigureTelegramHandler implements ICommandHandler<ConfigureTelegramCommand> {
  private readonly api: TelegramBotApi;

  constructor(
    private readonly connections: TelegramConnections,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    http: ProviderHttp,
  ) {
    this.api = new TelegramBotApi(http);
  }

  async execute({ context, input }: ConfigureTelegramCommand): Promise<{ botUsername: string }> {
    const apiBaseUrl = input.apiBaseUrl === undefined ? null
      : await checkedProviderUrl(input.apiBaseUrl, 'api_base_url', this.config.providerTestHosts);
    const bot: TelegramBot = { apiBaseUrl: apiBaseUrl ?? TELEGRAM_API_BASE_URL, botToken: input.botToken };
    const { username } = await this.api.getMe(bot).catch((error: unknown) => { throw refusal(error, 'getMe'); });
    // 256 bits in Telegram's secret_token alphabet (A-Z a-z 0-9 _ -).
    const webhookSecret = randomBytes(32).toString('base64url');
    const webhookUrl = `${this.config.publicBaseUrl.replace(/\/+$/, '')}/api/v1/webhooks/telegram/${context.tenantId}`;
    await this.api.setWebhook(bot, webhookUrl, webhookSecret).catch((error: unknown) => { throw refusal(error, 'setWebhook'); });
    await this.connections.save(context, { ...bot, botUsername: username, webhookSecret }, apiBaseUrl);
    return { botUsername: username };
  }
}

/** A Bot API failure while connecting, as the API's answer: refused (422), unreachable or failing (503), or a bad api_base_url (400). */
function refusal(error: unknown, method: string): unknown {
  if (error instanceof TelegramAddressRefusedError) return new InvalidInputError('api_base_url', error.message);
  if (error instanceof TelegramUnreachableError) {
    return new MessagingError(MessagingErrorCodes.channelUnavailable, `${error.message}: try again later`, { channel: 'telegram' });
  }
  if (error instanceof TelegramApiError) {
    if (error.errorCode >= 500 || error.errorCode === 429) {
      return new MessagingError(MessagingErrorCodes.channelUnavailable, `Telegram failed ${method}: ${error.description}`, { channel: 'telegram' });
    }
    const why = error.errorCode === 401 || error.errorCode === 404
      ? 'Telegram refused the bot token: check it with @BotFather'
      : `Telegram refused ${method}: ${error.description}`;
    return new MessagingError(MessagingErrorCodes.channelCredentialsRejected, why, { channel: 'telegram', telegram_error: error.errorCode });
  }
  return error;
}
