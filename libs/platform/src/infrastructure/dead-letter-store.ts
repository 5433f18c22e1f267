import { Injectable } from '@nestjs/common';
import { EntityManager, type EntitySchema } from '@mikro-orm/core';
import {
  DeadLetterSchema, OutboxEventSchema, pageQuery, TenantTable, toPage, type DeadLetterRow, type OutboxRow, type Page, type PageRequest,
} from '@leadline/shared-kernel';

/** A tenant's dead letter: the rows with no tenant (none are written today) are the operator's, not listed here. */
export type TenantDeadLetter = DeadLetterRow & { tenant_id: string };

/** The tenant's dead letters, and the outbox rows their event deliveries point at. */
@Injectable()
export class DeadLetterStore {
  private readonly letters: TenantTable<TenantDeadLetter>;
  private readonly events: TenantTable<OutboxRow>;

  constructor(em: EntityManager) {
    this.letters = new TenantTable<TenantDeadLetter>(em, DeadLetterSchema as unknown as EntitySchema<TenantDeadLetter>);
    this.events = new TenantTable(em, OutboxEventSchema);
  }

  /** Newest first by the time-ordered id, like every list. */
  async list(tenantId: string, filter: { queue?: string }, page: PageRequest): Promise<Page<TenantDeadLetter>> {
    const { where, options } = pageQuery(page);
    const rows = await this.letters.find(tenantId, { ...where, ...(filter.queue ? { queue: filter.queue } : {}) }, options);
    return toPage(rows, page.limit, (row) => row);
  }

  find(tenantId: string, id: string): Promise<TenantDeadLetter | null> {
    return this.letters.findOne(tenantId, { id });
  }

  /** Claims the letter for one replay: false when it was replayed already. */
  async markReplayed(tenantId: string, id: string, at: Date): Promise<boolean> {
    return (await this.letters.update(tenantId, { id, replayed_at: null }, { replayed_at: at })) > 0;
  }

  /** Hands the event to the relay again; false when it no longer exists. */
  async republish(tenantId: string, eventId: string): Promise<boolean> {
    return (await this.events.update(tenantId, { id: eventId }, { published_at: null })) > 0;
  }
}
