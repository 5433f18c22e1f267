import type { QueryBus } from '@nestjs/cqrs';
import type { Contact, LeadScore, OpportunityView, Pipeline, StageChange } from '@leadline/crm-domain';
import { ContactChannel, type ContactChannelState, type TemplateChannel } from '@leadline/messaging';
import { NOT_MIRRORED, OdooMirrorsQuery, type OdooMirror } from '@leadline/odoo-adapter';
import { CampaignHistoryQuery, type CampaignHistoryEntry } from '@leadline/campaigns';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

const contactChannel = (c: Contact['snapshot'], state: ContactChannelState | undefined, channel: TemplateChannel) =>
  (state ? ContactChannel.rehydrate(state) : ContactChannel.of(c.tenantId, c.id, channel));

/**
 * A contact with its messaging channels (contract §9a): the linked Telegram chat, the WhatsApp id
 * (the linked one, else the phone's E.164 digits) and the channels the lead opted out of.
 */
export function presentContact(contact: Contact, channels: readonly ContactChannelState[]) {
  const c = contact.snapshot;
  const on = (channel: string) => channels.find((row) => row.channel === channel);
  return {
    id: c.id,
    first_name: c.firstName,
    last_name: c.lastName,
    phone: c.phone,
    email: c.email,
    manychat_id: c.manychatId,
    channel_id: c.channelId,
    subscribed_at: iso(c.subscribedAt),
    last_state: c.lastState,
    initial_state: c.initialState,
    telegram_chat_id: on('telegram')?.address ?? null,
    // Messaging's one rule for a contact's WhatsApp address: the linked id, else the phone's digits.
    whatsapp_id: contactChannel(c, on('whatsapp'), 'whatsapp').addressFor(c),
    opt_outs: Object.fromEntries(channels.filter((row) => row.optedOutAt).map((row) => [row.channel, iso(row.optedOutAt)])),
    version: c.version,
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
  };
}

export function presentPipeline(pipeline: Pipeline) {
  const p = pipeline.snapshot;
  return {
    id: p.id,
    name: p.name,
    is_default: p.isDefault,
    initial_stage: p.initialStage,
    stages: p.stages.map((stage) => ({
      key: stage.key,
      name: stage.name,
      position: stage.position,
      kind: stage.kind,
      odoo_stage_id: stage.odooStageId,
      probability: stage.probability,
      rotting_days: stage.rottingDays,
      score_multiplier: stage.scoreMultiplier,
      auto_advance: stage.autoAdvance,
    })),
    version: p.version,
    created_at: iso(p.createdAt),
    updated_at: iso(p.updatedAt),
  };
}

/** The opportunity with how it stands in Odoo, which the odoo-adapter keeps (a new one is not mirrored yet). */
export function presentOpportunity(o: OpportunityView, odoo: OdooMirror = NOT_MIRRORED, campaigns: readonly CampaignHistoryEntry[] = []) {
  return {
    id: o.id,
    contact_id: o.contactId,
    pipeline_id: o.pipelineId,
    pipeline_stage_id: o.stage.id,
    pipeline_stage: {
      id: o.stage.id,
      entity_type: o.stage.entityType,
      entity_id: o.stage.entityId,
      current_stage: o.stage.currentStage,
      stage_entered_at: iso(o.stage.stageEnteredAt),
      created_at: iso(o.stage.createdAt),
      updated_at: iso(o.stage.updatedAt),
    },
    opportunity_score: o.opportunityScore,
    detection_reason: o.detectionReason,
    priority: o.priority,
    status: o.status,
    detected_at: iso(o.detectedAt),
    assigned_advisor_id: o.assignedAdvisorId,
    treatment_type: o.treatmentType,
    next_action_at: iso(o.nextActionAt),
    notes: o.notes,
    first_call_attempts: Object.fromEntries(
      Object.entries(o.firstCallAttempts).map(([number, attempt]) => [number, {
        status: attempt.status,
        call_id: attempt.callId,
        attempted_at: iso(attempt.attemptedAt),
        notes: attempt.notes,
      }]),
    ),
    first_call_completed: o.firstCallCompleted,
    first_call_successful_attempt: o.firstCallSuccessfulAttempt,
    last_contact_attempt_at: iso(o.lastContactAttemptAt),
    lead_score: presentLeadScore(o.leadScore),
    qualification: o.qualification,
    odoo: {
      lead_id: odoo.leadId,
      sync_status: odoo.syncStatus,
      last_synced_at: iso(odoo.lastSyncedAt),
      last_error: odoo.lastError,
    },
    campaign_history: campaigns.map((entry) => ({
      campaign_id: entry.campaignId, enrollment_id: entry.enrollmentId, applied_at: iso(entry.appliedAt)!, steps_completed: entry.stepsCompleted,
      status: entry.status,
    })),
    version: o.version,
    created_at: iso(o.createdAt),
    updated_at: iso(o.updatedAt),
  };
}

export function presentLeadScore(score: LeadScore | null) {
  if (!score) return null;
  return {
    value: score.value,
    components: score.components.map((component) => ({ rule: component.rule, points: component.points })),
    base: score.base,
    multiplier: score.multiplier,
    model_version: score.modelVersion,
    computed_at: iso(score.computedAt)!,
  };
}

export function presentStageChange(change: StageChange) {
  return {
    from_stage: change.fromStage,
    to_stage: change.toStage,
    changed_at: iso(change.changedAt),
    reason: change.reason,
    source: change.source,
  };
}

/** Opportunities as the API shows them, with their Odoo mirror and campaign history read in one query each for the whole list. */
export async function presentOpportunities(queries: QueryBus, tenantId: string, opportunities: readonly OpportunityView[]) {
  const ids = opportunities.map((opportunity) => opportunity.id);
  const mirrors = await queries.execute(new OdooMirrorsQuery(tenantId, ids));
  const histories = await queries.execute(new CampaignHistoryQuery(tenantId, ids));
  return opportunities.map((opportunity) => presentOpportunity(opportunity, mirrors.get(opportunity.id), histories.get(opportunity.id)));
}
