import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, MinLength,
} from 'class-validator';
import {
  AGENT_LIMITS, AGENT_TOOLS, AGENT_TYPES, DEFAULT_AGENTS, type AgentDefinition, type AgentState, type AgentTool, type AgentType,
  type CallScript,
} from '@leadline/ai-agent';
import { EXAMPLE_IDS, requestExamples } from '../http/openapi.js';
import { IntegrationView } from '../platform/integrations.controller.js';

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/** PUT /api/v1/integrations/ai (contract §13). */
export class AiSettingsBody {
  @ApiProperty({ example: 'sk-proj-leadline-example-key-0001', description: "The server's API key (any non-empty text for a local server without auth); write-only, stored encrypted" })
  @IsString() @MinLength(1) @MaxLength(500) @Matches(/^\S+$/, { message: 'api_key must not contain spaces' })
  api_key!: string;

  @ApiPropertyOptional({
    example: 'https://api.openai.com/v1', default: 'https://api.openai.com/v1',
    description: 'Any OpenAI-compatible server, with its version prefix (vLLM, llama.cpp, Ollama `…/v1`, LM Studio): https to a public ' +
      'host; plain http or a private address only for hosts in PROVIDER_TEST_HOSTS',
  })
  @IsOptional() @IsUrl(HTTP_URL) @MaxLength(500)
  base_url?: string;

  @ApiProperty({ example: 'gpt-4o-mini', description: 'The chat model calls and analyses use; checked against the server' })
  @IsString() @Matches(/^[A-Za-z0-9._:/@-]{1,200}$/, { message: 'model is a model id such as gpt-4o-mini or llama3.1:8b' })
  model!: string;

  @ApiPropertyOptional({ example: 'whisper-1', description: 'The model stored call recordings are transcribed with (`/audio/transcriptions`, verbose_json), then analysed; without it recordings are not transcribed' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9._:/@-]{1,200}$/, { message: 'transcription_model is a model id such as whisper-1' })
  transcription_model?: string;

  @ApiPropertyOptional({ example: 'es', description: 'ISO-639-1 language of the calls' })
  @IsOptional() @IsString() @Matches(/^[a-z]{2}$/, { message: 'language is an ISO-639-1 code such as es' })
  language?: string;

  @ApiPropertyOptional({ example: 30000, default: 30000, minimum: 1000, maximum: 120000, description: 'Timeout of one request to the server, in milliseconds' })
  @IsOptional() @IsInt() @Min(1000) @Max(120_000)
  timeout_ms?: number;

  @ApiPropertyOptional({
    example: 2, default: 2, minimum: 0, maximum: 5,
    description: 'Retries of a failed request (connection errors, timeouts, 408, 409, 429, 5xx) with exponential backoff, honouring retry-after',
  })
  @IsOptional() @IsInt() @Min(0) @Max(5)
  max_retries?: number;
}

export const AI_SETTINGS_EXAMPLES = requestExamples({
  openai: { summary: 'OpenAI', value: { api_key: 'sk-proj-leadline-example-key-0001', model: 'gpt-4o-mini', language: 'es', base_url: 'https://api.openai.com/v1' } },
  local: {
    summary: 'A local OpenAI-compatible server, with an explicit timeout and retry policy',
    value: {
      api_key: 'sk-proj-leadline-example-key-0001', base_url: 'https://llm.example.com/v1', model: 'gpt-4o-mini',
      transcription_model: 'whisper-1', language: 'es', timeout_ms: 20000, max_retries: 1,
    },
  },
});

export class AiConnectionView extends IntegrationView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    example: { base_url: null, model: 'gpt-4o-mini', timeout_ms: '30000', max_retries: '2', transcription_model: null, language: 'es' },
    description: '`base_url` null for OpenAI itself; numbers as text, as every integration setting',
  })
  declare settings: Record<string, string | null>;
}

/** PUT /api/v1/ai/agents/:agent_type: the whole agent. */
export class AgentBody {
  @ApiProperty({
    example: DEFAULT_AGENTS.perfilador.instructions, maxLength: AGENT_LIMITS.instructionsMaxLength,
    description: "The call prompt: Liquid output tags over the lead's render context (as templates, contract §9)",
  })
  @IsString() @MinLength(1) @MaxLength(AGENT_LIMITS.instructionsMaxLength)
  instructions!: string;

  @ApiProperty({ example: DEFAULT_AGENTS.perfilador.greeting, maxLength: AGENT_LIMITS.greetingMaxLength, description: 'What the bot says first; Liquid too' })
  @IsString() @MinLength(1) @MaxLength(AGENT_LIMITS.greetingMaxLength)
  greeting!: string;

  @ApiProperty({
    type: 'object', additionalProperties: true, example: DEFAULT_AGENTS.perfilador.extractionSchema,
    description: 'JSON Schema (draft 2020-12) of the fields a call extracts: an object at the root, at most 50 properties in all, ' +
      'nested at most 4 deep; compiled by ajv in strict mode (else 422 `ai.extraction_schema_invalid`)',
  })
  @IsObject()
  extraction_schema!: Record<string, unknown>;

  @ApiProperty({ enum: AGENT_TOOLS, isArray: true, example: DEFAULT_AGENTS.perfilador.tools, description: 'What the agent may do during a call' })
  @IsArray() @ArrayMaxSize(AGENT_TOOLS.length) @IsIn(AGENT_TOOLS, { each: true })
  tools!: AgentTool[];

  @ApiPropertyOptional({
    type: String, nullable: true, example: 'calificacion_financiera',
    description: 'The stage a completed analysis moves the lead to (forward only, never won or lost); null: the analysis suggests',
  })
  @IsOptional() @Matches(/^[a-z0-9_]{1,50}$/, { message: 'advance_to_stage is a stage key (a-z, 0-9, _), or null' })
  advance_to_stage?: string | null;

  @ApiProperty({ example: 20, minimum: AGENT_LIMITS.maxTurns.min, maximum: AGENT_LIMITS.maxTurns.max, description: 'The call ends after this many caller turns' })
  @IsInt() @Min(AGENT_LIMITS.maxTurns.min) @Max(AGENT_LIMITS.maxTurns.max)
  max_turns!: number;

  @ApiProperty({
    example: 600, minimum: AGENT_LIMITS.maxDurationSeconds.min, maximum: AGENT_LIMITS.maxDurationSeconds.max,
    description: 'The call ends after this many seconds',
  })
  @IsInt() @Min(AGENT_LIMITS.maxDurationSeconds.min) @Max(AGENT_LIMITS.maxDurationSeconds.max)
  max_duration_seconds!: number;
}

export function toAgentDefinition(body: AgentBody): AgentDefinition {
  return {
    instructions: body.instructions,
    greeting: body.greeting,
    extractionSchema: body.extraction_schema,
    tools: body.tools,
    advanceToStage: body.advance_to_stage ?? null,
    maxTurns: body.max_turns,
    maxDurationSeconds: body.max_duration_seconds,
  };
}

export const AGENT_EXAMPLES = requestExamples({
  custom: {
    summary: 'A shorter profiling agent that asks for the budget too',
    value: {
      instructions: 'Usted llama a {{ full_name | default: "un cliente" }} de parte de {{ pipeline_name }}. Pregunte qué busca, '
        + 'en qué zona y con qué presupuesto. Registre cada dato con set_qualification y termine la llamada.',
      greeting: '¡Hola, {{ name | default: "buen día" }}! ¿Tiene dos minutos?',
      extraction_schema: {
        type: 'object', additionalProperties: false, required: ['interest', 'location', 'budget'],
        properties: {
          interest: { type: ['string', 'null'] }, location: { type: ['string', 'null'] }, budget: { type: ['number', 'null'] },
        },
      },
      tools: ['set_qualification', 'end_call'],
      advance_to_stage: 'calificacion_financiera',
      max_turns: 12,
      max_duration_seconds: 300,
    },
  },
});

export class AgentView {
  @ApiProperty({ enum: AGENT_TYPES }) agent_type!: string;
  @ApiProperty({ example: DEFAULT_AGENTS.perfilador.instructions }) instructions!: string;
  @ApiProperty({ example: DEFAULT_AGENTS.perfilador.greeting }) greeting!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: DEFAULT_AGENTS.perfilador.extractionSchema }) extraction_schema!: Record<string, unknown>;
  @ApiProperty({ enum: AGENT_TOOLS, isArray: true }) tools!: string[];
  @ApiProperty({ type: String, nullable: true, example: null }) advance_to_stage!: string | null;
  @ApiProperty({ example: 20 }) max_turns!: number;
  @ApiProperty({ example: 600 }) max_duration_seconds!: number;
  @ApiProperty({ example: 1, description: '1: the shipped default; every PUT adds one' }) version!: number;
}

export class AgentListView {
  @ApiProperty({ type: [AgentView], description: 'The four agent types, in the order perfilador, calificador_financiero, agendador, seguimiento' })
  data!: AgentView[];

  @ApiProperty({ type: String, nullable: true, example: null, description: 'Always null: the four fit one page' })
  next_cursor!: null;
}

export function presentAgent(agent: AgentState) {
  return {
    agent_type: agent.agentType,
    instructions: agent.instructions,
    greeting: agent.greeting,
    extraction_schema: agent.extractionSchema,
    tools: agent.tools,
    advance_to_stage: agent.advanceToStage,
    max_turns: agent.maxTurns,
    max_duration_seconds: agent.maxDurationSeconds,
    version: agent.version,
  };
}

/** POST /api/v1/ai/call-scripts. */
export class CallScriptBody {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_IDS.opportunity, description: 'An opportunity of this tenant (unknown → 422 `ai.opportunity_unknown`)' })
  @IsUUID()
  opportunity_id!: string;

  @ApiProperty({ enum: AGENT_TYPES, example: 'perfilador' })
  @IsIn(AGENT_TYPES)
  agent_type!: AgentType;
}

export const CALL_SCRIPT_EXAMPLES = requestExamples({
  profiling: { summary: "The profiling agent's script for a lead", value: { opportunity_id: EXAMPLE_IDS.opportunity, agent_type: 'perfilador' } },
});

export class CallScriptView {
  @ApiProperty({ example: 'Usted es el asistente telefónico de Ventas. Llama a Ana Ruiz, que dejó sus datos…', nullable: true, type: String, description: "The agent's instructions rendered for the lead; null while `missing` is not empty" })
  prompt!: string | null;

  @ApiProperty({ example: '¡Hola, Ana! Le llamo de parte de Dra. Laura. ¿Tiene un par de minutos para conocer lo que busca?', nullable: true, type: String, description: "The agent's greeting rendered for the lead; null while `missing` is not empty" })
  initial_script!: string | null;

  @ApiProperty({
    type: [String], example: [],
    description: 'The variables with no value and no default for this lead; while any is missing nothing is rendered',
  })
  missing!: string[];

  @ApiProperty({ example: 1, description: 'The agent version rendered' })
  agent_version!: number;
}

export function presentCallScript(script: CallScript) {
  return { prompt: script.prompt, initial_script: script.initialScript, missing: [...script.missing], agent_version: script.agentVersion };
}
