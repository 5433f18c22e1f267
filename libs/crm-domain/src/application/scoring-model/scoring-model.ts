import { Inject } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { checkScoringModel, SCORING_MODEL_REPOSITORY, type ScoringModel, type ScoringModelRepository } from '../../domain/index.js';
import { StartScoreRecomputeCommand } from '../recompute-lead-scores/recompute-lead-scores.js';

export class GetScoringModelQuery extends Query<ScoringModel> {
  constructor(readonly tenantId: string) {
    super();
  }
}

@QueryHandler(GetScoringModelQuery)
export class GetScoringModelHandler implements IQueryHandler<GetScoringModelQuery> {
  constructor(@Inject(SCORING_MODEL_REPOSITORY) private readonly models: ScoringModelRepository) {}

  execute({ tenantId }: GetScoringModelQuery): Promise<ScoringModel> {
    return this.models.find(tenantId);
  }
}

/** Replaces the tenant's scoring model (the next version) and starts recomputing every lead with it. */
export class ReplaceScoringModelCommand extends Command<ScoringModel> {
  constructor(readonly context: CommandContext, readonly model: Omit<ScoringModel, 'version'>) {
    super();
  }
}

@CommandHandler(ReplaceScoringModelCommand)
export class ReplaceScoringModelHandler implements ICommandHandler<ReplaceScoringModelCommand> {
  constructor(
    @Inject(SCORING_MODEL_REPOSITORY) private readonly models: ScoringModelRepository,
    private readonly commands: CommandBus,
    private readonly uow: UnitOfWork,
  ) {}

  /** The new version and the recompute that applies it commit together (the recompute joins this transaction). */
  execute({ context, model }: ReplaceScoringModelCommand): Promise<ScoringModel> {
    const checked = checkScoringModel(model);
    return this.uow.run(async () => {
      const stored = await this.models.replace(context.tenantId, checked);
      await this.commands.execute(new StartScoreRecomputeCommand(context));
      return stored;
    });
  }
}
