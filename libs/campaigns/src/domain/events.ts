import type { Changes } from '@leadline/integration-events';

/**
 * The events campaigns records. The audit trail reads `changes`; the campaign engine (same context)
 * subscribes to `campaign.updated` and reads `status` (the status after the change, with
 * `changes.status` present when it moved) and the step events to reschedule.
 */
export const CampaignEvents = {
  created: 'campaign.created',
  updated: 'campaign.updated',
  deleted: 'campaign.deleted',
  stepAdded: 'campaign.step_added',
  stepUpdated: 'campaign.step_updated',
  stepRemoved: 'campaign.step_removed',
} as const;
export const CampaignMemberEvents = {
  added: 'campaign_member.added',
  updated: 'campaign_member.updated',
  removed: 'campaign_member.removed',
} as const;

export interface CampaignEventPayloads {
  'campaign.created': { readonly changes: Changes };
  'campaign.updated': { readonly changes: Changes; readonly status: string };
  'campaign.deleted': { readonly changes: Changes; readonly status: string };
  'campaign.step_added': CampaignStepEventPayload;
  'campaign.step_updated': CampaignStepEventPayload;
  'campaign.step_removed': CampaignStepEventPayload;
}

/** A step's own changes; the renumbering of the steps after it is implied by step_number. */
export interface CampaignStepEventPayload {
  readonly step_id: string;
  readonly step_number: number;
  readonly changes: Changes;
}
export type CampaignMemberEventPayloads = Record<
  (typeof CampaignMemberEvents)[keyof typeof CampaignMemberEvents],
  { readonly campaign_id: string; readonly contact_id: string; readonly changes: Changes }
>;

interface EnrollmentFacts {
  readonly campaign_id: string;
  readonly opportunity_id: string;
  readonly contact_id: string;
}

export interface EnrollmentEventPayloads {
  'enrollment.started': EnrollmentFacts & { readonly rotation: number };
  'enrollment.ended': EnrollmentFacts & {
    readonly status: 'completed' | 'exited';
    readonly exit_reason: string | null;
    readonly steps_completed: number;
  };
}
