import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  OPPORTUNITY_REPOSITORY, PIPELINE_REPOSITORY, type OpportunityRepository, type Pipeline, type PipelineDefinition,
  type PipelineRepository,
} from '../../domain/index.js';

export class RedefinePipelineCommand extends Command<Pipeline> {
  constructor(
    readonly context: CommandContext,
    readonly pipelineId: string,
    readonly changes: Partial<PipelineDefinition>,
  ) {
    super();
  }
}

@CommandHandler(RedefinePipelineCommand)
export class RedefinePipelineHandler implements ICommandHandler<RedefinePipelineCommand> {
  constructor(
    @Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository,
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, pipelineId, changes }: RedefinePipelineCommand): Promise<Pipeline> {
    return retryOnStaleVersion(() =>
      this.uow.run(async () => {
        const pipeline = await this.pipelines.find(context.tenantId, pipelineId, 'update');
        if (!pipeline) throw new NotFoundError('pipeline', pipelineId);
        const inUse = await this.opportunities.stagesInUse(context.tenantId, pipelineId);
        if (pipeline.redefine(changes, inUse)) await this.pipelines.save(pipeline, context);
        return pipeline;
      }),
    );
  }
}
