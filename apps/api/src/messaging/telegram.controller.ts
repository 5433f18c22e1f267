import { Body, Controller, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUrl, Matches, MaxLength } from 'class-validator';
import {
  ConfigureTelegramCommand, CreateTelegramLinkCommand, MessagingErrorCodes, ReceiveTelegramUpdateCommand,
} from '@leadline/messaging';
import { IntegrationSettings, PlatformErrorCodes } from '@leadline/platform';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context, Public, Roles, type AuthenticatedRequest } from '../http/auth.js';
import { ApiProblems, EXAMPLE_IDS, requestExamples } from '../http/openapi.js';
import { ProviderWebhook } from '../http/rate-limit/rate-limit.guard.js';
import { UuidParam } from '../http/validation.js';
import { IntegrationView, presentIntegration } from '../platform/integrations.controller.js';

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const BOT_TOKEN_EXAMPLE = '7000000001:AAH3kZ9x_QeY2bVtLm0pR8sW4uN6cD1fG5j';

export class TelegramSettingsBody {
  @ApiProperty({ example: BOT_TOKEN_EXAMPLE, description: "The bot's token from @BotFather (`<bot id>:<secret>`); write-only" })
  @Matches(/^\d{1,20}:[A-Za-z0-9_-]{20,100}$/, { message: 'bot_token must be a token as @BotFather gives it: "<bot id>:<secret>"' })
  bot_token!: string;

  @ApiPropertyOptional({
    example: 'https://api.telegram.org', default: 'https://api.telegram.org',
    description: 'Bot API root (a local Bot API server): https to a public host; plain http or a private address only for hosts in PROVIDER_TEST_HOSTS (tests, sandboxes)',
  })
  @IsOptional() @IsUrl(HTTP_URL) @MaxLength(500)
  api_base_url?: string;
}

class TelegramConnectionView extends IntegrationView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    example: { bot_username: 'leadline_bot', api_base_url: null },
    description: "`bot_username` as Telegram's getMe answered it; `api_base_url` null for api.telegram.org",
  })
  declare settings: Record<string, string | null>;
}

class TelegramLinkView {
  @ApiProperty({
    example: 'https://t.me/leadline_bot?start=AZcAAAAAcACAAAAAAAAAAZx2f0sQk1lLmB3vV1rT8aE',
    description: 'Opening it and pressing Start links the chat to this contact',
  })
  url!: string;
}

@ApiTags('integrations')
@Roles('admin')
@Controller('api/v1/integrations/telegram')
export class TelegramIntegrationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly integrations: IntegrationSettings,
  ) {}

  @Put()
  @ApiOperation({
    summary: "Connect the tenant's Telegram bot (admin)",
    description: 'Checks the token with `getMe` (refused → 422 `channel.credentials_rejected`; Telegram unreachable → 503 ' +
      '`channel.provider_unavailable`), then registers the webhook `PUBLIC_BASE_URL/api/v1/webhooks/telegram/<tenant id>` ' +
      'with a newly generated secret token, and only then saves the connection, token and secret encrypted. The answer, ' +
      "like GET /api/v1/integrations, shows the secrets only masked, and the bot's username in `settings.bot_username`.",
  })
  @ApiBody({
    type: TelegramSettingsBody,
    examples: requestExamples({ bot: { summary: "Your bot's token", value: { bot_token: BOT_TOKEN_EXAMPLE } } }),
  })
  @ApiOkResponse({ type: TelegramConnectionView, description: 'The saved connection, secrets masked' })
  @ApiProblems(MessagingErrorCodes.channelCredentialsRejected, MessagingErrorCodes.channelUnavailable, PlatformErrorCodes.secretsKeyMissing)
  async configure(@Context() ctx: CommandContext, @Body() body: TelegramSettingsBody) {
    await this.commands.execute(new ConfigureTelegramCommand(ctx, { botToken: body.bot_token, apiBaseUrl: body.api_base_url }));
    const saved = (await this.integrations.list(ctx.tenantId)).find((integration) => integration.provider === 'telegram')!;
    return presentIntegration(saved);
  }
}

@ApiTags('messaging')
@Roles('agent', 'admin')
@Controller('api/v1/crm/contacts')
export class TelegramLinkController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/telegram-link')
  @HttpCode(200)
  @ApiOperation({
    summary: "A deep link to the tenant's bot that links the contact's Telegram chat",
    description: 'When the lead opens `https://t.me/<bot>?start=<token>` and presses Start, their chat is linked to this ' +
      'contact (contact `telegram_chat_id`), so messages can be sent to them and their replies reach the timeline. The ' +
      'token is signed for this tenant and contact; the same contact always gets the same link. Without a Telegram ' +
      'connection: 409 `channel.not_configured`.',
  })
  @ApiParam({ name: 'id', format: 'uuid', example: EXAMPLE_IDS.contact })
  @ApiOkResponse({ type: TelegramLinkView, description: 'The link to send to the lead' })
  @ApiProblems(CommonErrorCodes.notFound, MessagingErrorCodes.channelNotConfigured, PlatformErrorCodes.secretsKeyMissing)
  async link(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return this.commands.execute(new CreateTelegramLinkCommand(ctx.tenantId, id));
  }
}

const UPDATE_EXAMPLE = {
  update_id: 987654321,
  message: {
    message_id: 17,
    from: { id: 5012345678, is_bot: false, first_name: 'Ana', username: 'ana_r' },
    chat: { id: 5012345678, type: 'private', first_name: 'Ana', username: 'ana_r' },
    date: 1764151200,
    text: 'Hola, vi su anuncio',
  },
};

@ApiTags('webhooks')
@ProviderWebhook('telegram')
@Controller('api/v1/webhooks/telegram')
export class TelegramWebhooksController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':tenant_id')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: "Updates of the tenant's Telegram bot (registered by PUT /api/v1/integrations/telegram)",
    security: [],
    description: '`X-Telegram-Bot-Api-Secret-Token` must be the secret token registered with the webhook (missing or wrong → ' +
      '401 `channel.webhook_signature_invalid`, nothing stored). The update is stored by its `update_id` before the answer ' +
      'and applied by the worker: `/start <token>` from a contact\'s link links the chat; a shared contact with the ' +
      "user's own phone links by phone; a text message from a linked chat is an inbound message (a stop word such as STOP or " +
      'BAJA opts the contact out); `my_chat_member` with status `kicked` (the user blocked the bot) opts them out. The same ' +
      '`update_id` again stores nothing; other update types are acknowledged and ignored.',
  })
  @ApiParam({ name: 'tenant_id', format: 'uuid', description: 'The tenant whose bot this is' })
  @ApiHeader({ name: 'X-Telegram-Bot-Api-Secret-Token', required: true, description: 'The secret_token given to setWebhook' })
  @ApiBody({
    description: 'A Telegram Update',
    schema: { type: 'object', additionalProperties: true, example: UPDATE_EXAMPLE },
  })
  @ApiOkResponse({ description: 'Accepted (or already stored, or ignored); the body is empty' })
  @ApiProblems(MessagingErrorCodes.webhookSignatureInvalid, CommonErrorCodes.validation, PlatformErrorCodes.secretsKeyMissing)
  async update(@Param('tenant_id', UuidParam) tenantId: string, @Req() request: AuthenticatedRequest): Promise<void> {
    const secret = request.header('x-telegram-bot-api-secret-token');
    await this.commands.execute(new ReceiveTelegramUpdateCommand(tenantId, secret, request.body));
  }
}

export const telegramControllers = [TelegramIntegrationController, TelegramLinkController, TelegramWebhooksController];
