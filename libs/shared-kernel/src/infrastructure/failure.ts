import { DriverException } from '@mikro-orm/core';
import { DomainError } from '../domain/index.js';

const MAX_LENGTH = 2000;

/**
 * A failure as it may be shown to tenant admins (dead letters, inbox `last_error`) and logged:
 * a domain error's code and message, but for database errors only their SQLSTATE — a driver's
 * message quotes the statement with its parameters (phones, e-mails).
 */
export function describeFailure(error: unknown): string {
  if (error instanceof DomainError) return `${error.code}: ${error.message}`.slice(0, MAX_LENGTH);
  const { sqlState, code, name } = (error ?? {}) as { sqlState?: string; code?: string; name?: string };
  if (sqlState || error instanceof DriverException) return `database error ${sqlState ?? code ?? ''} (${name ?? 'Error'})`.trim();
  if (code) return `${code}: ${name ?? 'Error'}`;
  return `${name ?? 'Error'}: ${error instanceof Error ? error.message : String(error)}`.slice(0, MAX_LENGTH);
}
