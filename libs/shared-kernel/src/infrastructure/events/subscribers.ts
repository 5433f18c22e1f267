import { DiscoveryService } from '@nestjs/core';
import type { DeliveredEvent, OutboxRow } from '../outbox/outbox.js';
import type { QueueName } from '../jobs/job-queue.js';

/**
 * A context's reaction to published events. Delivery is at least once; the worker runs `handle`
 * in a transaction together with a "processed" marker for (event, subscriber), so a redelivered
 * event is skipped and a failed one leaves no partial writes.
 */
export interface DomainEventSubscriber<Event extends DeliveredEvent<object> = DeliveredEvent> {
  handle(event: Event): Promise<void>;
  /**
   * Optional: told after `handle` failed and its transaction rolled back, on a fresh connection, so
   * the failure itself can be recorded. `final` is true when the event will not be retried (it is
   * being dead-lettered).
   */
  failed?(event: Event, error: unknown, final: boolean): Promise<void>;
}

export interface SubscriptionOptions {
  /** Stable name: the idempotency marker, the job id and the dead letters refer to it. */
  readonly name: string;
  /** Event types, or `context.*` for every event of an aggregate type prefix. */
  readonly events: readonly string[];
  /**
   * The lane its deliveries travel in: `domain-events` unless a user waits for the result, then
   * `priority-events`, which no backlog of bulk work (audit trail, Odoo) can hold up.
   */
  readonly queue?: QueueName;
}

export const SubscribesTo = DiscoveryService.createDecorator<SubscriptionOptions>();

export function subscribes(options: SubscriptionOptions, eventType: string): boolean {
  return options.events.some((pattern) =>
    pattern.endsWith('.*') ? eventType.startsWith(pattern.slice(0, -1)) : pattern === eventType,
  );
}

/** The job that hands one event to one subscriber: one per (event, subscriber), id `eventId:subscriber`. */
export const DELIVER_EVENT = 'deliver-event';

export interface DeliveryPayload {
  readonly eventId: string;
  readonly tenantId: string;
  /** Absent in deliveries dead-lettered before one job per subscriber: those go to every subscriber again. */
  readonly subscriber?: string;
  /**
   * The event itself, as the relay read it: an event never changes, so the delivery need not read it
   * again. Absent when the delivery was queued again from its id (a replay, the sweeper).
   */
  readonly event?: OutboxRow;
}

export function deliveryJobId(eventId: string, subscriber: string): string {
  return `${eventId}:${subscriber}`;
}
