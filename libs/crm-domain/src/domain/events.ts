import type { Changes, IntegrationEvents } from '@leadline/integration-events';

/** The events crm-domain records, by aggregate. Subscribers name these constants. */
export const ContactEvents = { created: 'contact.created', updated: 'contact.updated', deleted: 'contact.deleted' } as const;
export const OpportunityEvents = {
  created: 'opportunity.created',
  updated: 'opportunity.updated',
  stageChanged: 'opportunity.stage_changed',
  callAttemptRegistered: 'opportunity.call_attempt_registered',
  scoreChanged: 'opportunity.score_changed',
  deleted: 'opportunity.deleted',
} as const;
export const PipelineEvents = { created: 'pipeline.created', updated: 'pipeline.updated' } as const;
export const AdvisorEvents = { created: 'advisor.created', updated: 'advisor.updated', deleted: 'advisor.deleted' } as const;
export const ActivityEvents = {
  created: 'activity.created',
  updated: 'activity.updated',
  deleted: 'activity.deleted',
  meetingBooked: 'activity.meeting_booked',
} as const;
export const ChannelEvents = { created: 'channel.created', updated: 'channel.updated', deleted: 'channel.deleted' } as const;

type Of<Names extends Record<string, string>> = Names[keyof Names];
type ChangesOnly<Names extends Record<string, string>> = Record<Of<Names>, { readonly changes: Changes }>;

/** Contacts and opportunities are read by other contexts: their payloads are the published contract. */
export type ContactEventPayloads = Pick<IntegrationEvents, Of<typeof ContactEvents>>;
export type OpportunityEventPayloads = Pick<IntegrationEvents, Of<typeof OpportunityEvents>>;
export type ActivityEventPayloads = Pick<IntegrationEvents, Of<typeof ActivityEvents>>;
/** The rest only feed the audit trail, which reads `changes`. */
export type PipelineEventPayloads = ChangesOnly<typeof PipelineEvents>;
export type AdvisorEventPayloads = ChangesOnly<typeof AdvisorEvents>;
export type ChannelEventPayloads = ChangesOnly<typeof ChannelEvents>;
