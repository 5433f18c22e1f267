import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Page, type PageRequest } from '@leadline/shared-kernel';
import {
  OPPORTUNITY_REPOSITORY, type Opportunity, type OpportunityFilter, type OpportunityRepository, type StageChange,
} from '../../domain/index.js';

export class GetOpportunityQuery extends Query<Opportunity> {
  constructor(readonly tenantId: string, readonly opportunityId: string) {
    super();
  }
}

export class ListOpportunitiesQuery extends Query<Page<Opportunity>> {
  constructor(readonly tenantId: string, readonly filter: OpportunityFilter, readonly page: PageRequest) {
    super();
  }
}

export class GetStageHistoryQuery extends Query<StageChange[]> {
  constructor(readonly tenantId: string, readonly opportunityId: string) {
    super();
  }
}

@QueryHandler(GetOpportunityQuery)
export class GetOpportunityHandler implements IQueryHandler<GetOpportunityQuery> {
  constructor(@Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository) {}

  async execute({ tenantId, opportunityId }: GetOpportunityQuery): Promise<Opportunity> {
    const opportunity = await this.opportunities.find(tenantId, opportunityId);
    if (!opportunity) throw new NotFoundError('opportunity', opportunityId);
    return opportunity;
  }
}

@QueryHandler(ListOpportunitiesQuery)
export class ListOpportunitiesHandler implements IQueryHandler<ListOpportunitiesQuery> {
  constructor(@Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository) {}

  execute({ tenantId, filter, page }: ListOpportunitiesQuery): Promise<Page<Opportunity>> {
    return this.opportunities.list(tenantId, filter, page);
  }
}

@QueryHandler(GetStageHistoryQuery)
export class GetStageHistoryHandler implements IQueryHandler<GetStageHistoryQuery> {
  constructor(@Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository) {}

  async execute({ tenantId, opportunityId }: GetStageHistoryQuery): Promise<StageChange[]> {
    if (!(await this.opportunities.find(tenantId, opportunityId))) throw new NotFoundError('opportunity', opportunityId);
    return this.opportunities.stageHistory(tenantId, opportunityId);
  }
}
