import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber as Parsed } from 'libphonenumber-js/max';
import { InvalidInputError } from '@leadline/shared-kernel/domain';

/** A phone number in E.164, the only form stored or compared. */
export class PhoneNumber {
  private constructor(readonly e164: string) {}

  /** Numbers written without a country code are read in `defaultRegion` (DEFAULT_PHONE_REGION, MX by default). */
  static parse(raw: string, defaultRegion: string, field = 'phone'): PhoneNumber {
    const parsed = withoutLegacyMexicanMobilePrefix(parsePhoneNumberFromString(raw.trim(), defaultRegion as CountryCode));
    if (!parsed || !parsed.isValid()) {
      throw new InvalidInputError(field, `"${raw}" is not a valid phone number`);
    }
    return new PhoneNumber(parsed.number);
  }
}

/**
 * Mexico dropped the "1" after +52 for mobiles in 2019, but WhatsApp (and so ManyChat) still sends
 * +521 and ten digits; without this the same person would be two contacts.
 */
function withoutLegacyMexicanMobilePrefix(parsed: Parsed | undefined): Parsed | undefined {
  if (!parsed || parsed.isValid() || parsed.countryCallingCode !== '52') return parsed;
  const national = parsed.nationalNumber;
  if (national.length !== 11 || !national.startsWith('1')) return parsed;
  return parsePhoneNumberFromString(`+52${national.slice(1)}`) ?? parsed;
}
