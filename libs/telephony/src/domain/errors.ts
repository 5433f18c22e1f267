import { DomainError } from '@leadline/shared-kernel/domain';

export const TelephonyErrorCodes = {
  callDuplicate: 'call.duplicate',
  contactUnknown: 'call.contact_unknown',
  callCorrupt: 'call.corrupt',
  // Provider adapters (Zadarma, Twilio, recording e-mails):
  /** The tenant has no connection for the provider a request needs. */
  providerNotConfigured: 'telephony.provider_not_configured',
  /** The provider refused the request (bad number, unverified caller id, wrong credentials): fix the input or settings. */
  providerRejected: 'telephony.provider_rejected',
  /** The provider could not be reached or failed on its side: retry later. */
  providerUnavailable: 'telephony.provider_unavailable',
  contactWithoutPhone: 'telephony.contact_without_phone',
  opportunityNotOfContact: 'telephony.opportunity_not_of_contact',
  /** A Zadarma notification without a valid Signature, or for a tenant that has no Zadarma connection. */
  zadarmaSignatureInvalid: 'telephony.zadarma_signature_invalid',
  /** A Twilio callback whose X-Twilio-Signature does not match. */
  twilioSignatureInvalid: 'telephony.twilio_signature_invalid',
  /** A notification that is signed but lacks what it must carry (e.g. pbx_call_id). */
  notificationInvalid: 'telephony.notification_invalid',
  /** A recording e-mail that cannot be read as an e-mail or carries no audio. */
  recordingEmailInvalid: 'telephony.recording_email_invalid',
} as const;
export type TelephonyErrorCode = (typeof TelephonyErrorCodes)[keyof typeof TelephonyErrorCodes];

export class TelephonyError extends DomainError<TelephonyErrorCode> {}

export class ProviderNotConfiguredError extends TelephonyError {
  constructor(provider: string) {
    super(TelephonyErrorCodes.providerNotConfigured,
      `No ${provider} connection is configured for this tenant: PUT /api/v1/integrations/${provider} first`,
      { provider });
  }
}

/** Carries the provider's own error code so an operator can look it up in the provider's docs. */
export class ProviderRejectedError extends TelephonyError {
  constructor(provider: string, providerCode: string | number | null, message: string) {
    super(TelephonyErrorCodes.providerRejected, `${provider} refused the request: ${message}`,
      { provider, provider_code: providerCode });
  }
}

export class ProviderUnavailableError extends TelephonyError {
  constructor(provider: string, providerCode: string | number | null, message: string) {
    super(TelephonyErrorCodes.providerUnavailable, `${provider} is unavailable: ${message}`,
      { provider, provider_code: providerCode });
  }
}
