import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetContactQuery, GetPipelineQuery } from '@leadline/crm-domain';
import { APP_CONFIG, describeFailure, HandlesJob, Queues, type AppConfig, type JobHandler } from '@leadline/shared-kernel';
import { crmLeadValues, fingerprint, leadMarker, OdooSyncInProgressError } from '../../domain/index.js';
import { OdooConnections } from '../../infrastructure/odoo-connections.js';
import type { OdooConnection } from '../../infrastructure/odoo-json-rpc.client.js';
import { OdooMirrorStore, type SyncClaim } from '../../infrastructure/odoo-mirror.store.js';
import { currentOpportunity, isMirrored } from '../mirrored-opportunities.js';

export interface SyncOdooLeadPayload {
  readonly tenantId: string;
  readonly opportunityId: string;
  /** Write the lead even when nothing changed since the last sync (resync, replay). */
  readonly force?: boolean;
}

export type SyncResult = 'created' | 'written' | 'unchanged' | 'skipped';

/**
 * Mirrors one opportunity's current state into its one crm.lead: claim → call Odoo → record, with
 * no database transaction open while Odoo is called.
 *
 * 1. It claims the opportunity's `odoo_leads` row for a lease (one statement). A second sync of the
 *    same opportunity finds it claimed and is retried after the first, reading what it left.
 * 2. It reloads the opportunity, skips the call when Odoo already has these values, and otherwise
 *    writes the known lead or creates one. Before creating, it looks for a lead carrying the
 *    opportunity's marker: a crash (or a lost answer) after Odoo's `create` and before the record
 *    left one there, and the retry adopts it instead of creating a second. res.partner is never
 *    written.
 * 3. It records the outcome under its claim.
 *
 * Retry or dead letter is the worker's classifier's call: a refused login or a refusal by Odoo is
 * dead-lettered at once (no retry storm against a wrong key), an outage is retried with backoff.
 * Each step shows on the opportunity as `odoo.sync_status` and `odoo.last_error`.
 */
@Injectable()
@HandlesJob({ queue: Queues.odooSync, name: 'sync-odoo-lead', backoffMs: 1000 })
export class SyncOdooLeadJob implements JobHandler<SyncOdooLeadPayload> {
  constructor(
    private readonly queries: QueryBus,
    private readonly connections: OdooConnections,
    private readonly mirror: OdooMirrorStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run({ tenantId, opportunityId, force }: SyncOdooLeadPayload): Promise<void> {
    const connection = await this.connections.find(tenantId);
    if (!connection) return; // disconnected since the job was queued
    // Long enough for the calls below to time out on their own first.
    const claim = await this.mirror.claim(tenantId, opportunityId, 4 * this.config.odooTimeoutMs);
    if (!claim) throw new OdooSyncInProgressError(opportunityId);
    let recorded = false;
    try {
      recorded = (await this.sync(connection, tenantId, opportunityId, claim, force === true)) !== 'skipped';
    } finally {
      if (!recorded) await this.mirror.release(tenantId, opportunityId, claim);
    }
  }

  async failed({ tenantId, opportunityId }: SyncOdooLeadPayload, error: unknown, final: boolean): Promise<void> {
    if (error instanceof OdooSyncInProgressError && !final) return; // its turn comes; the other sync reports
    await this.mirror.recordFailure(tenantId, opportunityId, final ? 'error' : 'pending',
      final ? describeFailure(error) : `a sync attempt failed, retrying: ${describeFailure(error)}`);
  }

  /** Answers what it did; anything but `skipped` was recorded under the claim. */
  private async sync(connection: OdooConnection, tenantId: string, opportunityId: string, claim: SyncClaim, force: boolean): Promise<SyncResult> {
    const opportunity = await currentOpportunity(this.queries, tenantId, opportunityId);
    if (!opportunity) return 'skipped';
    const state = opportunity;
    const pipeline = await this.queries.execute(new GetPipelineQuery(tenantId, state.pipelineId));
    if (!isMirrored(pipeline)) return 'skipped';
    const contact = (await this.queries.execute(new GetContactQuery(tenantId, state.contactId))).snapshot;
    const values = crmLeadValues({
      opportunityId,
      contactName: [contact.firstName, contact.lastName].filter(Boolean).join(' ') || null,
      phone: contact.phone,
      email: contact.email,
      odooStageId: pipeline.stage(state.stage.currentStage)?.odooStageId ?? null,
      summary: [state.notes, state.detectionReason],
    });
    const print = fingerprint(values);

    let leadId = claim.leadId;
    let result: SyncResult;
    if (leadId !== null && claim.syncedFingerprint === print && !force) {
      result = 'unchanged';
    } else {
      leadId ??= await this.findMarkedLead(connection, opportunityId);
      if (leadId === null) {
        // user_id false: "unassigned" rather than Odoo's default, the integration user.
        leadId = await this.connections.client.execute<number>(connection, 'crm.lead', 'create', [{ ...values, user_id: false }]);
        result = 'created';
      } else {
        await this.connections.client.execute(connection, 'crm.lead', 'write', [[leadId], values]);
        result = 'written';
      }
    }
    await this.mirror.recordSuccess(tenantId, opportunityId, claim, { leadId, fingerprint: print });
    return result;
  }

  /** Archived leads count too: a lost opportunity archived in Odoo is still the one lead. */
  private async findMarkedLead(connection: OdooConnection, opportunityId: string): Promise<number | null> {
    const ids = await this.connections.client.execute<number[]>(connection, 'crm.lead', 'search', [[
      ['description', 'ilike', leadMarker(opportunityId)],
      ['active', 'in', [true, false]],
    ]], { limit: 1 });
    return ids[0] ?? null;
  }
}
