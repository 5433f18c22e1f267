import { DiscoveryService } from '@nestjs/core';

/**
 * The closed set of queues. A queue is a lane with its own workers, so work in one never waits
 * behind a backlog in another: `priority-events` carries the deliveries whose latency a user sees
 * (first-call attempts, later campaign triggers), `domain-events` everything else that reacts to
 * events (audit trail, Odoo scheduling), `odoo-sync` the calls to tenants' Odoo servers, and
 * `background` scheduled and maintenance work.
 */
export const Queues = {
  domainEvents: 'domain-events',
  priorityEvents: 'priority-events',
  odooSync: 'odoo-sync',
  background: 'background',
} as const;
export type QueueName = (typeof Queues)[keyof typeof Queues];
export const QUEUE_NAMES: readonly QueueName[] = Object.values(Queues);

export function isQueueName(name: string): name is QueueName {
  return (QUEUE_NAMES as readonly string[]).includes(name);
}

/** How a job is retried: `attempts` in all, waiting `backoffMs`, then twice as long each time. */
export interface RetryPolicy {
  readonly attempts: number;
  readonly backoffMs: number;
}

/** A job as it is handed to the queue. Payloads carry ids; the job reloads what it needs. */
export interface QueuedJob<Payload extends object = object> {
  readonly queue: QueueName;
  readonly name: string;
  readonly payload: Payload;
  /** Deduplicates: a job whose id is still in the queue is not added again. */
  readonly id: string;
  readonly retry: RetryPolicy;
}

/** A job as a worker receives it. */
export interface ReceivedJob<Payload extends object = Record<string, unknown>> {
  readonly queue: QueueName;
  readonly name: string;
  readonly id: string;
  readonly payload: Payload;
  /** 1 on the first run. */
  readonly attempt: number;
  readonly maxAttempts: number;
}

/**
 * Runs received jobs. Returning means done (or given up for good: the consumer recorded why);
 * throwing asks the queue to run the job again after its backoff, while attempts remain.
 */
export interface JobConsumer {
  run(job: ReceivedJob): Promise<void>;
}

export type JobCounts = Record<QueueName, { waiting: number; active: number; delayed: number; failed: number }>;

/**
 * The port between the application and whatever carries jobs (Bull on Redis in production, an
 * in-process runner in tests). It only transports: what must not be lost lives in PostgreSQL
 * (the outbox, scheduled_jobs), and the worker's sweeper re-queues it when the transport lost it.
 */
export abstract class JobQueue {
  /** Adds the jobs, all or none of each queue's batch; rejects (DependencyTimeoutError) when the transport does not answer. */
  abstract add(jobs: readonly QueuedJob[]): Promise<void>;
  /** The ids among `ids` that the queue still holds (waiting, delayed, active). */
  abstract present(queue: QueueName, ids: readonly string[]): Promise<Set<string>>;
  /**
   * True once per loss of the transport's state (Redis flushed or restarted without persistence),
   * and on the first call ever: whoever sees true must re-queue what PostgreSQL says is in flight.
   */
  abstract lostStateSinceLastCheck(): Promise<boolean>;
  /** Starts handing jobs of each queue to `consumer`, `concurrency[queue]` at a time. */
  abstract consume(consumer: JobConsumer, concurrency: Record<QueueName, number>): Promise<void>;
  abstract counts(): Promise<JobCounts>;
  /** Answers when the transport is reachable (readiness). */
  abstract ping(): Promise<void>;
}

/** How a job class is declared: the queue it goes to by default, its stable name, its retries. */
export interface JobDefinition {
  readonly queue: QueueName;
  /** Stable: scheduled rows and dead letters refer to it. Unique across the product. */
  readonly name: string;
  readonly attempts?: number;
  readonly backoffMs?: number;
  /**
   * How long a run may take before a row found `running` is presumed abandoned by a dead worker.
   * Then it is queued again, unless `atMostOnce`: a job that talks to the outside world and must
   * not repeat a call whose outcome is unknown is marked `outcome_unknown` instead.
   */
  readonly leaseMs?: number;
  readonly atMostOnce?: boolean;
}

/** A job: one small class in the context that owns it. It reloads, checks, and returns quietly when the work is done. */
export interface JobHandler<Payload extends object = Record<string, unknown>> {
  run(payload: Payload, job: ReceivedJob<Payload>): Promise<void>;
  /** Optional: told after a failed run (on a fresh connection), `final` when no retry follows. */
  failed?(payload: Payload, error: unknown, final: boolean): Promise<void>;
  /** Optional, for `atMostOnce` jobs: told when a run died mid-way and the row was marked `outcome_unknown`. */
  abandoned?(payload: Payload): Promise<void>;
}

export const HandlesJob = DiscoveryService.createDecorator<JobDefinition>();

export type JobClass<Payload extends object = Record<string, unknown>> = abstract new (...args: never[]) => JobHandler<Payload>;

/** The definition a job class was declared with. */
export function jobDefinition(jobClass: JobClass<never>): JobDefinition {
  const definition = Reflect.getMetadata(HandlesJob.KEY, jobClass) as JobDefinition | undefined;
  if (!definition) throw new Error(`${jobClass.name} is not declared with @HandlesJob`);
  return definition;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, backoffMs: 1000 };
export const DEFAULT_LEASE_MS = 10 * 60_000;

export function retryPolicy(definition: JobDefinition, fallback: RetryPolicy = DEFAULT_RETRY): RetryPolicy {
  return { attempts: definition.attempts ?? fallback.attempts, backoffMs: definition.backoffMs ?? fallback.backoffMs };
}
