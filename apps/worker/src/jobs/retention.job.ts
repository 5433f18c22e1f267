import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Counter, Gauge } from 'prom-client';
import {
  APP_CONFIG, Clock, HandlesJob, JobScheduler, metricsRegistry, Queues, type AppConfig, type JobHandler,
} from '@leadline/shared-kernel';

const pruned = new Counter({
  name: 'leadline_retention_pruned_total',
  help: 'Rows deleted by retention, by table',
  labelNames: ['what'],
  registers: [metricsRegistry],
});
const lastRun = new Gauge({
  name: 'leadline_retention_last_run_timestamp_seconds',
  help: 'When retention last finished a full pass (unix time)',
  registers: [metricsRegistry],
});

const HOUR_MS = 3_600_000;

/**
 * What goes once older than its age (RETENTION_DAYS unless said), in this order, each guarded so
 * nothing still needed goes. Events go before their markers: the transport sweeper re-queues the
 * deliveries of a recent event that has no marker, so a marker must not go before its event.
 */
const RULES: ReadonlyArray<{ what: string; table: string; older: string; age?: string }> = [
  // Published events, except one an unreplayed dead letter may still replay.
  {
    what: 'outbox_events', table: 'outbox_events o',
    older: `o.published_at < now() - ?::interval
      and not exists (select 1 from dead_letters d where d.replayed_at is null and d.payload->>'eventId' = o.id::text)`,
  },
  // A marker only guards against redelivery, and a job whose event was pruned returns quietly.
  { what: 'processed_events', table: 'processed_events p', older: 'p.processed_at < now() - ?::interval' },
  // Finished scheduled work (failed rows stay: their dead letter may run them again).
  { what: 'scheduled_jobs', table: 'scheduled_jobs j', older: "j.status in ('done', 'cancelled') and j.finished_at < now() - ?::interval" },
  // Webhook receipts: providers retry within hours, not weeks.
  { what: 'call_provider_events', table: 'call_provider_events e', older: 'e.received_at < now() - ?::interval' },
  // Processed ManyChat events only: queued, failed and dead ones are still work (or a replay's input).
  { what: 'manychat_inbox', table: 'manychat_inbox m', older: "m.status = 'processed' and m.received_at < now() - ?::interval" },
  // Applied or ignored messaging webhook events: the message they made is in the timeline; pending ones are still work.
  { what: 'messaging_inbox', table: 'messaging_inbox i', older: "i.status <> 'pending' and i.received_at < now() - ?::interval" },
  // The contract keeps an Idempotency-Key's answer 24 h.
  { what: 'idempotency_keys', table: 'idempotency_keys k', older: 'k.created_at < now() - ?::interval', age: '24 hours' },
];

/**
 * Retention as scheduled work: one run an hour (the first a minute after a worker starts), each
 * scheduling the next. The key names the hour, so however many workers start, one row per hour
 * is live. Each rule deletes RETENTION_BATCH rows per statement until none is left: short
 * statements that never hold a busy table for long, safe with several workers at once.
 */
@Injectable()
@HandlesJob({ queue: Queues.background, name: 'maintenance.retention', attempts: 3, backoffMs: 60_000, leaseMs: 30 * 60_000 })
export class RetentionJob implements JobHandler, OnApplicationBootstrap {
  constructor(
    private readonly em: EntityManager,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.scheduleAt(new Date(this.clock.now().getTime() + 60_000));
  }

  async run(): Promise<void> {
    await this.prune();
    await this.scheduleAt(new Date(this.clock.now().getTime() + HOUR_MS));
  }

  /** One full pass; answers how many rows each rule deleted. */
  async prune(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const { what, table, older, age } of RULES) {
      counts[what] = await this.pruneTable(what, table, older, age ?? `${this.config.retentionDays} days`);
    }
    // Not a deletion of anything old: the stage counts' per-backend rows folded into one per stage.
    await this.em.fork().execute('select compact_stage_visit_counts()');
    lastRun.setToCurrentTime();
    return counts;
  }

  private scheduleAt(dueAt: Date): Promise<boolean> {
    return this.scheduler.schedule(RetentionJob, {}, { tenantId: null, dueAt, key: `hour:${dueAt.toISOString().slice(0, 13)}` });
  }

  private async pruneTable(what: string, table: string, older: string, age: string): Promise<number> {
    const alias = table.split(' ')[1]!;
    let total = 0;
    for (;;) {
      const [deleted] = await this.em.fork().execute<Array<{ n: number }>>(
        `with gone as (
           delete from ${table} where ${alias}.ctid = any(array(select ${alias}.ctid from ${table} where ${older} limit ?))
             and ${older}
           returning 1)
         select count(*)::int as n from gone`,
        [age, this.config.retentionBatch, age],
      );
      const n = deleted?.n ?? 0;
      total += n;
      pruned.inc({ what }, n);
      if (n < this.config.retentionBatch) return total;
    }
  }
}
