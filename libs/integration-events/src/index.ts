/**
 * The events one context publishes and another reads, as types only: the producer's `record()` and
 * the consumer's handler both name these shapes, so neither can drift from the other unnoticed (the
 * compiler stops it). No classes, no code, no imports: any context may depend on it, its domain
 * included. Names are the published strings; each producer declares its constants in its own
 * `domain/events.ts`.
 */

/** Field-level change set, as the audit trail shows it. */
export type Changes = Record<string, { from: unknown; to: unknown }>;

/** telephony → crm-domain: the call as it now is, on every create or change from any path. */
export interface CallRecorded {
  readonly change: 'created' | 'updated';
  readonly call_id: string;
  readonly version: number;
  readonly direction: 'inbound' | 'outbound';
  readonly entity_type: string | null;
  readonly entity_id: string | null;
  readonly call_status: string | null;
  readonly provider: string | null;
  readonly started_at: string | null;
  readonly created_at: string;
  readonly summary: string | null;
  readonly call_result: string | null;
  readonly changes: Changes;
}

/** crm-domain → audit trail, Odoo mirror: a contact was created, changed or deleted. */
export interface ContactChanged {
  readonly changes: Changes;
}

export interface OpportunityCreated {
  readonly contact_id: string;
  readonly pipeline_id: string;
  readonly stage: string;
  readonly changes: Changes;
}

export interface OpportunityUpdated {
  readonly changes: Changes;
}

export interface OpportunityStageChanged {
  readonly from_stage: string | null;
  readonly to_stage: string;
  readonly reason: string | null;
  readonly source: string;
  readonly status: string;
}

export interface OpportunityCallAttemptRegistered {
  readonly attempt_number: number;
  readonly call_id: string;
  readonly attempt_status: 'green' | 'orange' | 'red';
  readonly attempted_at: string;
  readonly new_attempt: boolean;
  readonly changes: Changes;
}

/** crm-domain → campaigns (lead_score triggers), auto-advance, audit: the computed lead score's value changed (contract §12). */
export interface OpportunityScoreChanged {
  /** The previous value; null when the opportunity had not been scored yet. */
  readonly from: number | null;
  readonly to: number;
  readonly model_version: number;
  readonly changes: Changes;
}

export interface OpportunityDeleted {
  readonly contact_id: string;
  readonly stage: string;
  readonly changes: Changes;
}

/** Every event read across contexts, by its published name. */
/** messaging → campaigns (exit on reply), crm-domain (last activity, replies): a lead wrote to us (contract §9a). */
export interface MessageReceived {
  readonly message_id: string;
  readonly contact_id: string;
  readonly opportunity_id: string | null;
  readonly channel: 'telegram' | 'whatsapp' | 'email';
  /** The id of our message the lead answered, when the channel tells (e-mail threading). */
  readonly in_reply_to: string | null;
  readonly received_at: string;
}

/** crm-domain → audit trail, lead scoring: an activity (a call, meeting or task, contract §10) was created, changed or deleted. */
export interface ActivityChanged {
  readonly opportunity_id: string | null;
  readonly contact_id: string;
  readonly type: 'call' | 'meeting' | 'task';
  readonly changes: Changes;
}

/**
 * crm-domain → campaigns (exit on meeting_booked), lead scoring, auto-advance: a `meeting` activity
 * was created for an opportunity (contract §10's "meeting booked").
 */
export interface ActivityMeetingBooked {
  readonly activity_id: string;
  readonly opportunity_id: string;
  readonly contact_id: string;
  /** When the meeting is; null when not yet agreed. */
  readonly due_at: string | null;
  readonly source: 'manual' | 'campaign' | 'ai_call';
}

/**
 * ai-agent → crm-domain (auto-advance, contract §11): a call's analysis completed and was applied
 * to the opportunity (summary, qualification, forward move, score).
 */
export interface CallAnalysisCompleted {
  readonly call_id: string;
  readonly opportunity_id: string;
  readonly version: number;
  readonly agent_type: string;
  readonly suggested_stage: string | null;
  readonly stage_from: string | null;
  readonly stage_to: string | null;
  readonly qualification_fields: readonly string[];
}

export interface IntegrationEvents {
  'call.recorded': CallRecorded;
  'contact.created': ContactChanged;
  'contact.updated': ContactChanged;
  'contact.deleted': ContactChanged;
  'opportunity.created': OpportunityCreated;
  'opportunity.updated': OpportunityUpdated;
  'opportunity.stage_changed': OpportunityStageChanged;
  'opportunity.call_attempt_registered': OpportunityCallAttemptRegistered;
  'opportunity.score_changed': OpportunityScoreChanged;
  'opportunity.deleted': OpportunityDeleted;
  'message.received': MessageReceived;
  'activity.created': ActivityChanged;
  'activity.updated': ActivityChanged;
  'activity.deleted': ActivityChanged;
  'activity.meeting_booked': ActivityMeetingBooked;
  'call_analysis.completed': CallAnalysisCompleted;
}

export type IntegrationEventName = keyof IntegrationEvents;
