import { Injectable } from '@nestjs/common';
import type { OpportunityView } from '@leadline/crm-domain';
import { JobScheduler } from '@leadline/shared-kernel';
import { OdooConnections } from '../../infrastructure/odoo-connections.js';
import { OdooMirrorStore } from '../../infrastructure/odoo-mirror.store.js';
import { SyncOdooLeadJob } from '../sync-lead/sync-odoo-lead.job.js';

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
    private readonly connections: OdooConnections,
    private readonly mirror: OdooMirrorStore,
    private readonly jobs: JobScheduler,
  ) {}

  isConnected(tenantId: string): Promise<boolean> {
    return this.connections.find(tenantId).then((connection) => connection !== null);
  }

  /** In the caller's transaction (an event's delivery): the sync exists exactly when its cause committed. */
  async schedule(opportunity: OpportunityView, trigger: string): Promise<void> {
    const { tenantId, id } = opportunity;
    await this.mirror.markPending(tenantId, id);
    await this.jobs.schedule(SyncOdooLeadJob, { tenantId, opportunityId: id }, { tenantId, key: `${id}.${trigger}` });
  }

  /** At once, for an admin's resync: a queue outage is answered (503), not accepted as pending work. */
  async enqueueForced(opportunity: OpportunityView, trigger: string): Promise<void> {
    const { tenantId, id } = opportunity;
    await this.mirror.markPending(tenantId, id);
    try {
      await this.jobs.enqueue(SyncOdooLeadJob, { tenantId, opportunityId: id, force: true }, `${id}.${trigger}`);
    } catch (error) {
      // Never leave "pending" with nothing queued: say so, and let the caller report the outage.
      await this.mirror.recordFailure(tenantId, id, 'error', 'the sync could not be queued (queue unavailable); resync to retry');
      throw error;
    }
  }
}
