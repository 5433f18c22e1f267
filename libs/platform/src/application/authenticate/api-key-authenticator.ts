import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, PgListener, type AppConfig } from '@leadline/shared-kernel';
import { hashApiKey, type Principal } from '../../domain/index.js';
import { ApiKeys } from '../../infrastructure/platform-tables.js';

const LAST_USED_RESOLUTION_MS = 60_000;
const CACHE_TTL_MS = 60_000;
const CACHE_MAX_KEYS = 10_000;
export const API_KEY_REVOKED_CHANNEL = 'leadline_api_key_revoked';

/**
 * Resolves a presented key to its tenant and role. This lookup is deliberately not tenant-scoped:
 * the key is what tells us the tenant. Revoked keys resolve to nothing.
 *
 * Resolved keys are cached for a minute, which saves a query on every request. The cache is used
 * only while this process LISTENs for revocations: a revocation in any process NOTIFYs on commit,
 * and every process drops the key at once. If the listener is down, every request reads the
 * database.
 */
@Injectable()
export class ApiKeyAuthenticator implements OnApplicationShutdown {
  private readonly logger = new Logger(ApiKeyAuthenticator.name);
  private readonly cache = new Map<string, { principal: Principal; expires: number }>();
  private readonly revocations: PgListener;
  private listening?: Promise<void>;
  /** Bumped by every revocation, so a lookup that raced one is not cached. */
  private revocationCount = 0;

  constructor(
    private readonly keys: ApiKeys,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.revocations = new PgListener(config.databaseUrl, API_KEY_REVOKED_CHANNEL, {
      notify: (apiKeyId) => this.forget(apiKeyId),
      lost: () => {
        this.revocationCount++;
        this.cache.clear();
      },
    });
  }

  async authenticate(presentedKey: string): Promise<Principal | null> {
    this.listening ??= this.revocations.start();
    const hash = hashApiKey(presentedKey);
    const cached = this.cache.get(hash);
    if (cached && cached.expires > Date.now() && this.revocations.connected) return cached.principal;

    const revocationsBefore = this.revocationCount;
    const row = await this.keys.findActiveByHash(hash);
    if (!row) return null;
    // last_used_at is informative; writing it on every request would double the write load.
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      this.keys.touchLastUsed(row.id).catch((error: unknown) =>
        this.logger.warn(`could not record last use of key ${row.id}: ${String(error)}`),
      );
    }
    const principal: Principal = { tenantId: row.tenant_id, apiKeyId: row.id, name: row.name, role: row.role };
    if (this.revocations.connected && this.revocationCount === revocationsBefore) {
      if (this.cache.size >= CACHE_MAX_KEYS) this.cache.clear();
      this.cache.set(hash, { principal, expires: Date.now() + CACHE_TTL_MS });
    }
    return principal;
  }

  /** Drops a revoked key from this process's cache (its own revocations call this directly too). */
  forget(apiKeyId: string): void {
    this.revocationCount++;
    for (const [hash, entry] of this.cache) {
      if (entry.principal.apiKeyId === apiKeyId) this.cache.delete(hash);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.revocations.stop();
  }
}
