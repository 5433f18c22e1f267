import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IntegrationSettings } from '@leadline/platform';
import {
  APP_CONFIG, checkedProviderUrl, InvalidInputError, privateAddressRefusal, ProviderHttp, type AppConfig, type CommandContext,
} from '@leadline/shared-kernel';
import { MessagingError, MessagingErrorCodes } from '../../domain/index.js';
import {
  WHATSAPP_API_BASE_URL, WHATSAPP_GRAPH_VERSION, WhatsappApiError, WhatsappCloudApi,
} from '../../infrastructure/whatsapp/whatsapp-cloud-api.js';

export interface WhatsappSettingsInput {
  readonly phoneNumberId: string;
  readonly accessToken: string;
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly apiBaseUrl?: string;
  readonly graphVersion?: string;
}

export class ConfigureWhatsappCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly input: WhatsappSettingsInput) {
    super();
  }
}

/**
 * Connects the tenant's WhatsApp business number: the token must read the phone number
 * (`GET /{version}/{phone_number_id}`) before anything is saved. The call runs before, and outside,
 * the transaction that saves the connection.
 */
@CommandHandler(ConfigureWhatsappCommand)
export class ConfigureWhatsappHandler implements ICommandHandler<ConfigureWhatsappCommand> {
  constructor(
    private readonly integrations: IntegrationSettings,
    private readonly http: ProviderHttp,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ context, input }: ConfigureWhatsappCommand): Promise<void> {
    const apiBaseUrl = input.apiBaseUrl === undefined ? null
      : await checkedProviderUrl(input.apiBaseUrl, 'api_base_url', this.config.providerTestHosts);
    const api = new WhatsappCloudApi({
      phoneNumberId: input.phoneNumberId,
      accessToken: input.accessToken,
      apiBaseUrl: apiBaseUrl ?? WHATSAPP_API_BASE_URL,
      graphVersion: input.graphVersion ?? WHATSAPP_GRAPH_VERSION,
    }, this.http);
    await api.phoneNumber().catch((error: unknown) => {
      throw connectionCheckError(error);
    });
    await this.integrations.save(context, 'whatsapp', {
      settings: { phone_number_id: input.phoneNumberId, api_base_url: apiBaseUrl, graph_version: input.graphVersion ?? null },
      secrets: { access_token: input.accessToken, app_secret: input.appSecret, verify_token: input.verifyToken },
    });
  }
}

function connectionCheckError(error: unknown): Error {
  if (error instanceof WhatsappApiError && error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus !== 429) {
    return new MessagingError(MessagingErrorCodes.channelCredentialsRejected,
      `Meta refused the access token or the phone number id: ${error.message}`, { channel: 'whatsapp' });
  }
  const refusal = privateAddressRefusal(error);
  if (refusal) return new InvalidInputError('api_base_url', `api_base_url: ${refusal.message}`);
  const reason = error instanceof Error ? error.message : String(error);
  return new MessagingError(MessagingErrorCodes.channelUnavailable, `The WhatsApp Cloud API could not be reached: ${reason}`,
    { channel: 'whatsapp' });
}
