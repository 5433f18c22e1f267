import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { pageQuery, TenantTable, toPage, type Page, type PageRequest } from '@leadline/shared-kernel';
import { ApiKeySchema, AuditSchema, TenantSchema, type ApiKeyRow, type AuditRow, type TenantRow } from './schemas.js';

/** Tenants: the one table of the operator, not tenant-scoped. */
@Injectable()
export class Tenants {
  constructor(private readonly em: EntityManager) {}

  async insert(tenant: TenantRow): Promise<void> {
    await this.em.getContext(false).insert(TenantSchema, tenant);
  }

  /** The operator's view across tenants, the one list that is not tenant-scoped. */
  async page(page: PageRequest): Promise<Page<TenantRow>> {
    const { where, options } = pageQuery(page);
    const rows = await this.em.fork().find(TenantSchema, where, { ...options, disableIdentityMap: true });
    return toPage(rows, page.limit, (row) => row);
  }
}

/** API keys, stored as hashes; every read but the authentication lookup is tenant-scoped. */
@Injectable()
export class ApiKeys {
  private readonly keys: TenantTable<ApiKeyRow>;

  constructor(private readonly em: EntityManager) {
    this.keys = new TenantTable(em, ApiKeySchema);
  }

  insert(row: ApiKeyRow): Promise<void> {
    return this.keys.insert(row.tenant_id, row);
  }

  find(tenantId: string, id: string): Promise<ApiKeyRow | null> {
    return this.keys.findOne(tenantId, { id });
  }

  async page(tenantId: string, page: PageRequest): Promise<Page<ApiKeyRow>> {
    const { where, options } = pageQuery(page);
    return toPage(await this.keys.find(tenantId, where, options), page.limit, (row) => row);
  }

  /** The tenant's active admin keys, locked until the transaction ends (two admins revoking each other queue up). */
  async lockActiveAdmins(tenantId: string): Promise<number> {
    const admins = await this.keys.find(tenantId, { role: 'admin', revoked_at: null }, { fields: ['id'], lockMode: LockMode.PESSIMISTIC_WRITE });
    return admins.length;
  }

  /** Keeps the first revocation time; tells every process (on commit) to drop the key from its cache. */
  async revoke(tenantId: string, id: string, channel: string): Promise<Date> {
    const revokedAt = new Date();
    await this.keys.update(tenantId, { id, revoked_at: null }, { revoked_at: revokedAt });
    await (this.em.getContext(false) as unknown as SqlEntityManager).execute('select pg_notify(?, ?)', [channel, id]);
    return revokedAt;
  }

  /** Deliberately unscoped: the presented key is what tells us the tenant. */
  findActiveByHash(hash: string): Promise<ApiKeyRow | null> {
    return this.em.fork().findOne(ApiKeySchema, { key_hash: hash, revoked_at: null }, { disableIdentityMap: true });
  }

  async touchLastUsed(id: string): Promise<void> {
    await this.em.fork().nativeUpdate(ApiKeySchema, { id }, { last_used_at: new Date() });
  }
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
}

/** The audit trail. */
@Injectable()
export class AuditLog {
  private readonly entries: TenantTable<AuditRow>;

  constructor(em: EntityManager) {
    this.entries = new TenantTable(em, AuditSchema);
  }

  append(tenantId: string, entries: readonly AuditRow[]): Promise<void> {
    return this.entries.insert(tenantId, ...entries);
  }

  /** Ordered by id: entries take their event's time-ordered id, so this is newest first. */
  async page(tenantId: string, filter: AuditFilter, page: PageRequest): Promise<Page<AuditRow>> {
    const { where, options } = pageQuery(page);
    const rows = await this.entries.find(tenantId, {
      ...where,
      ...(filter.entityType !== undefined ? { entity_type: filter.entityType } : {}),
      ...(filter.entityId !== undefined ? { entity_id: filter.entityId } : {}),
    }, options);
    return toPage(rows, page.limit, (row) => row);
  }
}
