import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@leadline/shared-kernel';
import type { TranscriptLine } from '../../domain/index.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';
import { CallAnalysisStore } from '../../infrastructure/call-analysis.store.js';

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

/** GET /crm/calls/:id/transcript (contract §13): the call's lines in order, with where they came from; a call without a transcript is 404. */
@QueryHandler(GetCallTranscriptQuery)
export class GetCallTranscriptHandler implements IQueryHandler<GetCallTranscriptQuery> {
  constructor(private readonly store: CallAnalysisStore, private readonly connections: AiConnections) {}

  async execute({ tenantId, callId }: GetCallTranscriptQuery): Promise<CallTranscript> {
    await this.connections.require(tenantId);
    const header = await this.store.transcript(tenantId, callId);
    if (!header) throw new NotFoundError('call transcript', callId);
    return { callId, source: header.source, language: header.language, lines: await this.store.lines(tenantId, callId) };
  }
}
