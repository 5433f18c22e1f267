import { TelephonyError, TelephonyErrorCodes } from './errors.js';
import type { CallStatus } from './call.js';
import type { ProviderCallReport } from './provider-call.js';

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

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** Reads a (signed) status callback of a call placed through the REST API. */
export function readTwilioStatusCallback(params: Readonly<Record<string, string | string[] | undefined>>, receivedAt: Date): TwilioStatusCallback {
  const callSid = single(params.CallSid);
  if (!callSid) throw invalid('CallSid', 'is required');
  const callStatus = single(params.CallStatus);
  if (!callStatus || !(callStatus in TWILIO_CALL_STATUSES)) throw invalid('CallStatus', `"${callStatus ?? ''}" is not a call status`);
  const sequence = Number(single(params.SequenceNumber) ?? 'x');
  const timestamp = single(params.Timestamp) ? new Date(single(params.Timestamp)!) : null;
  const at = timestamp && !Number.isNaN(timestamp.getTime()) ? timestamp : receivedAt;
  const status = TWILIO_CALL_STATUSES[callStatus as keyof typeof TWILIO_CALL_STATUSES];
  const final = !['initiated', 'ringing', 'answered'].includes(status);
  const duration = Number(single(params.CallDuration) ?? 'x');
  const to = single(params.To) ?? null;
  return {
    callSid,
    callStatus: callStatus as keyof typeof TWILIO_CALL_STATUSES,
    sequenceNumber: Number.isInteger(sequence) && sequence >= 0 ? sequence : null,
    report: {
      direction: 'outbound',
      status,
      fromNumber: single(params.From) ?? null,
      toNumber: to,
      startedAt: null,
      answeredAt: status === 'answered' ? at : null,
      endedAt: final ? at : null,
      durationSeconds: final && Number.isInteger(duration) && duration >= 0 ? duration : null,
      callResult: final ? callStatus : null,
      counterpartNumber: to,
    },
  };
}

function invalid(field: string, message: string) {
  return new TelephonyError(TelephonyErrorCodes.notificationInvalid, `${field} ${message}`, { field });
}
