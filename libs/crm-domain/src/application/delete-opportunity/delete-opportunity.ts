import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { OPPORTUNITY_REPOSITORY, type OpportunityRepository } from '../../domain/index.js';

export class DeleteOpportunityCommand extends Command<void> {
  constructor(
    readonly context: CommandContext,
    readonly opportunityId: string,
  ) {
    super();
  }
}

/** Deletes the opportunity; its pipeline stage and stage history go with it. */
@CommandHandler(DeleteOpportunityCommand)
export class DeleteOpportunityHandler implements ICommandHandler<DeleteOpportunityCommand> {
  constructor(
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, opportunityId }: DeleteOpportunityCommand): Promise<void> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const opportunity = await this.opportunities.find(context.tenantId, opportunityId);
      if (!opportunity) throw new NotFoundError('opportunity', opportunityId);
      opportunity.delete();
      await this.opportunities.delete(opportunity, context);
    }));
  }
}
