import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PlatformModule } from '@leadline/platform';
import { ConfigureTwilioHandler } from './application/configure-twilio/configure-twilio.js';
import { ConfigureZadarmaHandler } from './application/configure-zadarma/configure-zadarma.js';
import { CreateCallHandler } from './application/create-call/create-call.js';
import { FetchZadarmaRecording } from './application/fetch-zadarma-recording/fetch-zadarma-recording.js';
import { IngestRecordingEmailHandler } from './application/ingest-recording-email/ingest-recording-email.js';
import { InitiateCallHandler } from './application/initiate-call/initiate-call.js';
import { GetCallRecordingHandler } from './application/queries/recording-queries.js';
import { ProviderCallRecorder } from './application/provider-call-recorder.js';
import { RecordTwilioStatusHandler } from './application/record-twilio-status/record-twilio-status.js';
import { RecordZadarmaNotificationHandler } from './application/record-zadarma-notification/record-zadarma-notification.js';
import { GetCallHandler, ListCallsHandler } from './application/queries/call-queries.js';
import { AttemptSync, RequestAttemptSyncHandler } from './application/sync-call-attempts/sync-call-attempts.js';
import { UpdateCallHandler } from './application/update-call/update-call.js';
import { CALL_REPOSITORY, RECORDING_STORAGE, VOICE_PROVIDER } from './domain/index.js';
import { MikroOrmCallRepository } from './infrastructure/call.persistence.js';
import { LocalDiskRecordingStorage } from './infrastructure/local-disk-recording-storage.js';
import { ProviderEventReceipts } from './infrastructure/provider-event-receipts.js';
import { TelephonyConnections } from './infrastructure/telephony-connections.js';
import { TwilioVoiceProvider } from './infrastructure/twilio-voice-provider.js';

@Module({
  imports: [CqrsModule, PlatformModule],
  providers: [
    { provide: CALL_REPOSITORY, useClass: MikroOrmCallRepository },
    CreateCallHandler, UpdateCallHandler, GetCallHandler, ListCallsHandler,
    RequestAttemptSyncHandler, AttemptSync,
    // Provider adapters: Zadarma, Twilio, recording e-mails.
    TelephonyConnections, ProviderEventReceipts,
    { provide: VOICE_PROVIDER, useClass: TwilioVoiceProvider },
    { provide: RECORDING_STORAGE, useClass: LocalDiskRecordingStorage },
    ConfigureZadarmaHandler, ConfigureTwilioHandler, ProviderCallRecorder,
    RecordZadarmaNotificationHandler, RecordTwilioStatusHandler, IngestRecordingEmailHandler, InitiateCallHandler,
    GetCallRecordingHandler, FetchZadarmaRecording,
  ],
  exports: [CALL_REPOSITORY, AttemptSync, VOICE_PROVIDER, TelephonyConnections],
})
export class TelephonyModule {}
