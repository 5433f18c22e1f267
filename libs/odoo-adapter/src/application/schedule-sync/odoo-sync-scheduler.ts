import { Injectable } from '@nestjs/common';
import { CommandBus, type QueryBus } from '@nestjs/cqrs';
import { GetOpportunityQuery, RecordOdooSyncCommand, type Opportunity, type Pipeline } from '@leadline/crm-domain';
import { JobScheduler, NotFoundError } from '@leadline/shared-kernel';
import { OdooConnections } from '../../infrastructure/odoo-connections.js';
import { SyncOdooLeadJob } from '../sync-lead/sync-odoo-lead.job.js';

/** Pipelines whose stages carry Odoo stage ids are the ones mirrored (the manychat_odoo template). */
export function isMirrored(pipeline: Pipeline): boolean {
  return pipeline.snapshot.stages.some((stage) => stage.odooStageId !== null);
}

/** The opportunity as it is now, or null once it has been deleted: nothing left to mirror. */
export async function currentOpportunity(queries: QueryBus, tenantId: string, id: string): Promise<Opportunity | null> {
  try {
    return await queries.execute(new GetOpportunityQuery(tenantId, id));
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * Marks opportunities `pending` and asks for their syncs, for tenants with an Odoo connection only:
 * without one, opportunities stay `not_configured` and nothing is queued that could only fail.
 * One job per trigger (an event id, a resync) and opportunity, never per opportunity alone, so a
 * change made while a sync runs is not swallowed; jobs coalesce when they run instead (they reload
 * the current state and skip the call when Odoo already has it).
 */
@Injectable()
export class OdooSyncScheduler {
  constructor(
    private readonly commands: CommandBus,
    private readonly connections: OdooConnections,
    private readonly jobs: JobScheduler,
  ) {}

  isConnected(tenantId: string): Promise<boolean> {
    return this.connections.find(tenantId).then((connection) => connection !== null);
  }

  /** In the caller's transaction (an event's delivery): the sync exists exactly when its cause committed. */
  async schedule(opportunity: Opportunity, trigger: string): Promise<void> {
    const { tenantId, id } = opportunity.snapshot;
    await this.commands.execute(new RecordOdooSyncCommand(tenantId, id, { status: 'pending' }));
    await this.jobs.schedule(SyncOdooLeadJob, { tenantId, opportunityId: id }, { tenantId, key: `${id}.${trigger}` });
  }

  /** At once, for an admin's resync: a queue outage is answered (503), not accepted as pending work. */
  async enqueueForced(opportunity: Opportunity, trigger: string): Promise<void> {
    const { tenantId, id } = opportunity.snapshot;
    await this.commands.execute(new RecordOdooSyncCommand(tenantId, id, { status: 'pending' }));
    try {
      await this.jobs.enqueue(SyncOdooLeadJob, { tenantId, opportunityId: id, force: true }, `${id}.${trigger}`);
    } catch (error) {
      // Never leave "pending" with nothing queued: say so, and let the caller report the outage.
      await this.commands.execute(new RecordOdooSyncCommand(tenantId, id, {
        status: 'error', lastError: 'the sync could not be queued (queue unavailable); resync to retry',
      }));
      throw error;
    }
  }
}
