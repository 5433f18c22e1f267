import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, InvalidInputError, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  Activity, ACTIVITY_REPOSITORY, CrmError, CrmErrorCodes, OPPORTUNITY_REPOSITORY, unknownOpportunity,
  type ActivityRepository, type ActivitySource, type ActivityType, type OpportunityRepository,
} from '../../domain/index.js';

export interface NewActivityInput {
  /** The opportunity it is about: its contact is the activity's. Give this, the contact, or both. */
  readonly opportunityId?: string | null;
  /** With an opportunity, must be the opportunity's contact; without one, the activity is the contact's alone. */
  readonly contactId?: string | null;
  readonly type: ActivityType;
  readonly title: string;
  readonly notes?: string | null;
  readonly dueAt?: Date | null;
  readonly durationMinutes?: number | null;
  /** Absent: the opportunity's assigned advisor (none for a contact's activity). Null: nobody. */
  readonly assignedAdvisorId?: string | null;
  readonly status?: 'planned' | 'done';
  readonly source: ActivitySource;
}

/**
 * Creates a call, meeting or task (contract §10). Called by the API (`manual`), by campaign steps
 * (`make_call` in advisor mode, `schedule_meeting`: `campaign`) and by the AI call agent (`ai_call`),
 * inside the caller's transaction when it has one.
 */
export class CreateActivityCommand extends Command<Activity> {
  constructor(readonly context: CommandContext, readonly input: NewActivityInput) {
    super();
  }
}

/**
 * Reads the opportunity (for its contact and advisor) and inserts the activity, whose foreign keys
 * refuse an unknown contact or advisor; moves the opportunity's last activity, all in one
 * transaction with the events (a meeting's `activity.meeting_booked` among them).
 */
@CommandHandler(CreateActivityCommand)
export class CreateActivityHandler implements ICommandHandler<CreateActivityCommand> {
  constructor(
    @Inject(ACTIVITY_REPOSITORY) private readonly activities: ActivityRepository,
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute({ context, input }: CreateActivityCommand): Promise<Activity> {
    const { tenantId } = context;
    return this.uow.run(async () => {
      let contactId = input.contactId ?? null;
      let advisorId = input.assignedAdvisorId;
      const opportunityId = input.opportunityId ?? null;
      if (opportunityId !== null) {
        const opportunity = await this.opportunities.find(tenantId, opportunityId);
        if (!opportunity) throw unknownOpportunity(opportunityId);
        const owner = opportunity.snapshot.contactId;
        if (contactId !== null && contactId !== owner) {
          throw new CrmError(
            CrmErrorCodes.activityOpportunityNotOfContact,
            `Opportunity ${opportunityId} is not an opportunity of contact ${contactId}`,
            { opportunity_id: opportunityId, contact_id: contactId },
          );
        }
        contactId = owner;
        if (advisorId === undefined) advisorId = opportunity.snapshot.assignedAdvisorId;
      }
      if (contactId === null) throw new InvalidInputError('opportunity_id', 'give opportunity_id, contact_id, or both');
      const activity = Activity.create(tenantId, {
        opportunityId,
        contactId,
        type: input.type,
        title: input.title,
        notes: input.notes,
        dueAt: input.dueAt,
        durationMinutes: input.durationMinutes,
        assignedAdvisorId: advisorId ?? null,
        status: input.status,
        source: input.source,
      }, this.clock.now());
      const activeAt = activity.pullActivity();
      await this.activities.add(activity, context);
      if (opportunityId !== null && activeAt) await this.opportunities.recordActivity(tenantId, opportunityId, activeAt);
      return activity;
    });
  }
}
