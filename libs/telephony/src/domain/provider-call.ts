import type { CallDirection, CallStatus } from './call.js';
import { TelephonyError, TelephonyErrorCodes } from './errors.js';

/**
 * What a provider tells us about a call, in the contract's terms (§6), whatever the provider's
 * wire format: Zadarma notifications, Twilio status callbacks and recording e-mails all become a
 * `ProviderCallReport` that the Call aggregate merges without ever moving backwards.
 */
/** A status as a provider reports it: always one of the contract's call statuses. */
export type ProviderCallStatus = CallStatus;

export interface ProviderCallReport {
  readonly direction: CallDirection;
  /**
   * The provider did not say which way the call goes and `direction` is a guess (a Zadarma ANSWER or
   * RECORD whose id lacks the "out_" prefix, a recording e-mail's subject): it never overrides a
   * direction already known, while a report that does say it corrects an earlier guess.
   */
  readonly directionGuessed?: boolean;
  readonly status: ProviderCallStatus | null;
  readonly fromNumber: string | null;
  readonly toNumber: string | null;
  readonly startedAt: Date | null;
  readonly answeredAt: Date | null;
  readonly endedAt: Date | null;
  readonly durationSeconds: number | null;
  readonly callResult: string | null;
  /**
   * The other party's number as the provider wrote it (caller of an inbound call, callee of an
   * outbound one), used to find the contact; see `phoneCandidates`.
   */
  readonly counterpartNumber: string | null;
}

const FINAL: ReadonlySet<ProviderCallStatus> = new Set(['completed', 'failed', 'no_answer', 'busy', 'cancelled', 'rejected']);

/** Progress order: a status may only be replaced by a later one, and a final status is never replaced. */
export function statusRank(status: ProviderCallStatus | null): number {
  if (status === null) return -1;
  if (FINAL.has(status)) return 3;
  return { initiated: 0, ringing: 1, answered: 2 }[status as 'initiated' | 'ringing' | 'answered'];
}

export function isFinalStatus(status: ProviderCallStatus | null): boolean {
  return status !== null && FINAL.has(status);
}

/**
 * Providers write international numbers as bare digits (Zadarma) or E.164 (Twilio); PBX
 * extensions ("100") are not phone numbers. Returns "+<digits>" or null.
 */
export function internationalNumber(raw: string | null | undefined): string | null {
  const trimmed = raw?.trim().replace(/[\s()-]/g, '') ?? '';
  const digits = trimmed.startsWith('+') ? trimmed.slice(1) : trimmed;
  return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : null;
}

/**
 * The readings of a provider's number to look a contact up by, most likely first. Zadarma
 * documents international digits without "+", but a PBX may pass a national number through
 * ("5512345678"), which only the tenant's default region can read. Extensions match nobody.
 */
export function phoneCandidates(raw: string | null | undefined): string[] {
  const trimmed = raw?.trim().replace(/[\s()-]/g, '') ?? '';
  const digits = trimmed.replace(/^\+/, '');
  if (!/^\d{7,15}$/.test(digits)) return [];
  if (trimmed.startsWith('+')) return [trimmed];
  const international = internationalNumber(digits);
  return international ? [international, digits] : [digits];
}

/** PostgreSQL's `integer`, the columns a webhook's numbers are stored in. */
export const MAX_WEBHOOK_NUMBER = 2_147_483_647;

/**
 * A whole, non-negative number of a webhook (a duration in seconds, a sequence number): null when
 * missing or empty (unknown, never 0 by default); otherwise digits up to MAX_WEBHOOK_NUMBER, or the
 * notification is refused naming the field, rather than failing where it is stored.
 */
export function webhookCount(raw: string | undefined, field: string): number | null {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  const value = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value <= MAX_WEBHOOK_NUMBER)) {
    throw new TelephonyError(TelephonyErrorCodes.notificationInvalid, `${field} must be a whole number from 0 to ${MAX_WEBHOOK_NUMBER}`, { field });
  }
  return value;
}

/** Longest provider call id we store: ids are keys of unique indexes, whose entries PostgreSQL caps near 2.7 kB. */
export const MAX_PROVIDER_CALL_ID = 200;
