import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bull';
import type { Queue } from 'bull';
import { APP_CONFIG, Jobs, Queues, withTimeout, type AppConfig } from '@leadline/shared-kernel';

export interface SyncOdooLeadJob {
  readonly tenantId: string;
  readonly opportunityId: string;
  /** Write the lead even when nothing changed since the last sync (resync, replay). */
  readonly force?: boolean;
}

const QUEUE_TIMEOUT_MS = 5000;

/** Same backoff shape as event delivery, slower start: an Odoo outage rarely passes in half a second. */
export function syncOdooLeadJobOptions(jobId: string, attempts: number) {
  return {
    jobId,
    attempts,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: true,
    removeOnFail: true,
  };
}

/**
 * Queues one sync per trigger: the job id is the opportunity plus what triggered it (an event id,
 * or a fresh id for a resync), never the opportunity alone. Bull drops an add whose id is still
 * in Redis, which for a per-opportunity id would lose a change made while its sync is running.
 * Coalescing happens when the jobs run instead: they take a per-opportunity lock, reload the current
 * state, and skip the call when Odoo already has it.
 */
@Injectable()
export class OdooSyncQueue {
  constructor(
    @InjectQueue(Queues.odooSync) private readonly queue: Queue<SyncOdooLeadJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async add(job: SyncOdooLeadJob, trigger: string): Promise<void> {
    await withTimeout(
      this.queue.add(Jobs.syncOdooLead, job, syncOdooLeadJobOptions(`${job.opportunityId}.${trigger}`, this.config.eventMaxAttempts)),
      QUEUE_TIMEOUT_MS,
      'the queue',
    );
  }
}
