import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EntityManager, RequestContext } from '@mikro-orm/postgresql';
import {
  APP_CONFIG, Clock, DEFAULT_LEASE_MS, describeFailure, type AppConfig, JobQueue, toDeliveredEvent, type OutboxRow, type QueuedJob,
} from '@leadline/shared-kernel';
import { recordDeadLetter } from '../failure-classifier.js';
import { deliveriesOf } from '../relays/outbox-relay.js';
import { scheduledJobFor, type DueRow } from '../relays/scheduled-jobs-relay.js';
import { WorkRegistry } from './work-registry.js';

/** How often the transport is asked whether it lost its state (cheap: one SET NX). */
const CHECK_MS = 2000;
/** How often queued and running rows are checked against the transport and their leases. */
const SWEEP_MS = 30_000;
const BATCH = 1000;

/**
 * Redis is only the transport; PostgreSQL says what is in flight. This sweeper puts back what the
 * transport lost:
 *
 * - when Redis lost its data (flushed, or restarted without persistence: the transport's sentinel
 *   key is gone), every `queued` scheduled row, and every delivery of a published event that has
 *   neither its processed marker nor a dead letter, is queued again;
 * - every 30 s, `queued` rows the queue no longer holds are queued again (whatever lost them), and
 *   `running` rows past their job's lease (their worker died) are queued again, or, for a job that
 *   talks to the outside world at most once, marked `outcome_unknown` and dead-lettered for a human.
 *
 * Queuing twice is harmless: a scheduled row runs only after its `queued → running` claim, a
 * delivery only after its marker insert.
 */
@Injectable()
export class TransportSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TransportSweeper.name);
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly queue: JobQueue,
    private readonly registry: WorkRegistry,
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timers = [
      setInterval(() => this.serially(() => this.checkTransport()), CHECK_MS),
      setInterval(() => this.serially(() => this.sweep()), SWEEP_MS),
    ];
    this.serially(() => this.checkTransport());
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.running;
  }

  /** Checks the transport and sweeps now, in order; for tests and operators. */
  sweepNow(): Promise<void> {
    this.serially(async () => {
      await this.checkTransport();
      await this.sweep();
    });
    return this.running;
  }

  private serially(work: () => Promise<void>): void {
    this.running = this.running.then(async () => {
      if (this.stopped) return;
      try {
        await work();
      } catch (error) {
        this.logger.warn(`sweep skipped: ${describeFailure(error)}`);
      }
    });
  }

  private async checkTransport(): Promise<void> {
    if (!(await this.queue.lostStateSinceLastCheck())) return;
    const rows = await this.requeueQueuedRows();
    const deliveries = await this.requeueUndeliveredEvents();
    if (rows + deliveries > 0) this.logger.warn(`the queue lost its state: queued ${rows} scheduled job(s) and ${deliveries} event deliveries again`);
  }

  private async sweep(): Promise<void> {
    const now = this.clock.now();
    const stale = new Date(now.getTime() - SWEEP_MS);
    const lost = await this.requeueQueuedRows(stale, true);
    const reclaimed = await this.reclaimAbandoned(now);
    if (lost + reclaimed > 0) this.logger.warn(`queued ${lost} lost and ${reclaimed} abandoned scheduled job(s) again`);
  }

  /** `queued` rows (queued before `before`, when given), re-added; with `onlyMissing`, only those the queue no longer holds. */
  private async requeueQueuedRows(before?: Date, onlyMissing = false): Promise<number> {
    let requeued = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.em.fork().execute<DueRow[]>(
        `select id, queue, name from scheduled_jobs where status = 'queued' and id > ?
         ${before ? 'and queued_at < ?' : ''} order by id limit ${BATCH}`,
        before ? [after, before] : [after],
      );
      if (rows.length === 0) return requeued;
      after = rows[rows.length - 1]!.id;
      let jobs = rows.map((row) => scheduledJobFor(this.registry, row));
      if (onlyMissing) jobs = await this.missing(jobs);
      if (jobs.length > 0) {
        await this.em.fork().execute(`update scheduled_jobs set queued_at = now() where id = any(?::uuid[]) and status = 'queued'`, [
          `{${jobs.map((job) => job.payload.scheduledJobId).join(',')}}`,
        ]);
        await this.queue.add(jobs);
        requeued += jobs.length;
      }
    }
  }

  private async requeueUndeliveredEvents(): Promise<number> {
    let requeued = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const events = await this.em.fork().execute<(OutboxRow & { done: string[] })[]>(
        `select o.*, coalesce(array_agg(p.handler) filter (where p.handler is not null), '{}') as done
           from outbox_events o left join processed_events p on p.event_id = o.id
          where o.published_at > now() - make_interval(days => ?::int) and o.id > ?
          group by o.id order by o.id limit ${BATCH}`,
        // Markers live RETENTION_DAYS from when they were written, so an event published within that
        // window still has every marker it got; an older one kept for a dead letter may not.
        [this.config.retentionDays, after],
      );
      if (events.length === 0) return requeued;
      after = events[events.length - 1]!.id;
      const deadLettered = new Set((await this.em.fork().execute<{ key: string }[]>(
        `select (payload->>'eventId') || ':' || (payload->>'subscriber') as key from dead_letters
          where replayed_at is null and payload->>'eventId' = any(?::text[])`,
        [`{${events.map((event) => event.id).join(',')}}`],
      )).map((row) => row.key));
      const jobs = events.flatMap((row) => deliveriesOf(this.registry, toDeliveredEvent(row)).filter((job) =>
        !row.done.includes(job.payload.subscriber!) && !deadLettered.has(job.id)));
      if (jobs.length > 0) await this.queue.add(jobs);
      requeued += jobs.length;
    }
  }

  /** Rows `running` past their job's lease: their worker died mid-run. */
  private async reclaimAbandoned(now: Date): Promise<number> {
    const rows = await this.em.fork().execute<(DueRow & { tenant_id: string | null; started_at: Date; attempts: number; payload: object })[]>(
      `select id, queue, name, tenant_id, started_at, attempts, payload from scheduled_jobs
        where status = 'running' and started_at < ? order by started_at limit ${BATCH}`,
      [new Date(now.getTime() - 60_000)],
    );
    let reclaimed = 0;
    for (const row of rows) {
      const definition = this.registry.job(row.name)?.definition;
      if (now.getTime() - new Date(row.started_at).getTime() < (definition?.leaseMs ?? DEFAULT_LEASE_MS)) continue;
      if (definition?.atMostOnce) {
        const marked = await this.em.fork().execute(
          `update scheduled_jobs set status = 'outcome_unknown', finished_at = now(),
             last_error = 'the worker running it stopped; whether it reached the outside world is unknown'
           where id = ? and status = 'running' returning id`, [row.id]);
        if (marked.length > 0) {
          await recordDeadLetter(this.em, { queue: row.queue, name: row.name, payload: row.payload, attempts: row.attempts, scheduledJobId: row.id },
            row.tenant_id, new Error('outcome unknown: the worker running this job stopped before recording its result'));
          await RequestContext.create(this.em, () => this.registry.job(row.name)?.handler.abandoned?.(row.payload as Record<string, unknown>));
        }
        continue;
      }
      const requeued = await this.em.fork().execute(
        `update scheduled_jobs set status = 'queued', queued_at = now() where id = ? and status = 'running' returning id`, [row.id]);
      if (requeued.length === 0) continue;
      await this.queue.add([scheduledJobFor(this.registry, row)]);
      reclaimed++;
    }
    return reclaimed;
  }

  private async missing<Job extends QueuedJob>(jobs: Job[]): Promise<Job[]> {
    const missing: Job[] = [];
    for (const queue of new Set(jobs.map((job) => job.queue))) {
      const ofQueue = jobs.filter((job) => job.queue === queue);
      const present = await this.queue.present(queue, ofQueue.map((job) => job.id));
      missing.push(...ofQueue.filter((job) => !present.has(job.id)));
    }
    return missing;
  }
}
