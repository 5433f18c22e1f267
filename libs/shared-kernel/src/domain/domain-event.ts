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

/** Collects the events an aggregate records until the repository hands them to the outbox. */
export class RecordedEvents {
  #events: DomainEvent[] = [];

  record(event: Omit<DomainEvent, 'id' | 'occurredAt'> & { occurredAt?: Date }): void {
    this.#events.push({ ...event, id: newId(), occurredAt: event.occurredAt ?? new Date() });
  }

  pull(): DomainEvent[] {
    const events = this.#events;
    this.#events = [];
    return events;
  }
}
