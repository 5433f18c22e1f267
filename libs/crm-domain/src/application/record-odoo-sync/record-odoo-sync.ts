import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@leadline/shared-kernel';
import { OPPORTUNITY_REPOSITORY, type OdooSyncOutcome, type OpportunityRepository } from '../../domain/index.js';

/** The Odoo sync reports a step (queued, synced, failed); shown as `odoo` on the opportunity. */
export class RecordOdooSyncCommand extends Command<boolean> {
  constructor(
    readonly tenantId: string,
    readonly opportunityId: string,
    readonly outcome: OdooSyncOutcome,
  ) {
    super();
  }
}

@CommandHandler(RecordOdooSyncCommand)
export class RecordOdooSyncHandler implements ICommandHandler<RecordOdooSyncCommand> {
  constructor(
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
  ) {}

  /** False when the opportunity is gone (deleted meanwhile): there is nothing left to report on. */
  execute({ tenantId, opportunityId, outcome }: RecordOdooSyncCommand): Promise<boolean> {
    return this.uow.run(async () => {
      const opportunity = await this.opportunities.find(tenantId, opportunityId);
      if (!opportunity) return false;
      opportunity.recordOdooSync(outcome);
      await this.opportunities.saveOdooMirror(opportunity);
      return true;
    });
  }
}
