import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags,
  PartialType,
} from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  ADVISOR_KINDS, CreateAdvisorCommand, DeleteAdvisorCommand, GetAdvisorQuery, ListAdvisorsQuery, ReferenceDataErrorCodes,
  UpdateAdvisorCommand, type AdvisorDetails, type AdvisorKind,
} from '@leadline/crm-domain';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, pageOf, requestExamples } from '../http/openapi.js';
import { PageQuery, pageRequest, pageResponse, UuidParam } from '../http/validation.js';
import { presentAdvisor } from './presenters.js';
import { AdvisorView } from './views.js';

export class AdvisorBody {
  @ApiProperty({ example: 'Dra. Laura' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ADVISOR_KINDS, example: 'medical' }) @IsIn(ADVISOR_KINDS)
  kind!: AdvisorKind;

  @ApiPropertyOptional({ example: 'laura@ejemplo.com', nullable: true, type: String }) @IsOptional() @IsEmail() @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ example: '+521234567891', nullable: true, type: String, description: 'Normalised to E.164 like contact phones' })
  @IsOptional() @IsString() @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ example: '101', nullable: true, type: String, description: 'ManyChat comercial_id / medico_id; unique per tenant and kind (409 with existing_id)' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100)
  external_id?: string | null;
}

export class AdvisorPatch extends PartialType(AdvisorBody) {}

export class AdvisorListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ADVISOR_KINDS }) @IsOptional() @IsIn(ADVISOR_KINDS) kind?: AdvisorKind;
  @ApiPropertyOptional({ example: '101' }) @IsOptional() @IsString() @MaxLength(100) external_id?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only placeholders (true) or only advisors entered by people (false)' })
  @IsOptional() @IsIn(['true', 'false'])
  auto_created?: 'true' | 'false';
}

function toDetails(body: AdvisorPatch): AdvisorDetails {
  return { name: body.name, kind: body.kind, email: body.email, phone: body.phone, externalId: body.external_id };
}

const CREATE_EXAMPLES = requestExamples({
  minimal: { summary: 'A name and a kind', value: { name: 'Dra. Laura', kind: 'medical' } },
  full: {
    summary: 'Every field',
    value: { name: 'Dra. Laura Méndez', kind: 'medical', email: 'laura@ejemplo.com', phone: '+52 55 2345 6789', external_id: '101' },
  },
});

const UPDATE_EXAMPLES = requestExamples({
  contact: { summary: 'Change how to reach them', value: { email: 'laura.mendez@ejemplo.com', phone: '+52 55 3456 7890' } },
});

@ApiTags('advisors')
@Controller('api/v1/advisors')
export class AdvisorsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create an advisor (commercial, medical or agent)' })
  @ApiBody({ type: AdvisorBody, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: AdvisorView, description: 'The advisor' })
  @ApiProblems(ReferenceDataErrorCodes.advisorDuplicate)
  async create(@Context() ctx: CommandContext, @Body() body: AdvisorBody) {
    const details = { ...toDetails(body), name: body.name, kind: body.kind };
    return presentAdvisor(await this.commands.execute(new CreateAdvisorCommand(ctx, details)));
  }

  @Get()
  @ApiOperation({ summary: 'List advisors, newest first' })
  @ApiOkResponse({ type: pageOf(AdvisorView), description: 'A page of advisors' })
  async list(@Context() ctx: CommandContext, @Query() query: AdvisorListQuery) {
    const page = await this.queries.execute(new ListAdvisorsQuery(ctx.tenantId, {
      kind: query.kind,
      externalId: query.external_id,
      autoCreated: query.auto_created === undefined ? undefined : query.auto_created === 'true',
    }, pageRequest(query)));
    return pageResponse(page, presentAdvisor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read an advisor' })
  @ApiOkResponse({ type: AdvisorView, description: 'The advisor' })
  @ApiProblems(CommonErrorCodes.notFound)
  async get(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentAdvisor(await this.queries.execute(new GetAdvisorQuery(ctx.tenantId, id)));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change some fields of an advisor (e.g. complete a placeholder); null clears a field' })
  @ApiBody({ type: AdvisorPatch, examples: UPDATE_EXAMPLES })
  @ApiOkResponse({ type: AdvisorView, description: 'The advisor as changed' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, ReferenceDataErrorCodes.advisorDuplicate)
  async update(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: AdvisorPatch) {
    return presentAdvisor(await this.commands.execute(new UpdateAdvisorCommand(ctx, id, toDetails(body))));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an advisor no campaign member or opportunity is assigned to (else 409 advisor.in_use)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, ReferenceDataErrorCodes.advisorInUse)
  async remove(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    await this.commands.execute(new DeleteAdvisorCommand(ctx, id));
  }
}
