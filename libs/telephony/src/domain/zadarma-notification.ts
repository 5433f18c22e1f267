import { TelephonyError, TelephonyErrorCodes } from './errors.js';
import type { CallDirection } from './call.js';
import {
  MAX_PROVIDER_CALL_ID, webhookCount, type ProviderCallReport, type ProviderCallStatus,
} from './provider-call.js';

/** The notifications that change a call (§2.2); others (SMS, speech recognition, ...) are acknowledged and ignored. */
export const ZADARMA_CALL_EVENTS = [
  'NOTIFY_START', 'NOTIFY_INTERNAL', 'NOTIFY_IVR', 'NOTIFY_ANSWER', 'NOTIFY_END', 'NOTIFY_OUT_START', 'NOTIFY_OUT_END',
  'NOTIFY_RECORD',
] as const;
export type ZadarmaCallEvent = (typeof ZADARMA_CALL_EVENTS)[number];

/** The eleven `disposition` values of NOTIFY_END / NOTIFY_OUT_END, spelled exactly as Zadarma sends them. */
export const ZADARMA_DISPOSITIONS = {
  answered: 'completed',
  busy: 'busy',
  'no answer': 'no_answer',
  cancel: 'cancelled',
  failed: 'failed',
  'unallocated number': 'failed',
  // Account limits and balance: the call never reached anyone; call_result keeps which limit it was.
  'no money': 'failed',
  'no limit': 'failed',
  'no day limit': 'failed',
  'line limit': 'failed',
  'no money, no limit': 'failed',
} as const satisfies Record<string, ProviderCallStatus>;

export interface ZadarmaNotification {
  readonly event: ZadarmaCallEvent;
  readonly pbxCallId: string;
  readonly report: ProviderCallReport;
  /** NOTIFY_RECORD: the id to ask the REST API for the recording link. */
  readonly callIdWithRec: string | null;
}

export function isZadarmaCallEvent(event: string | undefined): event is ZadarmaCallEvent {
  return (ZADARMA_CALL_EVENTS as readonly string[]).includes(event ?? '');
}

/**
 * Reads a signed notification's form fields (all strings) into what it says about the call.
 * `call_start` is local time of the Zadarma account, whose zone is a tenant setting.
 */
export function readZadarmaNotification(
  fields: Readonly<Record<string, string | undefined>>,
  timeZone: string,
  receivedAt: Date,
): ZadarmaNotification {
  // Own fields only: a form field named like an Object.prototype member must read as absent, not as a function.
  const field = (name: string): string | undefined => {
    const value = Object.hasOwn(fields, name) ? fields[name] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  const event = field('event');
  if (!isZadarmaCallEvent(event)) throw invalid('event', `"${event ?? ''}" is not a call notification`);
  const pbxCallId = field('pbx_call_id')?.trim();
  if (!pbxCallId) throw invalid('pbx_call_id', 'is required');
  if (pbxCallId.length > MAX_PROVIDER_CALL_ID) throw invalid('pbx_call_id', `must be at most ${MAX_PROVIDER_CALL_ID} characters`);
  const callStart = field('call_start');
  const startedAt = callStart ? zonedTime(callStart, timeZone) : null;
  if (callStart && !startedAt) throw invalid('call_start', 'must be "YYYY-MM-DD HH:MM:SS"');

  // ANSWER and RECORD come for both directions; Zadarma prefixes outgoing calls' ids with "out_".
  // Without the prefix the direction is only a guess, which a later NOTIFY_OUT_* corrects.
  const unsure = (event === 'NOTIFY_ANSWER' || event === 'NOTIFY_RECORD') && !pbxCallId.startsWith('out_');
  const outbound = event.startsWith('NOTIFY_OUT_') || ((event === 'NOTIFY_ANSWER' || event === 'NOTIFY_RECORD') && !unsure);
  const direction: CallDirection = outbound ? 'outbound' : 'inbound';
  const caller = field('caller_id')?.trim() || null;
  const destination = field('destination')?.trim() || null;
  const calledDid = field('called_did')?.trim() || null;
  const internal = field('internal')?.trim() || null;
  const base = {
    direction,
    directionGuessed: unsure,
    status: null,
    fromNumber: null,
    toNumber: null,
    startedAt,
    answeredAt: null,
    endedAt: null,
    durationSeconds: null,
    callResult: null,
    counterpartNumber: null,
  } satisfies ProviderCallReport;

  const report = ((): ProviderCallReport => {
    switch (event) {
      case 'NOTIFY_START':
      case 'NOTIFY_INTERNAL':
      case 'NOTIFY_IVR':
        return { ...base, status: 'ringing', fromNumber: caller, toNumber: calledDid, counterpartNumber: caller };
      case 'NOTIFY_OUT_START':
        return {
          ...base, status: 'initiated', fromNumber: caller ?? internal, toNumber: destination,
          counterpartNumber: destination,
        };
      case 'NOTIFY_ANSWER':
        return {
          ...base, status: 'answered', answeredAt: receivedAt,
          fromNumber: caller, toNumber: destination, counterpartNumber: outbound ? destination : caller,
        };
      case 'NOTIFY_END':
      case 'NOTIFY_OUT_END': {
        const disposition = field('disposition')?.trim() ?? '';
        const status: ProviderCallStatus = Object.hasOwn(ZADARMA_DISPOSITIONS, disposition)
          ? ZADARMA_DISPOSITIONS[disposition as keyof typeof ZADARMA_DISPOSITIONS] : 'failed';
        const ended = event === 'NOTIFY_END'
          ? { fromNumber: caller, toNumber: calledDid, counterpartNumber: caller }
          : { fromNumber: caller ?? internal, toNumber: destination, counterpartNumber: destination };
        return {
          ...base, ...ended, status, endedAt: receivedAt,
          durationSeconds: webhookCount(field('duration'), 'duration'),
          callResult: disposition || null,
        };
      }
      case 'NOTIFY_RECORD':
        return base;
    }
  })();
  return {
    event,
    pbxCallId,
    report,
    callIdWithRec: field('call_id_with_rec')?.trim() || null,
  };
}

function invalid(field: string, message: string) {
  return new TelephonyError(TelephonyErrorCodes.notificationInvalid, `${field} ${message}`, { field });
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** "YYYY-MM-DD HH:MM:SS" as wall-clock time in `timeZone` (an IANA zone such as Europe/Madrid), or null. */
export function zonedTime(local: string, timeZone: string): Date | null {
  const match = LOCAL_TIME.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  // The zone's offset at the guessed instant, then once more at the corrected one (DST edges).
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant);
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day),
    Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** True for an IANA zone name the runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
