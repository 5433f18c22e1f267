import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { InvalidInputError } from '@leadline/shared-kernel/domain';

/** A phone number in E.164, the only form stored or compared. */
export class PhoneNumber {
  private constructor(readonly e164: string) {}

  /** Numbers written without a country code are read in `defaultRegion` (the tenant's, MX by default). */
  static parse(raw: string, defaultRegion: string, field = 'phone'): PhoneNumber {
    const parsed = parsePhoneNumberFromString(raw.trim(), defaultRegion as CountryCode);
    if (!parsed || !parsed.isValid()) {
      throw new InvalidInputError(field, `"${raw}" is not a valid phone number`);
    }
    return new PhoneNumber(parsed.number);
  }
}
