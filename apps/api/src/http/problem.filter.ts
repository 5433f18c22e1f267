import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ConnectionException } from '@mikro-orm/core';
import { DomainError, InvalidInputError } from '@leadline/shared-kernel';
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
      this.logger.error({ err: exception, request_id: request.id }, 'request failed');
    }
    response
      .status(problem.status)
      .type('application/problem+json')
      .json({ ...problem, request_id: request.id ?? null });
  }

  private toProblem(exception: unknown) {
    if (exception instanceof DomainError && exception.code in STATUS_BY_CODE) {
      const status = STATUS_BY_CODE[exception.code as ErrorCode];
      const errors = exception instanceof HttpProblem ? exception.errors
        : exception instanceof InvalidInputError ? [{ field: exception.field, message: exception.message }]
        : undefined;
      const { field: _field, ...details } = exception.details as Record<string, unknown>;
      return {
        type: `urn:leadline:problem:${exception.code}`,
        title: TITLES[status],
        status,
        code: exception.code,
        detail: status >= 500 ? 'The server could not complete the request' : exception.message,
        ...(errors ? { errors } : {}),
        ...(status < 500 ? details : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = status === 404 ? HttpErrorCodes.routeNotFound : status === 413 ? HttpErrorCodes.payloadTooLarge : undefined;
      return {
        type: code ? `urn:leadline:problem:${code}` : 'about:blank',
        title: TITLES[status] ?? exception.name,
        status,
        ...(code ? { code } : {}),
        detail: status === 404 ? 'No such route' : exception.message,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        type: `urn:leadline:problem:${HttpErrorCodes.dependencyUnavailable}`,
        title: TITLES[503],
        status: 503,
        code: HttpErrorCodes.dependencyUnavailable,
        detail: 'The database is unavailable; retry shortly',
      };
    }
    return {
      type: `urn:leadline:problem:${HttpErrorCodes.internal}`,
      title: TITLES[500],
      status: 500,
      code: HttpErrorCodes.internal,
      detail: 'The server could not complete the request',
    };
  }
}

/** Connection refused or dropped, or the server shutting down: the request may succeed on retry. */
function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  const code = (error as { code?: string } | null)?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === '57P01' || code === '57P03' || code === '53300';
}
