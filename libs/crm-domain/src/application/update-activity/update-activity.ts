import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  ACTIVITY_REPOSITORY, OPPORTUNITY_REPOSITORY, type Activity, type ActivityChanges, type ActivityRepository,
  type OpportunityRepository,
} from '../../domain/index.js';

export class UpdateActivityCommand extends Command<Activity> {
  constructor(
    readonly context: CommandContext,
    readonly activityId: string,
    readonly changes: ActivityChanges,
    /** From If-Match: when given, a newer stored version is a 409 rather than a silent retry. */
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

/** Applies a PATCH; an activity marked done moves its opportunity's last activity in the same transaction. */
@CommandHandler(UpdateActivityCommand)
export class UpdateActivityHandler implements ICommandHandler<UpdateActivityCommand> {
  constructor(
    @Inject(ACTIVITY_REPOSITORY) private readonly activities: ActivityRepository,
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute({ context, activityId, changes, expectedVersion }: UpdateActivityCommand): Promise<Activity> {
    const attempt = () => this.uow.run(async () => {
      const activity = await this.activities.find(context.tenantId, activityId);
      if (!activity) throw new NotFoundError('activity', activityId);
      activity.assertVersion(expectedVersion);
      if (!activity.update(changes, this.clock.now())) return activity;
      const activeAt = activity.pullActivity();
      await this.activities.save(activity, context);
      const { opportunityId } = activity.snapshot;
      if (opportunityId !== null && activeAt) await this.opportunities.recordActivity(context.tenantId, opportunityId, activeAt);
      return activity;
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}
