import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CampaignsModule, campaignsEntities } from '@leadline/campaigns';
import { CrmDomainModule, crmEntities } from '@leadline/crm-domain';
import { OdooAdapterModule } from '@leadline/odoo-adapter';
import { PlatformModule, platformEntities } from '@leadline/platform';
import { ManychatModule, manychatEntities } from '@leadline/manychat';
import { MessagingModule, messagingEntities } from '@leadline/messaging';
import { AiAgentModule, aiAgentEntities } from '@leadline/ai-agent';
import { runtimeModules, type AppConfig } from '@leadline/shared-kernel';
import { TelephonyModule, telephonyEntities } from '@leadline/telephony';
import { ContactsController } from './crm/contacts.controller.js';
import { CallsController } from './telephony/calls.controller.js';
import { OpportunitiesController } from './crm/opportunities.controller.js';
import { ActivitiesController } from './crm/activities.controller.js';
import { PipelinesController } from './crm/pipelines.controller.js';
import { PipelineController } from './pipeline/pipeline.controller.js';
import { ScoringController } from './scoring/scoring.controller.js';
import { AuthGuard } from './http/auth.js';
import { JsonBodyMiddleware } from './http/body.middleware.js';
import { VersionETagInterceptor } from './http/etag.interceptor.js';
import { IdempotencyInterceptor } from './http/idempotency.interceptor.js';
import { ProblemDetailsFilter } from './http/problem.filter.js';
import { RateLimitGuard } from './http/rate-limit/rate-limit.guard.js';
import { RateLimiter } from './http/rate-limit/rate-limiter.js';
import { StorableTextMiddleware } from './http/text-policy.js';
import { validationPipe } from './http/validation.js';
import { OdooIntegrationController } from './integrations/odoo.controller.js';
import { DeadLettersController } from './ops/dead-letters.controller.js';
import { HealthController } from './ops/health.controller.js';
import { MetricsController } from './ops/metrics.js';
import { IntegrationsController } from './platform/integrations.controller.js';
import { ApiKeysController, AuditLogController, TenantsController } from './platform/platform.controllers.js';
import { ManychatCampaignContactsController } from './manychat/campaign-contacts.controller.js';
import { AdvisorsController } from './reference-data/advisors.controller.js';
import { CampaignsController } from './reference-data/campaigns.controller.js';
import { EnrollmentsController } from './campaigns/enrollments.controller.js';
import { CampaignStepsController } from './reference-data/campaign-steps.controller.js';
import { SettingsController } from './platform/settings.controller.js';
import { ChannelsController } from './reference-data/channels.controller.js';
import { ManychatWebhooksController } from './manychat/manychat-webhooks.controller.js';
import { WebhookBodyMiddleware } from './http/webhook-body.middleware.js';
import { telephonyControllers } from './telephony/telephony-controllers.js';
import { TemplatesController } from './messaging/templates.controller.js';
import { ContactMessagesController } from './messaging/contact-messages.controller.js';
import { EmailController } from './messaging/email.controller.js';
import { telegramControllers } from './messaging/telegram.controller.js';
import { WhatsappIntegrationController, WhatsappWebhooksController } from './messaging/whatsapp.controller.js';
import { aiAgentControllers } from './ai-agent/ai-agent.controller.js';
import { AiCallRelayGateway } from './ai-agent/ai-call-relay.gateway.js';

/** Every entity the product maps; the worker composes the same list. */
export const allEntities = [
  ...crmEntities, ...platformEntities, ...telephonyEntities, ...campaignsEntities, ...manychatEntities, ...messagingEntities, ...aiAgentEntities,
];

/** Every HTTP controller; the OpenAPI document reads their access markings too. */
export const apiControllers = [
  TenantsController, ApiKeysController, ContactsController, PipelinesController, PipelineController, ScoringController, OpportunitiesController, CallsController,
  AuditLogController, IntegrationsController, HealthController, MetricsController,
  ChannelsController, AdvisorsController, CampaignsController, CampaignStepsController, SettingsController, ManychatCampaignContactsController,
  OdooIntegrationController, DeadLettersController,
  ManychatWebhooksController,
  ...telephonyControllers,
  TemplatesController, ContactMessagesController, EmailController, EnrollmentsController,
  ...telegramControllers,
  WhatsappIntegrationController, WhatsappWebhooksController,
  ActivitiesController,
  ...aiAgentControllers,
];

@Module({})
export class ApiModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ...runtimeModules(config, allEntities),
        CrmDomainModule, PlatformModule, TelephonyModule, CampaignsModule, OdooAdapterModule, ManychatModule, MessagingModule, AiAgentModule,
      ],
      controllers: apiControllers,
      providers: [
        // In this order: the rate limit counts against the key AuthGuard found.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        RateLimiter,
        AiCallRelayGateway,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: validationPipe },
        // Outermost first: a replayed answer gets its ETag too.
        { provide: APP_INTERCEPTOR, useClass: VersionETagInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Webhook bodies (forms, e-mails) are parsed before the JSON-only middleware sees them.
    consumer.apply(WebhookBodyMiddleware).forRoutes('*');
    consumer.apply(JsonBodyMiddleware, StorableTextMiddleware).forRoutes('*');
  }
}
