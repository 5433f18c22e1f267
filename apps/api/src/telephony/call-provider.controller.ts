import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AGENT_TYPES, AiAgentErrorCodes, StartAiCallCommand, type AgentType } from '@leadline/ai-agent';
import { MessagingErrorCodes } from '@leadline/messaging';
import type { Response } from 'express';
import { PlatformErrorCodes } from '@leadline/platform';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { GetCallRecordingQuery, InitiateCallCommand, TelephonyErrorCodes } from '@leadline/telephony';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, EXAMPLE_IDS, requestExamples } from '../http/openapi.js';
import { UuidParam } from '../http/validation.js';
import { CallView, presentCall } from './calls.controller.js';

export class InitiateCallBody {
  @ApiProperty({ format: 'uuid', description: 'A contact of this tenant with a phone number (unknown or without phone → 422)' })
  @IsUUID()
  contact_id!: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Must be one of the contact's opportunities (else 422); the attempt lands on the contact's opportunity awaiting its first call" })
  @IsOptional() @IsUUID()
  opportunity_id?: string;

  @ApiPropertyOptional({
    enum: AGENT_TYPES,
    description: 'An AI agent talks to the lead (contract §13): the call is connected to ConversationRelay with the agent\'s greeting. '
      + "Without opportunity_id, the contact's newest opportunity is the lead",
  })
  @IsOptional() @IsIn(AGENT_TYPES)
  agent_type?: AgentType;
}

const INITIATE_EXAMPLES = requestExamples({
  minimal: { summary: 'Call a contact', value: { contact_id: EXAMPLE_IDS.contact } },
  full: { summary: 'For one of its opportunities', value: { contact_id: EXAMPLE_IDS.contact, opportunity_id: EXAMPLE_IDS.opportunity } },
  ai: {
    summary: 'An AI agent calls the lead',
    value: { contact_id: EXAMPLE_IDS.contact, opportunity_id: EXAMPLE_IDS.opportunity, agent_type: 'perfilador' },
  },
});

@ApiTags('calls')
@Controller('api/v1/crm/calls')
export class CallProviderController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('initiate')
  @HttpCode(202)
  @Roles('agent', 'admin')
  @ApiOperation({
    summary: "Call a contact through the tenant's voice provider (Twilio)",
    description: 'Places the call (StatusCallback = PUBLIC_BASE_URL/api/v1/webhooks/twilio/{tenant}/status, events initiated, ' +
      'ringing, answered, completed) and answers the call: provider twilio, status initiated, external_call_id = the CallSid. ' +
      'Its progress arrives through the status callbacks. No Twilio settings → 422 telephony.provider_not_configured; Twilio ' +
      'refusing the call → 422 telephony.provider_rejected with Twilio\'s code in provider_code; Twilio failing or unreachable → 502. ' +
      'With `agent_type` (contract §13) an AI agent takes the call: it needs the AI connection (else 409 ai.not_configured); the ' +
      "agent's instructions and greeting are rendered for the lead first (a variable with no value and no default → 422 " +
      'template.missing_variable naming it, and nothing is placed); the call is recorded, then placed with inline TwiML that ' +
      'connects it to ConversationRelay at wss://<PUBLIC_BASE_URL host>/api/v1/ai-calls/{call id}/relay with the greeting as ' +
      'welcomeGreeting. A call Twilio refuses stays recorded as failed.',
  })
  @ApiBody({ type: InitiateCallBody, examples: INITIATE_EXAMPLES })
  @ApiAcceptedResponse({ type: CallView, description: 'The call, placed: provider twilio, status initiated' })
  @ApiProblems(
    TelephonyErrorCodes.contactUnknown, TelephonyErrorCodes.contactWithoutPhone, TelephonyErrorCodes.opportunityNotOfContact,
    TelephonyErrorCodes.providerNotConfigured, TelephonyErrorCodes.providerRejected, TelephonyErrorCodes.providerUnavailable,
    PlatformErrorCodes.secretsKeyMissing, AiAgentErrorCodes.notConfigured, AiAgentErrorCodes.contactWithoutOpportunity,
    MessagingErrorCodes.templateMissingVariable,
  )
  async initiate(@Context() ctx: CommandContext, @Body() body: InitiateCallBody) {
    if (body.agent_type) {
      return presentCall(await this.commands.execute(new StartAiCallCommand(ctx, body.contact_id, body.opportunity_id, body.agent_type)));
    }
    return presentCall(await this.commands.execute(new InitiateCallCommand(ctx, body.contact_id, body.opportunity_id)));
  }

  @Get(':id/recording')
  @ApiOperation({ summary: "Stream the call's stored recording (from a recording e-mail or fetched from Zadarma)" })
  @ApiProduces('audio/mpeg', 'audio/wav', 'audio/ogg')
  @ApiOkResponse({ description: 'The audio, with its content type', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(CommonErrorCodes.notFound)
  async recording(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const recording = await this.queries.execute(new GetCallRecordingQuery(ctx.tenantId, id));
    response.setHeader('Content-Length', String(recording.size));
    return new StreamableFile(recording.open(), {
      type: recording.contentType,
      disposition: `inline; filename="${recording.filename.replace(/[^\w.-]/g, '_')}"`,
    });
  }
}
