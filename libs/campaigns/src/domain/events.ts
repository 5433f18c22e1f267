import type { Changes } from '@leadline/integration-events';

/** The events campaigns records; today only the audit trail reads them (`changes`). */
export const CampaignEvents = { created: 'campaign.created', updated: 'campaign.updated', deleted: 'campaign.deleted' } as const;
export const CampaignMemberEvents = {
  added: 'campaign_member.added',
  updated: 'campaign_member.updated',
  removed: 'campaign_member.removed',
} as const;

export type CampaignEventPayloads = Record<(typeof CampaignEvents)[keyof typeof CampaignEvents], { readonly changes: Changes }>;
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
