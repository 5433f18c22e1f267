import { createHash } from 'node:crypto';
import {
  Inject, Injectable, Logger, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { catchError, finalize, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import { APP_CONFIG, CommonErrorCodes, type AppConfig } from '@leadline/shared-kernel';
import type { AuthenticatedRequest } from './auth.js';
import { HttpErrorCodes } from './error-codes.js';
import { HttpProblem } from './problem.filter.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
const SECRET_FIELDS = 'leadline:idempotency-secret-fields';

/**
 * Response fields that must never be stored (a freshly issued API key): a replay answers with them
 * set to null. Dotted paths, e.g. `api_key.key`.
 */
export const SecretInResponse = (...paths: string[]) => SetMetadata(SECRET_FIELDS, paths);

interface StoredResponse {
  request_fingerprint: string;
  status_code: number | null;
  response_body: unknown;
  claimed: boolean;
}

/**
 * Idempotency-Key on POST. The first request with a key claims it (one atomic upsert that also
 * reclaims keys older than 24 h); a repeat with the same body gets the stored answer, a repeat
 * with another body a 409, and one that arrives while the first is still running a 409 too.
 * A request that fails releases its key, so a client may retry it.
 *
 * A claim is a lease: while its request runs, the claim's `created_at` is renewed every third of
 * IDEMPOTENCY_LEASE_MS. A request whose process died (after its command committed, before its
 * answer was stored) renews nothing, so its key is claimed afresh once the lease has run out,
 * instead of answering 409 "still running" for 24 h. The retry then runs the command again.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(
    private readonly em: EntityManager,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.header('idempotency-key');
    if (request.method !== 'POST' || key === undefined) return next.handle();
    if (!KEY.test(key)) {
      throw new HttpProblem(CommonErrorCodes.validation, 'Idempotency-Key must be 1-255 visible ASCII characters', [
        { field: 'Idempotency-Key', message: 'invalid' },
      ]);
    }
    const scope = request.principal?.tenantId ?? 'platform';
    // A raw body (a recording e-mail of up to 25 MiB) is hashed as bytes: as JSON it would be a huge number array.
    const fingerprint = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n`)
      .update(Buffer.isBuffer(request.body) ? request.body : JSON.stringify(request.body ?? null))
      .digest('hex');
    const secrets = this.reflector.get<string[] | undefined>(SECRET_FIELDS, context.getHandler()) ?? [];
    const response = context.switchToHttp().getResponse<Response>();

    return from(this.claim(scope, key, fingerprint)).pipe(
      mergeMap((stored) => {
        if (!stored.claimed) return of(this.replay(stored, fingerprint, response));
        const renewal = setInterval(() => void this.renew(scope, key, fingerprint), this.config.idempotencyLeaseMs / 3);
        return next.handle().pipe(
          finalize(() => clearInterval(renewal)),
          // Only the handler's own failure releases the key: after it succeeded, the work is done.
          catchError((error: unknown) => from(this.release(scope, key)).pipe(mergeMap(() => throwError(() => error)))),
          mergeMap((body) => from(this.complete(scope, key, response.statusCode, withoutSecrets(body, secrets)))
            .pipe(mergeMap(() => of(body)))),
        );
      }),
    );
  }

  private async claim(scope: string, key: string, fingerprint: string): Promise<StoredResponse> {
    // A key released between the upsert and the read is simply claimed again.
    for (;;) {
      const [claimed] = await this.em.fork().execute<StoredResponse[]>(
        `insert into idempotency_keys (scope, key, request_fingerprint) values (?, ?, ?)
         on conflict (scope, key) do update
           set request_fingerprint = excluded.request_fingerprint, status_code = null, response_body = null, created_at = now()
           where idempotency_keys.created_at < now() - interval '24 hours'
              or (idempotency_keys.status_code is null and idempotency_keys.created_at < now() - ? * interval '1 millisecond')
         returning request_fingerprint, status_code, response_body, true as claimed`,
        [scope, key, fingerprint, this.config.idempotencyLeaseMs],
      );
      if (claimed) return claimed;
      const [existing] = await this.em.fork().execute<StoredResponse[]>(
        'select request_fingerprint, status_code, response_body, false as claimed from idempotency_keys where scope = ? and key = ?',
        [scope, key],
      );
      if (existing) return existing;
    }
  }

  private replay(stored: StoredResponse, fingerprint: string, response: Response): unknown {
    if (stored.request_fingerprint !== fingerprint) {
      throw new HttpProblem(HttpErrorCodes.idempotencyKeyReused, 'This Idempotency-Key was used with a different request');
    }
    if (stored.status_code === null) {
      throw new HttpProblem(HttpErrorCodes.idempotencyInProgress, 'A request with this Idempotency-Key is still running');
    }
    response.status(stored.status_code).setHeader('Idempotent-Replayed', 'true');
    return stored.response_body;
  }

  /** Storing the answer is best effort: the command has committed, so its success is reported regardless. */
  private async complete(scope: string, key: string, status: number, body: unknown): Promise<void> {
    try {
      await this.em.fork().execute(
        'update idempotency_keys set status_code = ?, response_body = ? where scope = ? and key = ?',
        [status, JSON.stringify(body ?? null), scope, key],
      );
    } catch (error) {
      this.logger.warn(`could not store the response for an Idempotency-Key: ${(error as Error).message}`);
    }
  }

  /** A sign of life from the running request that holds the claim (best effort: a missed renewal only shortens the lease). */
  private async renew(scope: string, key: string, fingerprint: string): Promise<void> {
    try {
      await this.em.fork().execute(
        'update idempotency_keys set created_at = now() where scope = ? and key = ? and request_fingerprint = ? and status_code is null',
        [scope, key, fingerprint],
      );
    } catch (error) {
      this.logger.warn(`could not renew an Idempotency-Key lease: ${(error as Error).message}`);
    }
  }

  private async release(scope: string, key: string): Promise<void> {
    await this.em.fork().execute('delete from idempotency_keys where scope = ? and key = ? and status_code is null', [scope, key]);
  }
}

function withoutSecrets(body: unknown, paths: readonly string[]): unknown {
  if (paths.length === 0 || body === null || typeof body !== 'object') return body;
  const copy = structuredClone(body) as Record<string, unknown>;
  for (const path of paths) {
    const parts = path.split('.');
    const last = parts.pop()!;
    const holder = parts.reduce<Record<string, unknown> | undefined>(
      (node, part) => (node?.[part] as Record<string, unknown> | undefined), copy);
    if (holder && last in holder) holder[last] = null;
  }
  return copy;
}
