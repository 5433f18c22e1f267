import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { GetOpportunityQuery, ListIdleOpportunitiesQuery, type OpportunityView } from '@leadline/crm-domain';
import type { IntegrationEventName, OpportunityScoreChanged, OpportunityStageChanged } from '@leadline/integration-events';
import {
  Clock, DomainError, HandlesJob, JobScheduler, Queues, SubscribesTo, type CommandContext, type DeliveredEvent, type DomainEventSubscriber,
  type JobHandler,
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
 * in the `lead_score` ones. Past transitions are not replayed when a campaign is activated: a
 * campaign armed after the change happened (its event delivered late) leaves it alone. A
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
    const candidates = await this.store.triggered(event.tenantId, 'stage_change', event.occurredAt);
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
    const candidates = await this.store.triggered(event.tenantId, 'lead_score', event.occurredAt);
    const { from, to } = event.payload;
    return candidates
      .filter(({ trigger_condition }) => {
        const condition = (trigger_condition ?? {}) as LeadScoreCondition;
        return within(to, condition) && !within(from, condition);
      })
      .map(({ id }) => id);
  }
}

const MINUTE_MS = 60_000;
/** Leads enrolled per campaign per sweep: a backlog of idle leads drains over a few minutes instead of one long transaction. */
const SWEEP_BATCH = 500;

/**
 * The `inactivity` trigger (contract §10): every minute, each active inactivity campaign enrolls
 * the open opportunities (in its stages, if given) idle for its `hours`, read from the stage
 * visits' last activity. Leads it already enrolled are left to its re-entry rule; each apply is its
 * own transaction, so one refusal does not undo the others. Scheduled as a row per minute, like
 * retention, so one worker runs each sweep.
 */
@Injectable()
@HandlesJob({ queue: Queues.background, name: 'campaigns.inactivity-sweep', attempts: 3, backoffMs: 10_000, leaseMs: 5 * MINUTE_MS })
export class InactivitySweepJob implements JobHandler, OnApplicationBootstrap {
  constructor(
    private readonly store: CampaignEngineStore,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.scheduleAt(new Date(this.clock.now().getTime() + MINUTE_MS));
  }

  async run(): Promise<void> {
    await this.sweep();
    await this.scheduleAt(new Date(this.clock.now().getTime() + MINUTE_MS));
  }

  /** One pass over every tenant's inactivity campaigns; answers how many leads it enrolled. */
  async sweep(): Promise<number> {
    let enrolled = 0;
    for (const campaign of await this.store.inactivityCampaigns()) {
      const { hours, stages, pipeline_id: pipelineId } = campaign.trigger_condition;
      const idle: Array<{ id: string }> = await this.queries.execute(new ListIdleOpportunitiesQuery(campaign.tenant_id, {
        idleSince: new Date(this.clock.now().getTime() - hours * 60 * MINUTE_MS), stages, pipelineId, limit: SWEEP_BATCH,
      }));
      const known = await this.store.enrolledAmong(campaign.tenant_id, campaign.id, idle.map((lead) => lead.id));
      const context: CommandContext = { tenantId: campaign.tenant_id, actor: { type: 'system', id: null, name: 'campaign trigger' }, requestId: null };
      for (const lead of idle.filter((candidate) => !known.has(candidate.id))) {
        try {
          await this.commands.execute(new ApplyCampaignCommand(context, campaign.id, lead.id));
          enrolled++;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
        }
      }
    }
    return enrolled;
  }

  private scheduleAt(dueAt: Date): Promise<boolean> {
    return this.scheduler.schedule(InactivitySweepJob, {}, { tenantId: null, dueAt, key: `minute:${dueAt.toISOString().slice(0, 16)}` });
  }
}
