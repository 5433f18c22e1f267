import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, type ApiPropertyOptions,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength,
  ValidateNested,
} from 'class-validator';
import {
  AGENT_TYPES, AiAgentErrorCodes, ANALYSIS_STATUSES, GetCallAnalysisQuery, GetCallTranscriptQuery, ListOpportunityCallsQuery,
  PROVIDED_TRANSCRIPT_LIMITS, ProvideTranscriptCommand, RequestCallAnalysisCommand, TRANSCRIPT_SPEAKERS, type AgentType, type CallAnalysis,
  type CallTranscript, type LeadCall, type TranscriptSpeaker,
} from '@leadline/ai-agent';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems, EXAMPLE_IDS, pageOf, requestExamples } from '../http/openapi.js';
import { PageQuery, pageRequest, pageResponse, UuidParam } from '../http/validation.js';
import { CallView, presentCall } from '../telephony/calls.controller.js';

const NOT_CONFIGURED = 'Without an AI connection (`PUT /api/v1/integrations/ai`): 409 `ai.not_configured`, and nothing changes.';

class TranscriptLineView {
  @ApiProperty({ example: 1, description: 'Order of the line in the call, from 1' }) seq!: number;
  @ApiProperty({ enum: TRANSCRIPT_SPEAKERS }) speaker!: string;
  @ApiProperty({ example: 'Hola, le llama Leadline.', description: 'For an interrupted bot line: only what the caller heard' }) text!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Seconds from the start of the conversation (of the recording, for a transcription)' }) start_seconds!: number | null;
  @ApiProperty({ nullable: true, type: Number }) end_seconds!: number | null;
  @ApiProperty({
    nullable: true, type: Number,
    description: "0–1; null when the source gives none. A transcription's is exp(avg_logprob) of the segment: its tokens' geometric mean probability",
  }) confidence!: number | null;
  @ApiProperty({ description: 'A bot line the caller cut short' }) interrupted!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: "Bot lines: the caller's final words → the first token sent to Twilio, ms" })
  latency_ms!: number | null;
}

class TranscriptView {
  @ApiProperty({ format: 'uuid' }) call_id!: string;
  @ApiProperty({ enum: ['ai_agent', 'transcription', 'provided'] }) source!: string;
  @ApiProperty({ nullable: true, type: String, example: 'es-MX' }) language!: string | null;
  @ApiProperty({ type: [TranscriptLineView] }) lines!: TranscriptLineView[];
}

function presentTranscript(transcript: CallTranscript) {
  return {
    call_id: transcript.callId,
    source: transcript.source,
    language: transcript.language,
    lines: transcript.lines.map((line) => ({
      seq: line.seq, speaker: line.speaker, text: line.text, start_seconds: line.startSeconds, end_seconds: line.endSeconds,
      confidence: line.confidence, interrupted: line.interrupted, latency_ms: line.latencyMs,
    })),
  };
}

/** One line of PUT …/transcript. */
class TranscriptLineBody {
  @ApiProperty({ enum: TRANSCRIPT_SPEAKERS, example: 'customer' })
  @IsIn(TRANSCRIPT_SPEAKERS)
  speaker!: TranscriptSpeaker;

  @ApiProperty({ example: 'Busco un departamento en Zapopan, tengo dos millones.', maxLength: PROVIDED_TRANSCRIPT_LIMITS.maxLineLength })
  @IsString() @MinLength(1) @MaxLength(PROVIDED_TRANSCRIPT_LIMITS.maxLineLength)
  text!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, example: 3.2, description: 'Seconds from the start of the call' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(86_400)
  start_seconds?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, example: 6.8, description: 'Not before start_seconds' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(86_400)
  end_seconds?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1, example: 0.93, description: 'The recogniser\'s confidence, when it gives one' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1)
  confidence?: number | null;
}

class TranscriptBody {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'es-MX', description: 'ISO-639-1, optionally with a region (es, es-MX)' })
  @IsOptional() @IsString() @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'language is an ISO-639-1 code, optionally with a region: es, es-MX' })
  language?: string | null;

  @ApiProperty({ type: [TranscriptLineBody], minItems: 1, maxItems: PROVIDED_TRANSCRIPT_LIMITS.maxLines, description: 'The lines in the order spoken; numbered 1…n' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(PROVIDED_TRANSCRIPT_LIMITS.maxLines) @ValidateNested({ each: true }) @Type(() => TranscriptLineBody)
  lines!: TranscriptLineBody[];
}

const TRANSCRIPT_EXAMPLES = requestExamples({
  pbx: {
    summary: "A PBX's speech recognition of a call",
    value: {
      language: 'es-MX',
      lines: [
        { speaker: 'agent', text: 'Buenas tardes, le llamo de Inmobiliaria Norte. ¿Tiene un minuto?', start_seconds: 0, end_seconds: 3.1 },
        { speaker: 'customer', text: 'Sí, dígame.', start_seconds: 3.4, end_seconds: 4.2, confidence: 0.95 },
        { speaker: 'agent', text: '¿Qué tipo de propiedad busca?', start_seconds: 4.5, end_seconds: 6 },
        { speaker: 'customer', text: 'Un departamento en Zapopan; tengo unos dos millones de pesos.', start_seconds: 6.3, end_seconds: 10.9, confidence: 0.91 },
      ],
    },
  },
});

class AnalyzeBody {
  @ApiPropertyOptional({ enum: AGENT_TYPES, description: "Analyse with this agent type's current version; default: the agent that handled the call" })
  @IsOptional() @IsIn(AGENT_TYPES)
  agent_type?: AgentType;

  @ApiPropertyOptional({ default: false, description: 'A new version even though an analysis is already done (re-analysis)' })
  @IsOptional() @IsBoolean()
  force?: boolean;
}

const ANALYZE_EXAMPLES = requestExamples({
  default: { summary: 'Analyse the call (or answer the analysis it has)', value: {} },
  again: { summary: "Analyse again with the financial agent's current schema", value: { agent_type: 'calificador_financiero', force: true } },
});

/** `applied`, inline because it may be null (a nullable `$ref` loses its null in OpenAPI 3.0). */
const APPLIED_SCHEMA = {
  type: 'object',
  nullable: true,
  description: 'What a completed analysis changed; null until then',
  properties: {
    stage_from: { type: 'string', nullable: true, example: 'perfilamiento' },
    stage_to: { type: 'string', nullable: true, example: 'calificacion_financiera', description: 'Equal to stage_from when the stage did not move' },
    score_from: { type: 'integer', nullable: true, example: 35 },
    score_to: { type: 'integer', nullable: true, example: 45 },
    qualification_fields: { type: 'array', items: { type: 'string' }, example: ['budget', 'currency'], description: 'The non-null extracted fields merged into qualification' },
  },
  required: ['stage_from', 'stage_to', 'score_from', 'score_to', 'qualification_fields'],
} as const;

const ANALYSIS_ERROR = 'Why it failed or was skipped: `too_short` (fewer than two customer lines), `refused: …`, `truncated: …`, ' +
  '`invalid_output: …` (not JSON, or not the schema; in JSON mode after one repair), `provider_unavailable: …`, `ai.not_configured: …`, `apply_failed: …`, ' +
  "`transcription_failed: …` (the call's stored recording could not be transcribed: the server refused the audio, or kept failing)";

class AnalysisView {
  @ApiProperty({ format: 'uuid' }) call_id!: string;
  @ApiProperty({ enum: ANALYSIS_STATUSES }) status!: string;
  @ApiProperty({ example: 1, description: '1 for the first analysis of the call; each forced re-analysis adds one' }) version!: number;
  @ApiProperty({ enum: AGENT_TYPES }) agent_type!: string;
  @ApiProperty({ example: 2, description: 'The agent version whose extraction schema was used' }) agent_version!: number;
  @ApiProperty({ nullable: true, type: String, example: 'gpt-4o-mini', description: 'The model that produced it; null until asked' }) model!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Busca departamento en Zapopan con presupuesto de 2 millones; paga con crédito.' })
  summary!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, example: { budget: 2000000, currency: 'MXN', payment_method: 'credito', down_payment: null, credit_status: 'en_tramite' } })
  extracted!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String, example: 'calificacion_financiera' }) suggested_stage!: string | null;
  @ApiProperty(APPLIED_SCHEMA as unknown as ApiPropertyOptions) applied!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String, example: null, description: ANALYSIS_ERROR }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) completed_at!: string | null;
}

function presentAnalysis(analysis: CallAnalysis) {
  const { applied } = analysis;
  return {
    call_id: analysis.callId,
    status: analysis.status,
    version: analysis.version,
    agent_type: analysis.agentType,
    agent_version: analysis.agentVersion,
    model: analysis.model,
    summary: analysis.summary,
    extracted: analysis.extracted,
    suggested_stage: analysis.suggestedStage,
    applied: applied && {
      stage_from: applied.stageFrom, stage_to: applied.stageTo, score_from: applied.scoreFrom, score_to: applied.scoreTo,
      qualification_fields: [...applied.qualificationFields],
    },
    error: analysis.error,
    created_at: analysis.createdAt.toISOString(),
    completed_at: analysis.completedAt?.toISOString() ?? null,
  };
}

/** The analysis under a transcript PUT, inline because it may be null. */
const ANALYSIS_SCHEMA = {
  type: 'object',
  nullable: true,
  description: 'The analysis the transcript started (or the one already queued); null when the lines were already stored',
  properties: {
    call_id: { type: 'string', format: 'uuid' },
    status: { type: 'string', enum: [...ANALYSIS_STATUSES] },
    version: { type: 'integer', example: 1 },
    agent_type: { type: 'string', enum: [...AGENT_TYPES] },
    agent_version: { type: 'integer', example: 1 },
    model: { type: 'string', nullable: true },
    summary: { type: 'string', nullable: true },
    extracted: { type: 'object', nullable: true, additionalProperties: true },
    suggested_stage: { type: 'string', nullable: true },
    applied: APPLIED_SCHEMA,
    error: { type: 'string', nullable: true, description: ANALYSIS_ERROR },
    created_at: { type: 'string', format: 'date-time' },
    completed_at: { type: 'string', format: 'date-time', nullable: true },
  },
  required: ['call_id', 'status', 'version', 'agent_type', 'agent_version', 'model', 'summary', 'extracted', 'suggested_stage', 'applied', 'error',
    'created_at', 'completed_at'],
};

class ProvidedTranscriptView extends TranscriptView {
  @ApiProperty(ANALYSIS_SCHEMA as unknown as ApiPropertyOptions) analysis!: Record<string, unknown> | null;
}

class AnalysisQuery {
  @ApiPropertyOptional({ minimum: 1, description: 'A given version; default the latest' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  version?: number;
}

@ApiTags('calls')
@Controller('api/v1/crm/calls')
export class AiCallsController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Get(':id/transcript')
  @ApiOperation({
    summary: "A call's transcript, line by line",
    description: 'An AI call (POST /api/v1/crm/calls/initiate with `agent_type`) is transcribed as it goes (`source: ai_agent`): the ' +
      "greeting, each final caller utterance and each of the agent's answers (an interrupted answer keeps only what the caller heard), " +
      'bot lines with their latency. A transcript PUT from elsewhere is `provided`. A stored recording (a Zadarma recording, a ' +
      'recording e-mail) is transcribed in the worker through the connection\'s `transcription_model` when it has one and the call ' +
      'has no transcript yet (`source: transcription`: one line per segment, speaker `unknown`, times from the start of the ' +
      'recording), and then analysed. A call without a transcript → 404. ' +
      'Without an AI connection: 409 `ai.not_configured`.',
  })
  @ApiOkResponse({ type: TranscriptView, description: 'The transcript' })
  @ApiProblems(CommonErrorCodes.notFound, AiAgentErrorCodes.notConfigured)
  async transcript(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentTranscript(await this.queries.execute(new GetCallTranscriptQuery(ctx.tenantId, id)));
  }

  @Put(':id/transcript')
  @ApiOperation({
    summary: "Store a call's transcript from elsewhere, and analyse it",
    description: "E.g. the PBX's speech recognition: the lines replace the call's transcript (numbered 1…n in the order given, " +
      '`source: provided`) and an analysis is queued in the same transaction (answered under `analysis`). The same lines sent again ' +
      'change nothing and queue nothing. An AI call still in conversation → 409 `ai.call_in_progress`. Another tenant\'s or an ' +
      `unknown call → 404. ${NOT_CONFIGURED}`,
  })
  @ApiBody({ type: TranscriptBody, examples: TRANSCRIPT_EXAMPLES })
  @ApiOkResponse({ type: ProvidedTranscriptView, description: 'The transcript as stored, and the analysis it started' })
  @ApiProblems(CommonErrorCodes.notFound, AiAgentErrorCodes.notConfigured, AiAgentErrorCodes.callInProgress)
  async provideTranscript(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: TranscriptBody) {
    const provided = await this.commands.execute(new ProvideTranscriptCommand(ctx, id, body.language ?? null, body.lines.map((line) => ({
      speaker: line.speaker, text: line.text, startSeconds: line.start_seconds, endSeconds: line.end_seconds, confidence: line.confidence,
    }))));
    return { ...presentTranscript(provided.transcript), analysis: provided.analysis && presentAnalysis(provided.analysis) };
  }

  @Post(':id/analyze')
  @HttpCode(202)
  @ApiOperation({
    summary: "Analyse a call's transcript (summary, extraction, stage), in the worker",
    description: 'Answers 202 with the analysis that answers the request: a queued or running one as it is; without `force`, the ' +
      "latest one; otherwise a new version (queued). The analysis uses the agent's extraction schema with strict structured output " +
      '(JSON mode, local validation and one repair on servers without it). Completed, it sets the call\'s `summary` (and so the ' +
      "first-call attempt's notes), merges the non-null extracted fields into the opportunity's `qualification`, rescores it, and " +
      "moves it forward to the agent's `advance_to_stage` or the model's suggestion when that is a later open stage (never won or " +
      'lost; stage history `source: ai_call`). Fewer than two customer lines → `skipped` (`too_short`); an invalid answer → ' +
      '`failed`, nothing applied. A call without a transcript → 422 `ai.call_without_transcript`; another tenant\'s → 404. ' +
      NOT_CONFIGURED,
  })
  @ApiBody({ type: AnalyzeBody, examples: ANALYZE_EXAMPLES })
  @ApiAcceptedResponse({ type: AnalysisView, description: 'The analysis (usually queued)' })
  @ApiProblems(CommonErrorCodes.notFound, AiAgentErrorCodes.notConfigured, AiAgentErrorCodes.callWithoutTranscript)
  async analyze(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Body() body: AnalyzeBody) {
    return presentAnalysis(await this.commands.execute(new RequestCallAnalysisCommand(ctx, id, body.agent_type, body.force ?? false)));
  }

  @Get(':id/analysis')
  @ApiOperation({
    summary: "A call's analysis",
    description: 'The latest version, or `?version=`. Status queued → running → completed | failed | skipped; `applied` says what a ' +
      `completed one changed. None yet, or another tenant's call → 404. ${NOT_CONFIGURED}`,
  })
  @ApiOkResponse({ type: AnalysisView, description: 'The analysis' })
  @ApiProblems(CommonErrorCodes.notFound, AiAgentErrorCodes.notConfigured)
  async analysis(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Query() query: AnalysisQuery) {
    return presentAnalysis(await this.queries.execute(new GetCallAnalysisQuery(ctx.tenantId, id, query.version)));
  }
}

class LeadCallView extends CallView {
  @ApiProperty({ description: 'Whether the call has a transcript (GET …/calls/{id}/transcript)' }) has_transcript!: boolean;
  @ApiProperty({
    type: 'object', nullable: true, description: 'The latest analysis (GET …/calls/{id}/analysis); null when none was asked for',
    properties: {
      status: { type: 'string', enum: [...ANALYSIS_STATUSES] }, version: { type: 'integer', example: 1 },
      error: { type: 'string', nullable: true, example: null },
    },
    required: ['status', 'version', 'error'],
  })
  analysis!: Record<string, unknown> | null;
}

function presentLeadCall({ call, analysis, hasTranscript }: LeadCall) {
  return {
    ...presentCall(call),
    has_transcript: hasTranscript,
    analysis: analysis && { status: analysis.status, version: analysis.version, error: analysis.error },
  };
}

@ApiTags('opportunities')
@Controller('api/v1/crm/opportunities')
export class OpportunityCallsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/calls')
  @ApiOperation({
    summary: "The lead's calls with their analysis status",
    description: "Seed 004's call history per lead: the calls to the opportunity's contact (from the API, the PBXs, AI calls), " +
      "newest first, each with whether it has a transcript and its latest analysis' status. Works without an AI connection " +
      `(no analyses then). Another tenant's opportunity → 404. Example id: ${EXAMPLE_IDS.opportunity}`,
  })
  @ApiOkResponse({ type: pageOf(LeadCallView), description: 'A page of calls' })
  @ApiProblems(CommonErrorCodes.notFound)
  async calls(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string, @Query() query: PageQuery) {
    return pageResponse(await this.queries.execute(new ListOpportunityCallsQuery(ctx.tenantId, id, pageRequest(query))), presentLeadCall);
  }
}
