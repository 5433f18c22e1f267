import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NOT_MIRRORED, type OdooMirror } from '../../domain/index.js';
import { OdooMirrorStore } from '../../infrastructure/odoo-mirror.store.js';

/** How each of the tenant's opportunities stands in Odoo (`not_configured` for those never mirrored). */
export class OdooMirrorsQuery extends Query<Map<string, OdooMirror>> {
  constructor(readonly tenantId: string, readonly opportunityIds: readonly string[]) {
    super();
  }
}

@QueryHandler(OdooMirrorsQuery)
export class OdooMirrorsHandler implements IQueryHandler<OdooMirrorsQuery> {
  constructor(private readonly store: OdooMirrorStore) {}

  async execute({ tenantId, opportunityIds }: OdooMirrorsQuery): Promise<Map<string, OdooMirror>> {
    const found = await this.store.mirrors(tenantId, opportunityIds);
    return new Map(opportunityIds.map((id) => [id, found.get(id) ?? NOT_MIRRORED]));
  }
}
