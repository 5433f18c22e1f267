import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Clock, newId } from '../../domain/index.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobQueue, jobDefinition, retryPolicy, type JobClass, type QueueName } from './job-queue.js';

export type ScheduledJobStatus = 'pending' | 'queued' | 'running' | 'done' | 'cancelled' | 'failed' | 'outcome_unknown';

/** What a queued scheduled row carries through the transport: only its id; the row holds the rest. */
export interface ScheduledJobRef {
  readonly scheduledJobId: string;
}

export function isScheduledJobRef(payload: object): payload is ScheduledJobRef {
  return typeof (payload as Partial<ScheduledJobRef>).scheduledJobId === 'string';
}

export interface ScheduleOptions {
  /** Null for work of no tenant (maintenance). */
  readonly tenantId: string | null;
  /** When it may run; now when absent. Any time works, a year ahead included: no timer waits for it. */
  readonly dueAt?: Date;
  /** The caller's handle: one live row per tenant, job and key (a second schedule is a no-op), and what `cancel` names. */
  readonly key?: string;
}

/**
 * How a context asks for work to be done by a job class (`@HandlesJob`):
 *
 * - `schedule` writes a `scheduled_jobs` row in the caller's transaction, so the work exists
 *   exactly when the fact that asked for it committed, and survives Redis being flushed;
 * - `cancel` withdraws live rows in the caller's transaction (a row already running finishes);
 * - `enqueue` hands a job to the queue at once, outside any transaction, for requests that must
 *   answer 503 when the queue is down rather than accept work they cannot start.
 */
@Injectable()
export class JobScheduler {
  constructor(
    private readonly em: EntityManager,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Answers false when a live row with the same key already exists. */
  schedule<Payload extends object>(jobClass: JobClass<Payload>, payload: Payload, options: ScheduleOptions): Promise<boolean> {
    const { queue, name } = jobDefinition(jobClass);
    return this.scheduleJob({ queue, name, payload }, options);
  }

  /** The same for a job known by queue and name only (an event delivery replayed for one subscriber). */
  async scheduleJob(job: { queue: QueueName; name: string; payload: object }, options: ScheduleOptions): Promise<boolean> {
    const { queue, name, payload } = job;
    const rows = await this.sql().execute<{ id: string }[]>(
      `insert into scheduled_jobs (id, tenant_id, queue, name, payload, key, due_at)
       values (?, ?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, name, key) where key is not null and status in ('pending', 'queued', 'running') do nothing
       returning id`,
      [newId(), options.tenantId, queue, name, JSON.stringify(payload), options.key ?? null, options.dueAt ?? this.clock.now()],
    );
    return rows.length > 0;
  }

  /** Cancels the tenant's live rows of this job with this key; answers how many. */
  async cancel(jobClass: JobClass<never>, options: { tenantId: string | null; key: string }): Promise<number> {
    const { name } = jobDefinition(jobClass);
    const rows = await this.sql().execute<{ id: string }[]>(
      `update scheduled_jobs set status = 'cancelled', finished_at = now()
       where tenant_id is not distinct from ? and name = ? and key = ? and status in ('pending', 'queued')
       returning id`,
      [options.tenantId, name, options.key],
    );
    return rows.length;
  }

  /** Runs a failed (or abandoned) row again from its first attempt, due now; false when it is not one of the tenant's ended rows. */
  async retry(tenantId: string, scheduledJobId: string): Promise<boolean> {
    const rows = await this.sql().execute<{ id: string }[]>(
      `update scheduled_jobs set status = 'pending', due_at = ?, attempts = 0, last_error = null, finished_at = null
       where id = ? and tenant_id = ? and status in ('failed', 'outcome_unknown') returning id`,
      [this.clock.now(), scheduledJobId, tenantId],
    );
    return rows.length > 0;
  }

  async enqueue<Payload extends object>(jobClass: JobClass<Payload>, payload: Payload, id: string): Promise<void> {
    const definition = jobDefinition(jobClass);
    await this.queue.add([{
      queue: definition.queue,
      name: definition.name,
      payload,
      id,
      retry: retryPolicy(definition, { attempts: this.config.eventMaxAttempts, backoffMs: 1000 }),
    }]);
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}
