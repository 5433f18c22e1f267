import { DiscoveryService } from '@nestjs/core';
import type { DeliveredEvent } from '../outbox/outbox.js';

/**
 * A context's reaction to published events. Delivery is at least once; the worker runs `handle`
 * in a transaction together with a "processed" marker for (event, subscriber), so a redelivered
 * event is skipped and a failed one leaves no partial writes.
 */
export interface DomainEventSubscriber {
  handle(event: DeliveredEvent): Promise<void>;
  /**
   * Optional: told after `handle` failed and its transaction rolled back, on a fresh connection, so
   * the failure itself can be recorded. `final` is true when the event will not be retried (it is
   * being dead-lettered).
   */
  failed?(event: DeliveredEvent, error: unknown, final: boolean): Promise<void>;
}

export interface SubscriptionOptions {
  /** Stable name: the idempotency marker and the dead letters refer to it. */
  readonly name: string;
  /** Event types, or `context.*` for every event of an aggregate type prefix. */
  readonly events: readonly string[];
}

export const SubscribesTo = DiscoveryService.createDecorator<SubscriptionOptions>();

export function subscribes(options: SubscriptionOptions, eventType: string): boolean {
  return options.events.some((pattern) =>
    pattern.endsWith('.*') ? eventType.startsWith(pattern.slice(0, -1)) : pattern === eventType,
  );
}

/** The closed set of queues; jobs carry ids and reload what they need. */
export const Queues = {
  domainEvents: 'domain-events',
  odooSync: 'odoo-sync',
} as const;

export const Jobs = {
  deliverEvent: 'deliver-event',
  syncOdooLead: 'sync-odoo-lead',
} as const;

export interface DeliverEventJob {
  readonly eventId: string;
  readonly tenantId: string;
}

/**
 * Keyed by event id, so a relay that publishes twice adds one job. Finished jobs leave Redis:
 * dead_letters keeps the failed ones, and a job left behind would block a replay under the same id.
 */
export function deliverEventJobOptions(eventId: string, attempts: number) {
  return {
    jobId: eventId,
    attempts,
    backoff: { type: 'exponential', delay: 500 },
    removeOnComplete: true,
    removeOnFail: true,
  };
}
