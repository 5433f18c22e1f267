import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ListStageEntrantsQuery, type StageEntrant } from '@leadline/crm-domain';
import {
  Clock, DomainError, HandlesJob, JobScheduler, Queues, type CommandContext, type JobHandler,
} from '@leadline/shared-kernel';
import { CampaignEngineStore } from '../../infrastructure/engine.persistence.js';
import { ApplyCampaignCommand } from '../apply-campaign/apply-campaign.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** How far back a sweep looks: a day of missed transitions (the outbox keeps score events RETENTION_DAYS, at least one). */
export const CATCH_UP_LOOKBACK_MS = 24 * HOUR_MS;
/** Transitions younger than this are the event-driven path's, still on their way (it enrolls within a second). */
export const CATCH_UP_GRACE_MS = 5 * MINUTE_MS;
/** Transitions read per statement. */
const BATCH = 500;

export interface CaughtUp {
  readonly tenantId: string;
  readonly campaignId: string;
  readonly opportunityId: string;
}

/** An opportunity and when it met the trigger. */
interface Transition {
  readonly id: string;
  readonly at: Date;
}

/** The missed transitions of one read, and where the next read starts (null: that was the last). */
interface Page {
  readonly missed: readonly Transition[];
  readonly last: Transition | null;
}

interface TriggerCampaign {
  readonly tenant_id: string;
  readonly id: string;
  readonly trigger: 'stage_change' | 'lead_score';
  readonly trigger_condition: Record<string, unknown> | null;
  readonly reentry: 'never' | 'after_exit';
  readonly trigger_armed_at: Date;
}

/**
 * Seed 004's hourly `check_trigger_campaigns`, as a catch-up (contract §10): `stage_change` and
 * `lead_score` campaigns enroll from events within a second, and this sweep finds what they should
 * have enrolled and did not — a delivery that was dead-lettered, a race nobody foresaw. For every
 * active campaign with such a trigger it reads the transitions of the last day since the campaign
 * was armed (stage entries from the current stage visits; score crossings from the outbox's
 * `opportunity.score_changed`), keeps the opportunities that still meet the trigger and have no
 * enrollment an apply would answer instead (re-entry), and enrolls them through
 * `ApplyCampaignCommand`, each in its own transaction. In a healthy system it finds nothing.
 * Scheduled as a row per hour by the worker only, like the inactivity sweep.
 */
@Injectable()
@HandlesJob({ queue: Queues.background, name: 'campaigns.trigger-catch-up', attempts: 3, backoffMs: 60_000, leaseMs: 30 * MINUTE_MS })
export class TriggerCatchUpJob implements JobHandler, OnApplicationBootstrap {
  constructor(
    private readonly store: CampaignEngineStore,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.scheduleAt(new Date(this.clock.now().getTime() + HOUR_MS));
  }

  async run(): Promise<void> {
    await this.sweep();
    await this.scheduleAt(new Date(this.clock.now().getTime() + HOUR_MS));
  }

  /** One pass over every tenant's trigger campaigns, for transitions before `until`; answers the enrollments it made. */
  async sweep(until = new Date(this.clock.now().getTime() - CATCH_UP_GRACE_MS)): Promise<CaughtUp[]> {
    const enrolled: CaughtUp[] = [];
    const lookback = new Date(until.getTime() - CATCH_UP_LOOKBACK_MS);
    for (const campaign of await this.store.armedTriggerCampaigns()) {
      const since = new Date(Math.max(lookback.getTime(), new Date(campaign.trigger_armed_at).getTime()));
      if (since >= until) continue;
      let after: Transition | null = null;
      for (;;) {
        const read: Page = campaign.trigger === 'stage_change'
          ? await this.stageEntries(campaign, since, until, after)
          : await this.scoreCrossings(campaign, since, until, after);
        for (const missed of read.missed) {
          if (await this.apply(campaign, missed.id)) enrolled.push({ tenantId: campaign.tenant_id, campaignId: campaign.id, opportunityId: missed.id });
        }
        if (read.last === null) break;
        after = read.last;
      }
    }
    return enrolled;
  }

  /** A page of the campaign's stage entries and which of them it missed; `last` is null on the last page. */
  private async stageEntries(campaign: TriggerCampaign, since: Date, until: Date, after: Transition | null): Promise<Page> {
    const condition = (campaign.trigger_condition ?? {}) as { to_stage?: string; from_stage?: string | null; pipeline_id?: string | null };
    if (!condition.to_stage) return { missed: [], last: null };
    const entries: StageEntrant[] = await this.queries.execute(new ListStageEntrantsQuery(campaign.tenant_id, {
      toStage: condition.to_stage, fromStage: condition.from_stage, pipelineId: condition.pipeline_id, since, until,
      after: after && { enteredAt: after.at, id: after.id }, limit: BATCH,
    }));
    const missed = await this.store.missedAmong(campaign.tenant_id, campaign, entries.map((entry) => ({ id: entry.id, at: entry.enteredAt })));
    const tail = entries.at(-1);
    return { missed, last: entries.length === BATCH && tail ? { at: tail.enteredAt, id: tail.id } : null };
  }

  private async scoreCrossings(campaign: TriggerCampaign, since: Date, until: Date, after: Transition | null): Promise<Page> {
    const { min = 0, max = 100 } = (campaign.trigger_condition ?? {}) as { min?: number; max?: number };
    const missed = await this.store.missedScoreCrossings(campaign.tenant_id, campaign, { min, max }, { since, until, after, limit: BATCH });
    const tail = missed.at(-1);
    return { missed, last: missed.length === BATCH && tail ? tail : null };
  }

  /** True when it enrolled the lead; a refusal (closed lead, campaign paused meanwhile) is a rule, not a failure. */
  private async apply(campaign: TriggerCampaign, opportunityId: string): Promise<boolean> {
    const context: CommandContext = { tenantId: campaign.tenant_id, actor: { type: 'system', id: null, name: 'campaign trigger catch-up' }, requestId: null };
    try {
      const { created } = await this.commands.execute(new ApplyCampaignCommand(context, campaign.id, opportunityId));
      return created;
    } catch (error) {
      if (error instanceof DomainError) return false;
      throw error;
    }
  }

  private scheduleAt(dueAt: Date): Promise<boolean> {
    return this.scheduler.schedule(TriggerCatchUpJob, {}, { tenantId: null, dueAt, key: `hour:${dueAt.toISOString().slice(0, 13)}` });
  }
}
