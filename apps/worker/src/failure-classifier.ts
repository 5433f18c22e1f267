import { DomainError, StaleVersionError } from '@leadline/shared-kernel';

/**
 * The worker's one rule for retry or dead letter. A broken business rule fails the same way on
 * every attempt, so it is dead-lettered at once; a lost optimistic-locking race and anything
 * infrastructural (database, network, a bug fixed by a deploy) is retried with backoff. A domain
 * error that reports an outside system's outage (e.g. `odoo.unavailable`) says so with
 * `retryable: true` and is retried too.
 */
export function isPermanentFailure(error: unknown): boolean {
  return error instanceof DomainError && !(error instanceof StaleVersionError) && !isMarkedRetryable(error);
}

function isMarkedRetryable(error: DomainError): boolean {
  return (error as DomainError & { retryable?: unknown }).retryable === true;
}
