import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IntegrationSettings } from '@leadline/platform';
import { APP_CONFIG, checkedProviderUrl, InvalidInputError, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import { isTimeZone } from '../../domain/index.js';

export interface ZadarmaSettingsInput {
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly timeZone?: string;
  readonly apiBaseUrl?: string;
}

export class ConfigureZadarmaCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly input: ZadarmaSettingsInput) {
    super();
  }
}

/** The key and secret sign both directions (webhooks and REST), so both are kept sealed. */
@CommandHandler(ConfigureZadarmaCommand)
export class ConfigureZadarmaHandler implements ICommandHandler<ConfigureZadarmaCommand> {
  constructor(
    private readonly integrations: IntegrationSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ context, input }: ConfigureZadarmaCommand): Promise<void> {
    const timeZone = input.timeZone ?? 'UTC';
    if (!isTimeZone(timeZone)) throw new InvalidInputError('timezone', `"${timeZone}" is not an IANA time zone such as Europe/Madrid`);
    const apiBaseUrl = input.apiBaseUrl === undefined ? null
      : await checkedProviderUrl(input.apiBaseUrl, 'api_base_url', this.config.providerTestHosts);
    await this.integrations.save(context, 'zadarma', {
      settings: { timezone: timeZone, api_base_url: apiBaseUrl },
      secrets: { api_key: input.apiKey, api_secret: input.apiSecret },
    });
  }
}
