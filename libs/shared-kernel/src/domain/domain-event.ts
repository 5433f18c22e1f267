import { newId } from './ids.js';

/**
 * A fact an aggregate recorded. `type` is the published contract other contexts subscribe to
 * (e.g. `opportunity.stage_changed`); payloads hold plain JSON so they survive the outbox.
 */
export interface DomainEvent<Payload extends object = Record<string, unknown>> {
  readonly id: string;
  readonly type: string;
  readonly aggregateType: string;
  readonly aggregateId: string;
  readonly tenantId: string;
  readonly occurredAt: Date;
  readonly payload: Payload;
}

/** Field-level change set carried by "updated" events and shown in the audit trail. */
export type Changes = Record<string, { from: unknown; to: unknown }>;

export function diff<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const from = normaliseForDiff(before[field]);
    const to = normaliseForDiff(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

function normaliseForDiff(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** What an aggregate records: one of its context's event names, with that event's payload type. */
export type EventToRecord<Payloads extends object, Type extends keyof Payloads & string> =
  Omit<DomainEvent, 'id' | 'occurredAt' | 'type' | 'payload'> & { type: Type; payload: Payloads[Type]; occurredAt?: Date };

/**
 * Collects the events an aggregate records until the repository hands them to the outbox. Typed by
 * its context's event map (`domain/events.ts`), so a name that is not declared, or a payload that
 * does not match its declaration (cross-context ones come from @leadline/integration-events), does
 * not compile.
 */
export class RecordedEvents<Payloads extends object = Record<string, Record<string, unknown>>> {
  #events: DomainEvent[] = [];

  record<Type extends keyof Payloads & string>(event: EventToRecord<Payloads, Type>): void {
    this.#events.push({
      ...event,
      payload: event.payload as unknown as Record<string, unknown>,
      id: newId(),
      occurredAt: event.occurredAt ?? new Date(),
    });
  }

  pull(): DomainEvent[] {
    const events = this.#events;
    this.#events = [];
    return events;
  }
}
