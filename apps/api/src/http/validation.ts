import { ParseUUIDPipe, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CommonErrorCodes } from '@leadline/shared-kernel';
import { HttpProblem, type FieldError } from './problem.filter.js';

/**
 * Names that class-validator's whitelist cannot see: Nest's pipe silently deletes `__proto__`,
 * `prototype` and `constructor`, and class-transformer drops any key an instance inherits
 * (`toString`, `hasOwnProperty`, ...), so such a key was accepted and ignored. No field of any DTO
 * has one of these names, so wherever they appear they are unknown fields.
 */
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

function prototypeNamedFields(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Array<[value: unknown, field: string]> = [[value, '']];
  while (stack.length > 0) {
    const [current, field] = stack.pop()!;
    if (current === null || typeof current !== 'object' || Buffer.isBuffer(current)) continue;
    for (const key of Object.keys(current)) {
      const path = field ? `${field}.${key}` : key;
      if (PROTOTYPE_NAMES.has(key)) errors.push({ field: path, message: 'unknown field' });
      else stack.push([(current as Record<string, unknown>)[key], path]);
    }
  }
  return errors.reverse();
}

const invalid = (errors: FieldError[]) => new HttpProblem(CommonErrorCodes.validation, 'The request is invalid', errors);

/** Unknown fields are refused, not silently dropped: a typo must not look like success. */
class RefusingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const errors = prototypeNamedFields(value);
      if (errors.length > 0) throw invalid(errors);
    }
    return super.transform(value, metadata);
  }
}

export function validationPipe(): ValidationPipe {
  return new RefusingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalid(flatten(errors)),
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field'),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** A malformed id in a path is a 400 problem, never a 500 from the database. */
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () => new HttpProblem(CommonErrorCodes.validation, 'The id in the path is not a UUID', [
    { field: 'id', message: 'must be a UUID' },
  ]),
});

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'next_cursor of the previous page' })
  @IsOptional()
  @IsUUID()
  cursor?: string;
}

export function pageRequest(query: PageQuery) {
  return { limit: query.limit ?? 50, after: query.cursor };
}

export function pageResponse<T, V>(page: { data: T[]; nextCursor: string | null }, present: (item: T) => V) {
  return { data: page.data.map(present), next_cursor: page.nextCursor };
}

/** An optional, nullable ISO-8601 body field: absent stays absent, null clears. */
export function optionalDate(value: string | null | undefined): Date | null | undefined {
  return value === undefined || value === null ? value : new Date(value);
}

/** If-Match carries the version the client last read; a newer stored version answers 409. */
export function ifMatchVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const version = Number(ifMatch.replace(/^W\//, '').replace(/"/g, ''));
  if (!Number.isInteger(version) || version < 1) {
    throw new HttpProblem(CommonErrorCodes.validation, 'If-Match must be the version you last read', [
      { field: 'If-Match', message: 'must be a positive integer version' },
    ]);
  }
  return version;
}

export const IF_MATCH = { name: 'If-Match', required: false, description: 'The version you last read; a newer stored one → 409' };
