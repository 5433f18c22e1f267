import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { ACTIVITY_REPOSITORY, type ActivityRepository } from '../../domain/index.js';

export class DeleteActivityCommand extends Command<void> {
  constructor(
    readonly context: CommandContext,
    readonly activityId: string,
    /** From If-Match: when given, a newer stored version is a 409 rather than a silent retry. */
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(DeleteActivityCommand)
export class DeleteActivityHandler implements ICommandHandler<DeleteActivityCommand> {
  constructor(
    @Inject(ACTIVITY_REPOSITORY) private readonly activities: ActivityRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, activityId, expectedVersion }: DeleteActivityCommand): Promise<void> {
    const attempt = () => this.uow.run(async () => {
      const activity = await this.activities.find(context.tenantId, activityId);
      if (!activity) throw new NotFoundError('activity', activityId);
      activity.assertVersion(expectedVersion);
      activity.delete();
      await this.activities.delete(activity, context);
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}
