import {
  CallAttempts, Contact, OPPORTUNITY_STATUSES, PhoneNumber, PRIORITIES, type OpportunityStatus, type Pipeline, type Priority,
} from '@leadline/crm-domain';
import { newId } from '@leadline/shared-kernel/domain';
import { CALL_DIRECTIONS, CALL_STATUSES, type CallDirection, type CallStatus } from '@leadline/telephony';
import type { ReportEntry } from '../../domain/import-report.js';

/*
 * One legacy row at a time, the product's own rules decide what it becomes: crm-domain's phone
 * normalisation and contact rule, its first-call attempt rules, the pipeline's stages; telephony's
 * call vocabulary. The loader then writes whole batches of these with set-based SQL. Timestamps
 * arrive from the source as ISO-8601 UTC text and go to the target unparsed.
 */

export interface LegacyContact {
  id: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  email: string | null;
  manychat_id: string | null;
  created_at: string;
  updated_at: string | null;
}

export interface ContactRow {
  legacyId: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  email: string | null;
  manychatId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Mapped<Row> {
  /** Null when the row cannot be imported at all (the issues say why). */
  readonly row: Row | null;
  readonly issues: ReportEntry[];
}

const text = (value: string | null) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export function mapContact(legacy: LegacyContact, phoneRegion: string): Mapped<ContactRow> {
  const issues: ReportEntry[] = [];
  const rawPhone = text(legacy.phone);
  let phone: string | null = null;
  if (rawPhone !== null) {
    try {
      phone = PhoneNumber.parse(rawPhone, phoneRegion).e164;
    } catch {
      issues.push({ table: 'contacts', legacy_id: legacy.id, action: 'altered', reason: 'phone_invalid', field: 'phone', value: legacy.phone });
    }
  }
  const row: ContactRow = {
    legacyId: legacy.id,
    firstName: text(legacy.first_name),
    lastName: text(legacy.last_name),
    phone,
    email: text(legacy.email)?.toLowerCase() ?? null,
    manychatId: text(legacy.manychat_id),
    createdAt: legacy.created_at,
    updatedAt: legacy.updated_at ?? legacy.created_at,
  };
  if (!Contact.isReachable(row)) {
    return {
      row: null,
      issues: [...issues, {
        table: 'contacts', legacy_id: legacy.id, action: 'rejected', reason: 'contact_unreachable',
        detail: 'no name, valid phone, e-mail or ManyChat id',
      }],
    };
  }
  return { row, issues };
}

export interface LegacyOpportunity {
  id: string;
  contact_id: string;
  pipeline_stage_id: string | null;
  opportunity_score: number | null;
  detection_reason: string | null;
  priority: string | null;
  status: string | null;
  detected_at: string | null;
  first_call_attempts: unknown;
  first_call_completed: boolean | null;
  first_call_successful_attempt: number | null;
  last_contact_attempt_at: string | null;
  created_at: string;
  updated_at: string | null;
  /** The legacy stage row seed 000 would link (see the source query), or null: one is created. */
  stage_row_id: string | null;
  current_stage: string | null;
  stage_created_at: string | null;
  stage_updated_at: string | null;
}

export interface OpportunityRow {
  id: string;
  legacyContactId: string;
  stageId: string;
  currentStage: string;
  stageEnteredAt: string;
  stageCreatedAt: string;
  stageUpdatedAt: string;
  /** True when the legacy stage row was carried over, false when the stage was created. */
  stageLinked: boolean;
  historyId: string;
  historyReason: string;
  opportunityScore: number | null;
  detectionReason: string | null;
  priority: Priority;
  status: OpportunityStatus;
  detectedAt: string;
  firstCallAttempts: Record<string, unknown>;
  firstCallCompleted: boolean;
  firstCallSuccessfulAttempt: number | null;
  lastContactAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
}

function oneOf<T extends string>(allowed: readonly T[], raw: string | null): T | null {
  const value = raw?.trim().toLowerCase();
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** `now` (ISO) dates what the import itself creates: stages made at the initial stage. */
export function mapOpportunity(legacy: LegacyOpportunity, pipeline: Pipeline, now: string): Mapped<OpportunityRow> {
  const issues: ReportEntry[] = [];
  const altered = (reason: string, field: string, value: unknown, detail?: string) =>
    issues.push({ table: 'lead_opportunities', legacy_id: legacy.id, action: 'altered', reason, field, value, ...(detail ? { detail } : {}) });

  let priority = oneOf(PRIORITIES, legacy.priority);
  if (priority === null) {
    if (legacy.priority !== null) altered('priority_unknown', 'priority', legacy.priority, 'imported as medium');
    priority = 'medium';
  }
  let status = oneOf(OPPORTUNITY_STATUSES, legacy.status);
  if (status === null) {
    if (legacy.status !== null) altered('status_unknown', 'status', legacy.status, 'imported as pending');
    status = 'pending';
  }
  let score = legacy.opportunity_score;
  if (score !== null && (score < 0 || score > 100)) {
    altered('score_out_of_range', 'opportunity_score', score, 'a score is 0 to 100; imported as null');
    score = null;
  }
  if (legacy.detected_at === null) altered('detected_at_missing', 'detected_at', null, 'imported as the creation time');

  const { attempts, dropped, renumbered } = CallAttempts.salvage(legacy.first_call_attempts);
  for (const { key, reason } of dropped) {
    altered(reason, key === null ? 'first_call_attempts' : `first_call_attempts.${key}`,
      key === null ? legacy.first_call_attempts : (legacy.first_call_attempts as Record<string, unknown>)[key], 'attempt dropped');
  }
  if (renumbered) altered('attempts_renumbered', 'first_call_attempts', null, 'the kept attempts were numbered 1… again');
  const successful = attempts.successfulAttempt;
  if (legacy.first_call_successful_attempt !== null && legacy.first_call_successful_attempt !== successful) {
    altered('successful_attempt_corrected', 'first_call_successful_attempt', legacy.first_call_successful_attempt,
      `the first green attempt is ${successful ?? 'none'}`);
  }
  const completed = legacy.first_call_completed === true || successful !== null;
  if (completed && legacy.first_call_completed === false) {
    altered('first_call_completed_corrected', 'first_call_completed', false, `attempt ${successful} is green`);
  }
  const lastAttempt = attempts.lastAttemptedAt?.toISOString() ?? null;
  const lastContact = [legacy.last_contact_attempt_at, lastAttempt].filter((at): at is string => at !== null)
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null;

  const linked = legacy.stage_row_id !== null;
  const initial = pipeline.snapshot.initialStage;
  let currentStage = initial;
  let historyReason = 'no legacy stage row: created at the initial stage';
  if (linked) {
    const stage = pipeline.stage(legacy.current_stage?.trim().toLowerCase() ?? '');
    if (stage) {
      currentStage = stage.key;
      historyReason = `legacy stage row ${legacy.stage_row_id}`;
      if (stage.kind !== 'open' && status !== stage.kind) {
        altered('status_follows_stage', 'status', status, `stage ${stage.key} closes the opportunity as ${stage.kind}`);
        status = stage.kind;
      }
    } else {
      issues.push({
        table: 'pipeline_stages', legacy_id: legacy.stage_row_id!, action: 'altered', reason: 'stage_unknown', field: 'current_stage',
        value: legacy.current_stage, detail: `not a stage of pipeline ${pipeline.id}; imported as ${initial}`,
      });
      historyReason = `legacy stage row ${legacy.stage_row_id} ("${legacy.current_stage}", not in the pipeline): initial stage`;
    }
  }
  if (legacy.pipeline_stage_id !== null && legacy.pipeline_stage_id !== legacy.stage_row_id) {
    altered('stage_link_broken', 'pipeline_stage_id', legacy.pipeline_stage_id,
      linked ? `not a stage row of this opportunity; linked ${legacy.stage_row_id}` : 'not a stage row of this opportunity; stage created');
  }
  const stageCreatedAt = linked ? legacy.stage_created_at! : now;
  const stageUpdatedAt = linked ? legacy.stage_updated_at ?? stageCreatedAt : now;

  return {
    issues,
    row: {
      id: legacy.id,
      legacyContactId: legacy.contact_id,
      stageId: newId(),
      currentStage,
      stageEnteredAt: stageUpdatedAt,
      stageCreatedAt,
      stageUpdatedAt,
      stageLinked: linked,
      historyId: newId(),
      historyReason,
      opportunityScore: score,
      detectionReason: legacy.detection_reason,
      priority,
      status,
      detectedAt: legacy.detected_at ?? legacy.created_at,
      // Contract §6's stored shape; no call_version: the calls' next real update replaces these.
      firstCallAttempts: Object.fromEntries(Object.entries(attempts.toRecord()).map(([number, attempt]) => [number, {
        status: attempt.status, call_id: attempt.callId, attempted_at: attempt.attemptedAt.toISOString(), notes: attempt.notes,
      }])),
      firstCallCompleted: completed,
      firstCallSuccessfulAttempt: successful,
      lastContactAttemptAt: lastContact,
      createdAt: legacy.created_at,
      updatedAt: legacy.updated_at ?? legacy.created_at,
    },
  };
}

export interface LegacyCall {
  id: string;
  entity_type: string | null;
  entity_id: string | null;
  direction: string | null;
  call_status: string | null;
  external_call_id: string | null;
  from_number: string | null;
  to_number: string | null;
  started_at: string | null;
  ended_at: string | null;
  duration_seconds: number | null;
  recording_url: string | null;
  call_result: string | null;
  summary: string | null;
  created_at: string;
  /** An earlier call of the source (by id) has the same external id (see the source query). */
  external_call_id_repeated: boolean;
}

export interface CallRow {
  id: string;
  /** The legacy contact the call was with; the loader maps it to the imported contact. */
  legacyContactId: string | null;
  direction: CallDirection;
  callStatus: CallStatus | null;
  externalCallId: string | null;
  fromNumber: string | null;
  toNumber: string | null;
  startedAt: string | null;
  endedAt: string | null;
  durationSeconds: number | null;
  recordingUrl: string | null;
  callResult: string | null;
  summary: string | null;
  createdAt: string;
}

export function mapCall(legacy: LegacyCall): Mapped<CallRow> {
  const issues: ReportEntry[] = [];
  const altered = (reason: string, field: string, value: unknown, detail: string) =>
    issues.push({ table: 'calls', legacy_id: legacy.id, action: 'altered', reason, field, value, detail });
  const direction = oneOf(CALL_DIRECTIONS, legacy.direction);
  if (direction === null) {
    return {
      row: null,
      issues: [{ table: 'calls', legacy_id: legacy.id, action: 'rejected', reason: 'direction_unknown', field: 'direction', value: legacy.direction }],
    };
  }
  const callStatus = oneOf(CALL_STATUSES, legacy.call_status);
  if (callStatus === null && legacy.call_status !== null) altered('call_status_unknown', 'call_status', legacy.call_status, 'imported as null');
  let legacyContactId = legacy.entity_id;
  if (legacyContactId !== null && legacy.entity_type?.trim().toLowerCase() !== 'contacts') {
    altered('entity_not_a_contact', 'entity_type', legacy.entity_type, 'imported without a contact');
    legacyContactId = null;
  }
  let externalCallId = text(legacy.external_call_id);
  if (externalCallId !== null && legacy.external_call_id_repeated) {
    altered('external_call_id_repeated', 'external_call_id', externalCallId, 'an earlier legacy call has this external id; imported without it');
    externalCallId = null;
  }
  let duration = legacy.duration_seconds;
  if (duration !== null && duration < 0) {
    altered('duration_negative', 'duration_seconds', duration, 'imported as null');
    duration = null;
  }
  return {
    issues,
    row: {
      id: legacy.id,
      legacyContactId,
      direction,
      callStatus,
      externalCallId,
      fromNumber: legacy.from_number,
      toNumber: legacy.to_number,
      startedAt: legacy.started_at,
      endedAt: legacy.ended_at,
      durationSeconds: duration,
      recordingUrl: legacy.recording_url,
      callResult: legacy.call_result,
      summary: legacy.summary,
      createdAt: legacy.created_at,
    },
  };
}
