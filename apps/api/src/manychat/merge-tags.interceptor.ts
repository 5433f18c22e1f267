import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { withoutMergeTags } from '@leadline/manychat';

export type ManychatRequest = Request & { manychatRawBody?: Record<string, unknown> };

/**
 * Runs before validation (interceptors precede pipes): unresolved merge tags are removed, so a
 * required field holding only "{{cuf_…}}" is reported missing. The body as sent is kept for the inbox.
 */
@Injectable()
export class MergeTagsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<ManychatRequest>();
    if (request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body)) {
      request.manychatRawBody = request.body as Record<string, unknown>;
      request.body = withoutMergeTags(request.body);
    }
    return next.handle();
  }
}
