import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Page, type PageRequest } from '@leadline/shared-kernel';
import {
  CAMPAIGN_MEMBER_REPOSITORY, CAMPAIGN_REPOSITORY, type Campaign, type CampaignFilter, type CampaignMember,
  type CampaignMemberRepository, type CampaignRepository,
} from '../../domain/index.js';

export class GetCampaignQuery extends Query<Campaign> {
  constructor(readonly tenantId: string, readonly campaignId: string) {
    super();
  }
}

export class ListCampaignsQuery extends Query<Page<Campaign>> {
  constructor(readonly tenantId: string, readonly filter: CampaignFilter, readonly page: PageRequest) {
    super();
  }
}

export class ListCampaignMembersQuery extends Query<Page<CampaignMember>> {
  constructor(readonly tenantId: string, readonly campaignId: string, readonly page: PageRequest) {
    super();
  }
}

@QueryHandler(GetCampaignQuery)
export class GetCampaignHandler implements IQueryHandler<GetCampaignQuery> {
  constructor(@Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository) {}

  async execute({ tenantId, campaignId }: GetCampaignQuery): Promise<Campaign> {
    const campaign = await this.campaigns.find(tenantId, campaignId);
    if (!campaign) throw new NotFoundError('campaign', campaignId);
    return campaign;
  }
}

@QueryHandler(ListCampaignsQuery)
export class ListCampaignsHandler implements IQueryHandler<ListCampaignsQuery> {
  constructor(@Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository) {}

  execute({ tenantId, filter, page }: ListCampaignsQuery): Promise<Page<Campaign>> {
    return this.campaigns.list(tenantId, filter, page);
  }
}

@QueryHandler(ListCampaignMembersQuery)
export class ListCampaignMembersHandler implements IQueryHandler<ListCampaignMembersQuery> {
  constructor(
    @Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository,
    @Inject(CAMPAIGN_MEMBER_REPOSITORY) private readonly members: CampaignMemberRepository,
  ) {}

  /** An unknown (or foreign) campaign is a 404, not an empty list. */
  async execute({ tenantId, campaignId, page }: ListCampaignMembersQuery): Promise<Page<CampaignMember>> {
    if (!(await this.campaigns.find(tenantId, campaignId))) throw new NotFoundError('campaign', campaignId);
    return this.members.list(tenantId, campaignId, page);
  }
}
