import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IntegrationSettings } from '@leadline/platform';
import type { CommandContext } from '@leadline/shared-kernel';

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
  constructor(private readonly integrations: IntegrationSettings) {}

  async execute({ context, input }: ConfigureTwilioCommand): Promise<void> {
    await this.integrations.save(context, 'twilio', {
      settings: { account_sid: input.accountSid, from_number: input.fromNumber, api_base_url: input.apiBaseUrl ?? null },
      secrets: { auth_token: input.authToken },
    });
  }
}
