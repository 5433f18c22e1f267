import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { tap, type Observable } from 'rxjs';

/**
 * A resource with a `version` answers `ETag: "<version>"` (contract §1): the value If-Match takes
 * back. Express's own ETags (a hash of any body) are switched off in bootstrap, so an ETag always
 * is a version; a GET whose If-None-Match names the current one answers 304.
 */
@Injectable()
export class VersionETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(tap((body) => {
      const version = (body as { version?: unknown } | null | undefined)?.version;
      if (typeof version === 'number' && Number.isSafeInteger(version) && !response.headersSent) {
        response.setHeader('ETag', `"${version}"`);
      }
    }));
  }
}
