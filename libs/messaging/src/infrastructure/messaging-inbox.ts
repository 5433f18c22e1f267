import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { JobScheduler, UnitOfWork } from '@leadline/shared-kernel';
import { newId } from '@leadline/shared-kernel/domain';
import type { InboundEvent } from '../domain/index.js';
import { ApplyInboundEventJob } from '../application/apply-inbound-event/apply-inbound-event.job.js';

export interface InboxRow {
  readonly id: string;
  readonly tenant_id: string;
  readonly channel: string;
  readonly provider_event_id: string;
  readonly event: InboundEvent;
  readonly status: 'pending' | 'processed' | 'ignored';
}

/**
 * Provider events as their webhooks deliver them, stored before the webhook answers: one row per
 * (tenant, channel, provider event id), so a redelivery changes nothing, and a scheduled job per
 * new row, written in the same transaction, applies it in the worker.
 */
@Injectable()
export class MessagingInbox {
  constructor(
    private readonly em: EntityManager,
    private readonly uow: UnitOfWork,
    private readonly scheduler: JobScheduler,
  ) {}

  /** Answers how many of the events were new. `raw` is the provider's payload as received, kept for support. */
  accept(tenantId: string, events: readonly InboundEvent[], raw: unknown): Promise<number> {
    if (events.length === 0) return Promise.resolve(0);
    return this.uow.run(async () => {
      let stored = 0;
      for (const event of events) {
        const rows = await this.sql().execute<{ id: string }[]>(
          `insert into messaging_inbox (id, tenant_id, channel, provider_event_id, event, raw)
           values (?, ?, ?, ?, ?, ?)
           on conflict (tenant_id, channel, provider_event_id) do nothing
           returning id`,
          [newId(), tenantId, event.channel, event.providerEventId, JSON.stringify(event), raw === undefined ? null : JSON.stringify(raw)],
        );
        if (rows.length === 0) continue;
        await this.scheduler.schedule(ApplyInboundEventJob, { tenantId, inboxId: rows[0]!.id }, { tenantId, key: rows[0]!.id });
        stored++;
      }
      return stored;
    });
  }

  /** `lock`: inside the applying transaction, so two runs of the same row apply it once. */
  find(tenantId: string, inboxId: string, { lock = false } = {}): Promise<InboxRow | null> {
    return this.sql().execute<InboxRow[]>(
      `select id, tenant_id, channel, provider_event_id, event, status from messaging_inbox where tenant_id = ? and id = ?${lock ? ' for update' : ''}`,
      [tenantId, inboxId],
    ).then((rows) => rows[0] ?? null);
  }

  /** Inside the transaction that applied the event. */
  async finish(tenantId: string, inboxId: string, status: 'processed' | 'ignored', outcome: string): Promise<void> {
    await this.sql().execute(
      `update messaging_inbox set status = ?, outcome = ?, processed_at = now() where tenant_id = ? and id = ?`,
      [status, outcome, tenantId, inboxId],
    );
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}
