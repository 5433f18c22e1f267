import { Body, Controller, HttpCode, Put, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, type TransformFnParams } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { CampaignErrorCodes, UpdateMemberByManychatIdCommand } from '@leadline/campaigns';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context, Roles } from '../http/auth.js';
import { ApiProblems, requestExamples } from '../http/openapi.js';
import { presentMember } from '../reference-data/presenters.js';
import { CampaignMemberView } from '../reference-data/views.js';
import { MANYCHAT_ID, ManychatId } from './manychat-bodies.js';
import { MergeTagsInterceptor } from './merge-tags.interceptor.js';

/**
 * MergeTagsInterceptor has already removed unresolved merge tags and blank strings, by the same
 * rule as the webhooks; null also means ManyChat had no value, so the field is absent.
 */
function absentWhenUnfilled({ value }: TransformFnParams): unknown {
  return value === null ? undefined : value;
}

/** ManyChat ids arrive as numbers or strings depending on the flow; they are compared as strings. */
function externalId(params: TransformFnParams): unknown {
  const value = absentWhenUnfilled(params);
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
}

/** A ManyChat id as a string or a number; null, like an unresolved merge tag, counts as absent. */
const NULLABLE_EXTERNAL_ID = [{ type: 'string', nullable: true }, { type: 'integer' }];

/** Every field but manychat_id is optional; null, "" and an unresolved merge tag ("{{cuf_1}}") count as absent. */
export class UpdateByManychatIdBody {
  @ApiProperty({ ...MANYCHAT_ID, example: 'MC99999', description: "The contact's ManyChat id (a number is read as its digits)" })
  @Transform(externalId) @ManychatId()
  manychat_id!: string;

  @ApiPropertyOptional({ example: 85, oneOf: NULLABLE_EXTERNAL_ID, description: "ManyChat campaign id (the campaign's external_id); without it, the contact's latest membership" })
  @Transform(externalId) @IsOptional() @IsString({ message: 'campaign_id must be a string or an integer' }) @MaxLength(100)
  campaign_id?: string;

  @ApiPropertyOptional({ example: 101, oneOf: NULLABLE_EXTERNAL_ID, description: "ManyChat medico_id (the medical advisor's external_id); an unknown one is created as a placeholder" })
  @Transform(externalId) @IsOptional() @IsString({ message: 'medical_advisor_id must be a string or an integer' }) @MaxLength(100)
  medical_advisor_id?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-06-10T11:00:00Z', description: 'Defaults to now when the medical advisor changes' })
  @Transform(absentWhenUnfilled) @IsOptional() @IsISO8601({ strict: true })
  medical_assignment_date?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Asignado a médico' })
  @Transform(absentWhenUnfilled) @IsOptional() @IsString() @MaxLength(200)
  last_state?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Conversación finalizada, cliente agendó consulta.' })
  @Transform(absentWhenUnfilled) @IsOptional() @IsString() @MaxLength(10_000)
  summary?: string;
}

@ApiTags('manychat')
@Controller('api/v1/manychat/campaign-contacts')
export class ManychatCampaignContactsController {
  constructor(private readonly commands: CommandBus) {}

  @Put('update-by-manychat-id')
  @HttpCode(200)
  @Roles('admin', 'agent')
  @UseInterceptors(MergeTagsInterceptor)
  @ApiOperation({
    summary: "Update a contact's campaign membership by ManyChat ids (synchronous)",
    description: 'Finds the contact by manychat_id and its membership of campaign_id (a ManyChat campaign id), or its '
      + 'latest membership when campaign_id is absent, and changes only the fields given. Unresolved ManyChat merge tags '
      + '("{{cuf_123}}"), empty strings and null count as absent.',
  })
  @ApiBody({
    type: UpdateByManychatIdBody,
    examples: requestExamples({
      state: {
        summary: "The state of the contact's membership of campaign 85",
        value: { manychat_id: '1234567890123456', campaign_id: 85, last_state: 'Asignado a médico', summary: 'Conversación finalizada, cliente agendó consulta.' },
      },
      medical: {
        summary: 'A medical advisor for its latest membership (an unknown medico_id becomes a placeholder)',
        value: { manychat_id: '1234567890123456', medical_advisor_id: 101, medical_assignment_date: '2025-06-10T11:00:00Z' },
      },
    }),
  })
  @ApiOkResponse({ type: CampaignMemberView, description: 'The membership as changed' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, CampaignErrorCodes.memberAdvisorUnknown)
  async update(@Context() ctx: CommandContext, @Body() body: UpdateByManychatIdBody) {
    const member = await this.commands.execute(new UpdateMemberByManychatIdCommand(ctx, {
      manychatId: body.manychat_id,
      campaignExternalId: body.campaign_id,
      medicalAdvisorExternalId: body.medical_advisor_id,
      medicalAssignmentDate: body.medical_assignment_date === undefined ? undefined : new Date(body.medical_assignment_date),
      lastState: body.last_state,
      summary: body.summary,
    }));
    return presentMember(member);
  }
}
