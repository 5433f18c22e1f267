/** Places outbound calls for a tenant through its configured voice provider (Twilio today). */
export interface VoiceProvider {
  readonly provider: 'twilio';
  /**
   * Throws ProviderNotConfiguredError without a connection, ProviderRejectedError when the provider
   * refuses the call (its error code in `provider_code`) and ProviderUnavailableError when it fails.
   */
  placeCall(request: OutboundCallRequest): Promise<PlacedCall>;
}
export const VOICE_PROVIDER = Symbol('VoiceProvider');

export interface OutboundCallRequest {
  readonly tenantId: string;
  /** E.164 */
  readonly to: string;
  /** Where the provider posts the call's progress (initiated, ringing, answered, completed). */
  readonly statusCallbackUrl: string;
  /** What the call does once answered (inline TwiML, e.g. an AI agent's ConversationRelay); else the line is held. */
  readonly twiml?: string;
}

export interface PlacedCall {
  readonly externalCallId: string;
  readonly fromNumber: string;
  readonly toNumber: string;
}
