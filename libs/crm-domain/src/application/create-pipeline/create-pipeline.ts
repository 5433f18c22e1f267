import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  Pipeline, PIPELINE_REPOSITORY, type PipelineDefinition, type PipelineRepository, type PipelineTemplate,
} from '../../domain/index.js';

export type PipelineSource = { name: string; template: PipelineTemplate } | PipelineDefinition;

export class CreatePipelineCommand extends Command<Pipeline> {
  /** `isDefault` is set only by tenant creation: a tenant has exactly one default pipeline. */
  constructor(
    readonly context: CommandContext,
    readonly source: PipelineSource,
    readonly isDefault = false,
  ) {
    super();
  }
}

@CommandHandler(CreatePipelineCommand)
export class CreatePipelineHandler implements ICommandHandler<CreatePipelineCommand> {
  constructor(
    @Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, source, isDefault }: CreatePipelineCommand): Promise<Pipeline> {
    const pipeline = 'template' in source
      ? Pipeline.fromTemplate(context.tenantId, source.name, source.template, isDefault)
      : Pipeline.create(context.tenantId, source, isDefault);
    await this.uow.run(() => this.pipelines.add(pipeline, context));
    return pipeline;
  }
}
