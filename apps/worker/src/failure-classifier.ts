import { DomainError, StaleVersionError } from '@leadline/shared-kernel';

/**
 * The worker's one rule for retry or dead letter. A broken business rule fails the same way on
 * every attempt, so it is dead-lettered at once; a lost optimistic-locking race and anything
 * infrastructural (database, network, a bug fixed by a deploy) is retried with backoff.
 */
export function isPermanentFailure(error: unknown): boolean {
  return error instanceof DomainError && !(error instanceof StaleVersionError);
}
