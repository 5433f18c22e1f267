/** A dependency (Redis, mostly) that did not answer in time: the HTTP edge answers 503, the worker retries. */
export class DependencyTimeoutError extends Error {
  override readonly name = 'DependencyTimeoutError';

  constructor(readonly dependency: string, ms: number) {
    super(`${dependency} did not answer within ${ms} ms`);
  }
}

/** Rejects when `promise` has not settled within `ms`: for calls to Redis, which would otherwise wait out an outage. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'operation'): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DependencyTimeoutError(what, ms)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
