import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@mikro-orm/core';
import { Histogram } from 'prom-client';
import {
  APP_CONFIG, DELIVER_EVENT, describeFailure, isScheduledJobRef, jobOutcomes, JobQueue, metricsRegistry, OutboxEventSchema, Queues,
  toDeliveredEvent, type AppConfig, type DeliveryPayload, type JobConsumer, type QueueName, type ReceivedJob, type ScheduledJobRef,
} from '@leadline/shared-kernel';
import { isPermanentFailure, recordDeadLetter } from '../failure-classifier.js';
import { deliveriesOf } from '../relays/outbox-relay.js';
import { WorkRegistry } from './work-registry.js';

/**
 * Jobs of each queue run at once in one worker process (JOB_CONCURRENCY overrides them). Together
 * they stay near the database pool, so a lane rarely waits for a connection.
 */
const CONCURRENCY: Record<QueueName, number> = {
  [Queues.priorityEvents]: 3,
  [Queues.domainEvents]: 8,
  [Queues.odooSync]: 2,
  [Queues.background]: 2,
};

export function concurrencyOf(config: AppConfig): Record<QueueName, number> {
  return { ...CONCURRENCY, ...config.jobConcurrency };
}

/**
 * The worker's connection pool: every job that runs at once may hold a connection for its
 * transaction, and the relays and the sweeper need theirs too. A pool smaller than that lets busy
 * lanes starve the relays (and the priority lane) of connections.
 */
export function workerPoolSize(config: AppConfig): number {
  const jobs = Object.values(concurrencyOf(config)).reduce((sum, count) => sum + count, 0);
  return Math.max(config.databasePoolSize, jobs + 4);
}

const jobDuration = new Histogram({
  name: 'leadline_job_duration_seconds',
  help: 'How long a job ran, by queue',
  labelNames: ['queue'],
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5, 30],
  registers: [metricsRegistry],
});

interface Attempt {
  readonly tenantId: string | null;
  /** What the dead letter keeps, to replay it. */
  readonly payload: object;
  readonly run: () => Promise<void>;
  /** Told about a failed run after its transaction rolled back; `final` when no retry follows. */
  readonly failed?: (error: unknown, final: boolean) => Promise<void>;
  /** The scheduled row the job runs, when it is one: a replay of its dead letter runs the row again. */
  readonly scheduledJobId?: string;
  /** Overrides the transport's count of attempts (a scheduled row counts across transports). */
  readonly attempts?: number;
  readonly maxAttempts?: number;
}

/**
 * The worker's one processor: every job of every queue comes through here. It tells deliveries
 * (an event for one subscriber), scheduled rows (claimed `queued → running`, so a row runs once
 * however often the transport hands it over) and directly queued jobs apart, runs them, and applies
 * the one failure classifier: retry with backoff, or a dead letter an admin can replay.
 */
@Injectable()
export class JobRunner implements JobConsumer, OnApplicationBootstrap {
  private readonly logger = new Logger(JobRunner.name);

  constructor(
    private readonly registry: WorkRegistry,
    private readonly em: EntityManager,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.consume(this, concurrencyOf(this.config));
  }

  async run(job: ReceivedJob): Promise<void> {
    const stop = jobDuration.startTimer({ queue: job.queue });
    try {
      const attempt = await this.prepare(job);
      if (attempt) await this.attempt(job, attempt);
    } finally {
      stop();
    }
  }

  /** What running this job means, or nothing when there is nothing (left) to do. */
  private async prepare(job: ReceivedJob): Promise<Attempt | null> {
    if (isScheduledJobRef(job.payload)) return this.scheduled(job, job.payload);
    return this.named(job, job.name, job.payload);
  }

  private async named(job: ReceivedJob, name: string, payload: Record<string, unknown>): Promise<Attempt | null> {
    if (name === DELIVER_EVENT) return this.delivery(payload as unknown as DeliveryPayload);
    const registered = this.registry.job(name);
    const tenantId = typeof payload.tenantId === 'string' ? payload.tenantId : null;
    if (!registered) {
      // A deploy in progress (a newer worker knows it) or a removed job: retried, then dead-lettered.
      return { tenantId, payload, run: () => Promise.reject(new Error(`this worker has no job named ${name}`)) };
    }
    return {
      tenantId,
      payload,
      run: () => RequestContext.create(this.em, () => registered.handler.run(payload, { ...job, name, payload })),
      failed: registered.handler.failed && ((error, final) => registered.handler.failed!(payload, error, final)),
    };
  }

  private async delivery({ event: carried, ...payload }: DeliveryPayload): Promise<Attempt | null> {
    const row = carried ?? await this.em.fork().findOne(OutboxEventSchema, { id: payload.eventId }, { disableIdentityMap: true });
    if (!row) return null; // pruned, or its tenant was deleted: nothing left to deliver
    // Carried through the queue as JSON: its time arrives as a string.
    const event = toDeliveredEvent({ ...row, occurred_at: new Date(row.occurred_at) });
    if (!payload.subscriber) {
      // Queued before deliveries were per subscriber: split it, as the relay does today.
      await this.queue.add(deliveriesOf(this.registry, event));
      return null;
    }
    const subscription = this.registry.subscription(payload.subscriber);
    if (!subscription) {
      this.logger.warn(`event ${event.id}: no subscriber named ${payload.subscriber} in this worker; dropped`);
      return null;
    }
    const { name, subscriber } = subscription;
    return {
      tenantId: event.tenantId,
      payload,
      run: () => RequestContext.create(this.em, () => this.em.transactional(async (em) => {
        const claimed = await em.execute(
          'insert into processed_events (event_id, handler) values (?, ?) on conflict do nothing returning event_id',
          [event.id, name],
        );
        if (claimed.length > 0) await subscriber.handle(event);
      })),
      failed: subscriber.failed && ((error, final) => subscriber.failed!(event, error, final)),
    };
  }

  private async scheduled(job: ReceivedJob, { scheduledJobId }: ScheduledJobRef): Promise<Attempt | null> {
    const [row] = await this.em.fork().execute<{ tenant_id: string | null; name: string; payload: Record<string, unknown>; attempts: number }[]>(
      `update scheduled_jobs set status = 'running', started_at = now(), attempts = attempts + 1
       where id = ? and status = 'queued' returning tenant_id, name, payload, attempts`,
      [scheduledJobId],
    );
    if (!row) return null; // done, cancelled, or running on another worker
    const finish = (status: 'done' | 'failed' | 'queued', error?: unknown) => this.em.fork().execute(
      `update scheduled_jobs set status = ?, last_error = ?, finished_at = case when ? = 'queued' then null else now() end
       where id = ? and status = 'running'`,
      [status, error === undefined ? null : describeFailure(error), status, scheduledJobId],
    );
    let inner: Attempt | null;
    try {
      inner = await this.named(job, row.name, row.payload);
    } catch (error) {
      await finish('queued', error); // e.g. the database went away while loading an event: run it again
      throw error;
    }
    if (!inner) {
      await finish('done');
      return null;
    }
    return {
      tenantId: row.tenant_id,
      payload: inner.payload,
      scheduledJobId,
      attempts: Math.max(job.attempt, row.attempts),
      maxAttempts: this.registry.job(row.name)?.retry.attempts ?? job.maxAttempts,
      run: async () => {
        await inner.run();
        await finish('done');
      },
      failed: async (error, final) => {
        await finish(final ? 'failed' : 'queued', error);
        await inner.failed?.(error, final);
      },
    };
  }

  private async attempt(job: ReceivedJob, attempt: Attempt): Promise<void> {
    try {
      await attempt.run();
      jobOutcomes.inc({ queue: job.queue, outcome: 'completed' });
      return;
    } catch (error) {
      const attempts = attempt.attempts ?? job.attempt;
      const final = isPermanentFailure(error) || attempts >= (attempt.maxAttempts ?? job.maxAttempts);
      this.logger.warn(`${job.name} ${job.id} failed (attempt ${attempts}${final ? ', final' : ''}): ${describeFailure(error)}`);
      await attempt.failed?.(error, final).catch((recordError: unknown) =>
        this.logger.warn(`${job.name} ${job.id} could not record its failure: ${describeFailure(recordError)}`));
      jobOutcomes.inc({ queue: job.queue, outcome: final ? 'dead_lettered' : 'retried' });
      if (!final) throw error;
      try {
        const failure = await recordDeadLetter(this.em, {
          queue: job.queue, name: job.name, payload: attempt.payload, attempts, scheduledJobId: attempt.scheduledJobId,
        }, attempt.tenantId, error);
        this.logger.error(`${job.name} ${job.id} dead-lettered after ${attempts} attempt(s): ${failure}`);
      } catch (recordError) {
        this.logger.error(`could not dead-letter ${job.name} ${job.id}: ${describeFailure(recordError)}`);
      }
      // Returning ends the job in the queue; dead_letters keeps it.
    }
  }
}
