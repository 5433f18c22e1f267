import { DomainError } from '@leadline/shared-kernel/domain';

export const PlatformErrorCodes = {
  tenantSlugTaken: 'tenant.slug_taken',
  lastAdminKey: 'api_key.last_admin',
  unauthenticated: 'auth.unauthenticated',
  forbidden: 'auth.forbidden',
  secretsKeyMissing: 'integration.secrets_key_missing',
  deadLetterReplayed: 'dead_letter.already_replayed',
  deadLetterNotReplayable: 'dead_letter.not_replayable',
} as const;
export type PlatformErrorCode = (typeof PlatformErrorCodes)[keyof typeof PlatformErrorCodes];

export class PlatformError extends DomainError<PlatformErrorCode> {}
