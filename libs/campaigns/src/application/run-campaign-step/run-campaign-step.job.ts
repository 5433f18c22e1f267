import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  CreateActivityCommand, GetLeadContextQuery, MoveOpportunityStageCommand, type Activity, type LeadContext,
} from '@leadline/crm-domain';
import { AiConnections } from '@leadline/ai-agent';
import { HasRepliedSinceQuery, SendMessageCommand, type Message } from '@leadline/messaging';
import { tenantSettingsOf, type TenantSettingsState } from '@leadline/platform';
import {
  Clock, DomainError, HandlesJob, JobScheduler, orNullIfNotFound, Queues, UnitOfWork, type CommandContext, type JobHandler,
} from '@leadline/shared-kernel';
import { jsonLogicHolds } from '@leadline/shared-kernel/domain';
import { Enrollment, nextOpening, type ExitReason, type ExitTrigger } from '../../domain/index.js';
import { PlaceCampaignCallJob } from '../place-campaign-call/place-campaign-call.job.js';
import {
  CampaignEngineStore, EnrollmentRepository, type CampaignPlan, type PlannedStep, type StepLogRow, type StepOutcome,
} from '../../infrastructure/engine.persistence.js';

export interface RunCampaignStepPayload {
  readonly tenantId: string;
  readonly logId: string;
}

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

export interface NextStep {
  readonly step: PlannedStep;
  readonly dueAt: Date;
  readonly channel: string | null;
}

/**
 * The schedule of an enrollment's steps: the next step is a pending log row and a due
 * `scheduled_jobs` row, both written in the transaction of whatever ended the previous step (the
 * enrollment itself for step 1), so a step is never lost between two writes.
 */
@Injectable()
export class EnrollmentSteps {
  constructor(
    private readonly store: CampaignEngineStore,
    private readonly scheduler: JobScheduler,
  ) {}

  /**
   * Moves the enrollment past `afterStep`: the next step falls due `delay_hours` after `from`, or,
   * with none left, the enrollment completes. Answers the step to schedule once the enrollment is stored.
   */
  advance(enrollment: Enrollment, plan: CampaignPlan, afterStep: number, from: Date): NextStep | null {
    const step = plan.steps.find((candidate) => candidate.stepNumber > afterStep);
    const dueAt = step ? new Date(from.getTime() + step.delayHours * HOUR_MS) : null;
    enrollment.stepFinished(afterStep, dueAt, from);
    return step && dueAt ? { step, dueAt, channel: plan.channel } : null;
  }

  /** The next step's pending log row and its due job (after the enrollment row exists: the log refers to it). */
  async schedule(enrollment: Enrollment, next: NextStep | null): Promise<void> {
    if (!next) return;
    const logId = await this.store.logPending(enrollment.snapshot, next.step, next.dueAt, next.channel);
    if (logId) await this.runAt(enrollment.snapshot.tenantId, logId, next.dueAt);
  }

  /** A due row for the log, keyed by the log and its due time: a postponed step gets a row of its own. */
  runAt(tenantId: string, logId: string, dueAt: Date): Promise<boolean> {
    return this.scheduler.schedule(RunCampaignStepJob, { tenantId, logId }, { tenantId, key: `${logId}@${dueAt.toISOString()}`, dueAt });
  }

  /** Cancels the due row of a log that will not run now (its enrollment exited, its campaign paused). */
  cancel(tenantId: string, log: Pick<StepLogRow, 'id' | 'due_at'>): Promise<number> {
    return this.scheduler.cancel(RunCampaignStepJob, { tenantId, key: `${log.id}@${new Date(log.due_at).toISOString()}` });
  }
}

/**
 * Runs one step of one enrollment (contract §10), in one transaction with its log row locked: a
 * step whose log is no longer `pending` has run (a replayed or duplicate job returns quietly), so
 * each step runs at most once, and it ends `sent`, `failed` or `skipped` together with the
 * scheduling of the next one, so none is lost. Nothing here calls the outside world: a message is
 * queued for messaging's at-most-once sender, an activity or a stage move is a write.
 */
@Injectable()
@HandlesJob({ queue: Queues.domainEvents, name: 'campaigns.run-step' })
export class RunCampaignStepJob implements JobHandler<RunCampaignStepPayload> {
  constructor(
    private readonly store: CampaignEngineStore,
    private readonly enrollments: EnrollmentRepository,
    private readonly steps: EnrollmentSteps,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly ai: AiConnections,
    private readonly scheduler: JobScheduler,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async run({ tenantId, logId }: RunCampaignStepPayload): Promise<void> {
    await this.uow.run(async () => {
      // One statement: the log row locked, its enrollment, its campaign's version and the tenant's settings.
      const locked = await this.store.lockStep(tenantId, logId);
      if (locked?.log.status !== 'pending') return;
      const { log } = locked;
      const context: CommandContext = { tenantId, actor: { type: 'system', id: null, name: 'campaign' }, requestId: null };
      const now = this.clock.now();
      const enrollment = locked.enrollment && Enrollment.rehydrate(locked.enrollment);
      if (!enrollment?.active) {
        await this.store.finish(log, { status: 'skipped', reason: `exited:${enrollment?.snapshot.exitReason ?? 'ended'}` }, now);
        return;
      }
      const plan = locked.campaignVersion === null ? null : await this.store.plan(tenantId, log.campaign_id, locked.campaignVersion);
      if (!plan || plan.status === 'completed') {
        await this.exit(enrollment, log, 'campaign_completed', context, now);
        return;
      }
      // Held while paused: resuming schedules what is due again.
      if (plan.status !== 'active') return;

      // The lead's render context, read once: the exit checks, the step's conditions and its message all use it.
      const lead = await this.lead(tenantId, enrollment.snapshot.opportunityId, plan.name);
      const exit = lead ? await this.exitFact(tenantId, enrollment, lead, plan.exitOn) : 'opportunity_deleted';
      if (exit) {
        await this.exit(enrollment, log, exit, context, now);
        return;
      }
      const step = plan.steps.find((candidate) => candidate.id === log.step_id);
      if (step) {
        const later = await this.notYet(tenantId, step, log, plan, tenantSettingsOf(locked.settings), now);
        if (later) {
          await this.store.postpone(tenantId, log.id, later);
          await this.steps.runAt(tenantId, log.id, later);
          enrollment.postpone(later);
          await this.enrollments.save(enrollment, context);
          return;
        }
      }
      const outcome = step ? await this.execute(context, step, enrollment, plan, log, lead!) : { status: 'skipped' as const, reason: 'step_removed' };
      const next = this.steps.advance(enrollment, plan, log.step_number, now);
      await this.enrollments.save(enrollment, context);
      await this.steps.schedule(enrollment, next);
      // Last: the counter row's lock is held from here to the commit only.
      await this.store.finish(log, outcome, now);
    });
  }

  private async exit(enrollment: Enrollment, log: StepLogRow, reason: ExitReason, context: CommandContext, now: Date): Promise<void> {
    enrollment.exit(reason, now);
    await this.enrollments.save(enrollment, context);
    await this.store.finish(log, { status: 'skipped', reason: `exited:${reason}` }, now);
  }

  /**
   * An exit fact that committed before this step started, even if its event has not reached the
   * exit subscriber yet: a reply since the lead was enrolled, or the opportunity closed.
   */
  private async exitFact(tenantId: string, enrollment: Enrollment, lead: LeadContext, exitOn: readonly ExitTrigger[]): Promise<ExitTrigger | null> {
    const { contactId, enrolledAt } = enrollment.snapshot;
    if ((lead.status === 'won' || lead.status === 'lost') && exitOn.includes(lead.status)) return lead.status;
    if (exitOn.includes('reply') && await this.queries.execute(new HasRepliedSinceQuery(tenantId, contactId, enrolledAt))) return 'reply';
    return null;
  }

  /** When a step due now must wait: outside the send window, or over the contact's daily cap of campaign messages. */
  private async notYet(tenantId: string, step: PlannedStep, log: StepLogRow, plan: CampaignPlan, settings: TenantSettingsState, now: Date): Promise<Date | null> {
    const opening = nextOpening(plan.sendWindow, settings.timezone, now);
    if (opening > now) return opening;
    if (step.action !== 'send_message') return null;
    const recent = await this.store.messagesSince(tenantId, log.contact_id, new Date(now.getTime() - DAY_MS));
    if (recent.count < settings.maxMessagesPerLeadPerDay || !recent.oldest) return null;
    // The cap defers, never drops: the step runs once the oldest of those messages is a day old.
    return nextOpening(plan.sendWindow, settings.timezone, new Date(recent.oldest.getTime() + DAY_MS + 1000));
  }

  private async execute(context: CommandContext, step: PlannedStep, enrollment: Enrollment, plan: CampaignPlan, log: StepLogRow, lead: LeadContext): Promise<StepOutcome> {
    const { opportunityId, contactId, id: enrollmentId } = enrollment.snapshot;
    if (step.conditions !== null && !jsonLogicHolds(step.conditions, lead)) return { status: 'skipped', reason: 'condition_not_met' };
    try {
      switch (step.action) {
        case 'send_message': {
          const channel = (step.channel ?? plan.channel) as 'telegram' | 'whatsapp' | 'email';
          const message: Message = await this.commands.execute(new SendMessageCommand(context, contactId, {
            channel, templateId: step.templateId ?? undefined, opportunityId, campaign: { id: plan.id, name: plan.name, enrollmentId }, lead,
          }));
          const sent = message.snapshot;
          return { status: 'sent', messageId: sent.id, templateId: sent.templateId, templateVersion: sent.templateVersion };
        }
        case 'update_stage':
          await this.commands.execute(new MoveOpportunityStageCommand(context, opportunityId, step.stage!, `campaign ${plan.name}`, 'campaign'));
          return { status: 'sent', response: { stage: step.stage } };
        case 'make_call': {
          // With agent_type the AI agent calls (contract §13), placed at most once by its own job after this commits; without, an advisor calls, due now.
          if (step.agentType) return await this.queueAiCall(context.tenantId, log, step.agentType);
          const activity: Activity = await this.commands.execute(new CreateActivityCommand(context, {
            opportunityId, type: 'call', title: `Llamar: ${plan.name}`, dueAt: this.clock.now(), source: 'campaign',
          }));
          return { status: 'sent', activityId: activity.snapshot.id };
        }
        case 'schedule_meeting': {
          const meeting = step.meeting!;
          const dueAt = new Date(this.clock.now().getTime() + (meeting.due_in_hours ?? 24) * HOUR_MS);
          const activity: Activity = await this.commands.execute(new CreateActivityCommand(context, {
            opportunityId, type: 'meeting', title: meeting.title, durationMinutes: meeting.duration_minutes, dueAt, source: 'campaign',
          }));
          return { status: 'sent', activityId: activity.snapshot.id };
        }
      }
    } catch (error) {
      // A rule that refuses this lead now (opted out, a missing variable, outside WhatsApp's window) ends the step, not the run.
      if (error instanceof DomainError) return { status: refusalStatus(error.code), reason: error.code, response: { detail: error.message } };
      throw error;
    }
  }

  /**
   * The step is `sent` once its call is queued (as a message step is once its message is), with
   * `response.call: queued`; `PlaceCampaignCallJob` places it and turns the step `failed` if it is
   * refused. Skipped `ai.not_configured` when the tenant has no AI connection.
   */
  private async queueAiCall(tenantId: string, log: StepLogRow, agentType: string): Promise<StepOutcome> {
    if (!await this.ai.find(tenantId)) return { status: 'skipped', reason: 'ai.not_configured' };
    await this.scheduler.schedule(PlaceCampaignCallJob, { tenantId, logId: log.id, agentType }, { tenantId, key: `call:${log.id}`, dueAt: this.clock.now() });
    return { status: 'sent', response: { call: 'queued', agent_type: agentType } };
  }

  /** The lead's render context (contract §9), `campaign_name` included; null when the opportunity is gone. */
  private lead(tenantId: string, opportunityId: string, campaignName: string): Promise<LeadContext | null> {
    return orNullIfNotFound(this.queries.execute(new GetLeadContextQuery(tenantId, opportunityId, campaignName)));
  }
}

/** The lead cannot be reached there (skipped, as contract §9a says of campaigns); anything else the step could not do failed. */
function refusalStatus(code: string): 'skipped' | 'failed' {
  return code === 'message.channel_unreachable' || code === 'whatsapp.outside_window' ? 'skipped' : 'failed';
}
