import {
  createParamDecorator, ParseUUIDPipe, ValidationPipe, type ArgumentMetadata, type ExecutionContext, type ValidationError,
} from '@nestjs/common';
import type { Request } from 'express';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateBy } from 'class-validator';
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
    // The value is read by flatten() to tell a missing field from a wrong one; it is never echoed.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => invalid(flatten(errors)),
  });
}

/**
 * One error per broken rule, except for a required field that is absent: it breaks every rule it
 * has ("must match /^[a-z0-9_]{1,50}$/"), and what the caller needs to hear is that it is missing.
 */
function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const missing = error.value === undefined && Object.keys(constraints).length > 0 && !('whitelistValidation' in constraints);
    const messages = missing ? [constraints.isDefined ?? `${field} is required`] : Object.values(constraints);
    const own = messages.map((message) => ({ field, message: message.replace(/^property (.*) should not exist$/s, 'unknown field') }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** For `@ValidateIf`: a field is validated whenever it is sent, null included, so a field that cannot be cleared refuses null. */
export const whenSent = (_: object, value: unknown) => value !== undefined;

/** A stage key as pipelines define them, with a message that says what one looks like. */
export const IsStageKey = () => Matches(/^[a-z0-9_]{1,50}$/, {
  message: ({ property }) => `${property} must be a stage key: 1-50 lowercase letters, digits or _ (e.g. perfilamiento)`,
});

/** Text that must say something: not empty and not only white space (which the domain would trim to nothing). */
export const NotBlank = () => Matches(/\S/, { message: ({ property }) => `${property} must not be blank` });

/**
 * An amount of money: a finite number with at most two decimals, in any notation. class-validator's
 * `maxDecimalPlaces` counts the digits after a "." in the number's text, so `1e-7` (no ".") passed,
 * and then threw inside the validator.
 */
export const IsMoney = () => ValidateBy({
  name: 'isMoney',
  validator: {
    validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(2)) === value,
    defaultMessage: (args) => `${args?.property ?? 'value'} must be a number with at most two decimals (e.g. 1500.25)`,
  },
});

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

/**
 * If-Match carries the version the client last read: the ETag as answered (`"3"`, also weak
 * `W/"3"`) or the bare number. `*` means "whatever is stored", i.e. no check.
 */
function ifMatchVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const version = Number(ifMatch.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1'));
  if (!/^\s*(W\/)?"?\d+"?\s*$/.test(ifMatch) || !Number.isSafeInteger(version) || version < 1) {
    throw new HttpProblem(CommonErrorCodes.validation, 'If-Match must be the ETag or the version you last read', [
      { field: 'If-Match', message: 'If-Match must be an ETag such as "3", or the bare version 3' },
    ]);
  }
  return version;
}

/**
 * The If-Match version as a handler argument. A custom decorator rather than @Headers('if-match'),
 * which Swagger would document as a required header.
 */
export const IfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext): number | undefined =>
  ifMatchVersion(ctx.switchToHttp().getRequest<Request>().header('if-match')));

export const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The ETag you last read (`"3"`) or the bare version (`3`): when the stored version is newer the answer is ' +
    '409 `resource.stale_version` and nothing changes. Absent or `*`: no check.',
  schema: { type: 'string', example: '"3"' },
};
