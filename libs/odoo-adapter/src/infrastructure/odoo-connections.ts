import { Inject, Injectable } from '@nestjs/common';
import { IntegrationSettings } from '@leadline/platform';
import { APP_CONFIG, checkedProviderUrl, ProviderHttp, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import { OdooJsonRpcClient, type OdooConnection } from './odoo-json-rpc.client.js';

/** The tenant's Odoo connection as PUT /api/v1/integrations/odoo stored it, and the one client of this process. */
@Injectable()
export class OdooConnections {
  readonly client: OdooJsonRpcClient;

  constructor(
    private readonly settings: IntegrationSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    http: ProviderHttp,
  ) {
    this.client = new OdooJsonRpcClient(config.odooTimeoutMs, http);
  }

  /** The tenant-set Odoo URL under the same address guard as the other providers' (400 on `url`). */
  checkedUrl(url: string): Promise<string> {
    return checkedProviderUrl(url, 'url', this.config.providerTestHosts);
  }

  async find(tenantId: string): Promise<OdooConnection | null> {
    const stored = await this.settings.find(tenantId, 'odoo');
    if (!stored) return null;
    return {
      url: stored.settings.url ?? '',
      db: stored.settings.db ?? '',
      username: stored.settings.username ?? '',
      apiKey: stored.secrets.api_key ?? '',
    };
  }

  save(context: CommandContext, connection: OdooConnection): Promise<void> {
    return this.settings.save(context, 'odoo', {
      settings: { url: connection.url, db: connection.db, username: connection.username },
      secrets: { api_key: connection.apiKey },
    });
  }
}
