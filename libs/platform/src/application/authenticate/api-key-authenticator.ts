import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import { hashApiKey, type Principal } from '../../domain/index.js';
import { ApiKeySchema } from '../../infrastructure/schemas.js';

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves a presented key to its tenant and role. This lookup is deliberately not tenant-scoped:
 * the key is what tells us the tenant. Revoked keys resolve to nothing.
 */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly logger = new Logger(ApiKeyAuthenticator.name);

  constructor(private readonly em: EntityManager) {}

  async authenticate(presentedKey: string): Promise<Principal | null> {
    const em = this.em.fork();
    const row = await em.findOne(ApiKeySchema, { key_hash: hashApiKey(presentedKey), revoked_at: null }, {
      disableIdentityMap: true,
    });
    if (!row) return null;
    // last_used_at is informative; writing it on every request would double the write load.
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      em.nativeUpdate(ApiKeySchema, { id: row.id }, { last_used_at: new Date() }).catch((error: unknown) =>
        this.logger.warn(`could not record last use of key ${row.id}: ${String(error)}`),
      );
    }
    return { tenantId: row.tenant_id, apiKeyId: row.id, name: row.name, role: row.role };
  }
}
