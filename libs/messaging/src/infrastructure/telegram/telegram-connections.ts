import { Injectable } from '@nestjs/common';
import { IntegrationSettings } from '@leadline/platform';
import type { CommandContext } from '@leadline/shared-kernel';
import { TELEGRAM_API_BASE_URL, type TelegramBot } from './telegram-bot-api.js';

export interface TelegramConnection extends TelegramBot {
  readonly botUsername: string;
  /** The `secret_token` given to setWebhook: Telegram sends it back on every update. */
  readonly webhookSecret: string;
}

/** The tenant's bot as PUT /api/v1/integrations/telegram stored it (token and webhook secret sealed). */
@Injectable()
export class TelegramConnections {
  constructor(private readonly integrations: IntegrationSettings) {}

  async find(tenantId: string): Promise<TelegramConnection | null> {
    const stored = await this.integrations.find(tenantId, 'telegram');
    const botToken = stored?.secrets.bot_token;
    const webhookSecret = stored?.secrets.webhook_secret;
    const botUsername = stored?.settings.bot_username;
    if (!botToken || !webhookSecret || !botUsername) return null;
    return { botToken, webhookSecret, botUsername, apiBaseUrl: stored.settings.api_base_url ?? TELEGRAM_API_BASE_URL };
  }

  save(context: CommandContext, connection: TelegramConnection, apiBaseUrl: string | null): Promise<void> {
    return this.integrations.save(context, 'telegram', {
      settings: { bot_username: connection.botUsername, api_base_url: apiBaseUrl },
      secrets: { bot_token: connection.botToken, webhook_secret: connection.webhookSecret },
    });
  }
}
