import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { describeFailure, newId, TenantTable, type CommandContext } from '@leadline/shared-kernel';
import {
  MANYCHAT_EVENT_RECEIVED, orderingOf, withoutMergeTags, type ManychatEventBody, type ManychatEventStatus, type ManychatEventType,
} from '../domain/index.js';

export interface InboxRow {
  id: string;
  tenant_id: string;
  type: ManychatEventType;
  body_hash: string;
  /** The body exactly as ManyChat sent it, merge tags included. */
  payload: Record<string, unknown>;
  manychat_id: string;
  stream: string;
  occurred_at: Date;
  status: ManychatEventStatus;
  attempts: number;
  last_error: string | null;
  duplicates: number;
  actor: Record<string, unknown>;
  request_id: string | null;
  received_at: Date;
  /** When the worker handed it to the outbox; null while it waits. */
  relayed_at: Date | null;
  processed_at: Date | null;
}

export const ManychatInboxSchema = new EntitySchema<InboxRow>({
  name: 'ManychatInboxEvent',
  tableName: 'manychat_inbox',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    type: { type: 'text' },
    body_hash: { type: 'text' },
    payload: { type: 'json' },
    manychat_id: { type: 'text' },
    stream: { type: 'text' },
    occurred_at: { type: 'Date' },
    status: { type: 'text' },
    attempts: { type: 'integer' },
    last_error: { type: 'text', nullable: true },
    duplicates: { type: 'integer' },
    actor: { type: 'json' },
    request_id: { type: 'text', nullable: true },
    received_at: { type: 'Date' },
    relayed_at: { type: 'Date', nullable: true },
    processed_at: { type: 'Date', nullable: true },
  },
});

export interface AcceptedEvent {
  readonly eventId: string;
  readonly status: ManychatEventStatus;
  readonly duplicate: boolean;
}

/** The inbox of ManyChat webhooks: stored on arrival, then worked off by the worker. */
@Injectable()
export class ManychatInbox {
  private readonly table: TenantTable<InboxRow>;

  constructor(private readonly em: EntityManager) {
    this.table = new TenantTable(em, ManychatInboxSchema);
  }

  /**
   * One INSERT … ON CONFLICT: the same body again (ManyChat retries) answers the first event's id.
   * The row is durable when this returns; `relayPending` hands it to the outbox.
   */
  async accept(context: CommandContext, type: ManychatEventType, rawBody: Record<string, unknown>): Promise<AcceptedEvent> {
    const ordering = orderingOf(type, withoutMergeTags(rawBody) as unknown as ManychatEventBody);
    const { row, inserted } = await this.table.insertOrGet(context.tenantId, {
      id: newId(),
      tenant_id: context.tenantId,
      type,
      body_hash: bodyHash(rawBody),
      payload: rawBody,
      manychat_id: ordering.manychatId,
      stream: ordering.stream,
      occurred_at: ordering.occurredAt,
      status: 'queued',
      attempts: 0,
      last_error: null,
      duplicates: 0,
      actor: { ...context.actor },
      request_id: context.requestId,
      received_at: new Date(),
      relayed_at: null,
      processed_at: null,
    }, { unique: ['type', 'body_hash'], countDuplicatesIn: 'duplicates', returning: ['id', 'status'] });
    return { eventId: row.id, status: row.status, duplicate: !inserted };
  }

  /**
   * Moves up to `limit` stored events of every tenant to the outbox in one statement (so one
   * NOTIFY wakes the outbox relay per batch, not per webhook); answers how many it moved. Like the
   * outbox relay, this serves all tenants and is deliberately not tenant-scoped; each outbox row
   * keeps its event's tenant. SKIP LOCKED lets any number of workers run it side by side.
   */
  async relayPending(limit: number): Promise<number> {
    const moved = await (this.em.fork() as unknown as SqlEntityManager).execute<{ id: string }[]>(
      `with batch as (
         select id from manychat_inbox where relayed_at is null order by received_at limit ${Math.trunc(limit)}
         for update skip locked
       ), moved as (
         update manychat_inbox inbox set relayed_at = now() from batch where inbox.id = batch.id
         returning inbox.id, inbox.tenant_id, inbox.type, inbox.actor, inbox.request_id, inbox.received_at
       )
       insert into outbox_events (id, tenant_id, type, aggregate_type, aggregate_id, payload, actor, request_id, occurred_at)
       select id, tenant_id, ?, 'manychat_event', id, jsonb_build_object('type', type), actor, request_id, received_at
         from moved
       returning id`,
      [MANYCHAT_EVENT_RECEIVED],
    );
    return moved.length;
  }

  find(tenantId: string, id: string): Promise<InboxRow | null> {
    return this.table.findOne(tenantId, { id });
  }

  /**
   * Serialises the processing of one contact's events until the caller's transaction ends, so two
   * events for a contact that does not exist yet cannot both create it.
   */
  async lockContact(tenantId: string, manychatId: string): Promise<void> {
    await (this.em as unknown as SqlEntityManager).execute(
      'select pg_advisory_xact_lock(hashtextextended(?, 0))',
      [`manychat:${tenantId}:${manychatId}`],
    );
  }

  /** Whether an event of these streams, newer than `event`, has already been applied. */
  async newerProcessed(event: InboxRow, streams: readonly string[]): Promise<boolean> {
    const newer = await this.table.count(event.tenant_id, {
      manychat_id: event.manychat_id,
      stream: { $in: [...streams] },
      status: 'processed',
      occurred_at: { $gt: event.occurred_at },
    });
    return newer > 0;
  }

  async markProcessed(event: InboxRow): Promise<void> {
    await this.table.update(event.tenant_id, { id: event.id }, {
      status: 'processed',
      attempts: event.attempts + 1,
      last_error: null,
      processed_at: new Date(),
    });
  }

  /** Runs after the failed transaction rolled back, on a connection of its own. */
  async recordFailure(tenantId: string, id: string, error: unknown, final: boolean): Promise<void> {
    const table = new TenantTable(this.em.fork(), ManychatInboxSchema);
    const event = await table.findOne(tenantId, { id });
    if (!event || event.status === 'processed') return;
    await table.update(tenantId, { id }, {
      status: final ? 'dead' : 'failed',
      attempts: event.attempts + 1,
      last_error: describeFailure(error),
    });
  }
}

/** Key order does not make two bodies different: ManyChat may serialise the same template either way. */
export function bodyHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/**
 * What `last_error` shows the tenant: a rule's code and message, or the kind of infrastructure
 * failure. Never a driver message, which quotes the SQL with its parameters (phones, e-mails).
 */
