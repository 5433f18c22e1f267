import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags,
} from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsFQDN, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ConfigureEmailCommand, MessagingErrorCodes, ReceiveEmailReplyCommand, type EmailReceipt } from '@leadline/messaging';
import { IntegrationSettings, PlatformErrorCodes } from '@leadline/platform';
import { CommonErrorCodes, NotFoundError, type CommandContext } from '@leadline/shared-kernel';
import { Context, Roles } from '../http/auth.js';
import { HttpErrorCodes } from '../http/error-codes.js';
import { ApiProblems, requestExamples } from '../http/openapi.js';
import { HttpProblem } from '../http/problem.filter.js';
import { ProviderWebhook } from '../http/rate-limit/rate-limit.guard.js';
import { UuidParam } from '../http/validation.js';
import { IntegrationView, presentIntegration } from '../platform/integrations.controller.js';

export class EmailSettingsBody {
  @ApiProperty({ example: 'smtp.example.com', description: 'The SMTP server; a private or loopback address only for hosts in PROVIDER_TEST_HOSTS' })
  @IsString() @IsNotEmpty() @MaxLength(253)
  smtp_host!: string;

  @ApiProperty({ example: 587, description: '587 with STARTTLS (required), or 465 with secure: true' })
  @IsInt() @Min(1) @Max(65535)
  smtp_port!: number;

  @ApiProperty({ example: false, description: 'true: implicit TLS from the first byte (465); false: STARTTLS, which the server must offer' })
  @IsBoolean()
  secure!: boolean;

  @ApiPropertyOptional({ example: 'crm@example.com' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(320)
  username?: string;

  @ApiPropertyOptional({ example: 'app-password', description: 'Write-only' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(500)
  password?: string;

  @ApiProperty({ example: 'ventas@example.com' })
  @IsEmail() @MaxLength(320)
  from_address!: string;

  @ApiPropertyOptional({ example: 'Ventas Acme' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  from_name?: string;

  @ApiPropertyOptional({
    example: 'reply.example.com',
    description: 'Replies go to reply+<message id>@this domain and Message-IDs end in it; route it to POST /api/v1/webhooks/email/<tenant id>/inbound',
  })
  @IsOptional() @IsFQDN() @MaxLength(253)
  reply_to_domain?: string;
}

export class EmailReceiptView {
  @ApiProperty({ example: true, description: 'false: this e-mail (by Message-ID) was received before and nothing changed' }) accepted!: boolean;
  @ApiProperty({ example: '<CAF=abc@mail.example.org>' }) provider_message_id!: string;
}

const REPLY_EMAIL = [
  'From: María López <maria@example.com>',
  'To: Ventas Acme <ventas@example.com>',
  'Subject: Re: Tu cita de mañana',
  'Date: Tue, 10 Jun 2025 10:20:00 +0000',
  'Message-ID: <CAF=abc@mail.example.org>',
  'In-Reply-To: <01970000-0000-7000-8000-0000000000aa@reply.example.com>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Sí, a las 10 me va bien.',
  '',
  'El lun, 9 jun 2025 a las 18:00, Ventas Acme escribió:',
  '> Hola, ¿te llamo mañana a las 10?',
  '',
].join('\r\n');

@ApiTags('integrations')
@Controller('api/v1')
export class EmailController {
  constructor(
    private readonly commands: CommandBus,
    private readonly integrations: IntegrationSettings,
  ) {}

  @Put('integrations/email')
  @Roles('admin')
  @ApiOperation({
    summary: 'Connect an SMTP server for e-mail (admin)',
    description: 'Checks the connection live first (connects, negotiates TLS, logs in, sends nothing): refused credentials → 422 ' +
      'channel.credentials_rejected, a server that cannot be reached → 503 channel.provider_unavailable, and nothing is saved. ' +
      'The password is stored encrypted and answered masked.',
  })
  @ApiBody({
    type: EmailSettingsBody,
    examples: requestExamples({
      starttls: {
        summary: 'A mailbox provider on 587 with STARTTLS',
        value: {
          smtp_host: 'smtp.example.com', smtp_port: 587, secure: false, username: 'crm@example.com', password: 'app-password',
          from_address: 'ventas@example.com', from_name: 'Ventas Acme', reply_to_domain: 'reply.example.com',
        },
      },
    }),
  })
  @ApiOkResponse({ type: IntegrationView, description: 'The saved connection, password masked' })
  @ApiProblems(MessagingErrorCodes.channelCredentialsRejected, MessagingErrorCodes.channelUnavailable, PlatformErrorCodes.secretsKeyMissing)
  async connect(@Context() ctx: CommandContext, @Body() body: EmailSettingsBody) {
    await this.commands.execute(new ConfigureEmailCommand(ctx, {
      smtpHost: body.smtp_host.toLowerCase(),
      smtpPort: body.smtp_port,
      secure: body.secure,
      username: body.username ?? null,
      password: body.password ?? null,
      fromAddress: body.from_address.toLowerCase(),
      fromName: body.from_name ?? null,
      replyToDomain: body.reply_to_domain?.toLowerCase() ?? null,
    }));
    const [saved] = (await this.integrations.list(ctx.tenantId)).filter((integration) => integration.provider === 'email');
    return presentIntegration(saved!);
  }

  @Post('webhooks/email/:tenant_id/inbound')
  @Roles('agent', 'admin')
  @ProviderWebhook('email')
  @HttpCode(202)
  @ApiTags('webhooks')
  @ApiOperation({
    summary: "A lead's e-mail reply (raw message/rfc822), forwarded by the tenant's mail gateway",
    description: "Authenticated with the tenant's API key (agent or admin); the path tenant must be the key's tenant (else 404). " +
      'Stored by its Message-ID (a second delivery changes nothing), then matched in the worker by In-Reply-To/References to the ' +
      'message it answers, else by the sender address to a contact; it appears in the timeline without the quoted history and ' +
      'publishes message.received. A reply that is only a stop word (STOP, BAJA, …) opts the contact out of e-mail. Bodies up to 25 MiB.',
  })
  @ApiParam({ name: 'tenant_id', format: 'uuid', description: "The key's tenant" })
  @ApiConsumes('message/rfc822')
  @ApiBody({ schema: { type: 'string', format: 'binary', example: REPLY_EMAIL } })
  @ApiAcceptedResponse({ type: EmailReceiptView, description: 'Stored; the worker matches and records it' })
  @ApiProblems(CommonErrorCodes.notFound, MessagingErrorCodes.inboundEmailInvalid)
  async inbound(@Context() ctx: CommandContext, @Param('tenant_id', UuidParam) tenantId: string, @Body() body: unknown) {
    if (tenantId !== ctx.tenantId) throw new NotFoundError('tenant', tenantId);
    if (body !== undefined && !Buffer.isBuffer(body)) {
      throw new HttpProblem(HttpErrorCodes.unsupportedMediaType, 'Send the raw e-mail with Content-Type: message/rfc822');
    }
    const receipt: EmailReceipt = await this.commands.execute(new ReceiveEmailReplyCommand(ctx, body ?? Buffer.alloc(0)));
    return { accepted: receipt.accepted, provider_message_id: receipt.providerMessageId };
  }
}
