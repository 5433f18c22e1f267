import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Page, PageRequest } from '@leadline/shared-kernel';
import { ApiKeys, AuditLog, Tenants, type AuditFilter } from '../../infrastructure/platform-tables.js';
import type { ApiKeyRow, AuditRow, TenantRow } from '../../infrastructure/schemas.js';

export type { AuditFilter } from '../../infrastructure/platform-tables.js';

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

export class ListAuditLogQuery extends Query<Page<AuditRow>> {
  constructor(readonly tenantId: string, readonly filter: AuditFilter, readonly page: PageRequest) {
    super();
  }
}

/** The operator's view across tenants, the one list that is not tenant-scoped. */
@QueryHandler(ListTenantsQuery)
export class ListTenantsHandler implements IQueryHandler<ListTenantsQuery> {
  constructor(private readonly tenants: Tenants) {}

  execute({ page }: ListTenantsQuery): Promise<Page<TenantRow>> {
    return this.tenants.page(page);
  }
}

@QueryHandler(ListApiKeysQuery)
export class ListApiKeysHandler implements IQueryHandler<ListApiKeysQuery> {
  constructor(private readonly keys: ApiKeys) {}

  execute({ tenantId, page }: ListApiKeysQuery): Promise<Page<ApiKeyRow>> {
    return this.keys.page(tenantId, page);
  }
}

@QueryHandler(ListAuditLogQuery)
export class ListAuditLogHandler implements IQueryHandler<ListAuditLogQuery> {
  constructor(private readonly entries: AuditLog) {}

  execute({ tenantId, filter, page }: ListAuditLogQuery): Promise<Page<AuditRow>> {
    return this.entries.page(tenantId, filter, page);
  }
}
