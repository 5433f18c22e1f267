import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  APP_CONFIG, NotFoundError, retryOnStaleVersion, UnitOfWork, type AppConfig, type CommandContext,
} from '@leadline/shared-kernel';
import {
  ADVISOR_REPOSITORY, AdvisorDuplicateError, type Advisor, type AdvisorDetails, type AdvisorRepository,
} from '../../domain/index.js';
import { assertUniqueAdvisor } from '../advisor-uniqueness.js';

export class UpdateAdvisorCommand extends Command<Advisor> {
  constructor(readonly context: CommandContext, readonly advisorId: string, readonly details: AdvisorDetails) {
    super();
  }
}

@CommandHandler(UpdateAdvisorCommand)
export class UpdateAdvisorHandler implements ICommandHandler<UpdateAdvisorCommand> {
  constructor(
    @Inject(ADVISOR_REPOSITORY) private readonly advisors: AdvisorRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, advisorId, details }: UpdateAdvisorCommand): Promise<Advisor> {
    return retryOnStaleVersion(async () => {
      let changed: Advisor | undefined;
      try {
        return await this.uow.run(async () => {
          const advisor = await this.advisors.find(context.tenantId, advisorId);
          if (!advisor) throw new NotFoundError('advisor', advisorId);
          if (!advisor.update(details, this.config.defaultPhoneRegion)) return advisor;
          changed = advisor;
          await assertUniqueAdvisor(this.advisors, advisor);
          await this.advisors.save(advisor, context);
          return advisor;
        });
      } catch (error) {
        if (error instanceof AdvisorDuplicateError && changed) await assertUniqueAdvisor(this.advisors, changed);
        throw error;
      }
    });
  }
}
