import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  Advisor, ADVISOR_REPOSITORY, AdvisorDuplicateError, type AdvisorKind, type AdvisorRepository,
} from '../../domain/index.js';

/**
 * The advisor another system names by its own id (ManyChat's comercial_id, medico_id); one we
 * have never seen is created as a placeholder (auto_created) so the assignment naming it is kept.
 * Answers the advisor's id. Runs inside the caller's transaction when there is one.
 */
export class ResolveAdvisorCommand extends Command<string> {
  constructor(readonly context: CommandContext, readonly kind: AdvisorKind, readonly externalId: string) {
    super();
  }
}

@CommandHandler(ResolveAdvisorCommand)
export class ResolveAdvisorHandler implements ICommandHandler<ResolveAdvisorCommand> {
  constructor(
    @Inject(ADVISOR_REPOSITORY) private readonly advisors: AdvisorRepository,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, kind, externalId }: ResolveAdvisorCommand): Promise<string> {
    const known = await this.advisors.findByExternalId(context.tenantId, kind, externalId);
    if (known) return known.snapshot.id;
    const placeholder = Advisor.placeholder(context.tenantId, kind, externalId);
    try {
      // Nested in the caller's transaction this is a savepoint, so losing the race below rolls
      // back only the failed insert and the caller's work goes on.
      await this.uow.run(() => this.advisors.add(placeholder, context));
      return placeholder.snapshot.id;
    } catch (error) {
      if (!(error instanceof AdvisorDuplicateError)) throw error;
      // A concurrent writer created it first and has committed (the unique index waited for it).
      const winner = await this.advisors.findByExternalId(context.tenantId, kind, externalId);
      if (!winner) throw error;
      return winner.snapshot.id;
    }
  }
}
