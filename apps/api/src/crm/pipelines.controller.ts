import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength,
  ValidateIf, ValidateNested,
} from 'class-validator';
import {
  CreatePipelineCommand, CrmErrorCodes, GetPipelineQuery, ListPipelinesQuery, PIPELINE_TEMPLATE_NAMES, RedefinePipelineCommand,
  STAGE_KINDS, type PipelineTemplate, type StageInput,
} from '@leadline/crm-domain';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { HttpProblem } from '../http/problem.filter.js';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, pageOf, PipelineView, requestExamples } from '../http/openapi.js';
import { IsStageKey, PageQuery, pageRequest, pageResponse, UuidParam, whenSent } from '../http/validation.js';
import { presentPipeline } from './presenters.js';

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
});

function toStages(stages: StageBody[] | undefined): StageInput[] | undefined {
  return stages?.map((stage) => ({
    key: stage.key,
    name: stage.name,
    position: stage.position,
    kind: stage.kind,
    odooStageId: stage.odoo_stage_id ?? null,
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
  @ApiProblems(CrmErrorCodes.pipelineInvalid)
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
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CrmErrorCodes.pipelineInvalid, CrmErrorCodes.pipelineStageInUse)
  async update(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: UpdatePipelineBody) {
    const pipeline = await this.commands.execute(new RedefinePipelineCommand(ctx, id, {
      name: body.name,
      initialStage: body.initial_stage,
      stages: toStages(body.stages),
    }));
    return presentPipeline(pipeline);
  }
}
