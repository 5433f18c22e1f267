import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PlatformModule } from '@leadline/platform';
import { APP_CONFIG, type AppConfig } from '@leadline/shared-kernel';
import { CreateTemplateHandler } from './application/create-template/create-template.js';
import { DeleteTemplateHandler } from './application/delete-template/delete-template.js';
import { PreviewTemplateHandler } from './application/preview-template/preview-template.js';
import { GetTemplateHandler, ListTemplatesHandler } from './application/queries/template-queries.js';
import { ReplaceTemplateHandler } from './application/replace-template/replace-template.js';
import { CHANNEL_SENDERS, CONTACT_CHANNEL_REPOSITORY, MESSAGE_REPOSITORY, TEMPLATE_ENGINE, TEMPLATE_REPOSITORY, type ChannelSender } from './domain/index.js';
import { ConfigureEmailHandler } from './application/configure-email/configure-email.js';
import { ChangeOptOutHandler } from './application/change-opt-out/change-opt-out.js';
import { GetContactChannelsHandler, HasRepliedSinceHandler, ListMessagesHandler } from './application/queries/message-queries.js';
import { ReceiveEmailReplyHandler } from './application/receive-email-reply/receive-email-reply.js';
import { SendMessageHandler } from './application/send-message/send-message.js';
import { SendMessageJob } from './application/send-message/send-message.job.js';
import { EmailSender } from './infrastructure/email/smtp-email.js';
import { ApplyInboundEventJob } from './application/apply-inbound-event/apply-inbound-event.job.js';
import { MikroOrmMessageRepository, SqlContactChannelRepository } from './infrastructure/message.persistence.js';
import { MessagingInbox } from './infrastructure/messaging-inbox.js';
import { ConfigureWhatsappHandler } from './application/configure-whatsapp/configure-whatsapp.js';
import {
  ReceiveWhatsappWebhookHandler, VerifyWhatsappSubscriptionHandler,
} from './application/receive-whatsapp-webhook/receive-whatsapp-webhook.js';
import { PhoneNumberThroughput, WHATSAPP_MESSAGES_PER_SECOND } from './infrastructure/whatsapp/phone-number-throughput.js';
import { WhatsappConnections } from './infrastructure/whatsapp/whatsapp-connections.js';
import { WhatsappSender } from './infrastructure/whatsapp/whatsapp-sender.js';
import { LiquidTemplateEngine } from './infrastructure/liquid/liquid-template-engine.js';
import { MikroOrmTemplateRepository } from './infrastructure/template.persistence.js';
import { ConfigureTelegramHandler } from './application/configure-telegram/configure-telegram.js';
import { ReceiveTelegramUpdateHandler } from './application/receive-telegram-update/receive-telegram-update.js';
import { CreateTelegramLinkHandler } from './application/telegram-link/telegram-link.js';
import { TelegramConnections } from './infrastructure/telegram/telegram-connections.js';
import { TelegramLinkTokens } from './infrastructure/telegram/telegram-link-tokens.js';
import { TelegramRateLimiter } from './infrastructure/telegram/telegram-rate-limiter.js';
import { TelegramSender } from './infrastructure/telegram/telegram-sender.js';

/** Message templates and the channels that carry messages; contacts and opportunities are crm-domain's, read through its queries. */
@Module({
  imports: [CqrsModule, PlatformModule],
  providers: [
    { provide: TEMPLATE_REPOSITORY, useClass: MikroOrmTemplateRepository },
    { provide: TEMPLATE_ENGINE, useClass: LiquidTemplateEngine },
    { provide: MESSAGE_REPOSITORY, useClass: MikroOrmMessageRepository },
    { provide: CONTACT_CHANNEL_REPOSITORY, useClass: SqlContactChannelRepository },
    MessagingInbox, ApplyInboundEventJob,
    EmailSender,
    // One sender per channel; a provider's folder adds its class here.
    { provide: CHANNEL_SENDERS, useFactory: (...senders: ChannelSender[]) => senders, inject: [EmailSender, TelegramSender, WhatsappSender] },
    SendMessageHandler, SendMessageJob, ConfigureEmailHandler, ChangeOptOutHandler, ListMessagesHandler, GetContactChannelsHandler, HasRepliedSinceHandler,
    ReceiveEmailReplyHandler,
    TelegramConnections, TelegramLinkTokens, TelegramRateLimiter, TelegramSender,
    ConfigureTelegramHandler, CreateTelegramLinkHandler, ReceiveTelegramUpdateHandler,
    CreateTemplateHandler, ReplaceTemplateHandler, DeleteTemplateHandler, GetTemplateHandler, ListTemplatesHandler, PreviewTemplateHandler,
    // WhatsApp Cloud API: connection, webhooks, sends kept under each number's throughput.
    WhatsappConnections, WhatsappSender, ConfigureWhatsappHandler, VerifyWhatsappSubscriptionHandler, ReceiveWhatsappWebhookHandler,
    {
      provide: PhoneNumberThroughput,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new PhoneNumberThroughput({
        redisUrl: config.redisUrl, keyPrefix: `${config.queuePrefix}:whatsapp-throughput`,
        perSecond: WHATSAPP_MESSAGES_PER_SECOND, maxWaitMs: 3000,
      }),
    },
  ],
  exports: [MessagingInbox, TelegramSender],
})
export class MessagingModule {}
