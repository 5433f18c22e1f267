import { Body, Controller, Delete, Get, HttpCode, Param, ParseEnumPipe, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty,
  ApiPropertyOptional, ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested,
} from 'class-validator';
import {
  AGENT_TYPES, CreateTemplateCommand, DeleteTemplateCommand, GetTemplateQuery, ListTemplatesQuery, MAX_WHATSAPP_PARAMETERS,
  MessagingErrorCodes, PreviewTemplateQuery, ReplaceTemplateCommand, SUBJECT_MAX_LENGTH, TEMPLATE_CHANNELS,
  type AgentType, type TemplateChannel, type TemplateDefinition,
} from '@leadline/messaging';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, EXAMPLE_IDS, pageOf, requestExamples } from '../http/openapi.js';
import { HttpProblem } from '../http/problem.filter.js';
import { IF_MATCH, IfMatch, PageQuery, pageRequest, pageResponse, UuidParam } from '../http/validation.js';
import { presentPreview, presentTemplate, PreviewView, TemplateView, WHATSAPP_MAPPING_SCHEMA } from './template-views.js';

/** Documented inline by WHATSAPP_MAPPING_SCHEMA (nullable). */
export class WhatsappMappingBody {
  @IsString() @MinLength(1) @MaxLength(512)
  template_name!: string;

  @IsString() @MinLength(2) @MaxLength(20)
  language!: string;

  @IsArray() @ArrayMaxSize(MAX_WHATSAPP_PARAMETERS) @IsString({ each: true }) @MaxLength(64, { each: true })
  parameters!: string[];
}

export class TemplateBody {
  @ApiProperty({ example: 'Bienvenida perfilador' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: TEMPLATE_CHANNELS }) @IsIn(TEMPLATE_CHANNELS)
  channel!: TemplateChannel;

  @ApiPropertyOptional({ enum: AGENT_TYPES, nullable: true, type: String }) @IsOptional() @IsIn(AGENT_TYPES)
  agent_type?: AgentType | null;

  @ApiPropertyOptional({
    nullable: true, type: String, maxLength: SUBJECT_MAX_LENGTH,
    description: 'email: required (Liquid like content); other channels: null or absent',
  })
  @IsOptional() @IsString() @MaxLength(SUBJECT_MAX_LENGTH)
  subject?: string | null;

  @ApiProperty({
    example: 'Hola {{ name | default: "amigo" }}, soy {{ advisor_name }}.',
    description: 'Liquid output tags over the render context. Rendered length: telegram ≤ 4096, whatsapp ≤ 1024, email ≤ 100000, call ≤ 10000',
  })
  @IsString() @MinLength(1) @MaxLength(100_000)
  content!: string;

  @ApiPropertyOptional({
    type: 'object', additionalProperties: { type: 'string' }, example: { advisor_name: 'tu asesor' },
    description: 'Text per variable used when a lead has no value; keys must be variables of the template',
  })
  @IsOptional() @IsObject()
  defaults?: Record<string, string>;

  @ApiPropertyOptional({ ...WHATSAPP_MAPPING_SCHEMA, description: 'whatsapp only: the approved template for sends outside the 24-hour window' })
  @IsOptional() @ValidateNested() @Type(() => WhatsappMappingBody)
  whatsapp?: WhatsappMappingBody | null;
}

export class TemplateListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TEMPLATE_CHANNELS }) @IsOptional() @IsIn(TEMPLATE_CHANNELS) channel?: TemplateChannel;
  @ApiPropertyOptional({ enum: AGENT_TYPES }) @IsOptional() @IsIn(AGENT_TYPES) agent_type?: AgentType;
  @ApiPropertyOptional({ example: 'bienvenida', description: 'Part of the name, case- and accent-insensitive' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  q?: string;
}

export class PreviewBody {
  @ApiPropertyOptional({ format: 'uuid', description: "An opportunity of this tenant: its contact's and its own values (unknown → 422)" })
  @IsOptional() @IsUUID()
  opportunity_id?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A contact of this tenant (unknown → 422); with opportunity_id, its contact' })
  @IsOptional() @IsUUID()
  contact_id?: string;

  @ApiPropertyOptional({
    type: 'object', additionalProperties: { type: 'string' }, example: { budget: '2 millones' },
    description: "Values that override the lead's (a designer's sample data)",
  })
  @IsOptional() @IsObject()
  variables?: Record<string, string>;
}

function toDefinition(body: TemplateBody): TemplateDefinition {
  return {
    name: body.name,
    channel: body.channel,
    agentType: body.agent_type ?? null,
    subject: body.subject ?? null,
    content: body.content,
    defaults: stringMap(body.defaults, 'defaults'),
    whatsapp: body.whatsapp
      ? { templateName: body.whatsapp.template_name, language: body.whatsapp.language, parameters: body.whatsapp.parameters }
      : null,
  };
}

/** A JSON object of texts (`defaults`, `variables`): anything else in it is a 400 naming the key. */
function stringMap(value: Record<string, unknown> | undefined, field: string): Record<string, string> {
  const entries = Object.entries(value ?? {});
  const errors = entries.filter(([, text]) => typeof text !== 'string' || text.length > 10_000)
    .map(([key]) => ({ field: `${field}.${key}`, message: `${field}.${key} must be a text of at most 10000 characters` }));
  if (entries.length > 200) errors.push({ field, message: `${field} has at most 200 entries` });
  if (errors.length > 0) throw new HttpProblem(CommonErrorCodes.validation, 'The request is invalid', errors);
  return Object.fromEntries(entries) as Record<string, string>;
}

const TEMPLATE_EXAMPLES = requestExamples({
  minimal: { summary: 'A Telegram message', value: { name: 'Bienvenida', channel: 'telegram', content: 'Hola {{ name | default: "amigo" }}, gracias por escribirnos.' } },
  email: {
    summary: 'An e-mail for the scheduling agent, with defaults',
    value: {
      name: 'Confirmación de cita', channel: 'email', agent_type: 'agendador', subject: 'Tu cita con {{ advisor_name }}',
      content: 'Hola {{ first_name }},\n\nTe esperamos para hablar de {{ treatment_type }}.\n\n{{ advisor_name }}',
      defaults: { advisor_name: 'tu asesor', treatment_type: 'tu tratamiento' },
    },
  },
  whatsapp: {
    summary: 'A WhatsApp message with its approved template for outside the 24-hour window',
    value: {
      name: 'Seguimiento', channel: 'whatsapp', agent_type: 'seguimiento',
      content: 'Hola {{ name | default: "amigo" }}, ¿seguimos con tu plan en {{ location }}?',
      defaults: { location: 'tu zona' },
      whatsapp: { template_name: 'seguimiento_plan', language: 'es_MX', parameters: ['first_name'] },
    },
  },
});

const PREVIEW_EXAMPLES = requestExamples({
  sample: { summary: "A designer's sample values", value: { variables: { name: 'María', advisor_name: 'Laura' } } },
  lead: { summary: "An opportunity's own values", value: { opportunity_id: EXAMPLE_IDS.opportunity } },
});

@ApiTags('templates')
@Controller('api/v1/templates')
export class TemplatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create a message template',
    description: 'The content (and an e-mail subject) is Liquid output tags (`{{ name }}`, `{{ name | default: "amigo" }}`) over the ' +
      'render context; a syntax error is 422 `template.invalid_syntax` with its line and column.',
  })
  @ApiBody({ type: TemplateBody, examples: TEMPLATE_EXAMPLES })
  @ApiCreatedResponse({ type: TemplateView, description: 'The template, version 1' })
  @ApiProblems(MessagingErrorCodes.templateInvalidSyntax)
  async create(@Context() ctx: CommandContext, @Body() body: TemplateBody) {
    return presentTemplate((await this.commands.execute(new CreateTemplateCommand(ctx, toDefinition(body)))).snapshot);
  }

  @Get()
  @ApiOperation({ summary: 'List templates, newest first' })
  @ApiOkResponse({ type: pageOf(TemplateView), description: 'A page of templates' })
  async list(@Context() ctx: CommandContext, @Query() query: TemplateListQuery) {
    const page = await this.queries.execute(new ListTemplatesQuery(ctx.tenantId, {
      channel: query.channel, agentType: query.agent_type, q: query.q,
    }, pageRequest(query)));
    return pageResponse(page, presentTemplate);
  }

  @Get('agent-type/:agent_type')
  @ApiOperation({ summary: "The templates of one agent type, newest first (seed 004's path)" })
  @ApiParam({ name: 'agent_type', enum: AGENT_TYPES })
  @ApiOkResponse({ type: pageOf(TemplateView), description: 'A page of templates' })
  async byAgentType(
    @Context() ctx: CommandContext,
    @Param('agent_type', new ParseEnumPipe(Object.fromEntries(AGENT_TYPES.map((type) => [type, type])), {
      exceptionFactory: () => new HttpProblem(CommonErrorCodes.validation, 'The request is invalid', [
        { field: 'agent_type', message: `agent_type must be one of ${AGENT_TYPES.join(', ')}` },
      ]),
    })) agentType: AgentType,
    @Query() query: PageQuery,
  ) {
    return pageResponse(await this.queries.execute(new ListTemplatesQuery(ctx.tenantId, { agentType }, pageRequest(query))), presentTemplate);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a template' })
  @ApiOkResponse({ type: TemplateView, description: 'The template' })
  @ApiProblems(CommonErrorCodes.notFound)
  async get(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentTemplate(await this.queries.execute(new GetTemplateQuery(ctx.tenantId, id)));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a template; its version goes up by one', description: 'Messages already sent keep the version they rendered.' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: TemplateBody, examples: TEMPLATE_EXAMPLES })
  @ApiOkResponse({ type: TemplateView, description: 'The template as replaced' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, MessagingErrorCodes.templateInvalidSyntax)
  async replace(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: TemplateBody, @IfMatch() expectedVersion?: number) {
    return presentTemplate((await this.commands.execute(new ReplaceTemplateCommand(ctx, id, toDefinition(body), expectedVersion))).snapshot);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a template',
    description: '409 `template.in_use` while a campaign step or an AI agent uses it (those arrive with the campaign engine and the AI agent).',
  })
  @ApiHeader(IF_MATCH)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(CommonErrorCodes.notFound, CommonErrorCodes.staleVersion, MessagingErrorCodes.templateInUse)
  async remove(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @IfMatch() expectedVersion?: number) {
    await this.commands.execute(new DeleteTemplateCommand(ctx, id, expectedVersion));
  }

  @Post(':id/preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Render a template for a lead or for sample values, without sending',
    description: 'Never fails for a missing value: `missing` names them and `rendered` is null, exactly the case where a send ' +
      'fails with `template.missing_variable`. `used_defaults` names the variables that took a default.',
  })
  @ApiBody({ type: PreviewBody, examples: PREVIEW_EXAMPLES })
  @ApiOkResponse({ type: PreviewView, description: 'The rendering' })
  @ApiProblems(CommonErrorCodes.notFound, MessagingErrorCodes.contactUnknown, MessagingErrorCodes.opportunityUnknown)
  async preview(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: PreviewBody) {
    return presentPreview(await this.queries.execute(new PreviewTemplateQuery(ctx.tenantId, id, {
      opportunityId: body.opportunity_id, contactId: body.contact_id, variables: stringMap(body.variables, 'variables'),
    })));
  }
}
