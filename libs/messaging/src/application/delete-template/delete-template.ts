import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { TEMPLATE_REPOSITORY, type TemplateRepository } from '../../domain/index.js';

export class DeleteTemplateCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly templateId: string, readonly expectedVersion?: number) {
    super();
  }
}

/**
 * Messages keep the id and version of the template they were rendered from, not a reference that
 * would block the delete. Campaign steps (and, later, AI agents) refuse the delete through their
 * own foreign keys: the repository answers `template.in_use`.
 */
@CommandHandler(DeleteTemplateCommand)
export class DeleteTemplateHandler implements ICommandHandler<DeleteTemplateCommand> {
  constructor(
    @Inject(TEMPLATE_REPOSITORY) private readonly templates: TemplateRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, templateId, expectedVersion }: DeleteTemplateCommand): Promise<void> {
    const attempt = () => this.uow.run(async () => {
      const template = await this.templates.find(context.tenantId, templateId);
      if (!template) throw new NotFoundError('template', templateId);
      template.assertVersion(expectedVersion);
      template.delete();
      await this.templates.delete(template, context);
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}
