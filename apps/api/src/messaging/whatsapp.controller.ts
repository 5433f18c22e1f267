import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiProperty, ApiPropertyOptional, ApiQuery, ApiTags,
} from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';
import { IntegrationSettings, PlatformErrorCodes } from '@leadline/platform';
import { ConfigureWhatsappCommand, MessagingErrorCodes, ReceiveWhatsappWebhookCommand, VerifyWhatsappSubscriptionCommand } from '@leadline/messaging';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context, Public, Roles, type AuthenticatedRequest } from '../http/auth.js';
import type { RawBodyRequest } from '../http/body.middleware.js';
import { HttpErrorCodes } from '../http/error-codes.js';
import { ApiProblems, requestExamples } from '../http/openapi.js';
import { HttpProblem } from '../http/problem.filter.js';
import { ProviderWebhook } from '../http/rate-limit/rate-limit.guard.js';
import { UuidParam } from '../http/validation.js';
import { IntegrationView, presentIntegration } from '../platform/integrations.controller.js';

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class WhatsappSettingsBody {
  @ApiProperty({ example: '106540352242922', description: 'The business phone number id (WhatsApp Manager → API Setup), not the number itself' })
  @Matches(/^\d{1,30}$/, { message: 'phone_number_id must be the numeric id Meta shows for the phone number' })
  phone_number_id!: string;

  @ApiProperty({ example: 'EAAGm0PX4ZCpsBA…', description: 'A system-user access token with whatsapp_business_messaging; write-only' })
  @IsString() @IsNotEmpty() @MaxLength(1000)
  access_token!: string;

  @ApiProperty({ example: '0f1e2d3c4b5a69788796a5b4c3d2e1f0', description: 'The Meta app secret: verifies X-Hub-Signature-256 on webhooks; write-only' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  app_secret!: string;

  @ApiProperty({ example: 'leadline-7f3a9c', description: 'What you enter as "Verify token" in the app\'s webhook settings; write-only' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  verify_token!: string;

  @ApiPropertyOptional({
    example: 'https://graph.facebook.com', default: 'https://graph.facebook.com',
    description: 'Graph API base (proxy): https to a public host; plain http or a private address only for hosts in PROVIDER_TEST_HOSTS (tests, sandboxes)',
  })
  @IsOptional() @IsUrl(HTTP_URL) @MaxLength(500)
  api_base_url?: string;

  @ApiPropertyOptional({ example: 'v21.0', default: 'v21.0', description: 'Graph API version of every call' })
  @IsOptional() @Matches(/^v\d{1,3}\.\d{1,2}$/, { message: 'graph_version must look like v21.0' })
  graph_version?: string;
}

class WebhookAcceptedView {
  @ApiProperty({ example: 1, description: 'Events stored now; a redelivery stores none' }) new_events!: number;
}

const TENANT_ID = { name: 'tenant_id', format: 'uuid', description: 'The tenant whose WhatsApp connection receives this webhook' };

/** Meta's inbound text message (integrations-2 §2.2), as it posts it. */
const INBOUND_TEXT = {
  object: 'whatsapp_business_account',
  entry: [{
    id: '102290129340398',
    changes: [{
      field: 'messages',
      value: {
        messaging_product: 'whatsapp',
        metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' },
        contacts: [{ profile: { name: 'Anna' }, wa_id: '525512345678' }],
        messages: [{
          from: '525512345678', id: 'wamid.HBgMNTI1NTEyMzQ1Njc4FQIAEhggQTFCMkMzRDRFNUY2', timestamp: '1764151200', type: 'text',
          text: { body: 'Hola, ¿sigue vigente la oferta?' },
        }],
      },
    }],
  }],
};

@ApiTags('integrations')
@Roles('admin')
@Controller('api/v1/integrations')
export class WhatsappIntegrationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly integrations: IntegrationSettings,
  ) {}

  @Put('whatsapp')
  @ApiOperation({
    summary: 'Connect a WhatsApp Cloud API business number (admin)',
    description: 'Checks the token live by reading the phone number (`GET /{graph_version}/{phone_number_id}`): refused → 422, ' +
      'Meta unreachable → 503, nothing saved. Stores the token, app secret and verify token encrypted; the answer shows them only ' +
      'masked. Then, in the Meta app\'s webhook settings, enter the callback URL `PUBLIC_BASE_URL/api/v1/webhooks/whatsapp/<tenant id>` ' +
      'and the verify token, and subscribe to the `messages` field.',
  })
  @ApiBody({
    type: WhatsappSettingsBody,
    examples: requestExamples({
      number: {
        summary: 'Your business number id, token, app secret and a verify token of your choice',
        value: {
          phone_number_id: '106540352242922', access_token: 'EAAGm0PX4ZCpsBA-example', app_secret: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
          verify_token: 'leadline-7f3a9c',
        },
      },
    }),
  })
  @ApiOkResponse({ type: IntegrationView, description: 'The saved connection, secrets masked' })
  @ApiProblems(MessagingErrorCodes.channelCredentialsRejected, MessagingErrorCodes.channelUnavailable, PlatformErrorCodes.secretsKeyMissing)
  async whatsapp(@Context() ctx: CommandContext, @Body() body: WhatsappSettingsBody) {
    await this.commands.execute(new ConfigureWhatsappCommand(ctx, {
      phoneNumberId: body.phone_number_id, accessToken: body.access_token, appSecret: body.app_secret, verifyToken: body.verify_token,
      apiBaseUrl: body.api_base_url, graphVersion: body.graph_version,
    }));
    const saved = (await this.integrations.list(ctx.tenantId)).find((integration) => integration.provider === 'whatsapp');
    return saved ? presentIntegration(saved) : null;
  }
}

@ApiTags('webhooks')
@ProviderWebhook('whatsapp')
@Controller('api/v1/webhooks/whatsapp')
export class WhatsappWebhooksController {
  constructor(private readonly commands: CommandBus) {}

  @Get(':tenant_id')
  @Public()
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary: "Meta's webhook subscription handshake: answers hub.challenge",
    security: [],
    description: 'Meta calls this when the callback URL is saved in the app: with `hub.mode=subscribe` and the verify token ' +
      'saved by `PUT /api/v1/integrations/whatsapp`, the answer is `hub.challenge` verbatim as text/plain; otherwise 403.',
  })
  @ApiParam(TENANT_ID)
  @ApiQuery({ name: 'hub.mode', required: true, example: 'subscribe' })
  @ApiQuery({ name: 'hub.verify_token', required: true, example: 'leadline-7f3a9c' })
  @ApiQuery({ name: 'hub.challenge', required: true, example: '1158201444' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'hub.challenge, as the whole body', schema: { type: 'string', example: '1158201444' } })
  @ApiProblems(MessagingErrorCodes.webhookVerifyTokenInvalid, PlatformErrorCodes.secretsKeyMissing)
  async handshake(@Param('tenant_id', UuidParam) tenantId: string, @Query() query: Record<string, unknown>): Promise<string> {
    const field = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined);
    const challenge = field('hub.challenge');
    if (challenge === undefined || challenge.length === 0 || challenge.length > 200) {
      throw new HttpProblem(CommonErrorCodes.validation, 'hub.challenge is required',
        [{ field: 'hub.challenge', message: 'must be 1-200 characters' }]);
    }
    return this.commands.execute(new VerifyWhatsappSubscriptionCommand(tenantId, field('hub.mode'), field('hub.verify_token'), challenge));
  }

  @Post(':tenant_id')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'WhatsApp Cloud API webhooks: inbound messages and delivery statuses',
    security: [],
    description: 'JSON as Meta posts it, signed with the app secret in `X-Hub-Signature-256` (`sha256=` and the hex HMAC-SHA256 of the ' +
      'exact body bytes): missing or wrong → 401 and nothing stored. Each `messages[]` entry is a message from the lead, matched to ' +
      'the contact by wa_id, then phone, and shown in their timeline (a stop word such as "Cancelar" opts them out of WhatsApp ' +
      'instead); each `statuses[]` entry moves one of our messages to sent, delivered, read or failed, never backwards. Events are ' +
      'stored before the 200 and applied by the worker; a redelivery stores nothing new.',
  })
  @ApiParam(TENANT_ID)
  @ApiHeader({ name: 'X-Hub-Signature-256', required: true, description: 'sha256=<hex HMAC-SHA256(app_secret, raw body)>' })
  @ApiConsumes('application/json')
  @ApiBody({ schema: { type: 'object', additionalProperties: true, example: INBOUND_TEXT } })
  @ApiOkResponse({ type: WebhookAcceptedView, description: 'Stored (or already stored): Meta needs a 200' })
  @ApiProblems(MessagingErrorCodes.webhookSignatureInvalid, PlatformErrorCodes.secretsKeyMissing)
  async receive(@Param('tenant_id', UuidParam) tenantId: string, @Req() request: AuthenticatedRequest & RawBodyRequest) {
    if (request.is(['application/x-www-form-urlencoded', 'message/rfc822'])) {
      throw new HttpProblem(HttpErrorCodes.unsupportedMediaType, 'WhatsApp webhooks are application/json');
    }
    const newEvents = await this.commands.execute(new ReceiveWhatsappWebhookCommand(
      tenantId, request.rawBody ?? Buffer.alloc(0), request.body as unknown, request.header('x-hub-signature-256'),
    ));
    return { new_events: newEvents };
  }
}
