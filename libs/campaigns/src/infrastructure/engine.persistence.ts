import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Outbox, StaleVersionError, TenantTable, violatedConstraint, type CommandContext } from '@leadline/shared-kernel';
import { newId } from '@leadline/shared-kernel/domain';
import { Enrollment, type EnrollmentState, type ExitTrigger, type SendWindow } from '../domain/index.js';

interface EnrollmentRow {
  id: string;
  tenant_id: string;
  campaign_id: string;
  opportunity_id: string;
  contact_id: string;
  status: EnrollmentState['status'];
  current_step_number: number;
  next_step_at: Date | null;
  enrolled_at: Date;
  ended_at: Date | null;
  exit_reason: EnrollmentState['exitReason'];
  rotation: number;
  version: number;
}

export const EnrollmentSchema = new EntitySchema<EnrollmentRow>({
  name: 'CampaignEnrollment',
  tableName: 'campaign_enrollments',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    campaign_id: { type: 'uuid' },
    opportunity_id: { type: 'uuid' },
    contact_id: { type: 'uuid' },
    status: { type: 'text' },
    current_step_number: { type: 'integer' },
    next_step_at: { type: 'Date', nullable: true },
    enrolled_at: { type: 'Date' },
    ended_at: { type: 'Date', nullable: true },
    exit_reason: { type: 'text', nullable: true },
    rotation: { type: 'integer' },
    version: { type: 'integer' },
  },
});

/** Two applies raced to the same lead; the loser reads the winner's enrollment. */
export class EnrollmentRaceLost extends Error {}

export function toEnrollmentState(row: Omit<EnrollmentRow, 'next_step_at' | 'enrolled_at' | 'ended_at'> & {
  next_step_at: Date | string | null; enrolled_at: Date | string; ended_at: Date | string | null;
}): EnrollmentState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    campaignId: row.campaign_id,
    opportunityId: row.opportunity_id,
    contactId: row.contact_id,
    status: row.status,
    currentStepNumber: row.current_step_number,
    nextStepAt: row.next_step_at === null ? null : new Date(row.next_step_at),
    enrolledAt: new Date(row.enrolled_at),
    endedAt: row.ended_at === null ? null : new Date(row.ended_at),
    exitReason: row.exit_reason,
    rotation: row.rotation,
    version: row.version,
  };
}

function toRow(state: EnrollmentState): EnrollmentRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    campaign_id: state.campaignId,
    opportunity_id: state.opportunityId,
    contact_id: state.contactId,
    status: state.status,
    current_step_number: state.currentStepNumber,
    next_step_at: state.nextStepAt,
    enrolled_at: state.enrolledAt,
    ended_at: state.endedAt,
    exit_reason: state.exitReason,
    rotation: state.rotation,
    version: state.version,
  };
}

@Injectable()
export class EnrollmentRepository {
  private readonly table: TenantTable<EnrollmentRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, EnrollmentSchema);
  }

  async find(tenantId: string, id: string): Promise<Enrollment | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? Enrollment.rehydrate(toEnrollmentState(row)) : null;
  }

  /** The lead's newest enrollment in the campaign, active or ended. */
  async latest(tenantId: string, campaignId: string, opportunityId: string): Promise<Enrollment | null> {
    const [row] = await this.table.find(tenantId, { campaign_id: campaignId, opportunity_id: opportunityId }, { orderBy: { rotation: 'desc' }, limit: 1 });
    return row ? Enrollment.rehydrate(toEnrollmentState(row)) : null;
  }

  async active(tenantId: string, where: { opportunityId?: string; contactId?: string; campaignId?: string }): Promise<Enrollment[]> {
    const rows = await this.table.find(tenantId, {
      status: 'active',
      ...(where.opportunityId ? { opportunity_id: where.opportunityId } : {}),
      ...(where.contactId ? { contact_id: where.contactId } : {}),
      ...(where.campaignId ? { campaign_id: where.campaignId } : {}),
    });
    return rows.map((row) => Enrollment.rehydrate(toEnrollmentState(row)));
  }

  async add(enrollment: Enrollment, context: CommandContext): Promise<void> {
    try {
      await this.table.insert(enrollment.snapshot.tenantId, toRow(enrollment.snapshot));
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'uq_campaign_enrollments_active' || constraint === 'uq_campaign_enrollments_rotation') throw new EnrollmentRaceLost();
      throw error;
    }
    await this.outbox.append(context, enrollment.pullEvents());
  }

  async save(enrollment: Enrollment, context: CommandContext): Promise<void> {
    const state = enrollment.snapshot;
    const updated = await this.table.update(state.tenantId, { id: state.id, version: enrollment.persistedVersion }, toRow(state));
    if (updated === 0) throw new StaleVersionError('enrollment', state.id);
    await this.outbox.append(context, enrollment.pullEvents());
  }
}

/**
 * `<id>` met the campaign's trigger at `<at>` and has no enrollment that an apply would answer
 * instead of enrolling: none since then, none active, none at all under `reentry: never`. Takes the
 * tenant, the campaign and its re-entry policy as values.
 */
const NOT_ENROLLED_SINCE = (id: string, at: string) => `not exists (
  select 1 from campaign_enrollments ce where ce.tenant_id = ? and ce.campaign_id = ? and ce.opportunity_id = ${id}
     and (ce.enrolled_at >= ${at} or ce.status = 'active' or ?::text = 'never'))`;

/** What the engine needs of a campaign to run its steps. */
export interface CampaignPlan {
  readonly id: string;
  readonly name: string;
  readonly status: 'draft' | 'active' | 'paused' | 'completed';
  readonly channel: string | null;
  readonly reentry: 'never' | 'after_exit';
  readonly exitOn: readonly ExitTrigger[];
  readonly sendWindow: SendWindow | null;
  readonly steps: readonly PlannedStep[];
}

export interface PlannedStep {
  readonly id: string;
  readonly stepNumber: number;
  readonly action: 'send_message' | 'make_call' | 'schedule_meeting' | 'update_stage';
  readonly channel: string | null;
  readonly delayHours: number;
  readonly templateId: string | null;
  readonly conditions: object | null;
  readonly stage: string | null;
  readonly agentType: string | null;
  readonly meeting: { title: string; duration_minutes: number; due_in_hours?: number } | null;
}

export interface StepLogRow {
  readonly id: string;
  readonly tenant_id: string;
  readonly campaign_id: string;
  readonly enrollment_id: string;
  readonly opportunity_id: string;
  readonly contact_id: string;
  readonly step_id: string;
  readonly step_number: number;
  readonly action: PlannedStep['action'];
  readonly channel: string | null;
  readonly status: 'pending' | 'sent' | 'failed' | 'skipped';
  readonly reason: string | null;
  readonly due_at: Date;
}

export interface LockedStep {
  readonly log: StepLogRow;
  readonly enrollment: EnrollmentState | null;
  /** Null when the campaign is gone. */
  readonly campaignVersion: number | null;
  /** The tenant_settings row's columns (null: no row, the defaults). */
  readonly settings: { readonly timezone: string | null; readonly max_messages_per_lead_per_day: number | null };
}

/** Plans by tenant and campaign, with the version they were read at; bounded, oldest entry out first. */
const PLANS = new Map<string, { version: number; plan: CampaignPlan }>();
const PLAN_CACHE_SIZE = 1000;

/**
 * Each step's counters are spread over this many rows (by the log's id), so that concurrent steps
 * of one campaign step do not queue on one row's lock until they commit; statistics add them up.
 */
export const COUNTER_SHARDS = 8;

export type StepOutcome =
  | { readonly status: 'sent'; readonly messageId?: string | null; readonly activityId?: string | null; readonly callId?: string | null;
      readonly templateId?: string | null; readonly templateVersion?: number | null; readonly response?: object | null }
  | { readonly status: 'failed' | 'skipped'; readonly reason: string; readonly response?: object | null };

/**
 * The step log (one row per step of an enrollment, unique, so a step is logged and run once) and
 * the per-step counters the statistics read. Every statement names the tenant.
 */
@Injectable()
export class CampaignEngineStore {
  constructor(private readonly em: EntityManager) {}

  /**
   * The campaign as the engine runs it. With `version` (read in the statement that locked the step),
   * a plan already read at that version is answered from memory: every change of a campaign or its
   * steps bumps the version (`Campaign.update`, `changeSteps`), so a cached plan is exactly the
   * stored campaign of that version, and an edit is seen by the next step that reads the new version.
   */
  async plan(tenantId: string, campaignId: string, version?: number): Promise<CampaignPlan | null> {
    const key = `${tenantId}:${campaignId}`;
    const cached = PLANS.get(key);
    if (version !== undefined && cached?.version === version) return cached.plan;
    const [campaign] = await this.sql().execute<Array<{
      id: string; name: string; status: CampaignPlan['status']; channel: string | null; reentry: CampaignPlan['reentry'];
      exit_on: ExitTrigger[]; send_window: SendWindow | null; version: number;
    }>>(`select id, name, status, channel, reentry, exit_on, send_window, version from campaigns where tenant_id = ? and id = ?`, [tenantId, campaignId]);
    if (!campaign) return null;
    const steps = await this.sql().execute<Array<{
      id: string; step_number: number; action: PlannedStep['action']; channel: string | null; delay_hours: string | number;
      template_id: string | null; conditions: object | null; stage: string | null; agent_type: string | null; meeting: PlannedStep['meeting'];
    }>>(`select id, step_number, action, channel, delay_hours, template_id, conditions, stage, agent_type, meeting
           from campaign_steps where tenant_id = ? and campaign_id = ? order by step_number`, [tenantId, campaignId]);
    const plan: CampaignPlan = {
      id: campaign.id, name: campaign.name, status: campaign.status, channel: campaign.channel, reentry: campaign.reentry, exitOn: campaign.exit_on,
      sendWindow: campaign.send_window,
      steps: steps.map((step) => ({
        id: step.id, stepNumber: step.step_number, action: step.action, channel: step.channel, delayHours: Number(step.delay_hours),
        templateId: step.template_id, conditions: step.conditions, stage: step.stage, agentType: step.agent_type, meeting: step.meeting,
      })),
    };
    // The steps are read after the row: a change committed in between makes them newer than `version`, never older,
    // and the steps that read the newer version miss this entry and read again.
    if (PLANS.size >= PLAN_CACHE_SIZE && !PLANS.has(key)) PLANS.delete(PLANS.keys().next().value!);
    PLANS.set(key, { version: campaign.version, plan });
    return plan;
  }

  /**
   * The step's log row, locked for the transaction that runs it, with what running it needs of
   * other rows in the same statement: its enrollment, its campaign's version (the plan cache's key)
   * and the tenant's settings row (time zone and daily cap; platform's `tenantSettingsOf` reads it).
   */
  async lockStep(tenantId: string, logId: string): Promise<LockedStep | null> {
    const [row] = await this.sql().execute<Array<StepLogRow & {
      e_id: string | null; e_status: EnrollmentState['status']; e_current_step_number: number; e_next_step_at: Date | string | null;
      e_enrolled_at: Date | string; e_ended_at: Date | string | null; e_exit_reason: EnrollmentState['exitReason']; e_rotation: number; e_version: number;
      campaign_version: number | null; settings_timezone: string | null; settings_cap: number | null;
    }>>(
      `select l.id, l.tenant_id, l.campaign_id, l.enrollment_id, l.opportunity_id, l.contact_id, l.step_id, l.step_number, l.action, l.channel,
              l.status, l.reason, l.due_at,
              e.id as e_id, e.status as e_status, e.current_step_number as e_current_step_number, e.next_step_at as e_next_step_at,
              e.enrolled_at as e_enrolled_at, e.ended_at as e_ended_at, e.exit_reason as e_exit_reason, e.rotation as e_rotation, e.version as e_version,
              c.version as campaign_version, ts.timezone as settings_timezone, ts.max_messages_per_lead_per_day as settings_cap
         from campaign_logs l
         left join campaign_enrollments e on e.id = l.enrollment_id and e.tenant_id = l.tenant_id
         left join campaigns c on c.id = l.campaign_id and c.tenant_id = l.tenant_id
         left join tenant_settings ts on ts.tenant_id = l.tenant_id
        where l.tenant_id = ? and l.id = ? for update of l`, [tenantId, logId]);
    if (!row) return null;
    const log: StepLogRow = {
      id: row.id, tenant_id: row.tenant_id, campaign_id: row.campaign_id, enrollment_id: row.enrollment_id, opportunity_id: row.opportunity_id,
      contact_id: row.contact_id, step_id: row.step_id, step_number: row.step_number, action: row.action, channel: row.channel,
      status: row.status, reason: row.reason, due_at: row.due_at,
    };
    const enrollment = row.e_id === null ? null : toEnrollmentState({
      id: row.e_id, tenant_id: row.tenant_id, campaign_id: row.campaign_id, opportunity_id: row.opportunity_id, contact_id: row.contact_id,
      status: row.e_status, current_step_number: row.e_current_step_number, next_step_at: row.e_next_step_at, enrolled_at: row.e_enrolled_at,
      ended_at: row.e_ended_at, exit_reason: row.e_exit_reason, rotation: row.e_rotation, version: row.e_version,
    });
    return {
      log, enrollment, campaignVersion: row.campaign_version,
      settings: { timezone: row.settings_timezone, max_messages_per_lead_per_day: row.settings_cap },
    };
  }

  /**
   * The tenant's active campaigns with this trigger, and their conditions, that were armed (active
   * with this trigger) when `at` happened: a transition from before the activation is not theirs.
   */
  triggered(tenantId: string, trigger: 'lead_score' | 'stage_change' | 'inactivity', at: Date): Promise<Array<{ id: string; trigger_condition: Record<string, unknown> | null }>> {
    return this.sql().execute(
      `select id, trigger_condition from campaigns where tenant_id = ? and trigger = ? and status = 'active'
          and (trigger_armed_at is null or trigger_armed_at <= ?) order by id`, [tenantId, trigger, at]);
  }

  /** Every tenant's active `inactivity` campaigns: the trigger sweep serves all tenants. */
  inactivityCampaigns(): Promise<Array<{ tenant_id: string; id: string; trigger_condition: { hours: number; stages?: string[]; pipeline_id?: string } }>> {
    return this.sql().execute(`select tenant_id, id, trigger_condition from campaigns
      where trigger = 'inactivity' and status = 'active' and trigger_condition is not null order by tenant_id, id`);
  }

  /** Every tenant's active `stage_change` and `lead_score` campaigns, with the moment each was armed: the catch-up sweep serves all tenants. */
  armedTriggerCampaigns(): Promise<Array<{
    tenant_id: string; id: string; trigger: 'stage_change' | 'lead_score'; trigger_condition: Record<string, unknown> | null;
    reentry: CampaignPlan['reentry']; trigger_armed_at: Date;
  }>> {
    return this.sql().execute(`select tenant_id, id, trigger, trigger_condition, reentry, trigger_armed_at from campaigns
      where trigger in ('stage_change', 'lead_score') and status = 'active' and trigger_armed_at is not null order by tenant_id, id`);
  }

  /**
   * Of these transitions (an opportunity and when it met the trigger), the ones the campaign should
   * have enrolled and did not: no enrollment since the transition, none active, and, for
   * `reentry: never`, none at all — what an apply would turn into a new enrollment.
   */
  async missedAmong(tenantId: string, campaign: { id: string; reentry: CampaignPlan['reentry'] }, entries: ReadonlyArray<{ id: string; at: Date }>): Promise<Array<{ id: string; at: Date }>> {
    if (entries.length === 0) return [];
    const rows = await this.sql().execute<Array<{ id: string; at: Date | string }>>(
      `select e.id, e.at from jsonb_to_recordset(?::jsonb) as e(id uuid, at timestamptz)
        where ${NOT_ENROLLED_SINCE('e.id', 'e.at')} order by e.at, e.id`,
      [JSON.stringify(entries.map((entry) => ({ id: entry.id, at: entry.at.toISOString() }))), tenantId, campaign.id, campaign.reentry]);
    return rows.map((row) => ({ id: row.id, at: new Date(row.at) }));
  }

  /**
   * Opportunities whose lead score moved into `[min, max]` within `[since, until)` and is still in it
   * (their newest score change of the window ends in it), that the campaign did not enroll: read from
   * the outbox's `opportunity.score_changed` events (the score keeps no history of its own), by the
   * partial index `ix_outbox_score_changed`. Paged by (crossing time, opportunity id).
   */
  async missedScoreCrossings(tenantId: string, campaign: { id: string; reentry: CampaignPlan['reentry'] }, range: { min: number; max: number },
    window: { since: Date; until: Date; after: { at: Date; id: string } | null; limit: number }): Promise<Array<{ id: string; at: Date }>> {
    const { min, max } = range;
    const rows = await this.sql().execute<Array<{ id: string; at: Date | string }>>(
      `with changes as (
         select aggregate_id as id, occurred_at, outbox.id as event_id,
                (payload->>'from')::int as from_score, (payload->>'to')::int as to_score
           from outbox_events outbox
          where tenant_id = ? and type = 'opportunity.score_changed' and occurred_at >= ? and occurred_at < ?),
       latest as (select distinct on (id) id, to_score from changes order by id, occurred_at desc, event_id desc),
       crossings as (
         select id, max(occurred_at) as at from changes
          where to_score between ? and ? and (from_score is null or from_score not between ? and ?)
          group by id)
       select c.id, c.at from crossings c join latest l on l.id = c.id
        where l.to_score between ? and ? and (c.at, c.id) > (?::timestamptz, ?::uuid)
          and ${NOT_ENROLLED_SINCE('c.id', 'c.at')}
        order by c.at, c.id limit ${Math.trunc(window.limit)}`,
      [tenantId, window.since, window.until, min, max, min, max, min, max,
        (window.after?.at ?? new Date(0)).toISOString(), window.after?.id ?? '00000000-0000-0000-0000-000000000000',
        tenantId, campaign.id, campaign.reentry]);
    return rows.map((row) => ({ id: row.id, at: new Date(row.at) }));
  }

  /** Which of these opportunities the campaign already enrolled (active, or ended: a re-entry is the apply's decision). */
  async enrolledAmong(tenantId: string, campaignId: string, opportunityIds: readonly string[]): Promise<Set<string>> {
    if (opportunityIds.length === 0) return new Set();
    const rows = await this.sql().execute<{ opportunity_id: string }[]>(
      `select distinct opportunity_id from campaign_enrollments where tenant_id = ? and campaign_id = ?
         and opportunity_id in (${opportunityIds.map(() => '?').join(', ')})`, [tenantId, campaignId, ...opportunityIds]);
    return new Set(rows.map((row) => row.opportunity_id));
  }

  /** Logs the step as pending; false when this enrollment already has it (a replay). */
  async logPending(enrollment: EnrollmentState, step: PlannedStep, dueAt: Date, campaignChannel: string | null): Promise<string | null> {
    const rows = await this.sql().execute<{ id: string }[]>(
      `insert into campaign_logs (id, tenant_id, campaign_id, enrollment_id, opportunity_id, contact_id, step_id, step_number, action, channel, due_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (enrollment_id, step_number) do nothing returning id`,
      [newId(), enrollment.tenantId, enrollment.campaignId, enrollment.id, enrollment.opportunityId, enrollment.contactId, step.id,
        step.stepNumber, step.action, step.channel ?? campaignChannel, dueAt],
    );
    return rows[0]?.id ?? null;
  }

  async pendingOf(tenantId: string, where: { enrollmentId?: string; campaignId?: string }): Promise<StepLogRow[]> {
    return this.sql().execute<StepLogRow[]>(
      `select id, tenant_id, campaign_id, enrollment_id, opportunity_id, contact_id, step_id, step_number, action, channel, status, reason, due_at
         from campaign_logs where tenant_id = ? and status = 'pending' and ${where.enrollmentId ? 'enrollment_id' : 'campaign_id'} = ?
         order by id for update`, [tenantId, where.enrollmentId ?? where.campaignId]);
  }

  async postpone(tenantId: string, logId: string, dueAt: Date): Promise<void> {
    await this.sql().execute(`update campaign_logs set due_at = ? where tenant_id = ? and id = ?`, [dueAt, tenantId, logId]);
  }

  /** Records how the step ended and counts it, in the transaction that ran it. */
  async finish(log: StepLogRow, outcome: StepOutcome, now: Date): Promise<void> {
    const sent = outcome.status === 'sent' ? outcome : null;
    await this.sql().execute(
      `update campaign_logs set status = ?, reason = ?, message_id = ?, activity_id = ?, call_id = ?, template_id = ?, template_version = ?,
              response = ?, executed_at = ? where tenant_id = ? and id = ?`,
      [outcome.status, 'reason' in outcome ? outcome.reason : null, sent?.messageId ?? null, sent?.activityId ?? null, sent?.callId ?? null,
        sent?.templateId ?? null, sent?.templateVersion ?? null, outcome.response ? JSON.stringify(outcome.response) : null, now,
        log.tenant_id, log.id],
    );
    await this.count(log, outcome.status, 1);
  }

  /** A sent message that failed afterwards (the provider refused it): the step's log and counters follow. */
  async messageFailed(tenantId: string, messageId: string, reason: string): Promise<void> {
    const rows = await this.sql().execute<StepLogRow[]>(
      `update campaign_logs set status = 'failed', reason = ? where tenant_id = ? and message_id = ? and status = 'sent'
       returning id, tenant_id, campaign_id, enrollment_id, opportunity_id, contact_id, step_id, step_number, action, channel, status, reason, due_at`,
      [reason, tenantId, messageId]);
    await this.countFailedAfterSent(rows);
  }

  /**
   * Claims the AI call of a `make_call` step (`response.call`: queued → placing), committed before
   * the call is placed. `interrupted`: a run claimed it and never recorded an outcome (it died
   * mid-call); `done`: nothing to place (placed, failed, or not an AI call step).
   */
  async claimCall(tenantId: string, logId: string): Promise<{ state: 'claimed' | 'interrupted'; log: StepLogRow } | { state: 'done' }> {
    const [row] = await this.sql().execute<Array<StepLogRow & { call_state: string | null }>>(
      `select id, tenant_id, campaign_id, enrollment_id, opportunity_id, contact_id, step_id, step_number, action, channel, status, reason, due_at,
              response->>'call' as call_state
         from campaign_logs where tenant_id = ? and id = ? for update`, [tenantId, logId]);
    if (!row || row.status !== 'sent' || row.action !== 'make_call') return { state: 'done' };
    if (row.call_state === 'placing') return { state: 'interrupted', log: row };
    if (row.call_state !== 'queued') return { state: 'done' };
    await this.sql().execute(`update campaign_logs set response = response || '{"call": "placing"}'::jsonb where tenant_id = ? and id = ?`, [tenantId, logId]);
    return { state: 'claimed', log: row };
  }

  /** The step's AI call was placed: the log names it. */
  async callPlaced(tenantId: string, logId: string, callId: string, externalCallId: string | null): Promise<void> {
    await this.sql().execute(
      `update campaign_logs set call_id = ?, response = response || jsonb_build_object('call', 'placed', 'external_call_id', ?::text)
        where tenant_id = ? and id = ? and status = 'sent' and response->>'call' = 'placing'`,
      [callId, externalCallId, tenantId, logId]);
  }

  /** The step's AI call was not placed, or whether it was is unknown: the step failed, counters included. */
  async callFailed(tenantId: string, logId: string, reason: string, detail: { callId?: string | null; detail?: string } = {}): Promise<void> {
    const rows = await this.sql().execute<StepLogRow[]>(
      `update campaign_logs set status = 'failed', reason = ?, call_id = coalesce(?::uuid, call_id),
              response = response || jsonb_build_object('call', 'failed', 'detail', ?::text)
        where tenant_id = ? and id = ? and status = 'sent' and response->>'call' in ('queued', 'placing')
       returning id, tenant_id, campaign_id, enrollment_id, opportunity_id, contact_id, step_id, step_number, action, channel, status, reason, due_at`,
      [reason, detail.callId ?? null, detail.detail ?? null, tenantId, logId]);
    await this.countFailedAfterSent(rows);
  }

  private async countFailedAfterSent(rows: readonly StepLogRow[]): Promise<void> {
    for (const row of rows) {
      await this.count(row, 'sent', -1);
      await this.count(row, 'failed', 1);
    }
  }

  /** Campaign messages that reached the contact since `since`, and the oldest of them. */
  async messagesSince(tenantId: string, contactId: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const [row] = await this.sql().execute<{ count: number; oldest: Date | null }[]>(
      `select count(*)::int as count, min(executed_at) as oldest from campaign_logs
        where tenant_id = ? and contact_id = ? and action = 'send_message' and status = 'sent' and executed_at > ?`,
      [tenantId, contactId, since]);
    return { count: row!.count, oldest: row!.oldest === null ? null : new Date(row!.oldest) };
  }

  private async count(log: Pick<StepLogRow, 'id' | 'tenant_id' | 'campaign_id' | 'step_id' | 'step_number'>, column: 'sent' | 'failed' | 'skipped' | 'pending', delta: number): Promise<void> {
    if (column === 'pending') return;
    await this.sql().execute(
      `insert into campaign_step_counters (tenant_id, campaign_id, step_id, shard, step_number, ${column}) values (?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, campaign_id, step_id, shard) do update set ${column} = campaign_step_counters.${column} + excluded.${column}`,
      [log.tenant_id, log.campaign_id, log.step_id, shardOf(log.id), log.step_number, delta]);
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}

/** A log's counter row: the same for every change of one log (a sent step that fails later moves its own shard's counts). */
function shardOf(logId: string): number {
  return Number.parseInt(logId.slice(-2), 16) % COUNTER_SHARDS;
}
