import { DomainError } from '@leadline/shared-kernel/domain';

export const OdooErrorCodes = {
  /** Odoo refused the login or the API key: the tenant's settings must change, retrying cannot help. */
  authFailed: 'odoo.auth_failed',
  /** Odoo understood the call and refused it (ValidationError, MissingError, AccessError, ...). */
  rejected: 'odoo.rejected',
  /** Odoo could not be reached or answered 5xx/429/a timeout: it may pass, so the worker retries. */
  unavailable: 'odoo.unavailable',
  /** The tenant's pipelines map stages that this Odoo database does not have. */
  stagesMissing: 'odoo.stages_missing',
  /** The tenant has no Odoo connection (PUT /api/v1/integrations/odoo first). */
  notConfigured: 'odoo.not_configured',
  /** A resync named opportunities this tenant does not have. */
  unknownOpportunities: 'odoo.unknown_opportunities',
  /** Another sync of the same opportunity is talking to Odoo: this one waits its turn (retried). */
  syncInProgress: 'odoo.sync_in_progress',
} as const;
export type OdooErrorCode = (typeof OdooErrorCodes)[keyof typeof OdooErrorCodes];

export class OdooError extends DomainError<OdooErrorCode> {}

/**
 * An outage rather than a refusal. It is still a DomainError (the HTTP edge maps its code to 503),
 * and `retryable` tells the worker's one classifier to retry it with backoff instead of
 * dead-lettering it at once.
 */
export class OdooUnavailableError extends OdooError {
  readonly retryable = true;

  constructor(message: string) {
    super(OdooErrorCodes.unavailable, message);
  }
}

/** Another sync of this opportunity holds it: retried with backoff, then it reads the state that sync left. */
export class OdooSyncInProgressError extends OdooError {
  readonly retryable = true;

  constructor(opportunityId: string) {
    super(OdooErrorCodes.syncInProgress, `Another sync of opportunity ${opportunityId} is in progress; this one will run after it`);
  }
}
