import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IntegrationSettings } from '@leadline/platform';
import { APP_CONFIG, checkedProviderUrl, type AppConfig, type CommandContext } from '@leadline/shared-kernel';

export interface TwilioSettingsInput {
  readonly accountSid: string;
  readonly authToken: string;
  readonly fromNumber: string;
  readonly apiBaseUrl?: string;
}

export class ConfigureTwilioCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly input: TwilioSettingsInput) {
    super();
  }
}

@CommandHandler(ConfigureTwilioCommand)
export class ConfigureTwilioHandler implements ICommandHandler<ConfigureTwilioCommand> {
  constructor(
    private readonly integrations: IntegrationSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ context, input }: ConfigureTwilioCommand): Promise<void> {
    const apiBaseUrl = input.apiBaseUrl === undefined ? null
      : await checkedProviderUrl(input.apiBaseUrl, 'api_base_url', this.config.providerTestHosts);
    await this.integrations.save(context, 'twilio', {
      settings: { account_sid: input.accountSid, from_number: input.fromNumber, api_base_url: apiBaseUrl },
      secrets: { auth_token: input.authToken },
    });
  }
}
