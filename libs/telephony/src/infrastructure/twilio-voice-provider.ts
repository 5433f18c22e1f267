import { Injectable } from '@nestjs/common';
import { ProviderNotConfiguredError, type OutboundCallRequest, type PlacedCall, type VoiceProvider } from '../domain/index.js';
import { TelephonyConnections } from './telephony-connections.js';
import { placeTwilioCall } from './twilio-voice.js';

/** The VoiceProvider port over Twilio, with the calling tenant's own account. */
@Injectable()
export class TwilioVoiceProvider implements VoiceProvider {
  readonly provider = 'twilio' as const;

  constructor(private readonly connections: TelephonyConnections) {}

  async placeCall(request: OutboundCallRequest): Promise<PlacedCall> {
    const credentials = await this.connections.twilio(request.tenantId);
    if (!credentials) throw new ProviderNotConfiguredError('twilio');
    return placeTwilioCall(credentials, request.to, request.statusCallbackUrl, this.connections.http, request.twiml);
  }
}
