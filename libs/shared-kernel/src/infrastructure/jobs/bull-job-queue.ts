import { Logger, type OnModuleDestroy } from '@nestjs/common';
import Bull from 'bull';
import { Redis, type RedisOptions } from 'ioredis';
import { withTimeout } from '../timeout.js';
import {
  QUEUE_NAMES, type JobConsumer, type JobCounts, JobQueue, type QueuedJob, type QueueName, type ReceivedJob,
} from './job-queue.js';

const TIMEOUT_MS = 5000;
const CLOSE_TIMEOUT_MS = 10_000;

/** Redis connection options from a `redis://` URL (the db index, credentials and TLS honoured). */
export function redisOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    db: Number(url.pathname.slice(1) || 0),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * The JobQueue port on Bull. One Bull queue per name of the closed set, all sharing two Redis
 * connections (plus one blocking connection per consumed queue). Finished jobs leave Redis at once:
 * dead_letters keeps the failed ones, and a job left behind would swallow a later add of its id.
 */
export class BullJobQueue extends JobQueue implements OnModuleDestroy {
  private readonly logger = new Logger(BullJobQueue.name);
  private readonly connections: Redis[] = [];
  private readonly queues: ReadonlyMap<QueueName, Bull.Queue>;
  private readonly sentinelKey: string;

  constructor(redisUrl: string, private readonly prefix: string) {
    super();
    const options = redisOptions(redisUrl);
    // Adds fail after ioredis' retries during an outage; Bull's blocking and subscriber connections
    // must never give up on a request (its own requirement).
    const shared = this.connect(options);
    const subscriber = this.connect({ ...options, maxRetriesPerRequest: null, enableReadyCheck: false });
    const createClient = (type: 'client' | 'subscriber' | 'bclient') => {
      if (type === 'client') return shared;
      if (type === 'subscriber') return subscriber;
      return this.connect({ ...options, maxRetriesPerRequest: null, enableReadyCheck: false });
    };
    this.queues = new Map(QUEUE_NAMES.map((name) => [name, new Bull(name, { prefix, createClient })]));
    this.sentinelKey = `${prefix}:transport-sentinel`;
  }

  /** The Bull queues, for the operator's dashboard. */
  bullQueues(): Bull.Queue[] {
    return [...this.queues.values()];
  }

  async add(jobs: readonly QueuedJob[]): Promise<void> {
    const byQueue = new Map<QueueName, QueuedJob[]>();
    for (const job of jobs) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job]);
    await withTimeout(Promise.all([...byQueue].map(([queue, batch]) => this.queue(queue).addBulk(batch.map((job) => ({
      name: job.name,
      data: job.payload,
      opts: {
        jobId: job.id,
        attempts: job.retry.attempts,
        backoff: { type: 'exponential', delay: job.retry.backoffMs },
        removeOnComplete: true,
        removeOnFail: true,
      },
    }))))), TIMEOUT_MS, 'the queue');
  }

  async present(queue: QueueName, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const bull = this.queue(queue);
    const pipeline = bull.client.pipeline();
    for (const id of ids) pipeline.exists(bull.toKey(id));
    const answers = await withTimeout(pipeline.exec(), TIMEOUT_MS, 'the queue');
    return new Set(ids.filter((_, i) => answers?.[i]?.[1] === 1));
  }

  async lostStateSinceLastCheck(): Promise<boolean> {
    // SET NX answers OK only where the key was missing: Redis lost its data (or this is the first
    // check ever), and exactly one caller, on any worker, is told.
    const set = await withTimeout(this.queue(QUEUE_NAMES[0]!).client.set(this.sentinelKey, new Date().toISOString(), 'NX'), TIMEOUT_MS, 'the queue');
    return set === 'OK';
  }

  async consume(consumer: JobConsumer, concurrency: Record<QueueName, number>): Promise<void> {
    for (const [name, queue] of this.queues) {
      if ((concurrency[name] ?? 0) < 1) continue;
      void queue.process('*', concurrency[name], (job: Bull.Job) => consumer.run(received(name, job)));
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
    }
  }

  async counts(): Promise<JobCounts> {
    const entries = await Promise.all([...this.queues].map(async ([name, queue]) => {
      const counts = await withTimeout(queue.getJobCounts(), 1000, 'the queue');
      return [name, { waiting: counts.waiting, active: counts.active, delayed: counts.delayed, failed: counts.failed }] as const;
    }));
    return Object.fromEntries(entries) as JobCounts;
  }

  async ping(): Promise<void> {
    await withTimeout(this.queue(QUEUE_NAMES[0]!).client.ping(), 1000, 'the queue');
  }

  async onModuleDestroy(): Promise<void> {
    // Waits for the jobs in progress, then drops every connection, which Bull leaves open when they
    // were given to it. With Redis unreachable there is nothing to wait for: Bull would reconnect
    // its blocking connection to interrupt it, and ioredis refuses that while reconnecting anyway.
    const reachable = this.connections[0]?.status === 'ready';
    await Promise.allSettled([...this.queues.values()].map((queue) => withTimeout(queue.close(!reachable), CLOSE_TIMEOUT_MS, 'the queue')));
    for (const connection of this.connections) connection.disconnect();
  }

  private queue(name: QueueName): Bull.Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }

  private connect(options: RedisOptions): Redis {
    const connection = new Redis(options);
    connection.on('error', () => undefined); // reported by the queue's error event and the health check
    this.connections.push(connection);
    return connection;
  }
}

function received(queue: QueueName, job: Bull.Job): ReceivedJob {
  return {
    queue,
    name: job.name,
    id: String(job.id),
    payload: job.data as Record<string, unknown>,
    attempt: job.attemptsMade + 1,
    maxAttempts: job.opts.attempts ?? 1,
  };
}
