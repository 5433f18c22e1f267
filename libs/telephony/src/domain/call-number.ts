import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { InvalidInputError } from '@leadline/shared-kernel/domain';

/** A PBX extension ("100", "2041"): short, digits only. It is an address inside the PBX, not a phone number. */
const EXTENSION = /^\d{1,6}$/;

/**
 * A call's from/to number as stored: E.164 (contract §6), read in the tenant's default region when
 * written without a country code ("55 1234 5678" → "+525512345678"), or a PBX extension as given.
 * Anything else is refused naming the field, rather than stored as typed.
 */
export function callNumber(raw: string | null | undefined, defaultRegion: string, field: string): string | null | undefined {
  if (raw === undefined || raw === null) return raw;
  const trimmed = raw.trim();
  if (EXTENSION.test(trimmed)) return trimmed;
  const parsed = parsePhoneNumberFromString(trimmed, defaultRegion as CountryCode);
  if (!parsed || !parsed.isValid()) {
    throw new InvalidInputError(field, `${field} "${raw}" is neither a valid phone number nor a PBX extension (up to 6 digits)`);
  }
  return parsed.number;
}

/** The call's numbers in their stored form; other fields untouched. */
export function withCallNumbers<T extends { fromNumber?: string | null; toNumber?: string | null }>(details: T, defaultRegion: string): T {
  return {
    ...details,
    fromNumber: callNumber(details.fromNumber, defaultRegion, 'from_number'),
    toNumber: callNumber(details.toNumber, defaultRegion, 'to_number'),
  };
}
