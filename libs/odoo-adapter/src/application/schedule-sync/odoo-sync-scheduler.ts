import { Injectable } from '@nestjs/common';
import { CommandBus, type QueryBus } from '@nestjs/cqrs';
import { GetOpportunityQuery, RecordOdooSyncCommand, type Opportunity, type Pipeline } from '@leadline/crm-domain';
import { NotFoundError } from '@leadline/shared-kernel';
import { OdooConnections } from '../../infrastructure/odoo-connections.js';
import { OdooSyncQueue } from '../../infrastructure/odoo-sync.queue.js';

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
 * Marks opportunities `pending` and queues their syncs, for tenants with an Odoo connection only:
 * without one, opportunities stay `not_configured` and nothing is queued that could only fail.
 */
@Injectable()
export class OdooSyncScheduler {
  constructor(
    private readonly commands: CommandBus,
    private readonly connections: OdooConnections,
    private readonly queue: OdooSyncQueue,
  ) {}

  isConnected(tenantId: string): Promise<boolean> {
    return this.connections.find(tenantId).then((connection) => connection !== null);
  }

  /** `trigger` names what asked for the sync (an event id, a resync); one job per trigger and opportunity. */
  async schedule(opportunity: Opportunity, trigger: string, force = false): Promise<void> {
    const { tenantId, id } = opportunity.snapshot;
    await this.commands.execute(new RecordOdooSyncCommand(tenantId, id, { status: 'pending' }));
    try {
      await this.queue.add({ tenantId, opportunityId: id, ...(force ? { force } : {}) }, trigger);
    } catch (error) {
      // Never leave "pending" with nothing queued: say so, and let the caller report the outage.
      await this.commands.execute(new RecordOdooSyncCommand(tenantId, id, {
        status: 'error', lastError: 'the sync could not be queued (queue unavailable); resync to retry',
      }));
      throw error;
    }
  }
}
