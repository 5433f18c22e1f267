import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import type { IntegrationEvents } from '@leadline/integration-events';
import {
  Clock, NotFoundError, Queues, retryOnStaleVersion, SubscribesTo, UnitOfWork, type CommandContext, type DeliveredEvent,
  type DomainEventSubscriber,
} from '@leadline/shared-kernel';
import {
  ActivityEvents, OPPORTUNITY_REPOSITORY, OpportunityEvents, PIPELINE_REPOSITORY, type AutoAdvanceOutcome, type OpportunityRepository,
  type PipelineRepository,
} from '../../domain/index.js';
import { GetLeadContextQuery } from '../queries/lead-context/lead-context.js';
import { forEventOpportunity } from '../system-context.js';

/** Evaluates the opportunity's current stage rule (contract §11) and moves it forward when the rule holds. */
export class AutoAdvanceOpportunityCommand extends Command<AutoAdvanceOutcome> {
  constructor(readonly context: CommandContext, readonly opportunityId: string) {
    super();
  }
}

@CommandHandler(AutoAdvanceOpportunityCommand)
export class AutoAdvanceOpportunityHandler implements ICommandHandler<AutoAdvanceOpportunityCommand> {
  constructor(
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    @Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute({ context, opportunityId }: AutoAdvanceOpportunityCommand): Promise<AutoAdvanceOutcome> {
    // The rule reads the context in the transaction that moves: it judges the opportunity as saved.
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const opportunity = await this.opportunities.find(context.tenantId, opportunityId);
      if (!opportunity) throw new NotFoundError('opportunity', opportunityId);
      const pipeline = await this.pipelines.find(context.tenantId, opportunity.snapshot.pipelineId, 'share');
      if (!pipeline) throw new NotFoundError('pipeline', opportunity.snapshot.pipelineId);
      const lead = await this.queries.execute(new GetLeadContextQuery(context.tenantId, opportunityId));
      const outcome = opportunity.autoAdvance(pipeline, lead, this.clock.now());
      if (outcome.moved) await this.opportunities.save(opportunity, context);
      return outcome;
    }));
  }
}

/**
 * The facts after which a lead's stage rule is evaluated by itself (contract §11). Inbound
 * messages are handled by RecordLeadReply; a completed call analysis is ai-agent's announcement.
 */
export const AUTO_ADVANCE_AFTER = [
  OpportunityEvents.callAttemptRegistered,
  OpportunityEvents.scoreChanged,
  ActivityEvents.meetingBooked,
  'call_analysis.completed',
] as const satisfies readonly (keyof IntegrationEvents)[];

@Injectable()
@SubscribesTo({ name: 'crm.auto-advance', events: [...AUTO_ADVANCE_AFTER], queue: Queues.domainEvents })
export class AutoAdvanceOnActivity implements DomainEventSubscriber {
  constructor(private readonly commands: CommandBus) {}

  handle(event: DeliveredEvent): Promise<void> {
    return forEventOpportunity(event, 'auto-advance', (context, id) => this.commands.execute(new AutoAdvanceOpportunityCommand(context, id)));
  }
}
