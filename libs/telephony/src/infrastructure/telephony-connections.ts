import { Injectable } from '@nestjs/common';
import { IntegrationSettings } from '@leadline/platform';
import { ProviderHttp } from '@leadline/shared-kernel';
import { ZADARMA_API_BASE_URL, type ZadarmaCredentials } from './zadarma-rest-client.js';
import { TWILIO_API_BASE_URL, type TwilioCredentials } from './twilio-voice.js';

export interface ZadarmaConnection extends ZadarmaCredentials {
  /** IANA zone of the Zadarma account: `call_start` is local time there. */
  readonly timeZone: string;
}

/** The tenant's provider settings, read from the platform's encrypted store and typed for the adapters. */
@Injectable()
export class TelephonyConnections {
  constructor(
    private readonly integrations: IntegrationSettings,
    /** How the adapters reach the tenant's provider URLs: connection-time address checks. */
    readonly http: ProviderHttp,
  ) {}

  async zadarma(tenantId: string): Promise<ZadarmaConnection | null> {
    const connection = await this.integrations.find(tenantId, 'zadarma');
    if (!connection?.secrets.api_secret || !connection.secrets.api_key) return null;
    return {
      apiKey: connection.secrets.api_key,
      apiSecret: connection.secrets.api_secret,
      baseUrl: connection.settings.api_base_url ?? ZADARMA_API_BASE_URL,
      timeZone: connection.settings.timezone ?? 'UTC',
    };
  }

  async twilio(tenantId: string): Promise<TwilioCredentials | null> {
    const connection = await this.integrations.find(tenantId, 'twilio');
    const accountSid = connection?.settings.account_sid;
    const fromNumber = connection?.settings.from_number;
    if (!connection?.secrets.auth_token || !accountSid || !fromNumber) return null;
    return {
      accountSid,
      authToken: connection.secrets.auth_token,
      fromNumber,
      apiBaseUrl: connection.settings.api_base_url ?? TWILIO_API_BASE_URL,
    };
  }
}
