import { Injectable } from '@nestjs/common';
import { IntegrationSettings } from '@leadline/platform';
import { WHATSAPP_API_BASE_URL, WHATSAPP_GRAPH_VERSION, type WhatsappConnection } from './whatsapp-cloud-api.js';

/** The tenant's WhatsApp connection, read from the platform's sealed store and typed for the client. */
@Injectable()
export class WhatsappConnections {
  constructor(private readonly integrations: IntegrationSettings) {}

  async find(tenantId: string): Promise<WhatsappConnection | null> {
    const saved = await this.integrations.find(tenantId, 'whatsapp');
    const phoneNumberId = saved?.settings.phone_number_id;
    const { access_token: accessToken, app_secret: appSecret, verify_token: verifyToken } = saved?.secrets ?? {};
    if (!phoneNumberId || !accessToken || !appSecret || !verifyToken) return null;
    return {
      phoneNumberId, accessToken, appSecret, verifyToken,
      apiBaseUrl: saved.settings.api_base_url ?? WHATSAPP_API_BASE_URL,
      graphVersion: saved.settings.graph_version ?? WHATSAPP_GRAPH_VERSION,
    };
  }
}
