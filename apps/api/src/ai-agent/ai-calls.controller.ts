import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AiAgentErrorCodes, GetCallTranscriptQuery, TRANSCRIPT_SPEAKERS, type CallTranscript } from '@leadline/ai-agent';
import { CommonErrorCodes, type CommandContext } from '@leadline/shared-kernel';
import { Context } from '../http/auth.js';
import { ApiProblems } from '../http/openapi.js';
import { UuidParam } from '../http/validation.js';

class TranscriptLineView {
  @ApiProperty({ example: 1, description: 'Order of the line in the call, from 1' }) seq!: number;
  @ApiProperty({ enum: TRANSCRIPT_SPEAKERS }) speaker!: string;
  @ApiProperty({ example: 'Hola, le llama Leadline.', description: 'For an interrupted bot line: only what the caller heard' }) text!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Seconds from the start of the conversation' }) start_seconds!: number | null;
  @ApiProperty({ nullable: true, type: Number }) end_seconds!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Null when the source gives none' }) confidence!: number | null;
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

@ApiTags('calls')
@Controller('api/v1/crm/calls')
export class AiCallsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/transcript')
  @ApiOperation({
    summary: "A call's transcript, line by line",
    description: 'An AI call (POST /api/v1/crm/calls/initiate with `agent_type`) is transcribed as it goes: the greeting, each ' +
      "final caller utterance and each of the agent's answers (an interrupted answer keeps only what the caller heard), bot lines " +
      "with their latency. A call without a transcript → 404. Without an AI connection: 409 `ai.not_configured`.",
  })
  @ApiOkResponse({ type: TranscriptView, description: 'The transcript' })
  @ApiProblems(CommonErrorCodes.notFound, AiAgentErrorCodes.notConfigured)
  async transcript(@Context() ctx: CommandContext, @Param('id', UuidParam) id: string) {
    return presentTranscript(await this.queries.execute(new GetCallTranscriptQuery(ctx.tenantId, id)));
  }
}
