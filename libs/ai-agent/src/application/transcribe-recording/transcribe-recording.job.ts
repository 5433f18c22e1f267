import { Injectable, Logger } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { describeFailure, HandlesJob, NotFoundError, Queues, UnitOfWork, type JobHandler } from '@leadline/shared-kernel';
import { GetCallRecordingQuery } from '@leadline/telephony';
import { audioFilename, MAX_TRANSCRIPTION_BYTES, transcriptionLines } from '../../domain/index.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';
import { CallAnalysisStore } from '../../infrastructure/call-analysis.store.js';
import { CallTranscriptionStore } from '../../infrastructure/call-transcription.store.js';
import { transcribeAudio, TranscriptionRejected, TranscriptionUnavailable, type AudioFile, type Transcribed } from '../../infrastructure/openai/transcription.js';
import { CallAnalysisRequests } from '../call-analysis/request-analysis.js';

export interface TranscribeRecordingPayload {
  readonly tenantId: string;
  readonly callId: string;
}

/**
 * Transcribes a call's stored recording (contract §13) through the connection's
 * `transcription_model`: claim → send the audio → store the lines and ask for the analysis, with
 * no transaction open while the server works. The `call_transcriptions` row is claimed (`queued →
 * running`) and committed first; a replayed job finds nothing to claim and returns.
 *
 * What can happen, and where it shows:
 * - the connection or its `transcription_model` was removed, the recording is gone, or the call got
 *   a transcript meanwhile (an AI call's, a PUT one): `skipped`, nothing else changes;
 * - the server refuses the audio or the request for good (a 4xx but 408/409/429, e.g. a file it
 *   cannot read), or the file is over 25 MB: `failed`, and the call's analysis becomes a `failed`
 *   version saying `transcription_failed: …` (GET …/analysis, the lead's calls list);
 * - the server cannot answer now (unreachable, timeout, 429, 5xx, after the client's own retries):
 *   thrown, so the runner tries again (exponential backoff from 1 s, EVENT_MAX_ATTEMPTS runs in all;
 *   the SDK does not retry a streamed upload itself); when it gives up, the same `failed` as above
 *   (and a dead letter an admin can replay, which claims the failed row again);
 * - otherwise the lines replace nothing (the call had no transcript), with source `transcription`,
 *   and the analysis is asked for exactly as a PUT transcript asks (`transcriptArrived`).
 */
@Injectable()
@HandlesJob({ queue: Queues.background, name: 'ai.transcribe-recording', leaseMs: 15 * 60_000 })
export class TranscribeRecordingJob implements JobHandler<TranscribeRecordingPayload> {
  private readonly logger = new Logger(TranscribeRecordingJob.name);

  constructor(
    private readonly transcriptions: CallTranscriptionStore,
    private readonly analyses: CallAnalysisStore,
    private readonly requests: CallAnalysisRequests,
    private readonly connections: AiConnections,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
  ) {}

  async run({ tenantId, callId }: TranscribeRecordingPayload): Promise<void> {
    const claimed = await this.uow.run(() => this.transcriptions.claim(tenantId, callId));
    // Not claimable: done already (a replay), or a run that died mid-way or threw left it running, which is run again.
    const row = claimed ?? await this.transcriptions.get(tenantId, callId);
    if (row?.status !== 'running') return;
    const connection = await this.connections.find(tenantId);
    const model = connection?.transcriptionModel;
    if (!connection || !model) return this.transcriptions.end(tenantId, callId, { status: 'skipped', error: 'ai.not_configured: no transcription_model any more' });
    if (await this.analyses.transcript(tenantId, callId)) return this.transcriptions.end(tenantId, callId, { status: 'skipped', error: 'already_transcribed' });
    const audio = await this.recordingOf(tenantId, callId);
    if (audio === null) return this.transcriptions.end(tenantId, callId, { status: 'skipped', error: 'no_stored_recording' });
    if (audio === 'too_large') return this.failed({ tenantId, callId }, new TranscriptionRejected(`the recording is over ${MAX_TRANSCRIPTION_BYTES / 1024 / 1024} MB`), true);

    let transcribed: Transcribed;
    try {
      transcribed = await transcribeAudio(this.connections.client(connection), { model, language: connection.language, file: audio });
    } catch (error) {
      if (error instanceof TranscriptionRejected) return this.failed({ tenantId, callId }, error, true);
      throw error; // the runner tries again later, and calls `failed` when it gives up
    }
    const lines = transcriptionLines(transcribed);
    // The language asked for when the connection names one; else the server's own name for what it heard.
    const language = connection.language ?? transcribed.language;
    await this.uow.run(async () => {
      if (!await this.analyses.lockCall(tenantId, callId)) return;
      if (await this.analyses.transcript(tenantId, callId)) {
        await this.transcriptions.end(tenantId, callId, { status: 'skipped', error: 'already_transcribed' });
        return;
      }
      await this.requests.transcriptArrived(tenantId, callId, 'transcription', language, lines);
      await this.transcriptions.end(tenantId, callId, { status: 'completed', model, lines: lines.length });
    });
  }

  /** Given up (a refused file, or the runner's last attempt): the row and the call's analysis say why. */
  async failed({ tenantId, callId }: TranscribeRecordingPayload, error: unknown, final: boolean): Promise<void> {
    if (!final) return;
    const reason = error instanceof TranscriptionRejected || error instanceof TranscriptionUnavailable ? error.message : describeFailure(error);
    this.logger.warn(`call ${callId}: the recording's transcription failed: ${reason}`);
    await this.uow.run(async () => {
      if (!await this.transcriptions.fail(tenantId, callId, reason)) return;
      const model = (await this.transcriptions.get(tenantId, callId))?.model ?? null;
      await this.requests.transcriptFailed(tenantId, callId, model, `transcription_failed: ${reason}`);
    });
  }

  /** The stored audio (telephony's query: the call is the tenant's, or 404); null when there is none. */
  private async recordingOf(tenantId: string, callId: string): Promise<AudioFile | 'too_large' | null> {
    try {
      const recording = await this.queries.execute(new GetCallRecordingQuery(tenantId, callId));
      if (recording.size > MAX_TRANSCRIPTION_BYTES) return 'too_large';
      return { open: () => recording.open(), contentType: recording.contentType, filename: audioFilename(recording.filename, recording.contentType) };
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}
