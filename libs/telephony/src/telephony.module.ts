import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PlatformModule } from '@leadline/platform';
import { ConfigureTwilioHandler, ConfigureZadarmaHandler } from './application/configure-providers/configure-providers.js';
import { RECORDING_STORAGE, VOICE_PROVIDER } from './domain/index.js';
import { LocalDiskRecordingStorage } from './infrastructure/local-disk-recording-storage.js';
import { ProviderEventReceipts } from './infrastructure/provider-event-receipts.js';
import { TelephonyConnections } from './infrastructure/telephony-connections.js';
import { TwilioVoiceProvider } from './infrastructure/twilio-voice-provider.js';

@Module({
  imports: [CqrsModule, PlatformModule],
  providers: [
    TelephonyConnections, ProviderEventReceipts,
    { provide: VOICE_PROVIDER, useClass: TwilioVoiceProvider },
    { provide: RECORDING_STORAGE, useClass: LocalDiskRecordingStorage },
    ConfigureZadarmaHandler, ConfigureTwilioHandler,
  ],
})
export class TelephonyModule {}
