import { DomainError } from '@leadline/shared-kernel/domain';

export const CampaignErrorCodes = {
  campaignDuplicate: 'campaign.duplicate',
  channelUnknown: 'campaign.channel_unknown',
  invalidStatusTransition: 'campaign.invalid_status_transition',
  campaignHasMembers: 'campaign.has_members',
  memberDuplicate: 'campaign_member.duplicate',
  memberContactUnknown: 'campaign_member.contact_unknown',
  memberAdvisorUnknown: 'campaign_member.advisor_unknown',
} as const;
export type CampaignErrorCode = (typeof CampaignErrorCodes)[keyof typeof CampaignErrorCodes];

export class CampaignError extends DomainError<CampaignErrorCode> {}

export class CampaignDuplicateError extends CampaignError {
  constructor(existingId: string | null) {
    super(CampaignErrorCodes.campaignDuplicate, 'A campaign with this external_id already exists', {
      field: 'external_id',
      existing_id: existingId,
    });
  }
}

export class MemberDuplicateError extends CampaignError {
  constructor(existingId: string | null) {
    super(CampaignErrorCodes.memberDuplicate, 'The contact is already a member of this campaign', {
      field: 'contact_id',
      existing_id: existingId,
    });
  }
}

export function channelUnknown(channelId: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.channelUnknown, `Channel ${channelId} does not exist`, { channel_id: channelId });
}

export function memberContactUnknown(contactId: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.memberContactUnknown, `Contact ${contactId} does not exist`, { contact_id: contactId });
}

export function memberAdvisorUnknown(advisorId: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.memberAdvisorUnknown, `Advisor ${advisorId} does not exist`, { advisor_id: advisorId });
}
