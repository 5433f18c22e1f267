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

/** The tenant's default pipeline: the one new opportunities go to when no pipeline is named. */
export class GetDefaultPipelineQuery extends Query<Pipeline> {
  constructor(readonly tenantId: string) {
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

@QueryHandler(GetDefaultPipelineQuery)
export class GetDefaultPipelineHandler implements IQueryHandler<GetDefaultPipelineQuery> {
  constructor(@Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository) {}

  async execute({ tenantId }: GetDefaultPipelineQuery): Promise<Pipeline> {
    const pipeline = await this.pipelines.findDefault(tenantId);
    if (!pipeline) throw new NotFoundError('default pipeline of tenant', tenantId);
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
