import { Body, Controller, Get, HttpCode, Param, Post, Query, type PipeTransform } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  AutoAdvanceOpportunityCommand, CrmErrorCodes, GetPipelineMetricsQuery, ListInactiveLeadsQuery, ListStageLeadsQuery,
  MoveOpportunityStageCommand, type StageLeadView as StageLead,
} from '@leadline/crm-domain';
import { CommonErrorCodes, type CommandContext, type Page } from '@leadline/shared-kernel';
import { MoveStageBody } from '../crm/opportunities.controller.js';
import { presentOpportunities } from '../crm/presenters.js';
import { Context } from '../http/auth.js';
import { ApiProblems, OpportunityView, pageOf, requestExamples } from '../http/openapi.js';
import { HttpProblem } from '../http/problem.filter.js';
import { IF_MATCH, IfMatch, optionalDate, pageRequest, UuidParam } from '../http/validation.js';
import {
  AutoAdvanceResultView, InactiveLeadsQuery, METRICS_DEFINITIONS, MetricsQuery, PipelineMetricsView, StageLeadsQuery, StageLeadView,
} from './pipeline.dto.js';

/** A stage key in a path: a 400 naming what one looks like, never a query with garbage. */
const StageKeyParam: PipeTransform<string, string> = {
  transform(value: string) {
    if (!/^[a-z0-9_]{1,50}$/.test(value)) {
      throw new HttpProblem(CommonErrorCodes.validation, 'The stage in the path is not a stage key', [
        { field: 'stage', message: 'stage must be a stage key: 1-50 lowercase letters, digits or _ (e.g. perfilamiento)' },
      ]);
    }
    return value;
  },
};

const STAGE_PARAM = { name: 'stage', example: 'perfilamiento', description: 'A stage key of the pipeline (404 when it has none such)' };

const iso = (date: Date) => date.toISOString();

/** Seed 004's `/api/v1/pipeline` routes (contract §11); a lead is an opportunity. */
@ApiTags('pipeline')
@Controller('api/v1/pipeline')
export class PipelineController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('leads/:id/move-stage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a lead to a stage of its pipeline (the same as POST /crm/opportunities/:id/stage)' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: MoveStageBody, examples: requestExamples({ move: { summary: 'To a stage, with a reason', value: { stage: 'perfilamiento', reason: 'Respondió la primera llamada' } } }) })
  @ApiOkResponse({ type: OpportunityView, description: 'The opportunity in its new stage' })
  @ApiProblems(
    CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CrmErrorCodes.stageNotInPipeline, CrmErrorCodes.invalidStatusTransition,
  )
  async moveStage(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: MoveStageBody, @IfMatch() expectedVersion?: number) {
    const opportunity = await this.commands.execute(
      new MoveOpportunityStageCommand(ctx, id, body.stage, body.reason ?? null, 'api', expectedVersion),
    );
    return (await presentOpportunities(this.queries, ctx.tenantId, [opportunity.snapshot]))[0];
  }

  @Post('leads/:id/auto-advance')
  @HttpCode(200)
  @ApiOperation({
    summary: "Evaluate the lead's current stage rule (auto_advance) and move it when the rule holds",
    description: 'The same evaluation runs by itself after a call attempt and a score change. It never moves backwards, '
      + 'never into a lost stage, never a won or lost lead, and records `source: "auto_advance"` in the stage history.',
  })
  @ApiOkResponse({ type: AutoAdvanceResultView, description: 'What the evaluation did' })
  @ApiProblems(CommonErrorCodes.notFound)
  async autoAdvance(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    const outcome = await this.commands.execute(new AutoAdvanceOpportunityCommand(ctx, id));
    return { moved: outcome.moved, from_stage: outcome.fromStage, to_stage: outcome.toStage, rule: outcome.rule };
  }

  @Get('stages/:stage/leads')
  @ApiOperation({ summary: 'The leads in a stage, longest in it first' })
  @ApiParam(STAGE_PARAM)
  @ApiOkResponse({ type: pageOf(StageLeadView), description: 'A page of leads with their time in the stage' })
  @ApiProblems(CommonErrorCodes.notFound)
  async stageLeads(@Context() ctx: CommandContext, @Param('stage', StageKeyParam) stage: string, @Query() query: StageLeadsQuery) {
    return this.presentLeads(ctx, await this.queries.execute(new ListStageLeadsQuery(ctx.tenantId, { pipelineId: query.pipeline_id, stage }, pageRequest(query))));
  }

  @Get('stages/:stage/inactive')
  @ApiOperation({
    summary: 'The leads in a stage with no activity for `days`, most idle first',
    description: "Activity is a stage change, a call attempt, an edit, a message or a meeting. `days` defaults to the stage's rotting_days, else 7.",
  })
  @ApiParam(STAGE_PARAM)
  @ApiOkResponse({ type: pageOf(StageLeadView), description: 'A page of inactive leads, each with idle_seconds' })
  @ApiProblems(CommonErrorCodes.notFound)
  async inactive(@Context() ctx: CommandContext, @Param('stage', StageKeyParam) stage: string, @Query() query: InactiveLeadsQuery) {
    return this.presentLeads(ctx, await this.queries.execute(
      new ListInactiveLeadsQuery(ctx.tenantId, { pipelineId: query.pipeline_id, stage, days: query.days }, pageRequest(query)),
    ));
  }

  @Get('metrics')
  @ApiOperation({ summary: 'Pipeline metrics: counts, conversion, time in stage, inactivity, win rate', description: METRICS_DEFINITIONS })
  @ApiOkResponse({ type: PipelineMetricsView, description: 'The metrics of the pipeline over the window' })
  @ApiProblems(CommonErrorCodes.notFound)
  async metrics(@Context() ctx: CommandContext, @Query() query: MetricsQuery) {
    const from = optionalDate(query.from) ?? undefined;
    const to = optionalDate(query.to) ?? undefined;
    if (from && to && from.getTime() >= to.getTime()) {
      throw new HttpProblem(CommonErrorCodes.validation, 'from must be before to', [{ field: 'from', message: 'from must be before to' }]);
    }
    const metrics = await this.queries.execute(new GetPipelineMetricsQuery(ctx.tenantId, query.pipeline_id, from, to));
    return {
      pipeline_id: metrics.pipelineId,
      from: iso(metrics.from),
      to: iso(metrics.to),
      generated_at: iso(metrics.generatedAt),
      open: metrics.open,
      won: metrics.won,
      lost: metrics.lost,
      win_rate: metrics.winRate,
      stages: metrics.stages.map((stage) => ({
        key: stage.key,
        name: stage.name,
        kind: stage.kind,
        count: stage.count,
        entered: stage.entered,
        advanced: stage.advanced,
        conversion_rate: stage.conversionRate,
        avg_time_in_stage_seconds: stage.avgTimeInStageSeconds,
        median_time_in_stage_seconds: stage.medianTimeInStageSeconds,
        current_avg_age_seconds: stage.currentAvgAgeSeconds,
        inactive: stage.inactive,
      })),
    };
  }

  private async presentLeads(ctx: CommandContext, page: Page<StageLead>) {
    const opportunities = await presentOpportunities(this.queries, ctx.tenantId, page.data.map((lead) => lead.opportunity));
    return {
      data: page.data.map((lead, index) => ({
        ...opportunities[index]!,
        last_activity_at: iso(lead.lastActivityAt),
        idle_seconds: lead.idleSeconds,
        time_in_stage_seconds: lead.timeInStageSeconds,
      })),
      next_cursor: page.nextCursor,
    };
  }
}
