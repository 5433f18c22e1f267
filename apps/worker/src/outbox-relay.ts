import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bull';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bull';
import {
  APP_CONFIG, deliverEventJobOptions, Jobs, PgListener, Queues, withTimeout, type AppConfig, type DeliverEventJob,
} from '@leadline/shared-kernel';

const BATCH = 200;
const POLL_MS = 1000;
const QUEUE_TIMEOUT_MS = 5000;
const RETAIN_PUBLISHED = '7 days';

/**
 * Moves committed outbox events to the queue. PostgreSQL's NOTIFY (sent by a trigger, delivered
 * only on commit) wakes it at once; a one-second poll covers lost notifications and outages.
 * Rows are claimed with SKIP LOCKED, so any number of workers can relay side by side, and they are
 * marked published only after Redis took the jobs: with Redis down they simply wait.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly listener: PgListener;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private lastPrune = 0;

  constructor(
    @InjectQueue(Queues.domainEvents) private readonly queue: Queue<DeliverEventJob>,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.listener = new PgListener(config.databaseUrl, 'leadline_outbox', {
      notify: () => this.wake(),
      connected: () => this.wake(),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.timer = setInterval(() => this.wake(), POLL_MS);
    await this.listener.start();
    this.wake();
  }

  /** The first shutdown hook: the drain in progress finishes before the queue and the ORM close. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.listener.stop();
    await this.running;
  }

  /** Coalesces wake-ups: one drain at a time, re-run once if woken meanwhile. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayBatch()) === BATCH) {
        // a full batch: more may be waiting
      }
      await this.pruneHourly();
    } catch (error) {
      this.logger.warn(`outbox relay paused: ${(error as Error).message}; retrying on the next poll`);
    }
  }

  private relayBatch(): Promise<number> {
    return this.em.fork().transactional(async (em) => {
      const rows = await em.execute<{ id: string; tenant_id: string }[]>(
        `select id, tenant_id from outbox_events where published_at is null
         order by occurred_at limit ${BATCH} for update skip locked`,
      );
      if (rows.length === 0) return 0;
      await withTimeout(
        this.queue.addBulk(rows.map((row) => ({
          name: Jobs.deliverEvent,
          data: { eventId: row.id, tenantId: row.tenant_id },
          opts: deliverEventJobOptions(row.id, this.config.eventMaxAttempts),
        }))),
        QUEUE_TIMEOUT_MS,
        'the queue',
      );
      await em.execute('update outbox_events set published_at = now() where id = any(?::uuid[])', [
        `{${rows.map((row) => row.id).join(',')}}`,
      ]);
      return rows.length;
    });
  }

  private async pruneHourly(): Promise<void> {
    if (Date.now() - this.lastPrune < 3_600_000) return;
    this.lastPrune = Date.now();
    await this.em.fork().execute(
      `delete from outbox_events o where published_at < now() - interval '${RETAIN_PUBLISHED}'
       and not exists (select 1 from dead_letters d where d.replayed_at is null and d.payload->>'eventId' = o.id::text)`,
    );
    // A marker only guards against redelivery, and a job whose event was pruned returns quietly.
    await this.em.fork().execute(
      `delete from processed_events where processed_at < now() - interval '${RETAIN_PUBLISHED}'`,
    );
    await this.em.fork().execute(`delete from idempotency_keys where created_at < now() - interval '24 hours'`);
  }
}
