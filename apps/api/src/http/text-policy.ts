import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CommonErrorCodes } from '@leadline/shared-kernel';
import { HttpProblem, type FieldError } from './problem.filter.js';

/**
 * Text PostgreSQL cannot store: NUL (`text` and `jsonb` refuse U+0000) and UTF-16 surrogates
 * without their pair (not encodable as UTF-8). JSON allows both (`"\u0000"`, `"\ud800"`), and so do
 * form and query encodings (`%00`).
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MESSAGE = 'must not contain NUL (U+0000) or unpaired surrogate (U+D800–U+DFFF) characters';

/** Field errors for every string, and every object key, in a parsed body or query that PostgreSQL cannot store. */
export function unstorableText(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  // Iterative: bodies are depth-limited by the parser, queries are flat, but a walk must never be what overflows.
  const stack: Array<[value: unknown, field: string]> = [[value, '']];
  while (stack.length > 0) {
    const [current, field] = stack.pop()!;
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) errors.push({ field: field || 'body', message: MESSAGE });
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      for (const [key, item] of Object.entries(current)) {
        const path = field ? `${field}.${key}` : key;
        if (UNSTORABLE.test(key)) errors.push({ field: path, message: `name ${MESSAGE}` });
        else stack.push([item, path]);
      }
    }
  }
  return errors.reverse();
}

/**
 * The one place that refuses such text, for every route: after the body parsers, before the
 * guard and the DTOs, on the body and the query. Path ids are UUIDs, checked by their pipe.
 */
@Injectable()
export class StorableTextMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const errors = [...unstorableText(req.body), ...unstorableText(req.query)];
    if (errors.length > 0) throw new HttpProblem(CommonErrorCodes.validation, 'The request contains text that cannot be stored', errors);
    next();
  }
}
