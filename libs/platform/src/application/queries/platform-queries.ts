import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/core';
import { pageQuery, TenantTable, toPage, type Page, type PageRequest } from '@leadline/shared-kernel';
import { ApiKeySchema, AuditSchema, TenantSchema, type ApiKeyRow, type AuditRow, type TenantRow } from '../../infrastructure/schemas.js';

export class ListTenantsQuery extends Query<Page<TenantRow>> {
  constructor(readonly page: PageRequest) {
    super();
  }
}

export class ListApiKeysQuery extends Query<Page<ApiKeyRow>> {
  constructor(readonly tenantId: string, readonly page: PageRequest) {
    super();
  }
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
}

export class ListAuditLogQuery extends Query<Page<AuditRow>> {
  constructor(readonly tenantId: string, readonly filter: AuditFilter, readonly page: PageRequest) {
    super();
  }
}

/** The operator's view across tenants, the one list that is not tenant-scoped. */
@QueryHandler(ListTenantsQuery)
export class ListTenantsHandler implements IQueryHandler<ListTenantsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ page }: ListTenantsQuery): Promise<Page<TenantRow>> {
    const { where, options } = pageQuery(page);
    const rows = await this.em.fork().find(TenantSchema, where, { ...options, disableIdentityMap: true });
    return toPage(rows, page.limit, (row) => row);
  }
}

@QueryHandler(ListApiKeysQuery)
export class ListApiKeysHandler implements IQueryHandler<ListApiKeysQuery> {
  private readonly keys: TenantTable<ApiKeyRow>;

  constructor(em: EntityManager) {
    this.keys = new TenantTable(em, ApiKeySchema);
  }

  async execute({ tenantId, page }: ListApiKeysQuery): Promise<Page<ApiKeyRow>> {
    const { where, options } = pageQuery(page);
    return toPage(await this.keys.find(tenantId, where, options), page.limit, (row) => row);
  }
}

/** Ordered by id: entries take their event's time-ordered id, so this is newest first. */
@QueryHandler(ListAuditLogQuery)
export class ListAuditLogHandler implements IQueryHandler<ListAuditLogQuery> {
  private readonly entries: TenantTable<AuditRow>;

  constructor(em: EntityManager) {
    this.entries = new TenantTable(em, AuditSchema);
  }

  async execute({ tenantId, filter, page }: ListAuditLogQuery): Promise<Page<AuditRow>> {
    const { where, options } = pageQuery(page);
    const rows = await this.entries.find(tenantId, {
      ...where,
      ...(filter.entityType !== undefined ? { entity_type: filter.entityType } : {}),
      ...(filter.entityId !== undefined ? { entity_id: filter.entityId } : {}),
    }, options);
    return toPage(rows, page.limit, (row) => row);
  }
}
