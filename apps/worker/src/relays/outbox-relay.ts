import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  APP_CONFIG, DELIVER_EVENT, deliveryJobId, JobQueue, type AppConfig, type DeliveryPayload, type OutboxRow, type QueuedJob,
} from '@leadline/shared-kernel';
import { WorkRegistry } from '../jobs/work-registry.js';
import { RelayLoop } from './relay-loop.js';

const BATCH = 200;
const POLL_MS = 1000;
/** How long a claimed batch is left to its relay before another takes it over (the queue call times out after 5 s). */
const CLAIM_LEASE = '30 seconds';

/**
 * One delivery job per subscriber of the event, in the subscriber's lane: a slow or failing one
 * holds up no other. With the stored row at hand, the job carries it, which saves each delivery a read.
 */
export function deliveriesOf(registry: WorkRegistry, event: { id: string; tenantId: string; type: string }, row?: OutboxRow): QueuedJob<DeliveryPayload>[] {
  return registry.subscribersOf(event.type).map((subscription) => ({
    queue: subscription.queue,
    name: DELIVER_EVENT,
    id: deliveryJobId(event.id, subscription.name),
    payload: { eventId: event.id, tenantId: event.tenantId, subscriber: subscription.name, ...(row ? { event: row } : {}) },
    retry: registry.deliveryRetry,
  }));
}

/**
 * Moves committed outbox events to the queue, fanned out into one job per (event, subscriber).
 * PostgreSQL's NOTIFY (sent by a trigger, delivered only on commit) wakes it at once; a one-second
 * poll covers lost notifications and outages. Rows are claimed with SKIP LOCKED, so any number of
 * workers can relay side by side, and they are marked published only after the queue took the
 * jobs: with Redis down they simply wait. An event nobody subscribes to is marked published as is.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: RelayLoop;

  constructor(
    private readonly queue: JobQueue,
    private readonly registry: WorkRegistry,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.loop = new RelayLoop({
      name: OutboxRelay.name,
      step: () => this.relayBatch(),
      batch: BATCH,
      pollMs: POLL_MS,
      listen: { databaseUrl: config.databaseUrl, channel: 'leadline_outbox' },
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.loop.start();
  }

  /** The first shutdown hook: the batch in progress finishes before the queue and the ORM close. */
  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /**
   * Claim (committed) → hand to Redis → mark published: no transaction is open while Redis answers.
   * A claim lasts CLAIM_LEASE; a relay that died after claiming leaves rows another relay takes over
   * then, and handing them over twice is harmless (job ids dedupe, delivery markers skip).
   */
  private async relayBatch(): Promise<number> {
    const em = this.em.fork();
    const rows = await em.execute<OutboxRow[]>(
      `update outbox_events o set relay_claimed_at = now()
         from (select id from outbox_events
                where published_at is null and (relay_claimed_at is null or relay_claimed_at < now() - interval '${CLAIM_LEASE}')
                order by occurred_at limit ${BATCH} for update skip locked) batch
        where o.id = batch.id
        returning o.id, o.tenant_id, o.type, o.aggregate_type, o.aggregate_id, o.payload, o.actor, o.request_id, o.occurred_at`,
    );
    if (rows.length === 0) return 0;
    const ids = `{${rows.map((row) => row.id).join(',')}}`;
    try {
      const jobs = rows.flatMap((row) => deliveriesOf(this.registry, { id: row.id, tenantId: row.tenant_id, type: row.type }, row));
      if (jobs.length > 0) await this.queue.add(jobs);
    } catch (error) {
      await em.execute('update outbox_events set relay_claimed_at = null where id = any(?::uuid[])', [ids]);
      throw error;
    }
    await em.execute('update outbox_events set published_at = now(), relay_claimed_at = null where id = any(?::uuid[])', [ids]);
    return rows.length;
  }
}
