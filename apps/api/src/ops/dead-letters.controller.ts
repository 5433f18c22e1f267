import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListDeadLettersQuery, PlatformErrorCodes, ReplayDeadLetterCommand, type TenantDeadLetter } from '@leadline/platform';
import { CommonErrorCodes, Queues, type CommandContext } from '@leadline/shared-kernel';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, pageOf } from '../http/openapi.js';
import { PageQuery, pageRequest, pageResponse, UuidParam } from '../http/validation.js';

const QUEUE_NAMES = Object.values(Queues);

export class DeadLetterQuery extends PageQuery {
  @ApiPropertyOptional({ enum: QUEUE_NAMES }) @IsOptional() @IsIn(QUEUE_NAMES)
  queue?: string;
}

class DeadLetterView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: QUEUE_NAMES, example: 'odoo-sync' }) queue!: string;
  @ApiProperty({ example: 'sync-odoo-lead' }) job_name!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { tenantId: '0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b', opportunityId: '0193a8f2-6d2e-7c4b-8e3f-4c2d5e6f7a8b' },
    description: 'The job\'s ids: `eventId` for a domain event, `opportunityId` for an Odoo sync',
  })
  payload!: Record<string, unknown>;

  @ApiProperty({ example: 'DomainError: Odoo refused the login "bot@acme.com" on database "acme": check the username and API key' })
  error!: string;

  @ApiProperty({ example: 1 }) attempts!: number;
  @ApiProperty({ format: 'date-time' }) failed_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) replayed_at!: string | null;
}

const presentDeadLetter = (letter: TenantDeadLetter) => ({
  id: letter.id,
  queue: letter.queue,
  job_name: letter.job_name,
  payload: letter.payload,
  error: letter.error,
  attempts: letter.attempts,
  failed_at: letter.failed_at.toISOString(),
  replayed_at: letter.replayed_at?.toISOString() ?? null,
});

@ApiTags('dead letters')
@Roles('admin')
@Controller('api/v1/dead-letters')
export class DeadLettersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Jobs that failed for good, newest first (admin)',
    description: 'Domain-event deliveries and Odoo syncs that broke a rule (at once) or kept failing (after the ' +
      'retries). Replayed ones stay listed with `replayed_at`.',
  })
  @ApiOkResponse({ type: pageOf(DeadLetterView), description: 'A page of dead letters' })
  async list(@Context() ctx: CommandContext, @Query() query: DeadLetterQuery) {
    const page = await this.queries.execute(new ListDeadLettersQuery(ctx.tenantId, { queue: query.queue }, pageRequest(query)));
    return pageResponse(page, presentDeadLetter);
  }

  @Post(':id/replay')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Run a dead-lettered job again (admin)',
    description: 'Queues the job again and sets `replayed_at`. A domain event is redelivered only to the ' +
      'subscribers that had not handled it; an Odoo sync re-reads the opportunity. A second replay of the same ' +
      'dead letter answers 409 `dead_letter.already_replayed`; if the job fails again, a new dead letter appears.',
  })
  @ApiAcceptedResponse({ type: DeadLetterView, description: 'The dead letter, now with replayed_at' })
  @ApiProblems(CommonErrorCodes.notFound, PlatformErrorCodes.deadLetterReplayed, PlatformErrorCodes.deadLetterNotReplayable)
  async replay(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentDeadLetter(await this.commands.execute(new ReplayDeadLetterCommand(ctx.tenantId, id)));
  }
}
