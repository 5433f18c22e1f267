import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  AGENT_TYPES, AiAgentErrorCodes, ConfigureAiCommand, GetAiAgentQuery, ListAiAgentsQuery, RenderCallScriptQuery, ReplaceAiAgentCommand,
  type AgentType,
} from '@leadline/ai-agent';
import { MessagingErrorCodes } from '@leadline/messaging';
import { IntegrationSettings, PlatformErrorCodes } from '@leadline/platform';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context, Roles } from '../http/auth.js';
import { AiCallsController, OpportunityCallsController } from './ai-calls.controller.js';
import { ApiProblems } from '../http/openapi.js';
import { HttpProblem } from '../http/problem.filter.js';
import { IF_MATCH, IfMatch } from '../http/validation.js';
import { presentIntegration } from '../platform/integrations.controller.js';
import {
  AGENT_EXAMPLES, AgentBody, AgentListView, AgentView, AI_SETTINGS_EXAMPLES, AiConnectionView, AiSettingsBody, CALL_SCRIPT_EXAMPLES,
  CallScriptBody, CallScriptView, presentAgent, presentCallScript, toAgentDefinition,
} from './ai-agent.dto.js';

const AgentTypeParam = new ParseEnumPipe(Object.fromEntries(AGENT_TYPES.map((type) => [type, type])), {
  exceptionFactory: () => new HttpProblem(CommonErrorCodes.validation, 'The request is invalid', [
    { field: 'agent_type', message: `agent_type must be one of ${AGENT_TYPES.join(', ')}` },
  ]),
});

const NOT_CONFIGURED = 'Without an AI connection (`PUT /api/v1/integrations/ai`): 409 `ai.not_configured`.';

@ApiTags('integrations')
@Roles('admin')
@Controller('api/v1/integrations/ai')
export class AiIntegrationController {
  constructor(private readonly commands: CommandBus, private readonly integrations: IntegrationSettings) {}

  @Put()
  @ApiOperation({
    summary: "Connect the tenant's OpenAI-compatible model server (admin)",
    description: 'Checked live before it is saved, through the official `openai` client with the timeout given and no retries: the ' +
      "server's model list (`GET {base_url}/models`) must open with the key, and the model must be listed there or answer a " +
      'one-token chat completion. Refused key (401/403) → 422 `ai.credentials_rejected`; model not served → 422 ' +
      '`ai.model_unavailable`; unreachable, timed out, 429 or 5xx → 503 `ai.provider_unavailable`; a base_url that is, or resolves ' +
      'to, a private address → 400. Later requests use `timeout_ms` and `max_retries`. The key is stored encrypted and answered ' +
      'masked. Until this is done every `/api/v1/ai/*` endpoint answers 409 `ai.not_configured` and nothing else changes.',
  })
  @ApiBody({ type: AiSettingsBody, examples: AI_SETTINGS_EXAMPLES })
  @ApiOkResponse({ type: AiConnectionView, description: 'The saved connection, the key masked' })
  @ApiProblems(AiAgentErrorCodes.credentialsRejected, AiAgentErrorCodes.modelUnavailable, AiAgentErrorCodes.providerUnavailable,
    PlatformErrorCodes.secretsKeyMissing)
  async configure(@Context() ctx: CommandContext, @Body() body: AiSettingsBody) {
    await this.commands.execute(new ConfigureAiCommand(ctx, {
      apiKey: body.api_key, baseUrl: body.base_url, model: body.model, timeoutMs: body.timeout_ms, maxRetries: body.max_retries,
      transcriptionModel: body.transcription_model, language: body.language,
    }));
    const saved = (await this.integrations.list(ctx.tenantId)).find((integration) => integration.provider === 'ai')!;
    return presentIntegration(saved);
  }
}

@ApiTags('ai')
@Controller('api/v1/ai')
export class AiAgentsController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Get('agents')
  @ApiOperation({
    summary: 'The four AI agent types and their configuration',
    description: 'perfilador, calificador_financiero, agendador and seguimiento: the tenant\'s version of each, or the shipped Spanish ' +
      `default (version 1) until it is changed. ${NOT_CONFIGURED}`,
  })
  @ApiOkResponse({ type: AgentListView, description: 'The four agents' })
  @ApiProblems(AiAgentErrorCodes.notConfigured, PlatformErrorCodes.secretsKeyMissing)
  async list(@Context() ctx: CommandContext) {
    return { data: (await this.queries.execute(new ListAiAgentsQuery(ctx.tenantId))).map(presentAgent), next_cursor: null };
  }

  @Get('agents/:agent_type')
  @ApiOperation({ summary: 'One AI agent type', description: `The tenant's version, or the shipped default (version 1). ${NOT_CONFIGURED}` })
  @ApiParam({ name: 'agent_type', enum: AGENT_TYPES })
  @ApiOkResponse({ type: AgentView, description: 'The agent; `ETag` is its version' })
  @ApiProblems(AiAgentErrorCodes.notConfigured, PlatformErrorCodes.secretsKeyMissing)
  async get(@Context() ctx: CommandContext, @Param('agent_type', AgentTypeParam) agentType: AgentType) {
    return presentAgent(await this.queries.execute(new GetAiAgentQuery(ctx.tenantId, agentType)));
  }

  @Put('agents/:agent_type')
  @Roles('admin')
  @ApiOperation({
    summary: 'Replace an AI agent type (admin); its version goes up by one',
    description: '`instructions` and `greeting` are Liquid texts over the render context (a syntax error → 422 `template.invalid_syntax`); ' +
      '`extraction_schema` a JSON Schema with an object root, at most 50 properties and 4 levels (else 422 ' +
      `\`ai.extraction_schema_invalid\`). Every change is in the audit log. ${NOT_CONFIGURED}`,
  })
  @ApiParam({ name: 'agent_type', enum: AGENT_TYPES })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: AgentBody, examples: AGENT_EXAMPLES })
  @ApiOkResponse({ type: AgentView, description: 'The agent as replaced' })
  @ApiProblems(AiAgentErrorCodes.notConfigured, AiAgentErrorCodes.extractionSchemaInvalid, MessagingErrorCodes.templateInvalidSyntax,
    CommonErrorCodes.staleVersion, PlatformErrorCodes.secretsKeyMissing)
  async replace(
    @Context() ctx: CommandContext,
    @Param('agent_type', AgentTypeParam) agentType: AgentType,
    @Body() body: AgentBody,
    @IfMatch() expectedVersion?: number,
  ) {
    const agent = await this.commands.execute(new ReplaceAiAgentCommand(ctx, agentType, toAgentDefinition(body), expectedVersion));
    return presentAgent(agent.snapshot);
  }

  @Post('call-scripts')
  @HttpCode(200)
  @ApiOperation({
    summary: "An AI agent's call prompt and greeting rendered for a lead (no model call)",
    description: "Seed 004's call prompts and initial scripts: the agent's `instructions` (→ `prompt`) and `greeting` (→ " +
      "`initial_script`) rendered as `call` templates over the opportunity's render context (contract §9). Variables with no " +
      'value and no default are listed in `missing`, and then `prompt` and `initial_script` are null: a script is never produced ' +
      `with a hole in it. Unknown opportunity → 422 \`ai.opportunity_unknown\`. ${NOT_CONFIGURED}`,
  })
  @ApiBody({ type: CallScriptBody, examples: CALL_SCRIPT_EXAMPLES })
  @ApiOkResponse({ type: CallScriptView, description: 'The rendered script' })
  @ApiProblems(AiAgentErrorCodes.notConfigured, AiAgentErrorCodes.opportunityUnknown,
    MessagingErrorCodes.templateTooLong, PlatformErrorCodes.secretsKeyMissing)
  async callScript(@Context() ctx: CommandContext, @Body() body: CallScriptBody) {
    return presentCallScript(await this.queries.execute(new RenderCallScriptQuery(ctx.tenantId, body.opportunity_id, body.agent_type)));
  }
}

export const aiAgentControllers = [AiIntegrationController, AiAgentsController, AiCallsController, OpportunityCallsController];
