import { Injectable } from '@nestjs/common';
import { SubscribesTo, type DeliveredEvent, type DomainEventSubscriber } from '@leadline/shared-kernel';
import { AuditLog } from '../infrastructure/platform-tables.js';
import type { AuditRow } from '../infrastructure/schemas.js';

type Changes = AuditRow['changes'];

/**
 * Turns every contact, pipeline, opportunity, call, reference-data (channel, advisor, campaign,
 * member), provider-connection, tenant and API-key event into an audit entry. The entry takes the
 * event's id, so a redelivered event can never produce a second entry.
 */
@Injectable()
@SubscribesTo({
  name: 'audit-trail',
  events: [
    'contact.*', 'pipeline.*', 'opportunity.*', 'call.*', 'channel.*', 'advisor.*', 'campaign.*', 'campaign_member.*', 'integration.*',
    'tenant.*', 'api_key.*',
  ],
})
export class AuditTrailSubscriber implements DomainEventSubscriber {
  constructor(private readonly entries: AuditLog) {}

  async handle(event: DeliveredEvent): Promise<void> {
    const payload = event.payload as { changes?: Changes; from_stage?: string | null; to_stage?: string };
    const changes: Changes = event.type === 'opportunity.stage_changed'
      ? { stage: { from: payload.from_stage ?? null, to: payload.to_stage ?? null } }
      : payload.changes ?? {};
    await this.entries.append({
      id: event.id,
      tenant_id: event.tenantId,
      event_id: event.id,
      at: new Date(event.occurredAt),
      actor_type: event.actor.type,
      actor_id: event.actor.id,
      actor_name: event.actor.name,
      action: event.type.slice(event.type.indexOf('.') + 1),
      entity_type: event.aggregateType,
      entity_id: event.aggregateId,
      changes: snakeCaseKeys(changes),
      request_id: event.requestId,
    });
  }
}

/** The API speaks snake_case; domain diffs name fields in camelCase. */
function snakeCaseKeys(changes: Changes): Changes {
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) => [field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), change]),
  );
}
