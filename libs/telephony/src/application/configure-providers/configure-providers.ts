import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IntegrationSettings } from '@leadline/platform';
import { InvalidInputError, type CommandContext } from '@leadline/shared-kernel';
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
  constructor(private readonly integrations: IntegrationSettings) {}

  async execute({ context, input }: ConfigureZadarmaCommand): Promise<void> {
    const timeZone = input.timeZone ?? 'UTC';
    if (!isTimeZone(timeZone)) throw new InvalidInputError('timezone', `"${timeZone}" is not an IANA time zone such as Europe/Madrid`);
    await this.integrations.save(context.tenantId, 'zadarma', {
      settings: { timezone: timeZone, api_base_url: input.apiBaseUrl ?? null },
      secrets: { api_key: input.apiKey, api_secret: input.apiSecret },
    });
  }
}

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
    await this.integrations.save(context.tenantId, 'twilio', {
      settings: { account_sid: input.accountSid, from_number: input.fromNumber, api_base_url: input.apiBaseUrl ?? null },
      secrets: { auth_token: input.authToken },
    });
  }
}
