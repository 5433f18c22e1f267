import type { EntityManager } from '@mikro-orm/postgresql';
import { DeadLetterSchema, describeFailure, DomainError, newId, StaleVersionError } from '@leadline/shared-kernel';

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

/** Keeps an ended job in `dead_letters`, for an admin to list and replay; answers the failure as stored. */
export async function recordDeadLetter(
  em: EntityManager,
  job: { queue: string; name: string; payload: object; attempts: number; scheduledJobId?: string },
  tenantId: string | null,
  error: unknown,
): Promise<string> {
  const failure = describeFailure(error);
  await em.fork().insert(DeadLetterSchema, {
    id: newId(),
    tenant_id: tenantId,
    queue: job.queue,
    job_name: job.name,
    payload: { ...job.payload },
    error: failure,
    attempts: job.attempts,
    failed_at: new Date(),
    replayed_at: null,
    scheduled_job_id: job.scheduledJobId ?? null,
  });
  return failure;
}
