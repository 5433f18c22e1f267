import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Page, type PageRequest } from '@leadline/shared-kernel';
import {
  PIPELINE_REPOSITORY, type Pipeline, type PipelineRepository,
} from '../../domain/index.js';

export class GetPipelineQuery extends Query<Pipeline> {
  constructor(readonly tenantId: string, readonly pipelineId: string) {
    super();
  }
}

export class ListPipelinesQuery extends Query<Page<Pipeline>> {
  constructor(readonly tenantId: string, readonly page: PageRequest) {
    super();
  }
}

@QueryHandler(GetPipelineQuery)
export class GetPipelineHandler implements IQueryHandler<GetPipelineQuery> {
  constructor(@Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository) {}

  async execute({ tenantId, pipelineId }: GetPipelineQuery): Promise<Pipeline> {
    const pipeline = await this.pipelines.find(tenantId, pipelineId);
    if (!pipeline) throw new NotFoundError('pipeline', pipelineId);
    return pipeline;
  }
}

@QueryHandler(ListPipelinesQuery)
export class ListPipelinesHandler implements IQueryHandler<ListPipelinesQuery> {
  constructor(@Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository) {}

  execute({ tenantId, page }: ListPipelinesQuery): Promise<Page<Pipeline>> {
    return this.pipelines.list(tenantId, page);
  }
}
