import { Inject, Injectable, Logger } from '@nestjs/common';
import { SubscribesTo, type DeliveredEvent, type DomainEventSubscriber } from '@leadline/shared-kernel';
import { CALL_REPOSITORY, RECORDING_STORAGE, type CallRepository, type RecordingStorage } from '../../domain/index.js';
import { TelephonyConnections } from '../../infrastructure/telephony-connections.js';
import { ZadarmaApiError, ZadarmaRestClient } from '../../infrastructure/zadarma-rest-client.js';

interface RecordingAvailablePayload {
  readonly call_id: string;
  readonly provider: string;
  readonly provider_recording_id: string;
}

const DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * NOTIFY_RECORD, in the worker: asks Zadarma's REST API for the recording link, keeps a copy of the
 * audio (the link expires) and stores the link on the call. Zadarma needs a while to save a file
 * and rate-limits its API, so failures (429, `{"status":"error"}`, network) are thrown as plain
 * errors and the worker retries them with backoff, dead-lettering after EVENT_MAX_ATTEMPTS.
 */
@Injectable()
@SubscribesTo({ name: 'telephony.zadarma-recording', events: ['call.recording_available'] })
export class FetchZadarmaRecording implements DomainEventSubscriber {
  private readonly logger = new Logger(FetchZadarmaRecording.name);

  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    @Inject(RECORDING_STORAGE) private readonly storage: RecordingStorage,
    private readonly connections: TelephonyConnections,
  ) {}

  async handle(event: DeliveredEvent): Promise<void> {
    const payload = event.payload as unknown as RecordingAvailablePayload;
    if (payload.provider !== 'zadarma') return;
    const call = await this.calls.find(event.tenantId, payload.call_id);
    if (!call || call.snapshot.recordingUrl) return;
    const connection = await this.connections.zadarma(event.tenantId);
    if (!connection) {
      this.logger.warn(`call ${call.id}: a recording is available but the tenant has no Zadarma connection any more`);
      return;
    }
    const { link } = await new ZadarmaRestClient(connection).recordingLink(payload.provider_recording_id);
    const download = await fetch(link, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!download.ok) throw new ZadarmaApiError(download.status, 'the recording download failed');
    await this.storage.save(event.tenantId, call.id, {
      contentType: download.headers.get('content-type')?.split(';')[0]?.trim() || 'audio/mpeg',
      filename: `${payload.provider_recording_id}.mp3`,
      data: Buffer.from(await download.arrayBuffer()),
    });
    call.attachRecording(link);
    await this.calls.save(call, { tenantId: event.tenantId, actor: event.actor, requestId: event.requestId });
  }
}
