import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_ROLES = ['admin', 'agent', 'viewer'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** What a request authenticated with an API key may act as. */
export interface Principal {
  readonly tenantId: string;
  readonly apiKeyId: string;
  readonly name: string;
  readonly role: ApiKeyRole;
}

/**
 * Keys are 32 random bytes, so a plain SHA-256 is a sufficient one-way hash (no dictionary to
 * attack) and lets a request find its key by an indexed equality lookup.
 */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `ll_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, 11), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
