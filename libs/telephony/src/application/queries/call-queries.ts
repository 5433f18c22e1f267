import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Page, type PageRequest } from '@leadline/shared-kernel';
import { CALL_REPOSITORY, type Call, type CallFilter, type CallRepository } from '../../domain/index.js';

export class GetCallQuery extends Query<Call> {
  constructor(readonly tenantId: string, readonly callId: string) {
    super();
  }
}

export class ListCallsQuery extends Query<Page<Call>> {
  constructor(readonly tenantId: string, readonly filter: CallFilter, readonly page: PageRequest) {
    super();
  }
}

@QueryHandler(GetCallQuery)
export class GetCallHandler implements IQueryHandler<GetCallQuery> {
  constructor(@Inject(CALL_REPOSITORY) private readonly calls: CallRepository) {}

  async execute({ tenantId, callId }: GetCallQuery): Promise<Call> {
    const call = await this.calls.find(tenantId, callId);
    if (!call) throw new NotFoundError('call', callId);
    return call;
  }
}

@QueryHandler(ListCallsQuery)
export class ListCallsHandler implements IQueryHandler<ListCallsQuery> {
  constructor(@Inject(CALL_REPOSITORY) private readonly calls: CallRepository) {}

  execute({ tenantId, filter, page }: ListCallsQuery): Promise<Page<Call>> {
    return this.calls.list(tenantId, filter, page);
  }
}
