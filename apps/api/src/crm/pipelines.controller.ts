import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Max, MaxLength, Min,
  MinLength, ValidateIf, ValidateNested,
} from 'class-validator';
import {
  CreatePipelineCommand, CrmErrorCodes, GetPipelineQuery, ListPipelinesQuery, PIPELINE_TEMPLATE_NAMES, RedefinePipelineCommand,
  STAGE_KINDS, type PipelineTemplate, type StageInput,
} from '@leadline/crm-domain';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { HttpProblem } from '../http/problem.filter.js';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, AUTO_ADVANCE_SCHEMA, pageOf, PipelineView, requestExamples } from '../http/openapi.js';
import { IsStageKey, PageQuery, pageRequest, pageResponse, UuidParam, whenSent } from '../http/validation.js';
import { presentPipeline } from './presenters.js';

export const JSON_LOGIC_SCHEMA = { type: 'object', additionalProperties: true } as const;

export class AutoAdvanceBody {
  @ApiProperty({
    ...JSON_LOGIC_SCHEMA,
    description: 'A JsonLogic rule over the lead\'s render context (contract §9: score, attempts, first_call_completed, '
      + 'days_in_stage, qualification fields, …). One that does not parse is a 422 pipeline.rule_invalid',
    example: { '==': [{ var: 'first_call_completed' }, true] },
  })
  @IsDefined() @IsObject()
  when!: Record<string, unknown>;

  @ApiPropertyOptional({
    nullable: true, type: String, example: 'perfilamiento',
    description: 'The stage to move to: after this one, never a lost stage (else 422). Defaults to the next open stage by position',
  })
  @IsOptional() @IsStageKey()
  to?: string | null;
}

export class StageBody {
  @ApiProperty({ example: 'perfilamiento', pattern: '^[a-z0-9_]{1,50}$' }) @IsStageKey()
  key!: string;

  @ApiProperty({ example: 'Perfilamiento' }) @IsString() @MinLength(1) @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({ description: 'Defaults to the index in the list' }) @IsOptional() @IsInt() @Min(0)
  position?: number;

  @ApiPropertyOptional({ enum: STAGE_KINDS, default: 'open' }) @IsOptional() @IsIn(STAGE_KINDS)
  kind?: (typeof STAGE_KINDS)[number];

  @ApiPropertyOptional({ nullable: true, type: Number, example: 16 }) @IsOptional() @IsInt() @Min(1)
  odoo_stage_id?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, maximum: 100, example: 20, description: 'Chance of winning from this stage (%)' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(100)
  probability?: number | null;

  @ApiPropertyOptional({
    nullable: true, type: Number, minimum: 1, maximum: 3650, example: 7,
    description: 'Days without activity after which a lead here is inactive; 7 when null',
  })
  @IsOptional() @IsInt() @Min(1) @Max(3650)
  rotting_days?: number | null;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: 5, default: 1, example: 1.2, description: 'Multiplies the lead score while in this stage' })
  @ValidateIf(whenSent) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(5)
  score_multiplier?: number;

  @ApiPropertyOptional({
    ...AUTO_ADVANCE_SCHEMA,
    description: 'Move on by itself when `when` holds (contract §11). A `to` that is not a stage, is lost or is not after this stage, or a `when` that is not JsonLogic, is a 422',
  })
  @IsOptional() @ValidateNested() @Type(() => AutoAdvanceBody)
  auto_advance?: AutoAdvanceBody | null;
}

/** Stages of one's own were asked for: no template, and initial_stage or stages given. */
const ownStages = (body: CreatePipelineBody) => body.template === undefined && (body.initial_stage !== undefined || body.stages !== undefined);

export class CreatePipelineBody {
  @ApiProperty({ example: 'ManyChat funnel' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ enum: PIPELINE_TEMPLATE_NAMES, description: 'Either a template, or initial_stage + stages' })
  @ValidateIf((body: CreatePipelineBody) => body.stages === undefined || body.template !== undefined)
  @IsDefined({ message: `give either template (${PIPELINE_TEMPLATE_NAMES.join(' or ')}), or initial_stage and stages` })
  @IsIn(PIPELINE_TEMPLATE_NAMES, { message: `template must be ${PIPELINE_TEMPLATE_NAMES.join(' or ')}` })
  template?: PipelineTemplate;

  @ApiPropertyOptional({ example: 'agent_initial' })
  @ValidateIf(ownStages)
  @IsStageKey()
  initial_stage?: string;

  @ApiPropertyOptional({ type: [StageBody] })
  @ValidateIf(ownStages)
  @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => StageBody)
  stages?: StageBody[];
}

export class UpdatePipelineBody {
  @ApiPropertyOptional() @ValidateIf(whenSent) @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional() @ValidateIf(whenSent) @IsStageKey()
  initial_stage?: string;

  @ApiPropertyOptional({ type: [StageBody], description: 'Replaces the whole list; keys that opportunities are in must stay' })
  @ValidateIf(whenSent) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => StageBody)
  stages?: StageBody[];
}

const CREATE_EXAMPLES = requestExamples({
  template: { summary: 'From a template: the ManyChat stages with their Odoo ids', value: { name: 'ManyChat', template: 'manychat_odoo' } },
  stages: {
    summary: 'Your own stages',
    value: {
      name: 'Seguros',
      initial_stage: 'nuevo',
      stages: [
        { key: 'nuevo', name: 'Nuevo' },
        { key: 'cotizado', name: 'Cotizado' },
        { key: 'ganado', name: 'Ganado', kind: 'won' },
        { key: 'perdido', name: 'Perdido', kind: 'lost' },
      ],
    },
  },
});

const UPDATE_EXAMPLES = requestExamples({
  rename: { summary: 'Rename it', value: { name: 'Ventas 2026' } },
  rules: {
    summary: 'Stage rules: probabilities, rotting days, score multipliers and an auto-advance after the first call',
    value: {
      stages: [
        { key: 'agent_initial', name: 'Entrada', probability: 5, rotting_days: 2, auto_advance: { when: { '==': [{ var: 'first_call_completed' }, true] } } },
        { key: 'perfilamiento', name: 'Perfilamiento', probability: 15, rotting_days: 5 },
        { key: 'calificacion_financiera', name: 'Calificación financiera', probability: 30, score_multiplier: 1.1 },
        { key: 'agendado', name: 'Agendado', probability: 50, score_multiplier: 1.2 },
        { key: 'seguimiento', name: 'Seguimiento', probability: 60, rotting_days: 14 },
        { key: 'referidos', name: 'Referidos', probability: 70 },
        { key: 'ganado', name: 'Ganado', kind: 'won', probability: 100 },
        { key: 'perdido', name: 'Perdido', kind: 'lost', probability: 0, score_multiplier: 0 },
      ],
    },
  },
});

function toStages(stages: StageBody[] | undefined): StageInput[] | undefined {
  return stages?.map((stage) => ({
    key: stage.key,
    name: stage.name,
    position: stage.position,
    kind: stage.kind,
    odooStageId: stage.odoo_stage_id ?? null,
    probability: stage.probability ?? null,
    rottingDays: stage.rotting_days ?? null,
    scoreMultiplier: stage.score_multiplier,
    autoAdvance: stage.auto_advance ? { when: stage.auto_advance.when, to: stage.auto_advance.to ?? null } : null,
  }));
}

@ApiTags('pipelines')
@Controller('api/v1/pipelines')
export class PipelinesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Define a pipeline from a template (sales, manychat_odoo) or from explicit stages (admin)' })
  @ApiBody({ type: CreatePipelineBody, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: PipelineView, description: 'The pipeline with its stages' })
  @ApiProblems(CrmErrorCodes.pipelineInvalid, CrmErrorCodes.pipelineRuleInvalid)
  async create(@Context() ctx: CommandContext, @Body() body: CreatePipelineBody) {
    if (body.template !== undefined && (body.stages !== undefined || body.initial_stage !== undefined)) {
      throw new HttpProblem(CommonErrorCodes.validation, 'Give either a template or initial_stage and stages, not both', [
        { field: 'template', message: 'cannot be combined with initial_stage or stages' },
      ]);
    }
    const source = body.template !== undefined
      ? { name: body.name, template: body.template }
      : { name: body.name, initialStage: body.initial_stage!, stages: toStages(body.stages)! };
    return presentPipeline(await this.commands.execute(new CreatePipelineCommand(ctx, source)));
  }

  @Get()
  @ApiOperation({ summary: 'List pipelines, newest first' })
  @ApiOkResponse({ type: pageOf(PipelineView), description: 'A page of pipelines' })
  async list(@Context() ctx: CommandContext, @Query() query: PageQuery) {
    return pageResponse(await this.queries.execute(new ListPipelinesQuery(ctx.tenantId, pageRequest(query))), presentPipeline);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a pipeline with its stages' })
  @ApiOkResponse({ type: PipelineView, description: 'The pipeline' })
  @ApiProblems(CommonErrorCodes.notFound)
  async get(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentPipeline(await this.queries.execute(new GetPipelineQuery(ctx.tenantId, id)));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename a pipeline or replace its stages (admin); removing a stage in use is a 409' })
  @ApiBody({ type: UpdatePipelineBody, examples: UPDATE_EXAMPLES })
  @ApiOkResponse({ type: PipelineView, description: 'The pipeline as changed' })
  @ApiProblems(
    CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CrmErrorCodes.pipelineInvalid, CrmErrorCodes.pipelineStageInUse,
    CrmErrorCodes.pipelineRuleInvalid,
  )
  async update(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: UpdatePipelineBody) {
    const pipeline = await this.commands.execute(new RedefinePipelineCommand(ctx, id, {
      name: body.name,
      initialStage: body.initial_stage,
      stages: toStages(body.stages),
    }));
    return presentPipeline(pipeline);
  }
}
