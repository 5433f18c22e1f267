/**
 * A broken business rule or a missing resource, named by a stable code such as
 * `opportunity.stage_not_in_pipeline`. The code is the contract: the HTTP edge maps codes to
 * statuses in one table and the worker classifies them for retry; messages are for humans.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Codes shared by every context. */
export const CommonErrorCodes = {
  notFound: 'resource.not_found',
  staleVersion: 'resource.stale_version',
  validation: 'request.invalid',
} as const;
export type CommonErrorCode = (typeof CommonErrorCodes)[keyof typeof CommonErrorCodes];

export class NotFoundError extends DomainError<CommonErrorCode> {
  constructor(resource: string, id: string) {
    super(CommonErrorCodes.notFound, `${resource} ${id} was not found`, { resource, id });
  }
}

/** What the lookup answers, or null when it says NotFoundError: for callers to whom a missing row is an ordinary case. */
export async function orNullIfNotFound<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** The row changed since it was read: the caller re-reads and decides again. */
export class StaleVersionError extends DomainError<CommonErrorCode> {
  constructor(resource: string, id: string) {
    super(CommonErrorCodes.staleVersion, `${resource} ${id} was changed by someone else; reload it and retry`, {
      resource,
      id,
    });
  }
}

/** Input that passed the transport's shape checks but is still invalid (e.g. a phone number). */
export class InvalidInputError extends DomainError<CommonErrorCode> {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(CommonErrorCodes.validation, message, { field });
  }
}
