import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PhoneNumber } from '@leadline/crm-domain';
import {
  GetManychatEventQuery, ReceiveManychatEventCommand, type ManychatEventType, type ManychatInboxRow,
} from '@leadline/manychat';
import { APP_CONFIG, CommonErrorCodes, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, requestExamples } from '../http/openapi.js';
import { HttpProblem } from '../http/problem.filter.js';
import { ProviderWebhook } from '../http/rate-limit/rate-limit.guard.js';
import { UuidParam } from '../http/validation.js';
import {
  CampaignAssignmentWebhookBody, ContactWebhookBody, CrmOpportunityWebhookBody, ManychatAcceptedView, ManychatEventView,
} from './manychat-bodies.js';
import { MergeTagsInterceptor, type ManychatRequest } from './merge-tags.interceptor.js';

const ACCEPTED = 'Validated and stored durably; a worker processes it. The same body again answers the same event_id ' +
  'and is processed once. Send the tenant API key (role agent or admin) in the X-API-Key header of the External Request.';

const CONTACT_EXAMPLES = requestExamples({
  contact: {
    summary: 'A new subscriber',
    value: {
      manychat_id: '1234567890123456', nombre_lead: 'Ana', apellido_lead: 'García', whatsapp: '+52 1 55 1234 5678',
      email_lead: 'ana@example.com', datetime_suscripcion: '2025-06-10T10:00:00Z', datetime_actual: '2025-06-10T10:05:00Z',
      ultimo_estado: 'Nuevo Lead', canal_entrada: 'Facebook', estado_inicial: 'Nuevo',
    },
  },
});

const ASSIGNMENT_EXAMPLES = requestExamples({
  assignment: {
    summary: 'Campaign 85 with its advisors',
    value: {
      manychat_id: '1234567890123456', campaign_id: 85, comercial_id: '700', medico_id: '101', datetime_actual: '2025-06-10T10:10:00Z',
      ultimo_estado: 'Asignado a campaña', tipo_asignacion: 'medico', summary: 'El cliente preguntó por el producto X.',
    },
  },
});

const CRM_OPPORTUNITY_EXAMPLES = requestExamples({
  stage: {
    summary: 'The lead reached Odoo stage 17',
    value: {
      manychat_id: '1234567890123456', first_name: 'Ana', last_name: 'García', phone: '+52 1 55 1234 5678', channel: 'WhatsApp',
      entry_date: '2025-07-11T17:14:31.220Z', medical_advisor_id: 0, commercial_advisor_id: 0,
      state: { stage_id: 17, summary: 'Pidió cotización', date: '2025-07-11T17:14:31.220Z' },
    },
  },
});

/** ManyChat External Requests: validated, stored in the inbox, answered 202 before any processing. */
@ApiTags('manychat')
@Controller('api/v1/manychat')
export class ManychatWebhooksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('webhook/contact')
  @ProviderWebhook('manychat')
  @HttpCode(202)
  @Roles('admin', 'agent')
  @UseInterceptors(MergeTagsInterceptor)
  @ApiOperation({ summary: 'ManyChat contact webhook: upserts the contact by manychat_id (our database only, never Odoo)', description: ACCEPTED })
  @ApiBody({ type: ContactWebhookBody, examples: CONTACT_EXAMPLES })
  @ApiAcceptedResponse({ type: ManychatAcceptedView, description: 'Stored; the worker processes it' })
  contact(@Context() ctx: CommandContext, @Body() body: ContactWebhookBody, @Req() request: ManychatRequest) {
    this.checkPhone(body.whatsapp, 'whatsapp');
    return this.accept(ctx, 'contact', request);
  }

  @Post('webhook/campaign-assignment')
  @ProviderWebhook('manychat')
  @HttpCode(202)
  @Roles('admin', 'agent')
  @UseInterceptors(MergeTagsInterceptor)
  @ApiOperation({ summary: 'ManyChat campaign-assignment webhook: the contact joins the campaign with its advisors', description: ACCEPTED })
  @ApiBody({ type: CampaignAssignmentWebhookBody, examples: ASSIGNMENT_EXAMPLES })
  @ApiAcceptedResponse({ type: ManychatAcceptedView, description: 'Stored; the worker processes it' })
  campaignAssignment(@Context() ctx: CommandContext, @Body() _body: CampaignAssignmentWebhookBody, @Req() request: ManychatRequest) {
    return this.accept(ctx, 'campaign-assignment', request);
  }

  @Post('webhook/crm-opportunity')
  @ProviderWebhook('manychat')
  @HttpCode(202)
  @Roles('admin', 'agent')
  @UseInterceptors(MergeTagsInterceptor)
  @ApiOperation({
    summary: "ManyChat stage webhook: upserts the contact, then puts its open opportunity in the stage mapping state.stage_id",
    description: `${ACCEPTED} A stage id no pipeline of the tenant maps ends the event as dead (last_error says why); ` +
      'create the pipeline (template manychat_odoo) and replay the dead letter.',
  })
  @ApiBody({ type: CrmOpportunityWebhookBody, examples: CRM_OPPORTUNITY_EXAMPLES })
  @ApiAcceptedResponse({ type: ManychatAcceptedView, description: 'Stored; the worker processes it' })
  crmOpportunity(@Context() ctx: CommandContext, @Body() body: CrmOpportunityWebhookBody, @Req() request: ManychatRequest) {
    this.checkPhone(body.phone, 'phone');
    return this.accept(ctx, 'crm-opportunity', request);
  }

  @Get('events/:event_id')
  @ApiOperation({ summary: 'Where a received ManyChat event is: queued, processed, failed (retrying) or dead' })
  @ApiOkResponse({ type: ManychatEventView, description: 'The event and its processing state' })
  @ApiProblems(CommonErrorCodes.notFound)
  async event(@Context() ctx: CommandContext, @Param('event_id', UuidParam) eventId: string): Promise<ManychatEventView> {
    return presentEvent(await this.queries.execute(new GetManychatEventQuery(ctx.tenantId, eventId)));
  }

  private async accept(ctx: CommandContext, type: ManychatEventType, request: ManychatRequest): Promise<ManychatAcceptedView> {
    if (!request.manychatRawBody) {
      throw new HttpProblem(CommonErrorCodes.validation, 'The body must be a JSON object', [{ field: 'body', message: 'must be an object' }]);
    }
    const accepted = await this.commands.execute(new ReceiveManychatEventCommand(ctx, type, request.manychatRawBody));
    return { event_id: accepted.eventId, status: accepted.status };
  }

  /** A number the worker could not store is refused now, while ManyChat can still show the error. */
  private checkPhone(phone: string | undefined, field: string): void {
    if (phone !== undefined) PhoneNumber.parse(phone, this.config.defaultPhoneRegion, field);
  }
}

function presentEvent(event: ManychatInboxRow): ManychatEventView {
  return {
    event_id: event.id,
    type: event.type,
    status: event.status,
    attempts: event.attempts,
    last_error: event.last_error,
    received_at: event.received_at.toISOString(),
    processed_at: event.processed_at?.toISOString() ?? null,
  };
}
