import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CreateTemplateHandler } from './application/create-template/create-template.js';
import { DeleteTemplateHandler } from './application/delete-template/delete-template.js';
import { PreviewTemplateHandler } from './application/preview-template/preview-template.js';
import { GetTemplateHandler, ListTemplatesHandler } from './application/queries/template-queries.js';
import { ReplaceTemplateHandler } from './application/replace-template/replace-template.js';
import { CONTACT_CHANNEL_REPOSITORY, MESSAGE_REPOSITORY, TEMPLATE_ENGINE, TEMPLATE_REPOSITORY } from './domain/index.js';
import { ApplyInboundEventJob } from './application/apply-inbound-event/apply-inbound-event.job.js';
import { MikroOrmMessageRepository, SqlContactChannelRepository } from './infrastructure/message.persistence.js';
import { MessagingInbox } from './infrastructure/messaging-inbox.js';
import { LiquidTemplateEngine } from './infrastructure/liquid/liquid-template-engine.js';
import { MikroOrmTemplateRepository } from './infrastructure/template.persistence.js';

/** Message templates and the channels that carry messages; contacts and opportunities are crm-domain's, read through its queries. */
@Module({
  imports: [CqrsModule],
  providers: [
    { provide: TEMPLATE_REPOSITORY, useClass: MikroOrmTemplateRepository },
    { provide: TEMPLATE_ENGINE, useClass: LiquidTemplateEngine },
    { provide: MESSAGE_REPOSITORY, useClass: MikroOrmMessageRepository },
    { provide: CONTACT_CHANNEL_REPOSITORY, useClass: SqlContactChannelRepository },
    MessagingInbox, ApplyInboundEventJob,
    CreateTemplateHandler, ReplaceTemplateHandler, DeleteTemplateHandler, GetTemplateHandler, ListTemplatesHandler, PreviewTemplateHandler,
  ],
  exports: [MessagingInbox],
})
export class MessagingModule {}
