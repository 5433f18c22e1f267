import { zonedTime } from './zadarma-notification.js';
import type { CallDirection } from './call.js';
import { internationalNumber } from './provider-call.js';

/**
 * What a recording e-mail tells us about its call. Zadarma's recording e-mails are not a published
 * format, so we read what any of them carries in the subject, the text or the attachment's file
 * name, in this order of trust:
 * 1. a PBX call id ("in_…" / "out_…" and hex): the call is that call;
 * 2. otherwise phone numbers (10–15 digits, optional "+") and a local time
 *    ("YYYY-MM-DD HH:MM[:SS]", or "YYYYMMDD-HHMMSS" / "YYYY-MM-DD-HH-MM-SS" in file names): the call is
 *    the tenant's Zadarma call with one of those numbers that started within 5 minutes of that time;
 * 3. otherwise a new call (the e-mail's Message-ID keeps a redelivered e-mail to one call).
 * "incoming", "entrante" or "входящий" in the subject mark an inbound call; anything else is outbound,
 * as recordings sent by e-mail are mostly of agents' calls.
 */
export interface RecordingEmailHints {
  readonly pbxCallId: string | null;
  readonly numbers: readonly string[];
  readonly startedAt: Date | null;
  readonly direction: CallDirection;
}

const PBX_CALL_ID = /\b((?:in|out)_[0-9a-f]{16,64})\b/i;
// Not part of a longer digit run, nor of a decimal such as Zadarma's call_id_with_rec ("1709280900.123456").
const NUMBER = /(?<!\d|\d\.)\+?\d{10,15}(?!\d|\.\d)/g;
const TIMES = [
  /(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/,
  /(\d{4})-(\d{2})-(\d{2})[-_](\d{2})-(\d{2})-(\d{2})/,
  /(\d{4})(\d{2})(\d{2})[-_](\d{2})(\d{2})(\d{2})/,
];
const INBOUND = /\b(incoming|inbound|entrante|recibida)\b|входящ/i;

export function readRecordingEmailHints(
  parts: { subject: string; text: string; filenames: readonly string[] },
  timeZone: string,
): RecordingEmailHints {
  const haystack = [parts.subject, ...parts.filenames, parts.text].join('\n');
  const pbxCallId = PBX_CALL_ID.exec(haystack)?.[1]?.toLowerCase() ?? null;
  const numbers = [...new Set((haystack.match(NUMBER) ?? []).map((raw) => internationalNumber(raw)).filter((n): n is string => n !== null))];
  let startedAt: Date | null = null;
  for (const pattern of TIMES) {
    const match = pattern.exec(haystack);
    if (!match) continue;
    const [, y, mo, d, h, mi, s] = match;
    startedAt = zonedTime(`${y}-${mo}-${d} ${h}:${mi}:${s ?? '00'}`, timeZone);
    if (startedAt) break;
  }
  return { pbxCallId, numbers, startedAt, direction: INBOUND.test(parts.subject) ? 'inbound' : 'outbound' };
}
