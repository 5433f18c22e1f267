import { DomainError } from '@leadline/shared-kernel/domain';

export const TelephonyErrorCodes = {
  callDuplicate: 'call.duplicate',
  contactUnknown: 'call.contact_unknown',
  callCorrupt: 'call.corrupt',
} as const;
export type TelephonyErrorCode = (typeof TelephonyErrorCodes)[keyof typeof TelephonyErrorCodes];

export class TelephonyError extends DomainError<TelephonyErrorCode> {}
