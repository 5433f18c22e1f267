import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import { APP_CONFIG, TenantTable, violatedConstraint, type AppConfig } from '@leadline/shared-kernel';
import { newId } from '@leadline/shared-kernel/domain';
import { PlatformError, PlatformErrorCodes } from '../domain/errors.js';
import { SecretBox, secretHint } from './secret-box.js';

export const INTEGRATION_PROVIDERS = ['zadarma', 'twilio', 'odoo'] as const;
export type IntegrationProvider = (typeof INTEGRATION_PROVIDERS)[number];

export interface IntegrationConnection {
  readonly provider: IntegrationProvider;
  /** Non-secret settings, shown as they are. */
  readonly settings: Readonly<Record<string, string | null>>;
  /** Decrypted secrets: for the adapters only, never returned or logged. */
  readonly secrets: Readonly<Record<string, string>>;
  readonly updatedAt: Date;
}

/** What `GET /integrations` shows: settings plus a masked hint per secret. */
export interface MaskedIntegration {
  readonly provider: IntegrationProvider;
  readonly settings: Readonly<Record<string, string | null>>;
  readonly secrets: Readonly<Record<string, string>>;
  readonly updatedAt: Date;
}

interface IntegrationSettingsRow {
  id: string;
  tenant_id: string;
  provider: IntegrationProvider;
  settings: Record<string, string | null>;
  secrets_ciphertext: string;
  secret_hints: Record<string, string>;
  created_at: Date;
  updated_at: Date;
}

export const IntegrationSettingsSchema = new EntitySchema<IntegrationSettingsRow>({
  name: 'IntegrationSettings',
  tableName: 'integration_settings',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    provider: { type: 'text' },
    settings: { type: 'json' },
    secrets_ciphertext: { type: 'text' },
    secret_hints: { type: 'json' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

/**
 * Per-tenant provider connections. Each provider's own context validates its settings (and may
 * check them live) before saving here; this store only keeps them, secrets sealed with SECRETS_KEY.
 */
@Injectable()
export class IntegrationSettings {
  private readonly table: TenantTable<IntegrationSettingsRow>;
  private readonly box: SecretBox | null;

  constructor(em: EntityManager, @Inject(APP_CONFIG) config: AppConfig) {
    this.table = new TenantTable(em, IntegrationSettingsSchema);
    this.box = config.secretsKey ? new SecretBox(config.secretsKey) : null;
  }

  async save(
    tenantId: string,
    provider: IntegrationProvider,
    input: { settings: Record<string, string | null>; secrets: Record<string, string> },
  ): Promise<void> {
    const box = this.requireBox();
    const now = new Date();
    const changes = {
      settings: input.settings,
      secrets_ciphertext: box.seal(JSON.stringify(input.secrets), associatedData(tenantId, provider)),
      secret_hints: Object.fromEntries(Object.entries(input.secrets).map(([name, value]) => [name, secretHint(value)])),
      updated_at: now,
    };
    if (await this.table.update(tenantId, { provider }, changes)) return;
    try {
      await this.table.insert(tenantId, { id: newId(), tenant_id: tenantId, provider, created_at: now, ...changes });
    } catch (error) {
      // Two first-time saves raced; the later one wins, as it would have had they come in turn.
      if (violatedConstraint(error) !== 'uq_integration_settings_tenant_provider') throw error;
      await this.table.update(tenantId, { provider }, changes);
    }
  }

  async find(tenantId: string, provider: IntegrationProvider): Promise<IntegrationConnection | null> {
    const row = await this.table.findOne(tenantId, { provider });
    if (!row) return null;
    const secrets = JSON.parse(this.requireBox().open(row.secrets_ciphertext, associatedData(tenantId, provider))) as Record<string, string>;
    return { provider, settings: row.settings, secrets, updatedAt: row.updated_at };
  }

  async list(tenantId: string): Promise<MaskedIntegration[]> {
    const rows = await this.table.find(tenantId, {}, { orderBy: { provider: 'asc' } });
    return rows.map((row) => ({ provider: row.provider, settings: row.settings, secrets: row.secret_hints, updatedAt: row.updated_at }));
  }

  private requireBox(): SecretBox {
    if (!this.box) {
      throw new PlatformError(
        PlatformErrorCodes.secretsKeyMissing,
        'SECRETS_KEY is not configured on this server, so provider credentials cannot be stored or read',
      );
    }
    return this.box;
  }
}

function associatedData(tenantId: string, provider: IntegrationProvider): string {
  return `integration_settings:${tenantId}:${provider}`;
}
