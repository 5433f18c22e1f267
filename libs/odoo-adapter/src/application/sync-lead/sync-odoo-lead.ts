import { Command, CommandBus, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetContactQuery, GetPipelineQuery, RecordOdooSyncCommand } from '@leadline/crm-domain';
import { UnitOfWork } from '@leadline/shared-kernel';
import { crmLeadValues, fingerprint, leadMarker } from '../../domain/index.js';
import { OdooConnections } from '../../infrastructure/odoo-connections.js';
import type { OdooConnection } from '../../infrastructure/odoo-json-rpc.client.js';
import { currentOpportunity, isMirrored } from '../schedule-sync/odoo-sync-scheduler.js';

export type SyncResult = 'created' | 'written' | 'unchanged' | 'skipped';

export interface SyncOdooLeadPayload {
  readonly tenantId: string;
  readonly opportunityId: string;
  /** Write the lead even when nothing changed since the last sync (resync, replay). */
  readonly force?: boolean;
}

/** Mirrors one opportunity's current state into its one crm.lead (run by SyncOdooLeadJob). */
export class SyncOdooLeadCommand extends Command<SyncResult> {
  constructor(readonly job: SyncOdooLeadPayload) {
    super();
  }
}

/**
 * Runs under a per-opportunity advisory lock held for the whole sync, so two jobs for one
 * opportunity (on any worker) never both create a lead, and each reads the state its predecessor
 * left. It reloads the opportunity, skips the call when Odoo already has these values, and
 * otherwise writes the known lead or creates one. Before creating, it looks for a lead carrying the
 * opportunity's marker: a crash (or a lost answer) after Odoo's `create` and before our commit
 * left one there, and the retry adopts it instead of creating a second. res.partner is never written.
 */
@CommandHandler(SyncOdooLeadCommand)
export class SyncOdooLeadHandler implements ICommandHandler<SyncOdooLeadCommand> {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly connections: OdooConnections,
    private readonly uow: UnitOfWork,
    private readonly em: EntityManager,
  ) {}

  async execute({ job }: SyncOdooLeadCommand): Promise<SyncResult> {
    const { tenantId, opportunityId, force } = job;
    const connection = await this.connections.find(tenantId);
    if (!connection) return 'skipped'; // disconnected since the job was queued
    return this.uow.run(async () => {
      await this.em.getContext(false).execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`odoo-lead:${opportunityId}`]);
      const opportunity = await currentOpportunity(this.queries, tenantId, opportunityId);
      if (!opportunity) return 'skipped';
      const state = opportunity.snapshot;
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

      let leadId = state.odoo.leadId;
      let result: SyncResult;
      if (leadId !== null && state.odoo.syncedFingerprint === print && !force) {
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
      await this.commands.execute(new RecordOdooSyncCommand(tenantId, opportunityId, {
        status: 'success', leadId, fingerprint: print, at: new Date(),
      }));
      return result;
    });
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
