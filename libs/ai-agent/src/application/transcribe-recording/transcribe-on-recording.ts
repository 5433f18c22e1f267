import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { CallRecorded, IntegrationEventName } from '@leadline/integration-events';
import { JobScheduler, NotFoundError, Queues, SubscribesTo, type DeliveredEvent, type DomainEventSubscriber } from '@leadline/shared-kernel';
import { GetCallRecordingQuery } from '@leadline/telephony';
import { AiConnections } from '../../infrastructure/ai-connections.js';
import { CallAnalysisStore } from '../../infrastructure/call-analysis.store.js';
import { CallTranscriptionStore } from '../../infrastructure/call-transcription.store.js';
import { TranscribeRecordingJob } from './transcribe-recording.job.js';

/**
 * A call's recording was stored (telephony points `recording_url` at its own copy when a Zadarma
 * recording is fetched or a recording e-mail arrives: `call.recorded` with `changes.recordingUrl`).
 * With an AI connection that names a `transcription_model`, the call has no transcript yet and the
 * audio is really ours (a `recording_url` set through the API points elsewhere), a
 * `call_transcriptions` row and its job are written in the delivery's transaction; a call has one
 * such row at most, so a recording is transcribed once. Anything else: nothing happens.
 */
@Injectable()
@SubscribesTo({ name: 'ai.transcribe-recordings', events: ['call.recorded' satisfies IntegrationEventName], queue: Queues.domainEvents })
export class TranscribeStoredRecordings implements DomainEventSubscriber<DeliveredEvent<CallRecorded>> {
  constructor(
    private readonly connections: AiConnections,
    private readonly analyses: CallAnalysisStore,
    private readonly transcriptions: CallTranscriptionStore,
    private readonly scheduler: JobScheduler,
    private readonly queries: QueryBus,
  ) {}

  async handle(event: DeliveredEvent<CallRecorded>): Promise<void> {
    const { tenantId, payload } = event;
    if (!payload.changes?.recordingUrl?.to) return;
    const model = (await this.connections.find(tenantId))?.transcriptionModel;
    if (!model) return;
    const callId = payload.call_id;
    if (await this.analyses.transcript(tenantId, callId)) return;
    if (!await this.hasStoredRecording(tenantId, callId)) return;
    if (!await this.transcriptions.queue(tenantId, callId, model)) return;
    await this.scheduler.schedule(TranscribeRecordingJob, { tenantId, callId }, { tenantId, key: callId });
  }

  private async hasStoredRecording(tenantId: string, callId: string): Promise<boolean> {
    try {
      await this.queries.execute(new GetCallRecordingQuery(tenantId, callId));
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }
}
