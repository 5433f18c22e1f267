import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  OPPORTUNITY_REPOSITORY, type Opportunity, type OpportunityChanges, type OpportunityRepository,
} from '../../domain/index.js';

export class UpdateOpportunityCommand extends Command<Opportunity> {
  constructor(
    readonly context: CommandContext,
    readonly opportunityId: string,
    readonly changes: OpportunityChanges,
    /** From If-Match: when given, a newer stored version is a 409 rather than a silent retry. */
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(UpdateOpportunityCommand)
export class UpdateOpportunityHandler implements ICommandHandler<UpdateOpportunityCommand> {
  constructor(
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute({ context, opportunityId, changes, expectedVersion }: UpdateOpportunityCommand): Promise<Opportunity> {
    const attempt = () => this.uow.run(async () => {
      const opportunity = await this.opportunities.find(context.tenantId, opportunityId);
      if (!opportunity) throw new NotFoundError('opportunity', opportunityId);
      opportunity.assertVersion(expectedVersion);
      if (opportunity.update(changes, this.clock.now())) await this.opportunities.save(opportunity, context);
      return opportunity;
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}
