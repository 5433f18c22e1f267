import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { OPPORTUNITY_REPOSITORY, type OpportunityRepository } from '../../domain/index.js';

/**
 * Merges fields into the opportunity's `qualification` (contract §13): an AI call's
 * `set_qualification` tool and a completed call analysis. Answers the names of the fields that
 * changed (none: nothing was written). The change is an `opportunity.updated`, so the lead is
 * rescored and the audit trail shows it like any edit.
 */
export class MergeQualificationCommand extends Command<string[]> {
  constructor(readonly context: CommandContext, readonly opportunityId: string, readonly fields: Readonly<Record<string, unknown>>) {
    super();
  }
}

@CommandHandler(MergeQualificationCommand)
export class MergeQualificationHandler implements ICommandHandler<MergeQualificationCommand> {
  constructor(
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute({ context, opportunityId, fields }: MergeQualificationCommand): Promise<string[]> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const opportunity = await this.opportunities.find(context.tenantId, opportunityId);
      if (!opportunity) throw new NotFoundError('opportunity', opportunityId);
      const changed = opportunity.mergeQualification(fields, this.clock.now());
      if (changed.length > 0) await this.opportunities.save(opportunity, context);
      return changed;
    }));
  }
}
