import type { Changes, IntegrationEvents } from '@leadline/integration-events';

/** The events telephony records. `call.recorded` is the published contract the CRM reads. */
export const CallEvents = { recorded: 'call.recorded', recordingAvailable: 'call.recording_available' } as const;
export const TelephonyEvents = { attemptSyncRequested: 'telephony.attempt_sync_requested' } as const;

export interface CallEventPayloads {
  'call.recorded': IntegrationEvents['call.recorded'];
  'call.recording_available': {
    readonly call_id: string;
    readonly provider: string | null;
    readonly provider_recording_id: string;
    readonly changes: Changes;
  };
}
