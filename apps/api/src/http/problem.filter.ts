import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ConnectionException, DriverException, InvalidFieldNameException, TableNotFoundException } from '@mikro-orm/core';
import { CommonErrorCodes, DependencyTimeoutError, DomainError, InvalidInputError } from '@leadline/shared-kernel';
import { PlatformErrorCodes } from '@leadline/platform';
import { HttpErrorCodes, STATUS_BY_CODE, TITLES, type ErrorCode } from './error-codes.js';

export interface FieldError {
  field: string;
  message: string;
}

/** An error raised by the edge itself (auth, validation, body parsing), carried to the filter. */
export class HttpProblem extends DomainError<ErrorCode> {
  constructor(
    code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    details: Record<string, unknown> = {},
  ) {
    super(code, message, details);
  }
}

/**
 * The one place errors become HTTP answers: RFC 9457 problem+json with the stable code, the
 * request id, and field errors where there are some. Anything unexpected is a 500 that says
 * nothing about the internals; the log keeps the details.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    if (problem.status >= 500) {
      this.logger.error({ err: loggable(exception), request_id: request.id }, 'request failed');
    }
    response
      .status(problem.status)
      .type('application/problem+json')
      .json({ ...problem, request_id: request.id ?? null });
  }

  private toProblem(exception: unknown) {
    if (exception instanceof DomainError && exception.code in STATUS_BY_CODE) {
      const errors = exception instanceof HttpProblem ? exception.errors
        : exception instanceof InvalidInputError ? [{ field: exception.field, message: exception.message }]
        : undefined;
      const { field: _field, ...details } = exception.details as Record<string, unknown>;
      return problem(exception.code as ErrorCode, exception.message, { ...(errors ? { errors } : {}), ...details });
    }
    if (exception instanceof HttpException) {
      const code = CODE_BY_HTTP_STATUS[exception.getStatus()] ?? HttpErrorCodes.internal;
      return problem(code, code === HttpErrorCodes.routeNotFound ? 'No such route' : exception.message);
    }
    if (exception instanceof DependencyTimeoutError) {
      return problem(HttpErrorCodes.dependencyUnavailable, `${exception.dependency} is unavailable; retry shortly`);
    }
    if (isDatabaseUnavailable(exception)) {
      return problem(HttpErrorCodes.dependencyUnavailable, 'The database is unavailable; retry shortly');
    }
    if (isDatabaseNotMigrated(exception)) {
      return problem(HttpErrorCodes.dependencyUnavailable, 'database not migrated: run `npm run migrate`');
    }
    return problem(HttpErrorCodes.internal, '');
  }
}

/** Nest's own exceptions (an unknown route, mostly) carry a status, not a code. */
const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: CommonErrorCodes.validation,
  401: PlatformErrorCodes.unauthenticated,
  403: PlatformErrorCodes.forbidden,
  404: HttpErrorCodes.routeNotFound,
  413: HttpErrorCodes.payloadTooLarge,
  415: HttpErrorCodes.unsupportedMediaType,
  429: HttpErrorCodes.rateLimitExceeded,
  503: HttpErrorCodes.dependencyUnavailable,
};

/**
 * A 5xx says nothing about the internals: no message, no details; the log has them. A 502 is the
 * exception: it reports an external provider's answer (and its error code), not our internals.
 */
function problem(code: ErrorCode, detail: string, extensions: Record<string, unknown> = {}) {
  const status = STATUS_BY_CODE[code];
  const external = status === 502;
  return {
    type: `urn:leadline:problem:${code}`,
    title: TITLES[status],
    status,
    code,
    // A 503 names the dependency that is down (database, Odoo, ...); other 5xx say nothing.
    detail: status >= 500 && status !== 503 && !external ? 'The server could not complete the request' : detail,
    ...(status < 500 || external ? extensions : {}),
  };
}

/**
 * Database errors carry the failed SQL with its parameters (phones, e-mails) in their message:
 * the log keeps what identifies the failure, not the data.
 */
function loggable(error: unknown): unknown {
  if (!(error instanceof DriverException)) return error;
  const { name, code, sqlState } = error as DriverException & { code?: string; sqlState?: string };
  const { constraint, table } = error as { constraint?: string; table?: string };
  return { name, code, sqlState, constraint, table, stack: error.stack?.split('\n').filter((line) => line.trim().startsWith('at ')).join('\n') };
}

/**
 * A table or column the code expects is missing: the database has not been migrated (e.g.
 * `npm run start:api` against a fresh database). An operator's problem, answered as 503 like an
 * outage instead of a 500 on every request.
 */
function isDatabaseNotMigrated(error: unknown): boolean {
  return error instanceof TableNotFoundException || error instanceof InvalidFieldNameException;
}

/** Connection refused or dropped, or the server shutting down: the request may succeed on retry. */
function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  const code = (error as { code?: string } | null)?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === '57P01' || code === '57P03' || code === '53300';
}
