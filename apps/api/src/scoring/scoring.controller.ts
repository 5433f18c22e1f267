import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CrmErrorCodes, GetOpportunityQuery, GetScoreRecomputeQuery, GetScoringModelQuery, ReplaceScoringModelCommand,
  RescoreOpportunityCommand, StartScoreRecomputeCommand,
} from '@leadline/crm-domain';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { presentLeadScore } from '../crm/presenters.js';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, requestExamples } from '../http/openapi.js';
import { UuidParam } from '../http/validation.js';
import {
  DEFAULT_MODEL_EXAMPLE, presentModel, presentRecompute, ScoreBreakdownView, ScoreRecomputeStatusView, ScoringModelBody,
  ScoringModelView,
} from './scoring.dto.js';

const MODEL_EXAMPLES = requestExamples({
  default: { summary: 'The shipped default model', value: DEFAULT_MODEL_EXAMPLE },
  minimal: {
    summary: 'Only the detection score and a booked meeting',
    value: { base_weight: 1, rules: [{ name: 'meeting_booked', when: { '==': [{ var: 'meeting_booked' }, true] }, points: 20 }] },
  },
});

const SCORE_DEFINITION = 'value = clamp(round((base + Σ points) × multiplier), 0, 100), base = opportunity_score × base_weight, '
  + "multiplier = the current stage's score_multiplier; components are the rules that held, then stage_score (what the multiplier added or took).";

/** Lead scoring (contract §12). */
@ApiTags('scoring')
@Controller('api/v1')
export class ScoringController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('scoring/model')
  @ApiOperation({ summary: "The tenant's scoring model (the shipped default until replaced)", description: SCORE_DEFINITION })
  @ApiOkResponse({ type: ScoringModelView, description: 'The model' })
  async model(@Context() ctx: CommandContext) {
    return presentModel(await this.queries.execute(new GetScoringModelQuery(ctx.tenantId)));
  }

  @Put('scoring/model')
  @Roles('admin')
  @ApiOperation({
    summary: 'Replace the scoring model (admin); every lead is then recomputed in the background',
    description: 'A rule whose `when` is not JsonLogic, two rules of one name, or points outside -100…100 answer 422 scoring.model_invalid. '
      + SCORE_DEFINITION,
  })
  @ApiBody({ type: ScoringModelBody, examples: MODEL_EXAMPLES })
  @ApiOkResponse({ type: ScoringModelView, description: 'The model as stored, with its new version' })
  @ApiProblems(CrmErrorCodes.scoringModelInvalid)
  async replaceModel(@Context() ctx: CommandContext, @Body() body: ScoringModelBody) {
    return presentModel(await this.commands.execute(new ReplaceScoringModelCommand(ctx, {
      baseWeight: body.base_weight,
      rules: body.rules.map((rule) => ({ name: rule.name, when: rule.when, points: rule.points })),
    })));
  }

  @Post('scoring/recompute')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'Recompute every lead score with the current model (admin), in batches; follow its progress at GET /scoring/recompute/:id',
    description: 'A newer recompute supersedes a running one.',
  })
  @ApiAcceptedResponse({ type: ScoreRecomputeStatusView, description: 'The recompute, queued' })
  async recompute(@Context() ctx: CommandContext) {
    return presentRecompute(await this.commands.execute(new StartScoreRecomputeCommand(ctx)));
  }

  @Get('scoring/recompute/:id')
  @ApiOperation({ summary: 'A recompute and its progress' })
  @ApiOkResponse({ type: ScoreRecomputeStatusView, description: 'The recompute' })
  @ApiProblems(CommonErrorCodes.notFound)
  async recomputeStatus(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentRecompute(await this.queries.execute(new GetScoreRecomputeQuery(ctx.tenantId, id)));
  }

  @Get('crm/opportunities/:id/score')
  @ApiOperation({
    summary: "The opportunity's lead score with its breakdown",
    description: `${SCORE_DEFINITION} Recomputed after every change of an input (event-driven); an opportunity not scored yet is scored now.`,
  })
  @ApiOkResponse({ type: ScoreBreakdownView, description: 'The breakdown' })
  @ApiProblems(CommonErrorCodes.notFound)
  async score(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    const opportunity = await this.queries.execute(new GetOpportunityQuery(ctx.tenantId, id));
    const score = opportunity.leadScore ?? await this.commands.execute(new RescoreOpportunityCommand(ctx, id));
    return { opportunity_id: id, ...presentLeadScore(score)! };
  }
}
