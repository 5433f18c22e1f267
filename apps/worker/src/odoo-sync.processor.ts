import { Injectable, Logger } from '@nestjs/common';
import { OnQueueCompleted, OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { CommandBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@mikro-orm/core';
import type { Job } from 'bull';
import { RecordOdooSyncCommand } from '@leadline/crm-domain';
import { SyncOdooLeadCommand, type SyncOdooLeadJob } from '@leadline/odoo-adapter';
import { describeFailure, jobOutcomes, Jobs, Queues } from '@leadline/shared-kernel';
import { isFinalFailure, isPermanentFailure, recordDeadLetter } from './failure-classifier.js';

type SyncJob = Job<SyncOdooLeadJob>;

/**
 * Runs the Odoo mirror's jobs. Retry or dead letter is decided by the worker's one classifier: a
 * refused login or a refusal by Odoo is dead-lettered at once (no retry storm against a wrong key),
 * an outage is retried with backoff and dead-lettered when the attempts run out. Each step shows on
 * the opportunity as `odoo.sync_status` and `odoo.last_error`.
 */
@Injectable()
@Processor(Queues.odooSync)
export class OdooSyncProcessor {
  private readonly logger = new Logger(OdooSyncProcessor.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly em: EntityManager,
  ) {}

  @Process({ name: Jobs.syncOdooLead, concurrency: 4 })
  async sync(job: SyncJob): Promise<void> {
    try {
      await RequestContext.create(this.em, () => this.commands.execute(new SyncOdooLeadCommand(job.data)));
    } catch (error) {
      if (isPermanentFailure(error)) await job.discard();
      throw error;
    }
  }

  @OnQueueCompleted()
  onCompleted(): void {
    jobOutcomes.inc({ queue: Queues.odooSync, outcome: 'completed' });
  }

  @OnQueueFailed()
  async onFailed(job: SyncJob, error: Error): Promise<void> {
    const exhausted = isFinalFailure(job, error);
    jobOutcomes.inc({ queue: Queues.odooSync, outcome: exhausted ? 'dead_lettered' : 'retried' });
    const { tenantId, opportunityId } = job.data;
    try {
      await RequestContext.create(this.em, () => this.commands.execute(new RecordOdooSyncCommand(tenantId, opportunityId, exhausted
        ? { status: 'error', lastError: describeFailure(error) }
        : { status: 'pending', lastError: `attempt ${job.attemptsMade} failed, retrying: ${describeFailure(error)}` })));
      if (!exhausted) return;
      const failure = await recordDeadLetter(this.em, Queues.odooSync, job, tenantId, error);
      this.logger.error(`Odoo sync of opportunity ${opportunityId} dead-lettered after ${job.attemptsMade} attempt(s): ${failure}`);
    } catch (recordError) {
      this.logger.error(`could not record the failed Odoo sync of ${opportunityId}: ${(recordError as Error).message}`);
    }
  }
}
