import { Injectable } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ActivityMeetingBooked, Changes, IntegrationEventName, MessageReceived, OpportunityStageChanged } from '@leadline/integration-events';
import { MessageEvents, type MessageEventPayloads } from '@leadline/messaging';
import {
  Clock, NotFoundError, Queues, SubscribesTo, UnitOfWork, type CommandContext, type DeliveredEvent, type DomainEventSubscriber,
} from '@leadline/shared-kernel';
import { enrollmentEnded, EXIT_TRIGGERS, type Enrollment, type ExitReason, type ExitTrigger } from '../../domain/index.js';
import { CampaignEngineStore, EnrollmentRepository } from '../../infrastructure/engine.persistence.js';
import { EnrollmentSteps } from '../run-campaign-step/run-campaign-step.job.js';

const isExitTrigger = (reason: ExitReason): reason is ExitTrigger => (EXIT_TRIGGERS as readonly string[]).includes(reason);

/** Ends enrollments and their pending steps together: a step skipped `exited:<reason>`, its due row cancelled. */
@Injectable()
export class EnrollmentExits {
  constructor(
    private readonly store: CampaignEngineStore,
    private readonly enrollments: EnrollmentRepository,
    private readonly steps: EnrollmentSteps,
    private readonly clock: Clock,
  ) {}

  /** Exits the lead's active enrollments whose campaign exits on this fact (every one, for a reason that is no trigger). */
  async ofLead(context: CommandContext, lead: { opportunityId?: string; contactId?: string }, reason: ExitReason): Promise<number> {
    let exited = 0;
    for (const enrollment of await this.enrollments.active(context.tenantId, lead)) {
      const plan = await this.store.plan(context.tenantId, enrollment.snapshot.campaignId);
      if (plan && isExitTrigger(reason) && !plan.exitOn.includes(reason)) continue;
      if (await this.exit(context, enrollment, reason)) exited++;
    }
    return exited;
  }

  async exit(context: CommandContext, enrollment: Enrollment, reason: ExitReason): Promise<boolean> {
    const now = this.clock.now();
    if (!enrollment.exit(reason, now)) return false;
    for (const log of await this.store.pendingOf(context.tenantId, { enrollmentId: enrollment.snapshot.id })) {
      await this.store.finish(log, { status: 'skipped', reason: `exited:${reason}` }, now);
      await this.steps.cancel(context.tenantId, log);
    }
    await this.enrollments.save(enrollment, context);
    return true;
  }
}

export class ExitEnrollmentCommand extends Command<Enrollment> {
  constructor(readonly context: CommandContext, readonly campaignId: string, readonly enrollmentId: string) {
    super();
  }
}

/** `POST /campaigns/:id/enrollments/:enrollment_id/exit`: an agent takes the lead out by hand. */
@CommandHandler(ExitEnrollmentCommand)
export class ExitEnrollmentHandler implements ICommandHandler<ExitEnrollmentCommand> {
  constructor(
    private readonly enrollments: EnrollmentRepository,
    private readonly exits: EnrollmentExits,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, campaignId, enrollmentId }: ExitEnrollmentCommand): Promise<Enrollment> {
    return this.uow.run(async () => {
      const enrollment = await this.enrollments.find(context.tenantId, enrollmentId);
      if (!enrollment || enrollment.snapshot.campaignId !== campaignId) throw new NotFoundError('enrollment', enrollmentId);
      if (!(await this.exits.exit(context, enrollment, 'manual'))) throw enrollmentEnded(enrollment.snapshot.status);
      return enrollment;
    });
  }
}

const wonOrLost = (status: unknown): status is 'won' | 'lost' => status === 'won' || status === 'lost';

/**
 * The facts that end enrollments (contract §10's exit rules): a reply, an opt-out, a meeting booked,
 * the opportunity won, lost or deleted. Each runs in the delivery transaction of its event; a step that starts
 * before this runs checks the reply and the closed opportunity itself.
 */
@Injectable()
@SubscribesTo({
  name: 'campaigns.exits',
  events: [
    'message.received', MessageEvents.optedOut, 'activity.meeting_booked', 'opportunity.stage_changed', 'opportunity.updated',
    'opportunity.deleted',
  ] satisfies string[],
  queue: Queues.domainEvents,
})
export class ExitEnrollmentsOnFacts implements DomainEventSubscriber {
  constructor(private readonly exits: EnrollmentExits) {}

  async handle(event: DeliveredEvent): Promise<void> {
    const context: CommandContext = { tenantId: event.tenantId, actor: { type: 'system', id: null, name: 'campaign exit' }, requestId: event.requestId };
    const payload = event.payload as Record<string, unknown>;
    switch (event.type as IntegrationEventName | typeof MessageEvents.optedOut) {
      case 'message.received':
        await this.exits.ofLead(context, { contactId: (payload as unknown as MessageReceived).contact_id }, 'reply');
        return;
      case 'activity.meeting_booked':
        await this.exits.ofLead(context, { opportunityId: (payload as unknown as ActivityMeetingBooked).opportunity_id }, 'meeting_booked');
        return;
      case MessageEvents.optedOut:
        await this.exits.ofLead(context, { contactId: payload.contact_id as string }, 'opt_out');
        return;
      case 'opportunity.stage_changed': {
        const { status } = payload as unknown as OpportunityStageChanged;
        if (wonOrLost(status)) await this.exits.ofLead(context, { opportunityId: event.aggregateId }, status);
        return;
      }
      case 'opportunity.updated': {
        const status = ((payload as { changes: Changes }).changes.status)?.to;
        if (wonOrLost(status)) await this.exits.ofLead(context, { opportunityId: event.aggregateId }, status);
        return;
      }
      case 'opportunity.deleted':
        await this.exits.ofLead(context, { opportunityId: event.aggregateId }, 'opportunity_deleted');
        return;
    }
  }
}

/**
 * A campaign's status drives its enrollments (contract §10 guarantee 4): completed ends every one;
 * resumed (paused → active) runs again what fell due while paused, each step once.
 */
@Injectable()
@SubscribesTo({ name: 'campaigns.status', events: ['campaign.updated'], queue: Queues.domainEvents })
export class FollowCampaignStatus implements DomainEventSubscriber<DeliveredEvent<{ changes: Changes }>> {
  constructor(
    private readonly store: CampaignEngineStore,
    private readonly enrollments: EnrollmentRepository,
    private readonly exits: EnrollmentExits,
    private readonly steps: EnrollmentSteps,
    private readonly clock: Clock,
  ) {}

  async handle(event: DeliveredEvent<{ changes: Changes }>): Promise<void> {
    const status = event.payload.changes.status;
    if (!status) return;
    const context: CommandContext = { tenantId: event.tenantId, actor: { type: 'system', id: null, name: 'campaign status' }, requestId: event.requestId };
    if (status.to === 'completed') {
      for (const enrollment of await this.enrollments.active(event.tenantId, { campaignId: event.aggregateId })) {
        await this.exits.exit(context, enrollment, 'campaign_completed');
      }
    } else if (status.to === 'active' && status.from === 'paused') {
      const now = this.clock.now();
      for (const log of await this.store.pendingOf(event.tenantId, { campaignId: event.aggregateId })) {
        await this.steps.runAt(event.tenantId, log.id, new Date(Math.max(new Date(log.due_at).getTime(), now.getTime())));
      }
    }
  }
}

/**
 * A campaign message that messaging could not deliver (a provider refusal, an unknown outcome):
 * the step that queued it ends `failed` after all, and its counters follow.
 */
@Injectable()
@SubscribesTo({ name: 'campaigns.message-outcomes', events: [MessageEvents.failed], queue: Queues.domainEvents })
export class FollowCampaignMessages implements DomainEventSubscriber<DeliveredEvent<MessageEventPayloads['message.failed']>> {
  constructor(private readonly store: CampaignEngineStore) {}

  async handle(event: DeliveredEvent<MessageEventPayloads['message.failed']>): Promise<void> {
    if (!event.payload.campaign_id) return;
    await this.store.messageFailed(event.tenantId, event.payload.message_id, event.payload.error_code);
  }
}
