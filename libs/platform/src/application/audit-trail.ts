import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Outbox, type DeliveredEvent, type InTransactionProjection } from '@leadline/shared-kernel';
import { AuditLog } from '../infrastructure/platform-tables.js';
import type { AuditRow } from '../infrastructure/schemas.js';

type Changes = AuditRow['changes'];

const AUDITED = /^(contact|pipeline|opportunity|call|channel|advisor|campaign|campaign_member|integration|tenant|api_key|template|activity|ai_agent)\./;
/** Announcements for other contexts that change nothing of their own: the change is audited by the event beside them. */
const ANNOUNCEMENTS = new Set(['activity.meeting_booked']);

/**
 * Turns every contact, pipeline, opportunity, call, reference-data (channel, advisor, campaign,
 * member), provider-connection, tenant, API-key, message-template, activity and AI-agent event into an audit entry, in the transaction
 * that records the event: an entry exists exactly when its change was committed, and the worker
 * has no job per event for it. The entry takes the event's id.
 */
@Injectable()
export class AuditTrail implements InTransactionProjection, OnModuleInit {
  constructor(private readonly entries: AuditLog, private readonly outbox: Outbox) {}

  onModuleInit(): void {
    this.outbox.projectInTransaction(this);
  }

  async project(events: readonly DeliveredEvent[]): Promise<void> {
    const audited = events.filter((event) => AUDITED.test(event.type) && !ANNOUNCEMENTS.has(event.type));
    if (audited.length > 0) await this.entries.append(audited[0]!.tenantId, audited.map(entryOf));
  }
}

function entryOf(event: DeliveredEvent): AuditRow {
  const payload = event.payload as { changes?: Changes; from_stage?: string | null; to_stage?: string };
  const changes: Changes = event.type === 'opportunity.stage_changed'
    ? { stage: { from: payload.from_stage ?? null, to: payload.to_stage ?? null } }
    : payload.changes ?? {};
  return {
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
  };
}

/** The API speaks snake_case; domain diffs name fields in camelCase. */
function snakeCaseKeys(changes: Changes): Changes {
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) => [field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), change]),
  );
}
