import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse, ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, ValidateIf,
} from 'class-validator';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import {
  CALL_DIRECTIONS, CALL_ENTITY_TYPES, CALL_PROVIDERS, CALL_STATUSES, CreateCallCommand, GetCallQuery, ListCallsQuery,
  RequestAttemptSyncCommand, TelephonyErrorCodes, UpdateCallCommand,
  type Call, type CallDetails, type CallDirection, type CallEntityType, type CallProvider, type CallStatus,
} from '@leadline/telephony';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, EXAMPLE_IDS, pageOf, requestExamples } from '../http/openapi.js';
import {
  IF_MATCH, IfMatch, optionalDate, PageQuery, pageRequest, pageResponse, UuidParam, whenSent,
} from '../http/validation.js';

/** Digits with an optional + (or an opening parenthesis), or a PBX extension such as "100"; spaces and separators allowed. */
const PHONE_OR_EXTENSION = /^\+?[0-9(][0-9 ().-]{0,39}$/;

export class CallFields {
  @ApiPropertyOptional({ enum: CALL_ENTITY_TYPES, nullable: true, description: 'Defaults to "contacts" when entity_id is given' })
  @IsOptional() @IsIn(CALL_ENTITY_TYPES)
  entity_type?: CallEntityType | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A contact of this tenant (unknown → 422)' })
  @IsOptional() @IsUUID()
  entity_id?: string | null;

  @ApiPropertyOptional({ enum: CALL_STATUSES, nullable: true }) @IsOptional() @IsIn(CALL_STATUSES)
  call_status?: CallStatus | null;

  @ApiPropertyOptional({ enum: CALL_PROVIDERS, default: 'manual' }) @ValidateIf(whenSent) @IsIn(CALL_PROVIDERS)
  provider?: CallProvider;

  @ApiPropertyOptional({ example: 'out_4f1c2d3e4b5a', nullable: true, type: String, description: "The provider's call id; unique per provider (duplicate → 409)" })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  external_call_id?: string | null;

  @ApiPropertyOptional({
    example: '100', nullable: true, type: String,
    description: 'A phone number, stored in E.164 (read in DEFAULT_PHONE_REGION without a country code), or a PBX extension of up to 6 digits',
  })
  @IsOptional() @Matches(PHONE_OR_EXTENSION, { message: 'from_number must be a phone number or an extension' })
  from_number?: string | null;

  @ApiPropertyOptional({
    example: '55 9876 5432', nullable: true, type: String,
    description: 'A phone number, stored in E.164 (read in DEFAULT_PHONE_REGION without a country code), or a PBX extension of up to 6 digits',
  })
  @IsOptional()
  @Matches(PHONE_OR_EXTENSION, { message: 'to_number must be a phone number or an extension' })
  to_number?: string | null;

  @ApiPropertyOptional({ example: '2025-01-29T10:00:00Z', nullable: true, type: String, description: 'The attempt time of a first-call attempt' })
  @IsOptional() @IsISO8601({ strict: true })
  started_at?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsISO8601({ strict: true })
  answered_at?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsISO8601({ strict: true })
  ended_at?: string | null;

  @ApiPropertyOptional({ minimum: 0, nullable: true, type: Number }) @IsOptional() @IsInt() @Min(0) @Max(864_000)
  duration_seconds?: number | null;

  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }) @MaxLength(2000)
  recording_url?: string | null;

  @ApiPropertyOptional({ example: 'No contestó', nullable: true, type: String, description: 'Attempt notes when there is no summary' })
  @IsOptional() @IsString() @MaxLength(2000)
  call_result?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Attempt notes' }) @IsOptional() @IsString() @MaxLength(10_000)
  summary?: string | null;
}

export class CallBody extends CallFields {
  @ApiProperty({ enum: CALL_DIRECTIONS, description: 'Only outbound calls to a contact register first-call attempts' })
  @IsIn(CALL_DIRECTIONS)
  direction!: CallDirection;
}

export class PatchCallBody extends CallFields {
  @ApiPropertyOptional({ enum: CALL_DIRECTIONS }) @ValidateIf(whenSent) @IsIn(CALL_DIRECTIONS)
  direction?: CallDirection;
}

export class CallListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Calls with this contact' }) @IsOptional() @IsUUID() entity_id?: string;
  @ApiPropertyOptional({ enum: CALL_DIRECTIONS }) @IsOptional() @IsIn(CALL_DIRECTIONS) direction?: CallDirection;
  @ApiPropertyOptional({ enum: CALL_STATUSES }) @IsOptional() @IsIn(CALL_STATUSES) call_status?: CallStatus;
  @ApiPropertyOptional({ example: '2025-01-01T00:00:00Z', description: 'Calls started at or after this instant' })
  @IsOptional() @IsISO8601({ strict: true })
  started_from?: string;

  @ApiPropertyOptional({ example: '2025-02-01T00:00:00Z', description: 'Calls started before this instant' })
  @IsOptional() @IsISO8601({ strict: true })
  started_to?: string;
}

export class SyncAttemptsBody {
  @ApiPropertyOptional({ example: '2025-01-01T00:00:00Z', description: 'Only calls from this instant on; all calls when absent' })
  @IsOptional() @IsISO8601({ strict: true })
  since?: string;
}

export class CallView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CALL_ENTITY_TYPES, nullable: true }) entity_type!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) entity_id!: string | null;
  @ApiProperty({ enum: CALL_DIRECTIONS }) direction!: string;
  @ApiProperty({ enum: CALL_STATUSES, nullable: true }) call_status!: string | null;
  @ApiProperty({ enum: CALL_PROVIDERS }) provider!: string;
  @ApiProperty({ nullable: true, type: String }) external_call_id!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '100', description: 'E.164, or a PBX extension' }) from_number!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+525598765432', description: 'E.164, or a PBX extension' }) to_number!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) started_at!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) answered_at!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) ended_at!: string | null;
  @ApiProperty({ nullable: true, type: Number }) duration_seconds!: number | null;
  @ApiProperty({ nullable: true, type: String }) recording_url!: string | null;
  @ApiProperty({ nullable: true, type: String }) call_result!: string | null;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
  @ApiProperty({ example: 1 }) version!: number;
}

class AttemptSyncView {
  @ApiProperty({ enum: ['queued'] }) status!: string;
  @ApiProperty({ format: 'uuid' }) sync_id!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) since!: string | null;
}

const FULL_CALL = {
  direction: 'outbound', entity_type: 'contacts', entity_id: EXAMPLE_IDS.contact, call_status: 'completed', provider: 'zadarma',
  external_call_id: 'out_4f1c2d3e4b5a69788796a5b4c3d2e1f0', from_number: '100', to_number: '+52 55 1234 5678',
  started_at: '2025-01-29T10:00:00Z', answered_at: '2025-01-29T10:00:12Z', ended_at: '2025-01-29T10:01:25Z', duration_seconds: 73,
  recording_url: 'https://crm.example.com/recordings/out_4f1c2d3e4b5a.mp3', call_result: 'Contestó',
  summary: 'Interesada; pide una cotización por correo',
};

const CALL_EXAMPLES = requestExamples({
  minimal: { summary: 'An outbound call to a contact (registers a first-call attempt)', value: { direction: 'outbound', entity_id: EXAMPLE_IDS.contact } },
  full: { summary: 'Every field', value: FULL_CALL },
});

const REPLACE_EXAMPLES = requestExamples({
  full: { summary: 'The whole call', value: FULL_CALL },
  minimal: { summary: 'Only the direction: every other field is cleared', value: { direction: 'outbound' } },
});

const PATCH_EXAMPLES = requestExamples({
  outcome: { summary: 'The outcome of the call', value: { call_status: 'completed', duration_seconds: 73, summary: 'Agendó una cita para el viernes' } },
});

const SYNC_EXAMPLES = requestExamples({
  all: { summary: 'Every past outbound call', value: {} },
  since: { summary: 'Calls from a date on', value: { since: '2025-01-01T00:00:00Z' } },
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentCall(call: Call) {
  const c = call.snapshot;
  return {
    id: c.id,
    entity_type: c.entityType,
    entity_id: c.entityId,
    direction: c.direction,
    call_status: c.callStatus,
    provider: c.provider,
    external_call_id: c.externalCallId,
    from_number: c.fromNumber,
    to_number: c.toNumber,
    started_at: iso(c.startedAt),
    answered_at: iso(c.answeredAt),
    ended_at: iso(c.endedAt),
    duration_seconds: c.durationSeconds,
    recording_url: c.recordingUrl,
    call_result: c.callResult,
    summary: c.summary,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
    version: c.version,
  };
}

/** Body fields as call details; `undefined` stays "not sent", which PATCH keeps and PUT clears. */
function details(body: CallFields & { direction?: CallDirection }): Partial<CallDetails> {
  return {
    entityType: body.entity_type,
    entityId: body.entity_id,
    direction: body.direction,
    callStatus: body.call_status,
    provider: body.provider,
    externalCallId: body.external_call_id,
    fromNumber: body.from_number,
    toNumber: body.to_number,
    startedAt: optionalDate(body.started_at),
    answeredAt: optionalDate(body.answered_at),
    endedAt: optionalDate(body.ended_at),
    durationSeconds: body.duration_seconds,
    recordingUrl: body.recording_url,
    callResult: body.call_result,
    summary: body.summary,
  };
}

/** PUT replaces the call: every field not sent is cleared (the provider returns to manual). */
function replacement(body: CallBody): Partial<CallDetails> {
  const sent = details(body);
  return Object.fromEntries(Object.entries(sent).map(([field, value]) => [
    field, value !== undefined ? value : field === 'provider' ? 'manual' : null,
  ])) as Partial<CallDetails>;
}

@ApiTags('calls')
@Controller('api/v1/crm/calls')
export class CallsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Record a call',
    description: "An outbound call to a contact registers a first-call attempt on the contact's open opportunity, "
      + 'asynchronously (contract §6); the call itself is stored whatever registration does.',
  })
  @ApiBody({ type: CallBody, examples: CALL_EXAMPLES })
  @ApiCreatedResponse({ type: CallView, description: 'The call' })
  @ApiProblems(TelephonyErrorCodes.callDuplicate, TelephonyErrorCodes.contactUnknown)
  async create(@Context() ctx: CommandContext, @Body() body: CallBody) {
    const input = details(body);
    return presentCall(await this.commands.execute(new CreateCallCommand(ctx, { ...input, direction: body.direction })));
  }

  @Post('sync-attempts')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'Register first-call attempts for past outbound calls (admin)',
    description: 'Runs in the worker, oldest call first, with the same rules as live registration; calls already registered are unchanged.',
  })
  @ApiBody({ type: SyncAttemptsBody, examples: SYNC_EXAMPLES })
  @ApiAcceptedResponse({ type: AttemptSyncView, description: 'Queued for the worker' })
  async syncAttempts(@Context() ctx: CommandContext, @Body() body: SyncAttemptsBody) {
    const request = await this.commands.execute(new RequestAttemptSyncCommand(ctx, optionalDate(body.since) ?? null));
    return { status: 'queued', sync_id: request.syncId, since: iso(request.since) };
  }

  @Get()
  @ApiOperation({ summary: 'List calls, newest first' })
  @ApiOkResponse({ type: pageOf(CallView), description: 'A page of calls' })
  async list(@Context() ctx: CommandContext, @Query() query: CallListQuery) {
    const page = await this.queries.execute(new ListCallsQuery(ctx.tenantId, {
      entityId: query.entity_id,
      direction: query.direction,
      callStatus: query.call_status,
      startedFrom: optionalDate(query.started_from) ?? undefined,
      startedTo: optionalDate(query.started_to) ?? undefined,
    }, pageRequest(query)));
    return pageResponse(page, presentCall);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a call' })
  @ApiOkResponse({ type: CallView, description: 'The call' })
  @ApiProblems(CommonErrorCodes.notFound)
  async get(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentCall(await this.queries.execute(new GetCallQuery(ctx.tenantId, id)));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a call; fields not sent are cleared. Re-registers its attempt when it is one' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: CallBody, examples: REPLACE_EXAMPLES })
  @ApiOkResponse({ type: CallView, description: 'The call as replaced' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, TelephonyErrorCodes.callDuplicate, TelephonyErrorCodes.contactUnknown)
  async replace(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Body() body: CallBody,
    @IfMatch() expectedVersion?: number,
  ) {
    return presentCall(await this.commands.execute(new UpdateCallCommand(ctx, id, replacement(body), expectedVersion)));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change some fields of a call (e.g. its status). Re-registers its attempt when it is one' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: PatchCallBody, examples: PATCH_EXAMPLES })
  @ApiOkResponse({ type: CallView, description: 'The call as changed' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, TelephonyErrorCodes.callDuplicate, TelephonyErrorCodes.contactUnknown)
  async update(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Body() body: PatchCallBody,
    @IfMatch() expectedVersion?: number,
  ) {
    return presentCall(await this.commands.execute(new UpdateCallCommand(ctx, id, details(body), expectedVersion)));
  }
}
