import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import type { IntegrationEvents } from '@leadline/integration-events';
import {
  Clock, NotFoundError, Queues, retryOnStaleVersion, SubscribesTo, UnitOfWork, type CommandContext, type DeliveredEvent,
  type DomainEventSubscriber,
} from '@leadline/shared-kernel';
import {
  ActivityEvents, OPPORTUNITY_REPOSITORY, OpportunityEvents, PIPELINE_REPOSITORY, SCORING_MODEL_REPOSITORY, scoreLead, type LeadScore,
  type OpportunityRepository, type PipelineRepository, type ScoringModelRepository,
} from '../../domain/index.js';
import { GetLeadContextQuery } from '../queries/lead-context/lead-context.js';
import { forEventOpportunity } from '../system-context.js';

/** Computes the opportunity's lead score from its current inputs and keeps it (contract §12). */
export class RescoreOpportunityCommand extends Command<LeadScore> {
  constructor(readonly context: CommandContext, readonly opportunityId: string) {
    super();
  }
}

/**
 * Load, read the context, score, save: in one transaction, retried on a stale version like every
 * write without If-Match, so a stage move and a rescoring at once both land (the last one to commit
 * scored the other's result).
 */
@CommandHandler(RescoreOpportunityCommand)
export class RescoreOpportunityHandler implements ICommandHandler<RescoreOpportunityCommand> {
  constructor(
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    @Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository,
    @Inject(SCORING_MODEL_REPOSITORY) private readonly models: ScoringModelRepository,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute({ context, opportunityId }: RescoreOpportunityCommand): Promise<LeadScore> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const opportunity = await this.opportunities.find(context.tenantId, opportunityId);
      if (!opportunity) throw new NotFoundError('opportunity', opportunityId);
      const state = opportunity.snapshot;
      const pipeline = await this.pipelines.find(context.tenantId, state.pipelineId, 'share');
      if (!pipeline) throw new NotFoundError('pipeline', state.pipelineId);
      const model = await this.models.find(context.tenantId);
      const lead = await this.queries.execute(new GetLeadContextQuery(context.tenantId, opportunityId));
      const multiplier = pipeline.stage(state.stage.currentStage)?.scoreMultiplier ?? 1;
      const score = scoreLead(model, lead, state.opportunityScore, multiplier, this.clock.now());
      if (opportunity.rescore(score, score.computedAt)) await this.opportunities.save(opportunity, context);
      return opportunity.snapshot.leadScore!;
    }));
  }
}

/**
 * The facts that change a score's inputs: a new lead, an edit (opportunity_score…), a stage move, a
 * call attempt, and any activity of the opportunity (its last activity moves; a meeting created is
 * `meeting_booked`, one cancelled or deleted no longer is). A booked meeting is rescored through its
 * `activity.created`, recorded in the same transaction as `activity.meeting_booked`: listening to
 * both would score the same facts twice.
 */
export const RESCORE_AFTER = [
  OpportunityEvents.created,
  OpportunityEvents.updated,
  OpportunityEvents.stageChanged,
  OpportunityEvents.callAttemptRegistered,
  ActivityEvents.created,
  ActivityEvents.updated,
  ActivityEvents.deleted,
] as const satisfies readonly (keyof IntegrationEvents)[];

@Injectable()
@SubscribesTo({ name: 'crm.lead-scoring', events: [...RESCORE_AFTER], queue: Queues.domainEvents })
export class LeadScoring implements DomainEventSubscriber {
  constructor(private readonly commands: CommandBus) {}

  handle(event: DeliveredEvent): Promise<void> {
    return forEventOpportunity(event, 'lead scoring', (context, id) => this.commands.execute(new RescoreOpportunityCommand(context, id)));
  }
}
