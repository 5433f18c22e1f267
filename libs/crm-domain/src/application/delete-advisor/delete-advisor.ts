import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { ADVISOR_REPOSITORY, type AdvisorRepository } from '../../domain/index.js';

export class DeleteAdvisorCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly advisorId: string) {
    super();
  }
}

@CommandHandler(DeleteAdvisorCommand)
export class DeleteAdvisorHandler implements ICommandHandler<DeleteAdvisorCommand> {
  constructor(
    @Inject(ADVISOR_REPOSITORY) private readonly advisors: AdvisorRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, advisorId }: DeleteAdvisorCommand): Promise<void> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const advisor = await this.advisors.find(context.tenantId, advisorId);
      if (!advisor) throw new NotFoundError('advisor', advisorId);
      advisor.delete();
      await this.advisors.delete(advisor, context);
    }));
  }
}
