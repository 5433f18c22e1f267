import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, TenantReader } from '@leadline/shared-kernel';
import type { TranscriptLine } from '../../domain/index.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';

export interface CallTranscript {
  readonly callId: string;
  readonly source: 'ai_agent' | 'transcription' | 'provided';
  readonly language: string | null;
  readonly lines: readonly TranscriptLine[];
}

export class GetCallTranscriptQuery extends Query<CallTranscript> {
  constructor(readonly tenantId: string, readonly callId: string) {
    super();
  }
}

interface LineRow {
  seq: number;
  speaker: TranscriptLine['speaker'];
  text: string;
  start_seconds: string | null;
  end_seconds: string | null;
  confidence: string | null;
  interrupted: boolean;
  latency_ms: number | null;
}

const number = (value: string | null) => (value === null ? null : Number(value));

/** GET /crm/calls/:id/transcript (contract §13): an AI call's lines in order; a call without a transcript is 404. */
@QueryHandler(GetCallTranscriptQuery)
export class GetCallTranscriptHandler implements IQueryHandler<GetCallTranscriptQuery> {
  constructor(private readonly reader: TenantReader, private readonly connections: AiConnections) {}

  async execute({ tenantId, callId }: GetCallTranscriptQuery): Promise<CallTranscript> {
    await this.connections.require(tenantId);
    const call = await this.reader.one<{ language: string }>(tenantId, {
      select: 'c.language', from: ['ai_calls', 'c'], where: [['c.call_id = ?', callId]],
    });
    if (!call) throw new NotFoundError('call transcript', callId);
    const rows = await this.reader.rows<LineRow>(tenantId, {
      select: 'l.seq, l.speaker, l.text, l.start_seconds, l.end_seconds, l.confidence, l.interrupted, l.latency_ms',
      from: ['ai_call_transcript_lines', 'l'], where: [['l.call_id = ?', callId]], orderBy: 'l.seq',
    });
    return {
      callId,
      source: 'ai_agent',
      language: call.language,
      lines: rows.map((row) => ({
        seq: row.seq, speaker: row.speaker, text: row.text, startSeconds: number(row.start_seconds), endSeconds: number(row.end_seconds),
        confidence: number(row.confidence), interrupted: row.interrupted, latencyMs: row.latency_ms,
      })),
    };
  }
}
