import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  TEMPLATE_ENGINE, TEMPLATE_REPOSITORY, type Template, type TemplateDefinition, type TemplateEngine, type TemplateRepository,
} from '../../domain/index.js';

export class ReplaceTemplateCommand extends Command<Template> {
  constructor(
    readonly context: CommandContext,
    readonly templateId: string,
    readonly definition: TemplateDefinition,
    /** From If-Match: when given, a newer stored version is a 409 rather than a silent retry. */
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(ReplaceTemplateCommand)
export class ReplaceTemplateHandler implements ICommandHandler<ReplaceTemplateCommand> {
  constructor(
    @Inject(TEMPLATE_REPOSITORY) private readonly templates: TemplateRepository,
    @Inject(TEMPLATE_ENGINE) private readonly engine: TemplateEngine,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, templateId, definition, expectedVersion }: ReplaceTemplateCommand): Promise<Template> {
    const attempt = () => this.uow.run(async () => {
      const template = await this.templates.find(context.tenantId, templateId);
      if (!template) throw new NotFoundError('template', templateId);
      template.assertVersion(expectedVersion);
      template.replace(definition, this.engine);
      await this.templates.save(template, context);
      return template;
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}
