import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import type { CommandContext, DomainEvent } from '../../domain/index.js';

export interface OutboxRow {
  id: string;
  tenant_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  actor: Record<string, unknown>;
  request_id: string | null;
  occurred_at: Date;
  published_at: Date | null;
}

export const OutboxEventSchema = new EntitySchema<OutboxRow>({
  name: 'OutboxEvent',
  tableName: 'outbox_events',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    type: { type: 'text' },
    aggregate_type: { type: 'text' },
    aggregate_id: { type: 'uuid' },
    payload: { type: 'json' },
    actor: { type: 'json' },
    request_id: { type: 'text', nullable: true },
    occurred_at: { type: 'Date' },
    published_at: { type: 'Date', nullable: true },
  },
});

/** A domain event as the worker delivers it: the recorded fact plus who caused it. */
export interface DeliveredEvent<Payload extends object = Record<string, unknown>> extends DomainEvent<Payload> {
  readonly actor: CommandContext['actor'];
  readonly requestId: string | null;
}

/**
 * A read model that must hold exactly what was committed, written in the transaction that records
 * the events (the audit trail): no delivery, no lag, no job per event. Only for local writes that
 * cannot fail for reasons of their own; anything slow or remote is a subscriber.
 */
export interface InTransactionProjection {
  project(events: readonly DeliveredEvent[]): Promise<void>;
}

/**
 * Writes recorded events in the caller's transaction, so an event exists exactly when the change
 * it describes was committed; the relay publishes them afterwards.
 */
@Injectable()
export class Outbox {
  readonly #projections: InTransactionProjection[] = [];

  constructor(private readonly em: EntityManager) {}

  /** Registered by the context that owns the projection (shared-kernel cannot import it). */
  projectInTransaction(projection: InTransactionProjection): void {
    this.#projections.push(projection);
  }

  async append(context: CommandContext, events: readonly DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const em = this.em.getContext(false);
    if (!em.isInTransaction()) {
      throw new Error('Outbox.append must run inside a transaction (UnitOfWork.run)');
    }
    const rows = events.map((event): OutboxRow => {
      if (event.tenantId !== context.tenantId) throw new Error('event recorded for another tenant');
      return {
        id: event.id,
        tenant_id: event.tenantId,
        type: event.type,
        aggregate_type: event.aggregateType,
        aggregate_id: event.aggregateId,
        payload: event.payload as Record<string, unknown>,
        actor: { ...context.actor },
        request_id: context.requestId,
        occurred_at: event.occurredAt,
        published_at: null,
      };
    });
    await em.insertMany(OutboxEventSchema, rows);
    const delivered = rows.map(toDeliveredEvent);
    for (const projection of this.#projections) await projection.project(delivered);
  }
}

export function toDeliveredEvent(row: OutboxRow): DeliveredEvent {
  return {
    id: row.id,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    tenantId: row.tenant_id,
    occurredAt: row.occurred_at,
    payload: row.payload,
    actor: row.actor as unknown as DeliveredEvent['actor'],
    requestId: row.request_id,
  };
}
