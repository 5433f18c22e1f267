import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ApplyCampaignCommand, CampaignErrorCodes, ExitEnrollmentCommand, GetCampaignStatsQuery, ListCampaignLogsQuery, ListEnrollmentsQuery,
  type Applied, type Enrollment,
} from '@leadline/campaigns';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, pageOf } from '../http/openapi.js';
import { pageRequest, pageResponse, UuidParam } from '../http/validation.js';
import {
  CampaignLogItemView, CampaignLogQuery, CampaignStatsView, EnrollmentListQuery, EnrollmentView, presentEnrollment, presentLog, presentStats,
} from './enrollment.dto.js';

const GUARANTEES = 'Each step of an enrollment runs at most once and ends sent, failed or skipped; due times live in PostgreSQL, ' +
  'so losing Redis or restarting delays steps but neither loses nor repeats them. A reply, a meeting booked, the opportunity won ' +
  'or lost, or an opt-out (as the campaign\'s exit_on says) ends the enrollment; a step due outside the send window waits for the ' +
  'next opening, and one over MAX_MESSAGES_PER_LEAD_PER_DAY campaign messages in 24 h is deferred, not dropped.';

@ApiTags('campaigns')
@Controller('api/v1/campaigns/:id')
export class EnrollmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('apply-to-lead/:lead_id')
  @ApiOperation({
    summary: 'Enroll a lead (an opportunity) in an active campaign',
    description: '201 with the new enrollment; 200 with the same enrollment while it is active (fifty concurrent calls make one). ' +
      'After it ended: 409 campaign.already_applied when the campaign\'s reentry is never, else a new enrollment (rotation + 1). ' + GUARANTEES,
  })
  @ApiCreatedResponse({ type: EnrollmentView, description: 'Enrolled; the first step is scheduled' })
  @ApiOkResponse({ type: EnrollmentView, description: 'Already enrolled: the active enrollment' })
  @ApiProblems(CommonErrorCodes.notFound, CampaignErrorCodes.notActive, CampaignErrorCodes.alreadyApplied, CampaignErrorCodes.opportunityClosed)
  async apply(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Param('lead_id', UuidParam) leadId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const applied: Applied = await this.commands.execute(new ApplyCampaignCommand(ctx, id, leadId));
    res.status(applied.created ? 201 : 200);
    return presentEnrollment(applied.enrollment.snapshot);
  }

  @Get('enrollments')
  @ApiOperation({ summary: "The campaign's enrollments, newest first" })
  @ApiOkResponse({ type: pageOf(EnrollmentView), description: 'A page of enrollments' })
  @ApiProblems(CommonErrorCodes.notFound)
  async enrollments(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Query() query: EnrollmentListQuery) {
    return pageResponse(await this.queries.execute(new ListEnrollmentsQuery(ctx.tenantId, id, query.status, pageRequest(query))), presentEnrollment);
  }

  @Post('enrollments/:enrollment_id/exit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a lead out of the campaign by hand', description: 'Its pending step is skipped (exited:manual).' })
  @ApiOkResponse({ type: EnrollmentView, description: 'The enrollment, exited' })
  @ApiProblems(CommonErrorCodes.notFound, CampaignErrorCodes.enrollmentEnded)
  async exit(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Param('enrollment_id', UuidParam) enrollmentId: string) {
    const enrollment: Enrollment = await this.commands.execute(new ExitEnrollmentCommand(ctx, id, enrollmentId));
    return presentEnrollment(enrollment.snapshot);
  }

  @Get('logs')
  @ApiOperation({ summary: "The campaign's step log, newest first", description: GUARANTEES })
  @ApiOkResponse({ type: pageOf(CampaignLogItemView), description: 'A page of step log entries' })
  @ApiProblems(CommonErrorCodes.notFound)
  async logs(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Query() query: CampaignLogQuery) {
    const filter = { status: query.status, opportunityId: query.opportunity_id, stepId: query.step_id };
    return pageResponse(await this.queries.execute(new ListCampaignLogsQuery(ctx.tenantId, id, filter, pageRequest(query))), presentLog);
  }

  @Get('stats')
  @ApiOperation({ summary: "The campaign's statistics", description: 'success_rate = sent / (sent + failed), 0 when none; from counters kept as steps finish.' })
  @ApiOkResponse({ type: CampaignStatsView, description: 'The statistics' })
  @ApiProblems(CommonErrorCodes.notFound)
  async stats(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentStats(await this.queries.execute(new GetCampaignStatsQuery(ctx.tenantId, id)));
  }
}
