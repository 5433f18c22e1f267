import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { GetOpportunityQuery, type OpportunityView } from '@leadline/crm-domain';
import type { IntegrationEventName, OpportunityScoreChanged, OpportunityStageChanged } from '@leadline/integration-events';
import {
  DomainError, Queues, SubscribesTo, type CommandContext, type DeliveredEvent, type DomainEventSubscriber,
} from '@leadline/shared-kernel';
import { CampaignEngineStore } from '../../infrastructure/engine.persistence.js';
import { ApplyCampaignCommand } from '../apply-campaign/apply-campaign.js';

interface StageChangeCondition { to_stage?: string; from_stage?: string | null; pipeline_id?: string | null }
interface LeadScoreCondition { min?: number; max?: number }

const within = (value: number | null | undefined, { min = 0, max = 100 }: LeadScoreCondition) =>
  value !== null && value !== undefined && value >= min && value <= max;

/**
 * Event-driven enrollment (contract §10's triggers): an opportunity entering a stage enrolls it in
 * the active `stage_change` campaigns that name the move; a lead score crossing into `[min, max]`
 * in the `lead_score` ones. Past transitions are not replayed when a campaign is activated. A
 * campaign that refuses the lead (already applied, closed) is a rule, not a failure.
 */
@Injectable()
@SubscribesTo({
  name: 'campaigns.triggers',
  events: ['opportunity.stage_changed', 'opportunity.score_changed'] satisfies IntegrationEventName[],
  queue: Queues.domainEvents,
})
export class EnrollOnTriggers implements DomainEventSubscriber {
  constructor(
    private readonly store: CampaignEngineStore,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  async handle(event: DeliveredEvent): Promise<void> {
    const campaigns = event.type === 'opportunity.stage_changed'
      ? await this.stageCampaigns(event as unknown as DeliveredEvent<OpportunityStageChanged>)
      : await this.scoreCampaigns(event as unknown as DeliveredEvent<OpportunityScoreChanged>);
    const context: CommandContext = { tenantId: event.tenantId, actor: { type: 'system', id: null, name: 'campaign trigger' }, requestId: event.requestId };
    for (const campaignId of campaigns) {
      try {
        await this.commands.execute(new ApplyCampaignCommand(context, campaignId, event.aggregateId));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
  }

  private async stageCampaigns(event: DeliveredEvent<OpportunityStageChanged>): Promise<string[]> {
    const candidates = await this.store.triggered(event.tenantId, 'stage_change');
    if (candidates.length === 0) return [];
    const { from_stage: from, to_stage: to } = event.payload;
    let opportunity: OpportunityView | null = null;
    const matching: string[] = [];
    for (const { id, trigger_condition } of candidates) {
      const condition = (trigger_condition ?? {}) as StageChangeCondition;
      if (condition.to_stage !== to) continue;
      if (condition.from_stage && condition.from_stage !== from) continue;
      if (condition.pipeline_id) {
        opportunity ??= await this.queries.execute(new GetOpportunityQuery(event.tenantId, event.aggregateId));
        if (opportunity!.pipelineId !== condition.pipeline_id) continue;
      }
      matching.push(id);
    }
    return matching;
  }

  private async scoreCampaigns(event: DeliveredEvent<OpportunityScoreChanged>): Promise<string[]> {
    const candidates = await this.store.triggered(event.tenantId, 'lead_score');
    const { from, to } = event.payload;
    return candidates
      .filter(({ trigger_condition }) => {
        const condition = (trigger_condition ?? {}) as LeadScoreCondition;
        return within(to, condition) && !within(from, condition);
      })
      .map(({ id }) => id);
  }
}
