import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, SubscribesTo, type AppConfig, type DeliveredEvent, type DomainEventSubscriber } from '@leadline/shared-kernel';
import { CALL_REPOSITORY, CallEvents, RECORDING_STORAGE, type CallRepository, type RecordingStorage } from '../../domain/index.js';
import { TelephonyConnections } from '../../infrastructure/telephony-connections.js';
import { downloadZadarmaRecording } from '../../infrastructure/zadarma-recording-download.js';
import { ZadarmaRestClient } from '../../infrastructure/zadarma-rest-client.js';

interface RecordingAvailablePayload {
  readonly call_id: string;
  readonly provider: string;
  readonly provider_recording_id: string;
}

/**
 * NOTIFY_RECORD, in the worker: asks Zadarma's REST API for the recording link, keeps a copy of the
 * audio and points the call's `recording_url` at our own stream of it: Zadarma's link expires, and
 * viewers must not be handed it. Zadarma needs a while to save a file and rate-limits its API, so
 * failures (429, `{"status":"error"}`, network) are thrown as plain errors and the worker retries
 * them with backoff, dead-lettering after EVENT_MAX_ATTEMPTS. A link we refuse to fetch (another
 * host, a redirect, too large) is a ProviderRejectedError, dead-lettered at once.
 */
@Injectable()
@SubscribesTo({ name: 'telephony.zadarma-recording', events: [CallEvents.recordingAvailable] })
export class FetchZadarmaRecording implements DomainEventSubscriber {
  private readonly logger = new Logger(FetchZadarmaRecording.name);

  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    @Inject(RECORDING_STORAGE) private readonly storage: RecordingStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    const { link } = await new ZadarmaRestClient(connection, this.connections.http).recordingLink(payload.provider_recording_id);
    const download = await downloadZadarmaRecording(this.connections.http, link, connection.baseUrl);
    await this.storage.save(event.tenantId, call.id, {
      contentType: download.contentType,
      filename: `${payload.provider_recording_id}.mp3`,
      data: download.data,
    });
    call.attachRecording(`${this.config.publicBaseUrl}/api/v1/crm/calls/${call.id}/recording`);
    await this.calls.save(call, { tenantId: event.tenantId, actor: event.actor, requestId: event.requestId });
  }
}
