import { QUEUE_NAMES, type JobConsumer, type JobCounts, JobQueue, type QueuedJob, type QueueName } from './job-queue.js';

/**
 * The JobQueue port without Redis, for unit and medium tests: an added job runs on a microtask in
 * this process, retried at once (no backoff) while attempts remain. `idle()` answers when nothing
 * is running or waiting, which is how a test knows the work it caused has finished.
 */
export class InProcessJobQueue extends JobQueue {
  private consumer?: JobConsumer;
  private readonly live = new Map<string, Promise<void>>();
  private readonly held: QueuedJob[] = [];
  private lost = true;

  async add(jobs: readonly QueuedJob[]): Promise<void> {
    for (const job of jobs) {
      const key = `${job.queue}/${job.id}`;
      if (this.live.has(key)) continue;
      if (!this.consumer) {
        this.held.push(job);
        continue;
      }
      this.start(key, job);
    }
  }

  async present(queue: QueueName, ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.live.has(`${queue}/${id}`) || this.held.some((job) => job.queue === queue && job.id === id)));
  }

  async lostStateSinceLastCheck(): Promise<boolean> {
    const lost = this.lost;
    this.lost = false;
    return lost;
  }

  /** Drops every job not yet finished, as a Redis flush would. */
  forgetEverything(): void {
    this.live.clear();
    this.held.length = 0;
    this.lost = true;
  }

  async consume(consumer: JobConsumer): Promise<void> {
    this.consumer = consumer;
    const held = this.held.splice(0);
    await this.add(held);
  }

  async counts(): Promise<JobCounts> {
    const counts = Object.fromEntries(QUEUE_NAMES.map((name) => [name, { waiting: 0, active: 0, delayed: 0, failed: 0 }])) as JobCounts;
    for (const key of this.live.keys()) counts[key.slice(0, key.indexOf('/')) as QueueName].active++;
    for (const job of this.held) counts[job.queue].waiting++;
    return counts;
  }

  async ping(): Promise<void> {}

  /** Resolves once every job, including the ones those jobs added, has finished. */
  async idle(): Promise<void> {
    while (this.live.size > 0) await Promise.allSettled([...this.live.values()]);
  }

  private start(key: string, job: QueuedJob): void {
    const consumer = this.consumer!;
    const run = (async () => {
      await Promise.resolve();
      for (let attempt = 1; ; attempt++) {
        try {
          await consumer.run({ ...job, payload: job.payload as Record<string, unknown>, attempt, maxAttempts: job.retry.attempts });
          return;
        } catch {
          if (attempt >= job.retry.attempts) return; // the consumer recorded the final failure
        }
      }
    })().finally(() => {
      if (this.live.get(key) === run) this.live.delete(key);
    });
    this.live.set(key, run);
  }
}
