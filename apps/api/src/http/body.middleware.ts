import { Injectable, type NestMiddleware } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { HttpErrorCodes } from './error-codes.js';
import { HttpProblem } from './problem.filter.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;
const parseJson = express.json({ limit: BODY_LIMIT_BYTES, strict: true, type: () => true });

/**
 * JSON bodies only, 1 MiB at most. Runs as Nest middleware (not Express's own) so parser failures
 * reach the problem+json filter instead of Express's HTML error page.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    // A webhook body already parsed as a form or an e-mail (WebhookBodyMiddleware) is left alone.
    if (!hasBody || req.readableEnded) return next();
    if (!req.is(['application/json', 'application/*+json'])) {
      throw new HttpProblem(HttpErrorCodes.unsupportedMediaType, 'Request bodies must be application/json');
    }
    await new Promise<void>((resolve, reject) =>
      parseJson(req, res, (error?: unknown) => (error ? reject(toProblem(error)) : resolve())),
    );
    next();
  }
}

function toProblem(error: unknown): unknown {
  return bodyParserProblem(error, BODY_LIMIT_BYTES);
}

export function bodyParserProblem(error: unknown, limit: number): unknown {
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    return new HttpProblem(HttpErrorCodes.payloadTooLarge, `Request bodies are limited to ${limit} bytes`);
  }
  if (type === 'entity.parse.failed') return new HttpProblem(HttpErrorCodes.malformedJson, 'The body is not valid JSON');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new HttpProblem(HttpErrorCodes.unsupportedMediaType, 'Request bodies must be UTF-8 JSON');
  }
  return error;
}
