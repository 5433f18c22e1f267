import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateActivityCommand, CrmErrorCodes, DeleteActivityCommand, GetActivityQuery, ListActivitiesQuery, ReferenceDataErrorCodes,
  UpdateActivityCommand, type Activity,
} from '@leadline/crm-domain';
import { CommonErrorCodes, InvalidInputError, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, pageOf } from '../http/openapi.js';
import { IF_MATCH, IfMatch, optionalDate, pageRequest, pageResponse, UuidParam } from '../http/validation.js';
import {
  ActivityListQuery, ActivityView, CREATE_ACTIVITY_EXAMPLES, CreateActivityBody, presentActivity, UPDATE_ACTIVITY_EXAMPLES,
  UpdateActivityBody,
} from './activity.dto.js';

const CREATE_RULES = 'An activity names an opportunity (its contact is derived), a contact, or both (then the opportunity must be ' +
  "the contact's: else 422 activity.opportunity_not_of_contact). Unknown ids, or ids of another tenant: 422 opportunity.unknown, " +
  "contact.unknown, advisor.unknown. Without assigned_advisor_id the opportunity's assigned advisor is taken. `source` is set by the " +
  'system (manual here). A `meeting` created for an opportunity is "meeting booked": it publishes `activity.meeting_booked` (campaigns ' +
  "exit on it), the lead's `meeting_booked` becomes true (score rule, stage rules) and the stage rule is evaluated. Creating an " +
  "activity, or marking it done, moves the opportunity's last activity.";

@ApiTags('activities')
@Controller('api/v1/crm/activities')
export class ActivitiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a call, meeting or task on an opportunity or a contact', description: CREATE_RULES })
  @ApiBody({ type: CreateActivityBody, examples: CREATE_ACTIVITY_EXAMPLES })
  @ApiCreatedResponse({ type: ActivityView, description: 'The activity (ETag: its version)' })
  @ApiProblems(
    CrmErrorCodes.opportunityUnknown, CrmErrorCodes.contactUnknown, ReferenceDataErrorCodes.advisorUnknown,
    CrmErrorCodes.activityOpportunityNotOfContact,
  )
  async create(@Context() ctx: CommandContext, @Body() body: CreateActivityBody) {
    if (body.opportunity_id === undefined && body.contact_id === undefined) {
      throw new InvalidInputError('opportunity_id', 'give opportunity_id, contact_id, or both');
    }
    const activity: Activity = await this.commands.execute(new CreateActivityCommand(ctx, {
      opportunityId: body.opportunity_id,
      contactId: body.contact_id,
      type: body.type,
      title: body.title,
      notes: body.notes,
      dueAt: optionalDate(body.due_at),
      durationMinutes: body.duration_minutes,
      assignedAdvisorId: body.assigned_advisor_id,
      status: body.status,
      source: 'manual',
    }));
    return presentActivity(activity.snapshot);
  }

  @Get()
  @ApiOperation({
    summary: 'List activities, newest first',
    description: 'Filters combine: an opportunity\'s, a contact\'s or an advisor\'s activities, by type and status; ' +
      '`due_from`/`due_to` keep those due within [due_from, due_to) (an activity without due_at is left out by either).',
  })
  @ApiOkResponse({ type: pageOf(ActivityView), description: 'A page of activities' })
  async list(@Context() ctx: CommandContext, @Query() query: ActivityListQuery) {
    return pageResponse(await this.queries.execute(new ListActivitiesQuery(ctx.tenantId, {
      opportunityId: query.opportunity_id,
      contactId: query.contact_id,
      assignedAdvisorId: query.assigned_advisor_id,
      type: query.type,
      status: query.status,
      dueFrom: optionalDate(query.due_from) ?? undefined,
      dueTo: optionalDate(query.due_to) ?? undefined,
    }, pageRequest(query))), presentActivity);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read an activity' })
  @ApiOkResponse({ type: ActivityView, description: 'The activity (ETag: its version)' })
  @ApiProblems(CommonErrorCodes.notFound)
  async get(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentActivity(await this.queries.execute(new GetActivityQuery(ctx.tenantId, id)));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change title, notes, due time, duration, advisor or status (planned → done | cancelled)',
    description: 'type, opportunity_id and contact_id are fixed once created (sending them is a 400). A done or cancelled activity ' +
      "does not go back (422 activity.invalid_status_transition). Marking it done moves the opportunity's last activity.",
  })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: UpdateActivityBody, examples: UPDATE_ACTIVITY_EXAMPLES })
  @ApiOkResponse({ type: ActivityView, description: 'The activity as changed' })
  @ApiProblems(
    CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CrmErrorCodes.activityInvalidStatusTransition,
    ReferenceDataErrorCodes.advisorUnknown,
  )
  async update(
    @Context() ctx: CommandContext,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateActivityBody,
    @IfMatch() expectedVersion?: number,
  ) {
    const activity: Activity = await this.commands.execute(new UpdateActivityCommand(ctx, id, {
      title: body.title,
      notes: body.notes,
      dueAt: optionalDate(body.due_at),
      durationMinutes: body.duration_minutes,
      assignedAdvisorId: body.assigned_advisor_id,
      status: body.status,
    }, expectedVersion));
    return presentActivity(activity.snapshot);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an activity', description: 'A deleted meeting no longer counts as meeting booked.' })
  @ApiHeader(IF_MATCH)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion)
  async remove(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @IfMatch() expectedVersion?: number) {
    await this.commands.execute(new DeleteActivityCommand(ctx, id, expectedVersion));
  }
}
