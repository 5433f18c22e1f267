import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  AddCampaignStepCommand, CampaignErrorCodes, ListCampaignStepsQuery, RemoveCampaignStepCommand, ReplaceCampaignStepCommand,
  type StepResult,
} from '@leadline/campaigns';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import type { Response } from 'express';
import { Context } from '../http/auth.js';
import { ApiProblems, requestExamples } from '../http/openapi.js';
import { IF_MATCH, IfMatch, UuidParam } from '../http/validation.js';
import { CampaignStepView, presentStep, StepBody, toStepPlacement } from './campaign-automation.dto.js';

export class CampaignStepList {
  @ApiProperty({ type: [CampaignStepView], description: 'Every step, in order 1…n (a campaign has at most 100)' }) data!: CampaignStepView[];
}

const TEMPLATE_ID = '01970000-0000-7000-8000-0000000000aa';

/** Step examples name a template of the caller's; the example-execution test creates one with this id's role. */
const STEP_EXAMPLES = requestExamples({
  meeting: {
    summary: 'Plan a 45-minute visit a day after step 1, only for leads scoring 60+',
    value: {
      action: 'schedule_meeting', delay_hours: 24, conditions: { '>=': [{ var: 'score' }, 60] },
      meeting: { title: 'Visita al desarrollo', duration_minutes: 45, due_in_hours: 48 },
    },
  },
  call: { summary: 'An AI call by the financial qualifier 2 h 15 min later', value: { action: 'make_call', delay_hours: 2.25, agent_type: 'calificador_financiero' } },
  stage: { summary: 'Move the lead to "seguimiento" (default pipeline), inserted as step 1', value: { step_number: 1, action: 'update_stage', stage: 'seguimiento' } },
});

const STEP_MESSAGE_DESCRIPTION = `A send_message step names a template: \`{"action": "send_message", "channel": "telegram", "template_id": "${TEMPLATE_ID}"}\` ` +
  "with one of your templates of the step's channel (`POST /api/v1/templates`).";

const STEP_PROBLEMS = [
  CampaignErrorCodes.stepInvalid, CampaignErrorCodes.templateUnknown, CampaignErrorCodes.templateChannelMismatch,
  CampaignErrorCodes.stageUnknown, CampaignErrorCodes.pipelineUnknown,
] as const;

/** The steps of a campaign: part of the campaign, so each change moves the campaign's version (its ETag answers here). */
@ApiTags('campaigns')
@Controller('api/v1/campaigns/:id/steps')
export class CampaignStepsController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Post()
  @ApiOperation({
    summary: 'Add a step to a campaign (at step_number, shifting the later ones, or at the end)',
    description: `${STEP_MESSAGE_DESCRIPTION} The answer's ETag is the campaign's new version.`,
  })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: StepBody, examples: STEP_EXAMPLES })
  @ApiCreatedResponse({ type: CampaignStepView, description: 'The step with its number' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, ...STEP_PROBLEMS)
  async add(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Body() body: StepBody,
    @Res({ passthrough: true }) response: Response,
    @IfMatch() expectedVersion?: number,
  ) {
    return answer(response, await this.commands.execute(new AddCampaignStepCommand(ctx, id, toStepPlacement(body), expectedVersion)));
  }

  @Get()
  @ApiOperation({ summary: "A campaign's steps in order, numbered 1…n" })
  @ApiOkResponse({ type: CampaignStepList, description: 'The steps' })
  @ApiProblems(CommonErrorCodes.notFound)
  async list(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    const steps = await this.queries.execute(new ListCampaignStepsQuery(ctx.tenantId, id));
    return { data: steps.map((step) => presentStep(id, step)) };
  }

  @Put(':stepId')
  @ApiOperation({
    summary: 'Replace a step; a different step_number moves it (the steps between shift), absent keeps its place',
    description: `Fields left out take their defaults (null, delay_hours 0). ${STEP_MESSAGE_DESCRIPTION}`,
  })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: StepBody, examples: STEP_EXAMPLES })
  @ApiOkResponse({ type: CampaignStepView, description: 'The step as replaced' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, ...STEP_PROBLEMS)
  async replace(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Param('stepId', UuidParam) stepId: string,
    @Body() body: StepBody,
    @Res({ passthrough: true }) response: Response,
    @IfMatch() expectedVersion?: number,
  ) {
    return answer(response, await this.commands.execute(new ReplaceCampaignStepCommand(ctx, id, stepId, toStepPlacement(body), expectedVersion)));
  }

  @Delete(':stepId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a step; the later ones move up so that the numbers stay 1…n' })
  @ApiHeader(IF_MATCH)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion)
  async remove(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Param('stepId', UuidParam) stepId: string,
    @IfMatch() expectedVersion?: number,
  ) {
    await this.commands.execute(new RemoveCampaignStepCommand(ctx, id, stepId, expectedVersion));
  }
}

/** A step has no version of its own: the ETag is its campaign's, the value If-Match takes on the next step change. */
function answer(response: Response, { campaign, step }: StepResult) {
  response.setHeader('ETag', `"${campaign.snapshot.version}"`);
  return presentStep(campaign.snapshot.id, step);
}
