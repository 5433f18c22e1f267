import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Page, type PageRequest } from '@leadline/shared-kernel';
import { ADVISOR_REPOSITORY, type Advisor, type AdvisorFilter, type AdvisorRepository } from '../../domain/index.js';

export class GetAdvisorQuery extends Query<Advisor> {
  constructor(readonly tenantId: string, readonly advisorId: string) {
    super();
  }
}

export class ListAdvisorsQuery extends Query<Page<Advisor>> {
  constructor(readonly tenantId: string, readonly filter: AdvisorFilter, readonly page: PageRequest) {
    super();
  }
}

@QueryHandler(GetAdvisorQuery)
export class GetAdvisorHandler implements IQueryHandler<GetAdvisorQuery> {
  constructor(@Inject(ADVISOR_REPOSITORY) private readonly advisors: AdvisorRepository) {}

  async execute({ tenantId, advisorId }: GetAdvisorQuery): Promise<Advisor> {
    const advisor = await this.advisors.find(tenantId, advisorId);
    if (!advisor) throw new NotFoundError('advisor', advisorId);
    return advisor;
  }
}

@QueryHandler(ListAdvisorsQuery)
export class ListAdvisorsHandler implements IQueryHandler<ListAdvisorsQuery> {
  constructor(@Inject(ADVISOR_REPOSITORY) private readonly advisors: AdvisorRepository) {}

  execute({ tenantId, filter, page }: ListAdvisorsQuery): Promise<Page<Advisor>> {
    return this.advisors.list(tenantId, filter, page);
  }
}
