import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  OPPORTUNITY_REPOSITORY, PIPELINE_REPOSITORY, type Opportunity, type OpportunityRepository, type PipelineRepository, type StageMoveMode,
} from '../../domain/index.js';

export class MoveOpportunityStageCommand extends Command<Opportunity> {
  constructor(
    readonly context: CommandContext,
    readonly opportunityId: string,
    readonly stage: string,
    readonly reason: string | null,
    /** Where the move came from, kept in the stage history: `api`, `manychat`, … */
    readonly source: string,
    readonly expectedVersion?: number,
    /** `forward_open`: only into an open stage after the current one, else 422 `opportunity.stage_not_forward` (an AI call's move). */
    readonly mode: StageMoveMode = 'any',
  ) {
    super();
  }
}

@CommandHandler(MoveOpportunityStageCommand)
export class MoveOpportunityStageHandler implements ICommandHandler<MoveOpportunityStageCommand> {
  constructor(
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    @Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(command: MoveOpportunityStageCommand): Promise<Opportunity> {
    const { context, opportunityId, stage, reason, source, expectedVersion, mode } = command;
    const attempt = () => this.uow.run(async () => {
      const opportunity = await this.opportunities.find(context.tenantId, opportunityId);
      if (!opportunity) throw new NotFoundError('opportunity', opportunityId);
      opportunity.assertVersion(expectedVersion);
      const pipeline = await this.pipelines.find(context.tenantId, opportunity.snapshot.pipelineId, 'share');
      if (!pipeline) throw new NotFoundError('pipeline', opportunity.snapshot.pipelineId);
      if (opportunity.moveTo(pipeline, stage, source, reason, this.clock.now(), mode)) await this.opportunities.save(opportunity, context);
      return opportunity;
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}
