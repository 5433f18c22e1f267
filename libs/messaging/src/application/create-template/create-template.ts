import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  Template, TEMPLATE_ENGINE, TEMPLATE_REPOSITORY, type TemplateDefinition, type TemplateEngine, type TemplateRepository,
} from '../../domain/index.js';

export class CreateTemplateCommand extends Command<Template> {
  constructor(readonly context: CommandContext, readonly definition: TemplateDefinition) {
    super();
  }
}

@CommandHandler(CreateTemplateCommand)
export class CreateTemplateHandler implements ICommandHandler<CreateTemplateCommand> {
  constructor(
    @Inject(TEMPLATE_REPOSITORY) private readonly templates: TemplateRepository,
    @Inject(TEMPLATE_ENGINE) private readonly engine: TemplateEngine,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, definition }: CreateTemplateCommand): Promise<Template> {
    const template = Template.create(context.tenantId, definition, this.engine);
    await this.uow.run(() => this.templates.add(template, context));
    return template;
  }
}
