import type { CommandContext, Page, PageRequest } from '@leadline/shared-kernel/domain';
import type { Campaign, CampaignStatus } from './campaign.js';
import type { CampaignMember } from './campaign-member.js';

export interface CampaignFilter {
  status?: CampaignStatus;
  channelId?: string;
  externalId?: string;
  autoCreated?: boolean;
}

export interface CampaignRepository {
  find(tenantId: string, id: string): Promise<Campaign | null>;
  findByExternalId(tenantId: string, externalId: string): Promise<Campaign | null>;
  list(tenantId: string, filter: CampaignFilter, page: PageRequest): Promise<Page<Campaign>>;
  /** Throws CampaignDuplicateError (external_id taken) or the channel-unknown error (the foreign key). */
  add(campaign: Campaign, context: CommandContext): Promise<void>;
  save(campaign: Campaign, context: CommandContext): Promise<void>;
  /** Refuses (campaign.has_members) while the campaign has members. */
  delete(campaign: Campaign, context: CommandContext): Promise<void>;
}
export const CAMPAIGN_REPOSITORY = Symbol('CampaignRepository');

export interface CampaignMemberRepository {
  find(tenantId: string, campaignId: string, contactId: string): Promise<CampaignMember | null>;
  /** The contact's membership with the latest assignment, whatever the campaign. */
  findLatestForContact(tenantId: string, contactId: string): Promise<CampaignMember | null>;
  list(tenantId: string, campaignId: string, page: PageRequest): Promise<Page<CampaignMember>>;
  /** Throws MemberDuplicateError when the contact already is a member of the campaign. */
  add(member: CampaignMember, context: CommandContext): Promise<void>;
  save(member: CampaignMember, context: CommandContext): Promise<void>;
  delete(member: CampaignMember, context: CommandContext): Promise<void>;
}
export const CAMPAIGN_MEMBER_REPOSITORY = Symbol('CampaignMemberRepository');
