import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam,
  ApiProduces, ApiQuery, ApiTags,
} from '@nestjs/swagger';
import { APP_CONFIG, CommonErrorCodes, NotFoundError, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import { PlatformErrorCodes } from '@leadline/platform';
import {
  IngestRecordingEmailCommand, RecordTwilioStatusCommand, RecordZadarmaNotificationCommand, TelephonyErrorCodes,
} from '@leadline/telephony';
import { Context, Public, Roles, type AuthenticatedRequest } from '../http/auth.js';
import { HttpErrorCodes } from '../http/error-codes.js';
import { ApiNoDependencyProblem, ApiProblems } from '../http/openapi.js';
import { HttpProblem } from '../http/problem.filter.js';
import { ProviderWebhook } from '../http/rate-limit/rate-limit.guard.js';
import { UuidParam } from '../http/validation.js';
import { CallView, presentCall } from './calls.controller.js';

/** A whole recording e-mail, small enough to read: the call is matched by the PBX call id in its subject. */
const RECORDING_EMAIL = [
  'From: Zadarma <no-reply@zadarma.com>',
  'To: calls@agency.example',
  'Subject: Call recording out_4f1c2d3e4b5a69788796a5b4c3d2e1f001122334 100 -> +525512345678',
  'Date: Tue, 10 Jun 2025 10:20:00 +0000',
  'Message-ID: <recording-out_4f1c2d3e4b5a@zadarma.com>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="recording"',
  '',
  '--recording',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Grabación de la llamada adjunta.',
  '--recording',
  'Content-Type: audio/mpeg; name="out_4f1c2d3e4b5a.mp3"',
  'Content-Disposition: attachment; filename="out_4f1c2d3e4b5a.mp3"',
  'Content-Transfer-Encoding: base64',
  '',
  'SUQzBAAAAAAAAP/7kGRVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV',
  '--recording--',
  '',
].join('\r\n');

const TENANT_ID = { name: 'tenant_id', format: 'uuid', description: 'The tenant whose provider settings sign this webhook' };

/** Webhooks run as the provider, not as an API key: the audit trail shows them as such. */
function webhookContext(tenantId: string, provider: string, request: AuthenticatedRequest): CommandContext {
  return { tenantId, actor: { type: 'webhook', id: null, name: provider }, requestId: request.id ?? null };
}

/** Form fields as strings; a repeated key keeps its values (Twilio signs each one). */
function formFields(request: AuthenticatedRequest): Record<string, string | string[]> {
  if (!request.is('application/x-www-form-urlencoded') || request.body === null || typeof request.body !== 'object') {
    throw new HttpProblem(HttpErrorCodes.unsupportedMediaType, 'Webhook bodies must be application/x-www-form-urlencoded');
  }
  return request.body as Record<string, string | string[]>;
}

@ApiTags('webhooks')
@ProviderWebhook('zadarma')
@Controller('api/v1/webhooks/zadarma')
export class ZadarmaWebhooksController {
  constructor(private readonly commands: CommandBus) {}

  @Get(':tenant_id')
  @Public()
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary: "Zadarma's URL check: answers the zd_echo value",
    security: [],
    description: 'Zadarma calls this once when the notification URL is saved in its cabinet. No authentication.',
  })
  @ApiParam(TENANT_ID)
  @ApiQuery({ name: 'zd_echo', required: true, example: 'a1b2c3d4' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The zd_echo value, as the whole body', schema: { type: 'string', example: 'a1b2c3d4' } })
  @ApiNoDependencyProblem()
  echo(@Param('tenant_id', UuidParam) _tenantId: string, @Query('zd_echo') echo?: string): string {
    if (typeof echo !== 'string' || echo.length === 0 || echo.length > 200) {
      throw new HttpProblem(CommonErrorCodes.validation, 'zd_echo is required', [{ field: 'zd_echo', message: 'must be 1-200 characters' }]);
    }
    return echo;
  }

  @Post(':tenant_id')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Zadarma PBX call notifications (NOTIFY_START, NOTIFY_ANSWER, NOTIFY_END, NOTIFY_OUT_START, NOTIFY_OUT_END, NOTIFY_RECORD)',
    security: [],
    description: 'Form-encoded, signed with the tenant\'s Zadarma API secret in the `Signature` header (base64 of the hex ' +
      'HMAC-SHA1 of the event\'s fields). Creates or updates the call with that `pbx_call_id` (external_call_id, provider ' +
      'zadarma), matching the contact by phone; the same (pbx_call_id, event) twice changes nothing, and a late event never ' +
      'moves a final status back. NOTIFY_RECORD has the worker fetch the recording link. Other events are acknowledged and ignored.',
  })
  @ApiParam(TENANT_ID)
  @ApiHeader({ name: 'Signature', required: true, description: 'base64(hex(HMAC-SHA1(api_secret, signed fields)))' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    schema: {
      type: 'object',
      additionalProperties: { type: 'string' },
      example: {
        event: 'NOTIFY_OUT_END', call_start: '2024-03-01 10:15:00', pbx_call_id: 'out_4f1c2d3e4b5a69788796a5b4c3d2e1f001122334',
        caller_id: '442037691880', destination: '380501234567', internal: '100', duration: '73', disposition: 'answered',
        status_code: '16', is_recorded: '1', call_id_with_rec: '1709280900.123456',
      },
    },
  })
  @ApiOkResponse({ description: 'Accepted (or already applied); the body is an empty JSON object, i.e. Zadarma\'s default routing', schema: { type: 'object', example: {} } })
  @ApiProblems(TelephonyErrorCodes.zadarmaSignatureInvalid, TelephonyErrorCodes.notificationInvalid, PlatformErrorCodes.secretsKeyMissing)
  async notify(@Param('tenant_id', UuidParam) tenantId: string, @Req() request: AuthenticatedRequest) {
    const signature = request.header('signature');
    const fields = Object.fromEntries(Object.entries(formFields(request)).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
    await this.commands.execute(new RecordZadarmaNotificationCommand(webhookContext(tenantId, 'zadarma', request), fields, signature));
    return {};
  }

  @Post(':tenant_id/recording-email')
  @Roles('agent', 'admin')
  @ApiOperation({
    summary: 'A Zadarma call-recording e-mail (raw message/rfc822), e.g. forwarded by a mail rule',
    description: 'Authenticated with the tenant\'s API key (agent or admin); the path tenant must be the key\'s tenant (else 404). ' +
      'The audio attachment is stored and streamed by `GET /api/v1/crm/calls/{id}/recording`. The call is found by, in order: ' +
      'a PBX call id (`in_…`/`out_…`) in the subject, body or file name; a phone number plus a local time (YYYY-MM-DD HH:MM[:SS], ' +
      'or YYYYMMDD-HHMMSS in the file name, in the Zadarma account\'s zone) within 5 minutes of a Zadarma call with that number; ' +
      'the same e-mail sent before. Otherwise a completed call is created (outbound unless the subject says incoming/entrante). ' +
      'Bodies up to 25 MiB.',
  })
  @ApiParam(TENANT_ID)
  @ApiConsumes('message/rfc822')
  @ApiBody({ schema: { type: 'string', format: 'binary', example: RECORDING_EMAIL } })
  @ApiCreatedResponse({ type: CallView, description: 'The call the recording belongs to' })
  @ApiProblems(CommonErrorCodes.notFound, TelephonyErrorCodes.recordingEmailInvalid)
  async recordingEmail(
    @Context() ctx: CommandContext,
    @Param('tenant_id', UuidParam) tenantId: string,
    @Body() body: unknown,
  ) {
    if (tenantId !== ctx.tenantId) throw new NotFoundError('tenant', tenantId);
    if (body !== undefined && !Buffer.isBuffer(body)) {
      throw new HttpProblem(HttpErrorCodes.unsupportedMediaType, 'Send the raw e-mail with Content-Type: message/rfc822');
    }
    return presentCall(await this.commands.execute(new IngestRecordingEmailCommand(ctx, body ?? Buffer.alloc(0))));
  }
}

@ApiTags('webhooks')
@ProviderWebhook('twilio')
@Controller('api/v1/webhooks/twilio')
export class TwilioWebhooksController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':tenant_id/status')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Twilio status callbacks of calls placed by POST /api/v1/crm/calls/initiate',
    security: [],
    description: 'Form-encoded, `X-Twilio-Signature` checked with the tenant\'s auth token over PUBLIC_BASE_URL + this path ' +
      '(bad or missing → 403, nothing stored). ringing → ringing, in-progress → answered, completed/busy/no-answer/failed/canceled ' +
      '→ completed/busy/no_answer/failed/cancelled with duration and ended_at. (CallStatus, SequenceNumber) is the idempotency key; ' +
      'an older SequenceNumber never moves the status. An unknown CallSid answers 404.',
  })
  @ApiParam(TENANT_ID)
  @ApiHeader({ name: 'X-Twilio-Signature', required: true })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    schema: {
      type: 'object',
      additionalProperties: { type: 'string' },
      example: {
        AccountSid: 'AC00000000000000000000000000000001', CallSid: 'CA0123456789abcdef0123456789abcdef', CallStatus: 'completed',
        CallDuration: '47', From: '+14155550100', To: '+525512345678', SequenceNumber: '3', Direction: 'outbound-api',
      },
    },
  })
  @ApiNoContentResponse({ description: 'Applied, or already applied' })
  @ApiProblems(
    TelephonyErrorCodes.twilioSignatureInvalid, TelephonyErrorCodes.notificationInvalid, CommonErrorCodes.notFound,
    PlatformErrorCodes.secretsKeyMissing,
  )
  async status(@Param('tenant_id', UuidParam) tenantId: string, @Req() request: AuthenticatedRequest): Promise<void> {
    const signature = request.header('x-twilio-signature');
    // Twilio signed the URL it was given, which is ours as the outside world sees it, not as a proxy forwards it.
    const url = `${this.config.publicBaseUrl}${request.originalUrl}`;
    await this.commands.execute(new RecordTwilioStatusCommand(webhookContext(tenantId, 'twilio', request), url, formFields(request), signature));
  }
}
