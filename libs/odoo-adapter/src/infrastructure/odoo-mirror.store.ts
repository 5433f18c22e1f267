import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { newId } from '@leadline/shared-kernel';
import type { OdooMirror, OdooSyncStatus } from '../domain/index.js';

interface OdooLeadRow {
  opportunity_id: string;
  lead_id: number | null;
  sync_status: Exclude<OdooSyncStatus, 'not_configured'>;
  last_synced_at: string | null;
  last_error: string | null;
  synced_fingerprint: string | null;
}

/** A sync's hold on an opportunity's row, and what the previous sync left there. */
export interface SyncClaim {
  readonly token: string;
  readonly leadId: number | null;
  readonly syncedFingerprint: string | null;
}

/**
 * The mirror's own table, `odoo_leads`: one row per mirrored opportunity, written by this adapter
 * only. A sync claims the row for a lease (`claimed_until`) in one statement, calls Odoo with no
 * transaction open, and records the outcome under its claim; a second sync of the same opportunity
 * meanwhile finds the row claimed and is retried later, so two syncs never both create a lead.
 * Every statement names the tenant.
 */
@Injectable()
export class OdooMirrorStore {
  constructor(private readonly em: EntityManager) {}

  /** A sync was asked for: `pending` (the row is created on the first one). */
  async markPending(tenantId: string, opportunityId: string): Promise<void> {
    await this.sql().execute(
      `insert into odoo_leads (opportunity_id, tenant_id, sync_status) values (?, ?, 'pending')
       on conflict (opportunity_id) do update set sync_status = 'pending', updated_at = now()
       where odoo_leads.tenant_id = excluded.tenant_id`,
      [opportunityId, tenantId],
    );
  }

  /** Null when another sync holds the row and its lease has not run out. */
  async claim(tenantId: string, opportunityId: string, leaseMs: number): Promise<SyncClaim | null> {
    const token = newId();
    const [row] = await this.sql().execute<{ lead_id: number | null; synced_fingerprint: string | null }[]>(
      `insert into odoo_leads (opportunity_id, tenant_id, sync_status, claim, claimed_until)
       values (?, ?, 'pending', ?, now() + ? * interval '1 millisecond')
       on conflict (opportunity_id) do update set claim = excluded.claim, claimed_until = excluded.claimed_until
       where odoo_leads.tenant_id = excluded.tenant_id and (odoo_leads.claimed_until is null or odoo_leads.claimed_until < now())
       returning lead_id, synced_fingerprint`,
      [opportunityId, tenantId, token, leaseMs],
    );
    return row ? { token, leadId: row.lead_id, syncedFingerprint: row.synced_fingerprint } : null;
  }

  /** The lead is in Odoo with these values; the first lead id sticks, so the opportunity keeps its one lead. */
  async recordSuccess(tenantId: string, opportunityId: string, claim: SyncClaim, outcome: { leadId: number; fingerprint: string }): Promise<void> {
    await this.sql().execute(
      `update odoo_leads set lead_id = coalesce(lead_id, ?), sync_status = 'success', synced_fingerprint = ?,
         last_synced_at = now(), last_error = null, claim = null, claimed_until = null, updated_at = now()
       where opportunity_id = ? and tenant_id = ? and claim = ?`,
      [outcome.leadId, outcome.fingerprint, opportunityId, tenantId, claim.token],
    );
  }

  /** Ends a claim without an outcome (nothing to sync). */
  async release(tenantId: string, opportunityId: string, claim: SyncClaim): Promise<void> {
    await this.sql().execute(
      `update odoo_leads set claim = null, claimed_until = null where opportunity_id = ? and tenant_id = ? and claim = ?`,
      [opportunityId, tenantId, claim.token],
    );
  }

  /** A failed attempt: `pending` while it will be retried, `error` when it will not. */
  async recordFailure(tenantId: string, opportunityId: string, status: 'pending' | 'error', lastError: string): Promise<void> {
    await this.sql().execute(
      `update odoo_leads set sync_status = ?, last_error = ?, updated_at = now() where opportunity_id = ? and tenant_id = ?`,
      [status, lastError, opportunityId, tenantId],
    );
  }

  async mirrors(tenantId: string, opportunityIds: readonly string[]): Promise<Map<string, OdooMirror>> {
    if (opportunityIds.length === 0) return new Map();
    const rows = await this.sql().execute<OdooLeadRow[]>(
      `select opportunity_id, lead_id, sync_status, last_synced_at, last_error, synced_fingerprint
         from odoo_leads where tenant_id = ? and opportunity_id = any(?::uuid[])`,
      [tenantId, `{${opportunityIds.join(',')}}`],
    );
    return new Map(rows.map((row) => [row.opportunity_id, {
      leadId: row.lead_id,
      syncStatus: row.sync_status,
      // Raw queries answer timestamps as ISO strings.
      lastSyncedAt: row.last_synced_at === null ? null : new Date(row.last_synced_at),
      lastError: row.last_error,
    }]));
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}
