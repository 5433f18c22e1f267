import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RecordOdooSyncCommand } from '@leadline/crm-domain';
import { describeFailure, HandlesJob, Queues, type JobHandler } from '@leadline/shared-kernel';
import { SyncOdooLeadCommand, type SyncOdooLeadPayload } from './sync-odoo-lead.js';

/**
 * Mirrors one opportunity into its crm.lead. Retry or dead letter is the worker's one classifier's
 * call: a refused login or a refusal by Odoo is dead-lettered at once (no retry storm against a
 * wrong key), an outage is retried with backoff. Each step shows on the opportunity as
 * `odoo.sync_status` and `odoo.last_error`.
 */
@Injectable()
@HandlesJob({ queue: Queues.odooSync, name: 'sync-odoo-lead', backoffMs: 1000 })
export class SyncOdooLeadJob implements JobHandler<SyncOdooLeadPayload> {
  constructor(private readonly commands: CommandBus) {}

  async run(payload: SyncOdooLeadPayload): Promise<void> {
    await this.commands.execute(new SyncOdooLeadCommand(payload));
  }

  async failed({ tenantId, opportunityId }: SyncOdooLeadPayload, error: unknown, final: boolean): Promise<void> {
    await this.commands.execute(new RecordOdooSyncCommand(tenantId, opportunityId, final
      ? { status: 'error', lastError: describeFailure(error) }
      : { status: 'pending', lastError: `a sync attempt failed, retrying: ${describeFailure(error)}` }));
  }
}
