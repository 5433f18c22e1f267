import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, UnitOfWork, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import {
  Advisor, ADVISOR_REPOSITORY, AdvisorDuplicateError, type AdvisorDetails, type AdvisorKind, type AdvisorRepository,
} from '../../domain/index.js';
import { assertUniqueAdvisor } from '../advisor-uniqueness.js';

export class CreateAdvisorCommand extends Command<Advisor> {
  constructor(readonly context: CommandContext, readonly details: AdvisorDetails & { name: string; kind: AdvisorKind }) {
    super();
  }
}

@CommandHandler(CreateAdvisorCommand)
export class CreateAdvisorHandler implements ICommandHandler<CreateAdvisorCommand> {
  constructor(
    @Inject(ADVISOR_REPOSITORY) private readonly advisors: AdvisorRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, details }: CreateAdvisorCommand): Promise<Advisor> {
    const advisor = Advisor.create(context.tenantId, details, this.config.defaultPhoneRegion);
    await assertUniqueAdvisor(this.advisors, advisor);
    try {
      await this.uow.run(() => this.advisors.add(advisor, context));
    } catch (error) {
      // A concurrent create won the race past the pre-check: name the winner like the pre-check does.
      if (error instanceof AdvisorDuplicateError) await assertUniqueAdvisor(this.advisors, advisor);
      throw error;
    }
    return advisor;
  }
}
