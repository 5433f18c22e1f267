import { createHmac, timingSafeEqual } from 'node:crypto';

/** The fields each notification signs, concatenated in this order without separators (integrations §2.3). */
const SIGNED_FIELDS: Record<string, readonly string[]> = {
  NOTIFY_START: ['caller_id', 'called_did', 'call_start'],
  NOTIFY_INTERNAL: ['caller_id', 'called_did', 'call_start'],
  NOTIFY_IVR: ['caller_id', 'called_did', 'call_start'],
  NOTIFY_END: ['caller_id', 'called_did', 'call_start'],
  NOTIFY_ANSWER: ['caller_id', 'destination', 'call_start'],
  NOTIFY_OUT_START: ['internal', 'destination', 'call_start'],
  NOTIFY_OUT_END: ['internal', 'destination', 'call_start'],
  NOTIFY_RECORD: ['pbx_call_id', 'call_id_with_rec'],
  SMS: ['result'],
  SPEECH_RECOGNITION: ['result'],
};

/** The string Zadarma signs for this notification, from the raw received values; null for an event we cannot check. */
export function zadarmaSignedString(fields: Readonly<Record<string, string | undefined>>): string | null {
  const names = SIGNED_FIELDS[fields.event ?? ''];
  // PHP concatenates a missing field as "".
  return names ? names.map((name) => fields[name] ?? '').join('') : null;
}

/**
 * base64 of the lowercase hex HMAC-SHA1, as Zadarma's PHP SDK computes it
 * (`base64_encode(hash_hmac('sha1', $s, $secret))`). Its TypeScript SDK's raw-bytes variant is a
 * known bug and is not accepted.
 */
export function zadarmaSignature(secret: string, signed: string): string {
  return Buffer.from(createHmac('sha1', secret).update(signed, 'utf8').digest('hex')).toString('base64');
}

/** Constant-time check of the `Signature` header; a missing header or an uncheckable event is refused. */
export function isValidZadarmaSignature(
  fields: Readonly<Record<string, string | undefined>>,
  header: string | undefined,
  secret: string,
): boolean {
  const signed = zadarmaSignedString(fields);
  if (!header || signed === null || !secret) return false;
  const expected = Buffer.from(zadarmaSignature(secret, signed));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
