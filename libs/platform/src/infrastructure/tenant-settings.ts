import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Outbox, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { diff, newId } from '@leadline/shared-kernel/domain';
import { checkTenantSettings, DEFAULT_TENANT_SETTINGS, type TenantSettingsState } from '../domain/tenant-settings.js';

interface TenantSettingsRow {
  timezone: string;
  max_messages_per_lead_per_day: number;
}

/**
 * Tenant-level settings (`GET/PUT /api/v1/settings`), one row per tenant in tenant_settings; no
 * row means the defaults. `of(tenantId)` is the reader other contexts use (the campaign engine's
 * send windows and daily message cap). The table is keyed by tenant_id alone, so every statement
 * here names the tenant it is given.
 */
@Injectable()
export class TenantSettings {
  constructor(private readonly em: EntityManager, private readonly uow: UnitOfWork, private readonly outbox: Outbox) {}

  async of(tenantId: string): Promise<TenantSettingsState> {
    const [row] = await this.sql().execute<TenantSettingsRow[]>(
      'select timezone, max_messages_per_lead_per_day from tenant_settings where tenant_id = ?', [tenantId]);
    return row ? toState(row) : DEFAULT_TENANT_SETTINGS;
  }

  /** Replaces the settings and records `tenant.settings_updated` with what changed, in one transaction. */
  save(context: CommandContext, input: TenantSettingsState): Promise<TenantSettingsState> {
    const settings = checkTenantSettings(input);
    return this.uow.run(async () => {
      const { tenantId } = context;
      // The lock makes two concurrent PUTs come in turn, so each one's audit entry shows what it replaced.
      const [locked] = await this.sql().execute<TenantSettingsRow[]>(
        'select timezone, max_messages_per_lead_per_day from tenant_settings where tenant_id = ? for update', [tenantId]);
      const before = locked ? toState(locked) : DEFAULT_TENANT_SETTINGS;
      const now = new Date();
      await this.sql().execute(
        `insert into tenant_settings (tenant_id, timezone, max_messages_per_lead_per_day, updated_at) values (?, ?, ?, ?)
         on conflict (tenant_id) do update set timezone = excluded.timezone,
           max_messages_per_lead_per_day = excluded.max_messages_per_lead_per_day, updated_at = excluded.updated_at`,
        [tenantId, settings.timezone, settings.maxMessagesPerLeadPerDay, now],
      );
      const changes = diff(before, settings, ['timezone', 'maxMessagesPerLeadPerDay']);
      if (Object.keys(changes).length > 0) {
        await this.outbox.append(context, [{
          id: newId(), type: 'tenant.settings_updated', aggregateType: 'tenant', aggregateId: tenantId, tenantId, occurredAt: now,
          payload: { changes },
        }]);
      }
      return settings;
    });
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}

/**
 * The settings from a tenant_settings row read by another statement (the campaign engine reads it
 * with the step it locks, so a step costs no statement of its own for them); no row, the defaults.
 */
export function tenantSettingsOf(row: { readonly timezone?: string | null; readonly max_messages_per_lead_per_day?: number | null } | null | undefined): TenantSettingsState {
  const timezone = row?.timezone;
  const cap = row?.max_messages_per_lead_per_day;
  return timezone && cap !== null && cap !== undefined ? toState({ timezone, max_messages_per_lead_per_day: cap }) : DEFAULT_TENANT_SETTINGS;
}

function toState(row: TenantSettingsRow): TenantSettingsState {
  return { timezone: row.timezone, maxMessagesPerLeadPerDay: row.max_messages_per_lead_per_day };
}
