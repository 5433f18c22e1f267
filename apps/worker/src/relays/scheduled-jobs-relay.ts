import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  APP_CONFIG, Clock, isQueueName, JobQueue, Queues, type AppConfig, type QueuedJob, type ScheduledJobRef,
} from '@leadline/shared-kernel';
import { WorkRegistry } from '../jobs/work-registry.js';
import { RelayLoop } from './relay-loop.js';

const BATCH = 1000;
/** How late a due row may start at most, beyond the queue's own delay: rows due now also wake it by NOTIFY. */
const POLL_MS = 250;

export interface DueRow {
  id: string;
  queue: string;
  name: string;
}

/** The queue job that carries a scheduled row: its id only, under a job id the queue deduplicates. */
export function scheduledJobFor(registry: WorkRegistry, row: DueRow): QueuedJob<ScheduledJobRef> {
  const registered = registry.job(row.name);
  return {
    queue: isQueueName(row.queue) ? row.queue : Queues.background,
    name: row.name,
    id: `scheduled:${row.id}`,
    payload: { scheduledJobId: row.id },
    retry: registered?.retry ?? registry.deliveryRetry,
  };
}

/**
 * Hands `scheduled_jobs` rows whose due time has passed to the queue, `pending → queued`, claimed
 * with SKIP LOCKED so workers relay side by side. "Now" is the Clock's, so tests move time instead of waiting; no
 * timer ever waits for a due time, so a year ahead works like a second ahead.
 */
@Injectable()
export class ScheduledJobsRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: RelayLoop;

  constructor(
    private readonly queue: JobQueue,
    private readonly registry: WorkRegistry,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.loop = new RelayLoop({
      name: ScheduledJobsRelay.name,
      step: () => this.relayBatch(),
      batch: BATCH,
      pollMs: POLL_MS,
      listen: { databaseUrl: config.databaseUrl, channel: 'leadline_scheduled' },
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /** Runs one pass now (tests that moved the clock call it instead of waiting for the poll). */
  wake(): void {
    this.loop.wake();
  }

  /**
   * The claim commits before the jobs reach the queue: a worker that gets a job at once must find
   * its row `queued` (a claim inside a still-open transaction would be invisible to it). A failed
   * hand-over puts the rows back to `pending`; a crash in between leaves them `queued` and missing
   * from the queue, which the sweeper repairs.
   */
  private async relayBatch(): Promise<number> {
    const em = this.em.fork();
    const rows = await em.execute<DueRow[]>(
      `update scheduled_jobs s set status = 'queued', queued_at = now()
       from (select id from scheduled_jobs where status = 'pending' and due_at <= ?
             order by due_at limit ${BATCH} for update skip locked) due
       where s.id = due.id
       returning s.id, s.queue, s.name`,
      [this.clock.now()],
    );
    if (rows.length === 0) return 0;
    try {
      await this.queue.add(rows.map((row) => scheduledJobFor(this.registry, row)));
    } catch (error) {
      await em.execute(`update scheduled_jobs set status = 'pending', queued_at = null where id = any(?::uuid[]) and status = 'queued'`, [
        `{${rows.map((row) => row.id).join(',')}}`,
      ]);
      throw error;
    }
    return rows.length;
  }
}
