import { TelephonyError, TelephonyErrorCodes } from './errors.js';
import type { CallStatus } from './call.js';
import { MAX_PROVIDER_CALL_ID, webhookCount, type ProviderCallReport } from './provider-call.js';

/** Twilio's CallStatus values in contract terms; `in-progress` is how the `answered` event arrives. */
export const TWILIO_CALL_STATUSES = {
  queued: 'initiated',
  initiated: 'initiated',
  ringing: 'ringing',
  'in-progress': 'answered',
  completed: 'completed',
  busy: 'busy',
  'no-answer': 'no_answer',
  failed: 'failed',
  canceled: 'cancelled',
} as const satisfies Record<string, CallStatus>;

export interface TwilioStatusCallback {
  readonly callSid: string;
  readonly callStatus: keyof typeof TWILIO_CALL_STATUSES;
  readonly sequenceNumber: number | null;
  readonly report: ProviderCallReport;
}

/** Reads a (signed) status callback of a call placed through the REST API. */
export function readTwilioStatusCallback(params: Readonly<Record<string, string | string[] | undefined>>, receivedAt: Date): TwilioStatusCallback {
  // Own fields only, so a parameter named like an Object.prototype member reads as absent.
  const single = (name: string): string | undefined => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first.trim() || undefined : undefined;
  };
  const callSid = single('CallSid');
  if (!callSid) throw invalid('CallSid', 'is required');
  if (callSid.length > MAX_PROVIDER_CALL_ID) throw invalid('CallSid', `must be at most ${MAX_PROVIDER_CALL_ID} characters`);
  const callStatus = single('CallStatus');
  if (!callStatus || !Object.hasOwn(TWILIO_CALL_STATUSES, callStatus)) throw invalid('CallStatus', `"${callStatus ?? ''}" is not a call status`);
  const timestamp = single('Timestamp') ? new Date(single('Timestamp')!) : null;
  const at = timestamp && !Number.isNaN(timestamp.getTime()) ? timestamp : receivedAt;
  const status = TWILIO_CALL_STATUSES[callStatus as keyof typeof TWILIO_CALL_STATUSES];
  const final = !['initiated', 'ringing', 'answered'].includes(status);
  const to = single('To') ?? null;
  return {
    callSid,
    callStatus: callStatus as keyof typeof TWILIO_CALL_STATUSES,
    sequenceNumber: webhookCount(single('SequenceNumber'), 'SequenceNumber'),
    report: {
      direction: 'outbound',
      status,
      fromNumber: single('From') ?? null,
      toNumber: to,
      startedAt: null,
      answeredAt: status === 'answered' ? at : null,
      endedAt: final ? at : null,
      durationSeconds: final ? webhookCount(single('CallDuration'), 'CallDuration') : null,
      callResult: final ? callStatus : null,
      counterpartNumber: to,
    },
  };
}

function invalid(field: string, message: string) {
  return new TelephonyError(TelephonyErrorCodes.notificationInvalid, `${field} ${message}`, { field });
}
