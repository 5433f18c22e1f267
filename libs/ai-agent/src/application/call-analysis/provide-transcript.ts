import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError, NotFoundError, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { callInProgress, TRANSCRIPT_SPEAKERS, type CallAnalysis, type TranscriptLine, type TranscriptSpeaker } from '../../domain/index.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';
import { CallAnalysisStore } from '../../infrastructure/call-analysis.store.js';
import type { CallTranscript } from '../ai-calls/transcript-query.js';
import { CallAnalysisRequests } from './request-analysis.js';

export interface ProvidedLine {
  readonly speaker: TranscriptSpeaker;
  readonly text: string;
  readonly startSeconds?: number | null;
  readonly endSeconds?: number | null;
  readonly confidence?: number | null;
}

export const PROVIDED_TRANSCRIPT_LIMITS = { maxLines: 2000, maxLineLength: 5000 } as const;

export interface ProvidedTranscript {
  readonly transcript: CallTranscript;
  /** The analysis the transcript started, or the one already queued; null when the lines were the ones stored. */
  readonly analysis: CallAnalysis | null;
}

/**
 * PUT /crm/calls/:id/transcript (contract §13): a transcript from elsewhere (the PBX's speech
 * recognition, a human) replaces the call's lines, numbered in the order given, with source
 * `provided`, and starts the analysis — in one transaction, so the analysis exists exactly when
 * the transcript does. Sending the same lines again changes nothing and starts nothing. An AI call
 * still talking writes its own transcript: 409 `ai.call_in_progress`.
 */
export class ProvideTranscriptCommand extends Command<ProvidedTranscript> {
  constructor(readonly context: CommandContext, readonly callId: string, readonly language: string | null, readonly lines: readonly ProvidedLine[]) {
    super();
  }
}

@CommandHandler(ProvideTranscriptCommand)
export class ProvideTranscriptHandler implements ICommandHandler<ProvideTranscriptCommand> {
  constructor(
    private readonly connections: AiConnections,
    private readonly store: CallAnalysisStore,
    private readonly requests: CallAnalysisRequests,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, callId, language, lines }: ProvideTranscriptCommand): Promise<ProvidedTranscript> {
    const { tenantId } = context;
    await this.connections.require(tenantId);
    const numbered = checkedLines(lines);
    return this.uow.run(async () => {
      if (!await this.store.lockCall(tenantId, callId)) throw new NotFoundError('call', callId);
      const ai = await this.store.aiCall(tenantId, callId);
      if (ai?.status === 'live') throw callInProgress(callId);
      const header = await this.store.transcript(tenantId, callId);
      const stored = header ? await this.store.lines(tenantId, callId) : [];
      const same = header?.source === 'provided' && header.language === language && sameLines(stored, numbered);
      if (same) return { transcript: { callId, source: 'provided', language, lines: stored }, analysis: null };
      const analysis = await this.requests.transcriptArrived(tenantId, callId, 'provided', language, numbered);
      return { transcript: { callId, source: 'provided', language, lines: numbered }, analysis };
    });
  }
}

function checkedLines(lines: readonly ProvidedLine[]): TranscriptLine[] {
  if (lines.length === 0 || lines.length > PROVIDED_TRANSCRIPT_LIMITS.maxLines) {
    throw new InvalidInputError('lines', `lines must hold 1-${PROVIDED_TRANSCRIPT_LIMITS.maxLines} lines`);
  }
  return lines.map((line, index) => {
    const field = `lines[${index}]`;
    if (!TRANSCRIPT_SPEAKERS.includes(line.speaker)) throw new InvalidInputError(`${field}.speaker`, `speaker must be one of ${TRANSCRIPT_SPEAKERS.join(', ')}`);
    const text = line.text.trim();
    if (!text || text.length > PROVIDED_TRANSCRIPT_LIMITS.maxLineLength) {
      throw new InvalidInputError(`${field}.text`, `text must be 1-${PROVIDED_TRANSCRIPT_LIMITS.maxLineLength} characters, not blank`);
    }
    // As the columns keep them (numeric(10,3), numeric(5,4)), so the same lines sent again compare equal.
    const start = rounded(line.startSeconds, 3);
    const end = rounded(line.endSeconds, 3);
    if (start !== null && end !== null && end < start) throw new InvalidInputError(`${field}.end_seconds`, 'end_seconds must not be before start_seconds');
    return { seq: index + 1, speaker: line.speaker, text, startSeconds: start, endSeconds: end, confidence: rounded(line.confidence, 4), interrupted: false, latencyMs: null };
  });
}

function rounded(value: number | null | undefined, decimals: number): number | null {
  if (value === null || value === undefined) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function sameLines(a: readonly TranscriptLine[], b: readonly TranscriptLine[]): boolean {
  const key = (line: TranscriptLine) => JSON.stringify([line.seq, line.speaker, line.text, line.startSeconds, line.endSeconds, line.confidence]);
  return a.length === b.length && a.every((line, index) => key(line) === key(b[index]!));
}
