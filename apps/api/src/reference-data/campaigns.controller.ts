import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags,
  OmitType, PartialType,
} from '@nestjs/swagger';
import {
  IsIn, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf,
} from 'class-validator';
import {
  AddCampaignMemberCommand, CAMPAIGN_STATUSES, CampaignErrorCodes, CreateCampaignCommand, DeleteCampaignCommand, GetCampaignQuery,
  ListCampaignMembersQuery, ListCampaignsQuery, MAX_BUDGET, RemoveCampaignMemberCommand, UpdateCampaignCommand,
  UpdateCampaignMemberCommand, type CampaignDetails, type CampaignStatus, type MemberChanges,
} from '@leadline/campaigns';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, EXAMPLE_IDS, pageOf, requestExamples } from '../http/openapi.js';
import {
  IF_MATCH, IfMatch, IsMoney, optionalDate, PageQuery, pageRequest, pageResponse, UuidParam, whenSent,
} from '../http/validation.js';
import { presentCampaign, presentMember } from './presenters.js';
import { CampaignMemberView, CampaignView } from './views.js';
import { CampaignAutomationBody } from './campaign-automation.dto.js';


export class CampaignBody extends CampaignAutomationBody {
  @ApiProperty({ example: 'Campaña Invierno 2025' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ example: '2025-06-12T14:49:28.163Z', nullable: true, type: String })
  @IsOptional() @IsISO8601({ strict: true })
  date_start?: string | null;

  @ApiPropertyOptional({ example: '2025-12-31T23:59:59.000Z', nullable: true, type: String, description: 'Not before date_start' })
  @IsOptional() @IsISO8601({ strict: true })
  date_end?: string | null;

  @ApiPropertyOptional({ example: 50000, minimum: 0, nullable: true, type: Number, description: 'At most two decimals' })
  @IsOptional() @IsMoney() @Min(0) @Max(MAX_BUDGET)
  budget?: number | null;

  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, default: 'draft', description: 'completed is final' })
  @ValidateIf(whenSent) @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A channel of this tenant (unknown → 422)' })
  @IsOptional() @IsUUID()
  channel_id?: string | null;

  @ApiPropertyOptional({ example: '85', nullable: true, type: String, description: 'ManyChat campaign_id; unique per tenant (409 with existing_id)' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100)
  external_id?: string | null;
}

export class CampaignPatch extends PartialType(CampaignBody) {}

export class CampaignListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES }) @IsOptional() @IsIn(CAMPAIGN_STATUSES) status?: CampaignStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() channel_id?: string;
  @ApiPropertyOptional({ example: '85' }) @IsOptional() @IsString() @MaxLength(100) external_id?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only placeholders (true) or only campaigns entered by people (false)' })
  @IsOptional() @IsIn(['true', 'false'])
  auto_created?: 'true' | 'false';
}

export class MemberBody {
  @ApiProperty({ format: 'uuid', description: 'A contact of this tenant (unknown → 422)' }) @IsUUID()
  contact_id!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'An advisor of this tenant (unknown → 422)' })
  @IsOptional() @IsUUID()
  commercial_advisor_id?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'An advisor of this tenant (unknown → 422); dates medical_assignment_date when not given' })
  @IsOptional() @IsUUID()
  medical_advisor_id?: string | null;

  @ApiPropertyOptional({ example: '2025-06-10T11:00:00Z', nullable: true, type: String }) @IsOptional() @IsISO8601({ strict: true })
  medical_assignment_date?: string | null;

  @ApiPropertyOptional({ example: 'Asignado a médico', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200)
  last_state?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(10_000)
  summary?: string | null;

  @ApiPropertyOptional({ example: 'medico', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(100)
  assignment_type?: string | null;

  @ApiPropertyOptional({ example: '2025-06-10T10:10:00Z', description: 'Defaults to now' }) @ValidateIf(whenSent) @IsISO8601({ strict: true })
  assigned_at?: string;
}

export class MemberPatch extends PartialType(OmitType(MemberBody, ['contact_id', 'assigned_at'] as const)) {}

function toCampaignDetails(body: CampaignPatch): CampaignDetails {
  return {
    name: body.name,
    description: body.description,
    dateStart: optionalDate(body.date_start),
    dateEnd: optionalDate(body.date_end),
    budget: body.budget,
    status: body.status,
    channelId: body.channel_id,
    externalId: body.external_id,
    channel: body.channel,
    trigger: body.trigger,
    triggerCondition: body.trigger_condition,
    reentry: body.reentry,
    exitOn: body.exit_on,
    sendWindow: body.send_window,
  };
}

/** Automation errors every write of a campaign's fields can answer. */
const AUTOMATION_PROBLEMS = [
  CampaignErrorCodes.triggerInvalid, CampaignErrorCodes.stageUnknown, CampaignErrorCodes.pipelineUnknown,
] as const;

function toMemberChanges(body: MemberPatch): MemberChanges {
  return {
    commercialAdvisorId: body.commercial_advisor_id,
    medicalAdvisorId: body.medical_advisor_id,
    medicalAssignmentDate: optionalDate(body.medical_assignment_date),
    lastState: body.last_state,
    summary: body.summary,
    assignmentType: body.assignment_type,
  };
}

const CREATE_EXAMPLES = requestExamples({
  minimal: { summary: 'A draft with a name', value: { name: 'Campaña Invierno 2025' } },
  inactivity: {
    summary: 'A Telegram follow-up for leads idle 48 h in two stages',
    value: {
      name: 'Reactivación', channel: 'telegram', trigger: 'inactivity',
      trigger_condition: { hours: 48, stages: ['perfilamiento', 'seguimiento'] }, exit_on: ['reply', 'won', 'lost', 'opt_out'],
      send_window: { start: '09:00', end: '20:00', days: [1, 2, 3, 4, 5, 6] },
    },
  },
  full: {
    summary: 'Every field',
    value: {
      name: 'Campaña Invierno 2025', description: 'Seguimiento de leads de Facebook', date_start: '2025-06-12T14:49:28.163Z',
      date_end: '2025-12-31T23:59:59.000Z', budget: 50000, status: 'active', channel_id: EXAMPLE_IDS.channel, external_id: '85',
    },
  },
});

const REPLACE_EXAMPLES = requestExamples({
  scoreTrigger: {
    summary: 'Enroll leads whose score reaches 60, on WhatsApp, weekdays 9–19',
    value: {
      name: 'Leads calientes', description: 'Seguimiento de leads con score alto', channel: 'whatsapp', trigger: 'lead_score',
      trigger_condition: { min: 60, max: 100 }, reentry: 'after_exit', exit_on: ['reply', 'meeting_booked', 'won', 'lost', 'opt_out'],
      send_window: { start: '09:00', end: '19:00', days: [1, 2, 3, 4, 5], timezone: 'America/Mexico_City' },
    },
  },
  manual: { summary: 'Back to a plain manual campaign (every other field to its default)', value: { name: 'Campaña Invierno 2025' } },
});

const UPDATE_EXAMPLES = requestExamples({
  activate: { summary: 'Start it', value: { status: 'active' } },
  stageTrigger: {
    summary: 'Enroll leads as they enter "agendado" (default pipeline)',
    value: { trigger: 'stage_change', trigger_condition: { to_stage: 'agendado' } },
  },
  overnight: { summary: 'Send only overnight, in the tenant time zone', value: { send_window: { start: '22:00', end: '06:00', days: [1, 2, 3, 4, 5, 6, 7] } } },
  budget: { summary: 'Change the budget and end date', value: { budget: 75000.5, date_end: '2026-03-31T23:59:59.000Z' } },
});

const MEMBER_EXAMPLES = requestExamples({
  minimal: { summary: 'A contact', value: { contact_id: EXAMPLE_IDS.contact } },
  full: {
    summary: 'With its advisors and state',
    value: {
      contact_id: EXAMPLE_IDS.contact, commercial_advisor_id: EXAMPLE_IDS.advisor, medical_advisor_id: EXAMPLE_IDS.advisor,
      medical_assignment_date: '2025-06-10T11:00:00Z', last_state: 'Asignado a médico', summary: 'Pidió información del tratamiento',
      assignment_type: 'medico', assigned_at: '2025-06-10T10:10:00Z',
    },
  },
});

const MEMBER_UPDATE_EXAMPLES = requestExamples({
  state: { summary: 'Its latest state', value: { last_state: 'Agendado', summary: 'Cita el viernes a las 10:00' } },
});

@ApiTags('campaigns')
@Controller('api/v1/campaigns')
export class CampaignsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a campaign (draft unless a status is given)' })
  @ApiBody({ type: CampaignBody, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: CampaignView, description: 'The campaign' })
  @ApiProblems(CampaignErrorCodes.campaignDuplicate, CampaignErrorCodes.channelUnknown, ...AUTOMATION_PROBLEMS)
  async create(@Context() ctx: CommandContext, @Body() body: CampaignBody) {
    const details = { ...toCampaignDetails(body), name: body.name };
    return presentCampaign(await this.commands.execute(new CreateCampaignCommand(ctx, details)));
  }

  @Get()
  @ApiOperation({ summary: 'List campaigns, newest first' })
  @ApiOkResponse({ type: pageOf(CampaignView), description: 'A page of campaigns' })
  async list(@Context() ctx: CommandContext, @Query() query: CampaignListQuery) {
    const page = await this.queries.execute(new ListCampaignsQuery(ctx.tenantId, {
      status: query.status,
      channelId: query.channel_id,
      externalId: query.external_id,
      autoCreated: query.auto_created === undefined ? undefined : query.auto_created === 'true',
    }, pageRequest(query)));
    return pageResponse(page, presentCampaign);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a campaign' })
  @ApiOkResponse({ type: CampaignView, description: 'The campaign' })
  @ApiProblems(CommonErrorCodes.notFound)
  async get(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentCampaign(await this.queries.execute(new GetCampaignQuery(ctx.tenantId, id)));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change some fields of a campaign; null clears a field',
    description: 'Status moves draft → active ⇄ paused → completed (completed is final; else 422 `campaign.invalid_status_transition`). ' +
      'A new `trigger` without `trigger_condition` clears the condition. Changing `channel` re-checks the templates of the steps that use it.',
  })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: CampaignPatch, examples: UPDATE_EXAMPLES })
  @ApiOkResponse({ type: CampaignView, description: 'The campaign as changed' })
  @ApiProblems(
    CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CampaignErrorCodes.campaignDuplicate, CampaignErrorCodes.channelUnknown,
    CampaignErrorCodes.invalidStatusTransition, ...AUTOMATION_PROBLEMS, CampaignErrorCodes.templateChannelMismatch, CampaignErrorCodes.stepInvalid,
  )
  async update(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Body() body: CampaignPatch,
    @IfMatch() expectedVersion?: number,
  ) {
    return presentCampaign(await this.commands.execute(new UpdateCampaignCommand(ctx, id, toCampaignDetails(body), { expectedVersion })));
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Replace the editable fields of a campaign',
    description: 'Every field the body leaves out takes its default (null; trigger `manual`; reentry `never`; exit_on all five); ' +
      'status is kept unless given. Steps are not touched: they have their own endpoints.',
  })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: CampaignBody, examples: REPLACE_EXAMPLES })
  @ApiOkResponse({ type: CampaignView, description: 'The campaign as replaced' })
  @ApiProblems(
    CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CampaignErrorCodes.campaignDuplicate, CampaignErrorCodes.channelUnknown,
    CampaignErrorCodes.invalidStatusTransition, ...AUTOMATION_PROBLEMS, CampaignErrorCodes.templateChannelMismatch, CampaignErrorCodes.stepInvalid,
  )
  async replace(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Body() body: CampaignBody,
    @IfMatch() expectedVersion?: number,
  ) {
    const details = { ...toCampaignDetails(body), name: body.name };
    return presentCampaign(await this.commands.execute(new UpdateCampaignCommand(ctx, id, details, { replace: true, expectedVersion })));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a campaign without members (else 409 campaign.has_members)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CampaignErrorCodes.campaignHasMembers)
  async remove(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    await this.commands.execute(new DeleteCampaignCommand(ctx, id));
  }

  @Get(':id/contacts')
  @ApiOperation({ summary: "The campaign's members with their advisors and latest state, newest first" })
  @ApiOkResponse({ type: pageOf(CampaignMemberView), description: 'A page of members' })
  @ApiProblems(CommonErrorCodes.notFound)
  async members(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Query() query: PageQuery) {
    return pageResponse(await this.queries.execute(new ListCampaignMembersQuery(ctx.tenantId, id, pageRequest(query))), presentMember);
  }

  @Post(':id/contacts')
  @ApiOperation({ summary: 'Add a contact to the campaign (409 with existing_id when already a member)' })
  @ApiBody({ type: MemberBody, examples: MEMBER_EXAMPLES })
  @ApiCreatedResponse({ type: CampaignMemberView, description: 'The membership' })
  @ApiProblems(
    CommonErrorCodes.notFound, CampaignErrorCodes.memberDuplicate, CampaignErrorCodes.memberContactUnknown,
    CampaignErrorCodes.memberAdvisorUnknown,
  )
  async addMember(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: MemberBody) {
    const member = await this.commands.execute(new AddCampaignMemberCommand(ctx, id, body.contact_id, {
      ...toMemberChanges(body),
      assignedAt: optionalDate(body.assigned_at) ?? undefined,
    }));
    return presentMember(member);
  }

  @Patch(':id/contacts/:contactId')
  @ApiOperation({ summary: "Change a member's advisors, state or summary; null clears a field" })
  @ApiBody({ type: MemberPatch, examples: MEMBER_UPDATE_EXAMPLES })
  @ApiOkResponse({ type: CampaignMemberView, description: 'The membership as changed' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CampaignErrorCodes.memberAdvisorUnknown)
  async updateMember(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Param('contactId', UuidParam) contactId: string,
    @Body() body: MemberPatch,
  ) {
    return presentMember(await this.commands.execute(new UpdateCampaignMemberCommand(ctx, id, contactId, toMemberChanges(body))));
  }

  @Delete(':id/contacts/:contactId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a contact from the campaign' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion)
  async removeMember(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Param('contactId', UuidParam) contactId: string,
  ) {
    await this.commands.execute(new RemoveCampaignMemberCommand(ctx, id, contactId));
  }
}
