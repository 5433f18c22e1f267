import type { NextFunction, Request, Response } from 'express';
import { requestIdFor } from '@leadline/shared-kernel';

/**
 * Gives every request its id before anything can fail. Mounted with `app.use` and no path: Nest's
 * own middleware (pino-http among them) sits on a `/{*all}` route whose parameter Express decodes,
 * so a path such as `/%ZZ` fails before any of it runs. pino-http keeps an id already set.
 */
export function assignRequestId(req: Request & { id?: string }, res: Response, next: NextFunction): void {
  req.id ??= requestIdFor(req, res);
  next();
}
