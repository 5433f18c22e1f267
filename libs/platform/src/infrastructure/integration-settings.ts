import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema, LockMode } from '@mikro-orm/core';
import {
  APP_CONFIG, Outbox, TenantTable, UnitOfWork, violatedConstraint, type AppConfig, type CommandContext,
} from '@leadline/shared-kernel';
import { newId } from '@leadline/shared-kernel/domain';
import { PlatformError, PlatformErrorCodes } from '../domain/errors.js';
import { SecretBox, secretHint } from './secret-box.js';

export const INTEGRATION_PROVIDERS = ['zadarma', 'twilio', 'odoo', 'telegram', 'whatsapp', 'email', 'ai'] as const;
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

  constructor(
    em: EntityManager,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
  ) {
    this.table = new TenantTable(em, IntegrationSettingsSchema);
    this.box = config.secretsKey ? new SecretBox(config.secretsKey) : null;
  }

  /**
   * Saves the connection and records `integration.configured` for the audit trail, in one
   * transaction: which settings changed and which secrets were replaced (as masked hints only).
   */
  async save(
    context: CommandContext,
    provider: IntegrationProvider,
    input: { settings: Record<string, string | null>; secrets: Record<string, string> },
  ): Promise<void> {
    const { tenantId } = context;
    const box = this.requireBox();
    const now = new Date();
    const changes = {
      settings: input.settings,
      secrets_ciphertext: box.seal(JSON.stringify(input.secrets), associatedData(tenantId, provider)),
      secret_hints: Object.fromEntries(Object.entries(input.secrets).map(([name, value]) => [name, secretHint(value)])),
      updated_at: now,
    };
    await this.uow.run(async () => {
      const before = await this.table.findOne(tenantId, { provider }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      let id = before?.id;
      if (before) {
        await this.table.update(tenantId, { id: before.id }, changes);
      } else {
        id = await this.insertOrUpdate(tenantId, provider, changes, now);
      }
      await this.outbox.append(context, [{
        id: newId(),
        type: 'integration.configured',
        aggregateType: 'integration',
        aggregateId: id!,
        tenantId,
        occurredAt: now,
        payload: { provider, changes: auditedChanges(before, input.settings, changes.secret_hints) },
      }]);
    });
  }

  /** A first save; two racing first saves end as one row, the later one winning as if they came in turn. */
  private async insertOrUpdate(
    tenantId: string,
    provider: IntegrationProvider,
    changes: Pick<IntegrationSettingsRow, 'settings' | 'secrets_ciphertext' | 'secret_hints' | 'updated_at'>,
    now: Date,
  ): Promise<string> {
    const id = newId();
    try {
      await this.uow.run(() => this.table.insert(tenantId, { id, tenant_id: tenantId, provider, created_at: now, ...changes }));
      return id;
    } catch (error) {
      if (violatedConstraint(error) !== 'uq_integration_settings_tenant_provider') throw error;
      await this.table.update(tenantId, { provider }, changes);
      return (await this.table.findOne(tenantId, { provider }, { fields: ['id'] }))!.id;
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

/** Setting changes as they are; secrets only as their masked hints, so the audit log never holds one. */
function auditedChanges(
  before: IntegrationSettingsRow | null,
  settings: Record<string, string | null>,
  hints: Record<string, string>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [name, value] of Object.entries(settings)) {
    const previous = before?.settings[name] ?? null;
    if (previous !== value) changes[name] = { from: previous, to: value };
  }
  for (const [name, hint] of Object.entries(hints)) {
    changes[name] = { from: before?.secret_hints[name] ?? null, to: `${hint} (replaced)` };
  }
  return changes;
}
