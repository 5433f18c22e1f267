import { InvalidInputError } from '@leadline/shared-kernel/domain';

/** A tenant's settings; a tenant that never saved any has the defaults. */
export interface TenantSettingsState {
  /** IANA name: the campaigns' send windows are read in it unless they name their own. */
  readonly timezone: string;
  /** At most this many campaign messages reach one contact in any 24 hours (contract §10 guarantee 5). */
  readonly maxMessagesPerLeadPerDay: number;
}

export const DEFAULT_TENANT_SETTINGS: TenantSettingsState = { timezone: 'America/Mexico_City', maxMessagesPerLeadPerDay: 3 };
export const MAX_MESSAGES_PER_LEAD_PER_DAY = 100;

/** Checks settings before they are stored; the time zone must be one this runtime computes with. */
export function checkTenantSettings(settings: TenantSettingsState): TenantSettingsState {
  const { timezone, maxMessagesPerLeadPerDay: cap } = settings;
  try {
    if (!timezone || timezone.length > 64) throw new RangeError('empty or too long');
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new InvalidInputError('timezone', `"${timezone}" is not an IANA time zone (e.g. America/Mexico_City)`);
  }
  if (!Number.isInteger(cap) || cap < 1 || cap > MAX_MESSAGES_PER_LEAD_PER_DAY) {
    throw new InvalidInputError('max_messages_per_lead_per_day', `max_messages_per_lead_per_day must be a whole number from 1 to ${MAX_MESSAGES_PER_LEAD_PER_DAY}`);
  }
  return { timezone, maxMessagesPerLeadPerDay: cap };
}
