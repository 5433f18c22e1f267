import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  CreateOpportunityCommand, CrmErrorCodes, DeleteOpportunityCommand, GetOpportunityQuery, GetStageHistoryQuery,
  ReferenceDataErrorCodes,
  ListOpportunitiesQuery, MoveOpportunityStageCommand, OPPORTUNITY_STATUSES, PRIORITIES, TREATMENT_TYPES,
  UpdateOpportunityCommand, type OpportunityStatus, type OpportunityView as Opportunity, type Priority, type TreatmentType,
} from '@leadline/crm-domain';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, EXAMPLE_IDS, OpportunityView, pageOf, requestExamples, StageChangeView } from '../http/openapi.js';
import {
  IF_MATCH, IfMatch, IsStageKey, optionalDate, PageQuery, pageRequest, pageResponse, UuidParam, whenSent,
} from '../http/validation.js';
import { presentOpportunities, presentOpportunity, presentStageChange } from './presenters.js';


export class OpportunityFields {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 75, nullable: true, type: Number })
  @IsOptional() @IsInt() @Min(0) @Max(100)
  opportunity_score?: number | null;

  @ApiPropertyOptional({ enum: PRIORITIES, default: 'medium' }) @ValidateIf(whenSent) @IsIn(PRIORITIES)
  priority?: Priority;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Assigning an advisor to a pending opportunity makes it assigned' })
  @IsOptional() @IsUUID()
  assigned_advisor_id?: string | null;

  @ApiPropertyOptional({ enum: TREATMENT_TYPES, nullable: true }) @IsOptional() @IsIn(TREATMENT_TYPES)
  treatment_type?: TreatmentType | null;

  @ApiPropertyOptional({ example: '2026-12-01T15:00:00-06:00', nullable: true, type: String })
  @IsOptional() @IsISO8601({ strict: true })
  next_action_at?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(10_000)
  notes?: string | null;
}

export class CreateOpportunityBody extends OpportunityFields {
  @ApiProperty({ format: 'uuid', description: 'An existing contact of this tenant (unknown → 422)' }) @IsUUID()
  contact_id!: string;

  @ApiPropertyOptional({ example: 'Alta probabilidad de conversión', nullable: true, type: String })
  @IsOptional() @IsString() @MaxLength(2000)
  detection_reason?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: "Defaults to the tenant's default pipeline" }) @IsOptional() @IsUUID()
  pipeline_id?: string;
}

export class UpdateOpportunityBody extends OpportunityFields {
  @ApiPropertyOptional({ enum: OPPORTUNITY_STATUSES, description: 'Moves forward only; won and lost are final' })
  @ValidateIf(whenSent) @IsIn(OPPORTUNITY_STATUSES)
  status?: OpportunityStatus;
}

export class MoveStageBody {
  @ApiProperty({
    example: 'perfilamiento', pattern: '^[a-z0-9_]{1,50}$',
    description: "A stage key of the opportunity's pipeline (else 422, naming the keys it has)",
  })
  @IsStageKey()
  stage!: string;

  @ApiPropertyOptional({ example: 'Customer answered the first call' }) @IsOptional() @IsString() @MaxLength(2000)
  reason?: string;
}

export class OpportunityListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() contact_id?: string;
  @ApiPropertyOptional({ enum: OPPORTUNITY_STATUSES }) @IsOptional() @IsIn(OPPORTUNITY_STATUSES) status?: OpportunityStatus;
  @ApiPropertyOptional({ description: 'Current stage key' }) @IsOptional() @IsStageKey() stage?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() pipeline_id?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() assigned_advisor_id?: string;
  @ApiPropertyOptional({ enum: PRIORITIES }) @IsOptional() @IsIn(PRIORITIES) priority?: Priority;
  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'lead_score.value at least this (unscored opportunities are left out)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100) min_score?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'lead_score.value at most this (unscored opportunities are left out)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100) max_score?: number;
  @ApiPropertyOptional({ enum: ['-lead_score'], description: '-lead_score: highest lead score first (unscored last); default newest first' })
  @IsOptional() @IsIn(['-lead_score']) sort?: '-lead_score';
}

const CREATE_EXAMPLES = requestExamples({
  minimal: { summary: "A contact's opportunity in the default pipeline", value: { contact_id: EXAMPLE_IDS.contact } },
  full: {
    summary: 'Every field',
    value: {
      contact_id: EXAMPLE_IDS.contact, pipeline_id: EXAMPLE_IDS.pipeline, opportunity_score: 75,
      detection_reason: 'Alta probabilidad de conversión', priority: 'high', assigned_advisor_id: EXAMPLE_IDS.advisor,
      treatment_type: 'automated_call', next_action_at: '2026-12-01T15:00:00-06:00', notes: 'Prefiere llamadas por la tarde',
    },
  },
});

const UPDATE_EXAMPLES = requestExamples({
  reprioritise: {
    summary: 'Priority, next action and notes',
    value: { priority: 'urgent', next_action_at: '2026-12-02T18:00:00-06:00', notes: 'Llamar después de las 18:00' },
  },
  assign: { summary: 'Assign an advisor (a pending opportunity becomes assigned)', value: { assigned_advisor_id: EXAMPLE_IDS.advisor } },
});

const MOVE_EXAMPLES = requestExamples({
  move: { summary: 'To the next stage, with a reason', value: { stage: 'perfilamiento', reason: 'Respondió la primera llamada' } },
  minimal: { summary: 'Only the stage', value: { stage: 'calificacion_financiera' } },
});

@ApiTags('opportunities')
@Controller('api/v1/crm/opportunities')
export class OpportunitiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create an opportunity; its pipeline stage (the initial stage) is created in the same transaction',
    description: 'An assigned_advisor_id that is not an advisor of this tenant answers 422 advisor.unknown.',
  })
  @ApiBody({ type: CreateOpportunityBody, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: OpportunityView, description: 'The opportunity with its pipeline stage' })
  @ApiProblems(CrmErrorCodes.contactUnknown, CrmErrorCodes.pipelineUnknown, ReferenceDataErrorCodes.advisorUnknown)
  async create(@Context() ctx: CommandContext, @Body() body: CreateOpportunityBody) {
    const opportunity = await this.commands.execute(new CreateOpportunityCommand(ctx, {
      contactId: body.contact_id,
      pipelineId: body.pipeline_id,
      opportunityScore: body.opportunity_score,
      detectionReason: body.detection_reason,
      priority: body.priority,
      assignedAdvisorId: body.assigned_advisor_id,
      treatmentType: body.treatment_type,
      nextActionAt: optionalDate(body.next_action_at),
      notes: body.notes,
    }));
    return presentOpportunity(opportunity.snapshot);
  }

  @Get()
  @ApiOperation({ summary: 'List opportunities, newest first' })
  @ApiOkResponse({ type: pageOf(OpportunityView), description: 'A page of opportunities' })
  async list(@Context() ctx: CommandContext, @Query() query: OpportunityListQuery) {
    const page = await this.queries.execute(new ListOpportunitiesQuery(ctx.tenantId, {
      contactId: query.contact_id,
      status: query.status,
      stage: query.stage,
      pipelineId: query.pipeline_id,
      assignedAdvisorId: query.assigned_advisor_id,
      priority: query.priority,
      minScore: query.min_score,
      maxScore: query.max_score,
      sort: query.sort,
    }, pageRequest(query)));
    return { data: await presentOpportunities(this.queries, ctx.tenantId, page.data), next_cursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read an opportunity with its pipeline stage' })
  @ApiOkResponse({ type: OpportunityView, description: 'The opportunity' })
  @ApiProblems(CommonErrorCodes.notFound)
  async get(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return this.present(ctx, await this.queries.execute(new GetOpportunityQuery(ctx.tenantId, id)));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change score, priority, status (forward only), advisor, treatment, next action or notes',
    description: 'An assigned_advisor_id that is not an advisor of this tenant answers 422 advisor.unknown.',
  })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: UpdateOpportunityBody, examples: UPDATE_EXAMPLES })
  @ApiOkResponse({ type: OpportunityView, description: 'The opportunity as changed' })
  @ApiProblems(
    CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CrmErrorCodes.invalidStatusTransition,
    ReferenceDataErrorCodes.advisorUnknown,
  )
  async update(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateOpportunityBody,
    @IfMatch() expectedVersion?: number,
  ) {
    const opportunity = await this.commands.execute(new UpdateOpportunityCommand(ctx, id, {
      opportunityScore: body.opportunity_score,
      priority: body.priority,
      status: body.status,
      assignedAdvisorId: body.assigned_advisor_id,
      treatmentType: body.treatment_type,
      nextActionAt: optionalDate(body.next_action_at),
      notes: body.notes,
    }, expectedVersion));
    return this.present(ctx, opportunity.snapshot);
  }

  @Post(':id/stage')
  @HttpCode(200)
  @ApiOperation({ summary: "Move to a stage of the opportunity's pipeline; won/lost stages close it" })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: MoveStageBody, examples: MOVE_EXAMPLES })
  @ApiOkResponse({ type: OpportunityView, description: 'The opportunity in its new stage' })
  @ApiProblems(
    CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CrmErrorCodes.stageNotInPipeline,
    CrmErrorCodes.invalidStatusTransition,
  )
  async moveStage(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Body() body: MoveStageBody,
    @IfMatch() expectedVersion?: number,
  ) {
    const opportunity = await this.commands.execute(
      new MoveOpportunityStageCommand(ctx, id, body.stage, body.reason ?? null, 'api', expectedVersion),
    );
    return this.present(ctx, opportunity.snapshot);
  }

  @Get(':id/stage-history')
  @ApiOperation({ summary: 'Every stage the opportunity has been in, newest first (its creation in the initial stage last)' })
  @ApiOkResponse({ type: pageOf(StageChangeView), description: 'A page of stage changes' })
  @ApiProblems(CommonErrorCodes.notFound)
  async stageHistory(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Query() query: PageQuery) {
    return pageResponse(await this.queries.execute(new GetStageHistoryQuery(ctx.tenantId, id, pageRequest(query))), presentStageChange);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an opportunity; its pipeline stage goes with it' })
  @ApiNoContentResponse({ description: 'Deleted, with its pipeline stage' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion)
  async remove(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    await this.commands.execute(new DeleteOpportunityCommand(ctx, id));
  }

  private async present(ctx: CommandContext, opportunity: Opportunity) {
    return (await presentOpportunities(this.queries, ctx.tenantId, [opportunity]))[0]!;
  }
}
