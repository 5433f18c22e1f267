import type { IncomingMessage } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { HttpErrorCodes } from './error-codes.js';
import { HttpProblem } from './problem.filter.js';

/**
 * The body-parsing policy, for every route (JSON here, webhook forms and e-mails in
 * WebhookBodyMiddleware), kept by body-parser with these settings:
 * - bodies are read up to a limit (1 MiB; 25 MiB for recording e-mails): 413 beyond it;
 * - no Content-Encoding but `identity`: nothing is decompressed, so no zip bomb and no
 *   decompression error; anything else is 415 with `Accept-Encoding: identity` (RFC 9110 §15.5.16);
 * - JSON is UTF-8 (RFC 8259 §8.1) and nests at most MAX_JSON_DEPTH arrays and objects, checked on
 *   the raw bytes before JSON.parse: a deep body is refused in one linear scan, stopping at the
 *   first byte too deep, instead of being parsed and then overflowing the stack of whatever walks it.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Far above any body this API takes (a pipeline's stages are 3 levels deep). */
export const MAX_JSON_DEPTH = 32;

const parseJson = express.json({
  limit: BODY_LIMIT_BYTES, strict: true, inflate: false, type: () => true, verify: checkJsonBytes,
});

/** Runs as Nest middleware (not Express's own) so parser failures reach the problem+json filter. */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    // A webhook body already parsed as a form or an e-mail (WebhookBodyMiddleware) is left alone.
    if (!hasBody || req.readableEnded) return next();
    if (!req.is(['application/json', 'application/*+json'])) {
      throw new HttpProblem(HttpErrorCodes.unsupportedMediaType, 'Request bodies must be application/json');
    }
    await parseBody(parseJson, BODY_LIMIT_BYTES, req, res);
    next();
  }
}

/** Runs one of the policy's parsers, turning each of its refusals into a 4xx problem. */
export async function parseBody(parser: RequestHandler, limit: number, req: Request, res: Response): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    parser(req, res, (error?: unknown) => (error ? reject(bodyParserProblem(error, limit, res)) : resolve())),
  );
}

/** A webhook request whose JSON body's bytes are kept as received. */
export interface RawBodyRequest {
  readonly originalUrl?: string;
  rawBody?: Buffer;
}

class TooDeep extends Error {
  readonly type = 'entity.too.deep';
}

class NotUtf8 extends Error {
  readonly type = 'charset.unsupported';
}

/**
 * Nesting depth on the raw UTF-8 bytes: brackets inside strings do not count. The bytes looked at
 * are ASCII, which never occurs inside a multi-byte UTF-8 sequence.
 */
function checkJsonBytes(req: IncomingMessage & RawBodyRequest, _res: unknown, bytes: Buffer, encoding: string): void {
  // Signed webhooks (WhatsApp's X-Hub-Signature-256) are verified over the exact bytes, which JSON.parse loses.
  if (req.originalUrl?.startsWith('/api/v1/webhooks/')) req.rawBody = bytes;
  if (encoding !== 'utf-8' && encoding !== 'utf8') throw new NotUtf8(`JSON must be UTF-8, not ${encoding}`);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: skip the escaped byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) throw new TooDeep(`The JSON nests deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`);
    } else if (byte === 0x5d || byte === 0x7d) {
      depth--;
    }
  }
}

/** Every refusal of body-parser is the client's: a 4xx problem, never a 500. */
function bodyParserProblem(error: unknown, limit: number, res: Response): unknown {
  const { type, status, message } = error as { type?: string; status?: number; message?: string };
  switch (type) {
    case 'entity.too.large':
    case 'parameters.too.many':
      return new HttpProblem(HttpErrorCodes.payloadTooLarge, type === 'entity.too.large'
        ? `Request bodies are limited to ${limit} bytes` : 'Too many form fields (at most 1000)');
    case 'encoding.unsupported':
      res.setHeader('Accept-Encoding', 'identity');
      return new HttpProblem(HttpErrorCodes.unsupportedMediaType,
        'Request bodies must not be compressed: send them without Content-Encoding (or with identity)');
    case 'charset.unsupported':
      return new HttpProblem(HttpErrorCodes.unsupportedMediaType, 'Request bodies must be UTF-8');
    case 'entity.too.deep':
      return new HttpProblem(HttpErrorCodes.malformedJson, message ?? 'The JSON nests too deep');
    case 'entity.parse.failed':
      return new HttpProblem(HttpErrorCodes.malformedJson, 'The body is not valid JSON');
    default:
      // An aborted or mis-sized body (request.aborted, request.size.invalid) is the client's too.
      if (status !== undefined && status >= 400 && status < 500) {
        return new HttpProblem(HttpErrorCodes.malformedJson, 'The body could not be read');
      }
      return error;
  }
}
