import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CreateTemplateHandler } from './application/create-template/create-template.js';
import { DeleteTemplateHandler } from './application/delete-template/delete-template.js';
import { PreviewTemplateHandler } from './application/preview-template/preview-template.js';
import { GetTemplateHandler, ListTemplatesHandler } from './application/queries/template-queries.js';
import { ReplaceTemplateHandler } from './application/replace-template/replace-template.js';
import { TEMPLATE_ENGINE, TEMPLATE_REPOSITORY } from './domain/index.js';
import { LiquidTemplateEngine } from './infrastructure/liquid/liquid-template-engine.js';
import { MikroOrmTemplateRepository } from './infrastructure/template.persistence.js';

/** Message templates and the channels that carry messages; contacts and opportunities are crm-domain's, read through its queries. */
@Module({
  imports: [CqrsModule],
  providers: [
    { provide: TEMPLATE_REPOSITORY, useClass: MikroOrmTemplateRepository },
    { provide: TEMPLATE_ENGINE, useClass: LiquidTemplateEngine },
    CreateTemplateHandler, ReplaceTemplateHandler, DeleteTemplateHandler, GetTemplateHandler, ListTemplatesHandler, PreviewTemplateHandler,
  ],
})
export class MessagingModule {}
