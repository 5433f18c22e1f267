import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import {
  Outbox, pageQuery, StaleVersionError, TenantTable, toPage, violatedConstraint,
  type CommandContext, type Page, type PageRequest,
} from '@leadline/shared-kernel';
import {
  Advisor, AdvisorDuplicateError, AdvisorInUseError, type AdvisorFilter, type AdvisorKind, type AdvisorRepository,
  type AdvisorState,
} from '../domain/index.js';

export interface AdvisorRow {
  id: string;
  tenant_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  kind: AdvisorKind;
  external_id: string | null;
  auto_created: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const AdvisorSchema = new EntitySchema<AdvisorRow>({
  name: 'Advisor',
  tableName: 'advisors',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    name: { type: 'text' },
    email: { type: 'text', nullable: true },
    phone: { type: 'text', nullable: true },
    kind: { type: 'text' },
    external_id: { type: 'text', nullable: true },
    auto_created: { type: 'boolean' },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

const IN_USE = new Set([
  'fk_campaign_members_commercial_advisor', 'fk_campaign_members_medical_advisor', 'fk_lead_opportunity_assigned_advisor',
]);

@Injectable()
export class MikroOrmAdvisorRepository implements AdvisorRepository {
  private readonly table: TenantTable<AdvisorRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, AdvisorSchema);
  }

  async find(tenantId: string, id: string): Promise<Advisor | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? Advisor.rehydrate(toState(row)) : null;
  }

  async findByExternalId(tenantId: string, kind: AdvisorKind, externalId: string): Promise<Advisor | null> {
    const row = await this.table.findOne(tenantId, { kind, external_id: externalId });
    return row ? Advisor.rehydrate(toState(row)) : null;
  }

  async list(tenantId: string, filter: AdvisorFilter, page: PageRequest): Promise<Page<Advisor>> {
    const { where, options } = pageQuery(page);
    const rows = await this.table.find(tenantId, {
      ...where,
      ...(filter.kind !== undefined ? { kind: filter.kind } : {}),
      ...(filter.externalId !== undefined ? { external_id: filter.externalId } : {}),
      ...(filter.autoCreated !== undefined ? { auto_created: filter.autoCreated } : {}),
    }, options);
    return toPage(rows, page.limit, (row) => Advisor.rehydrate(toState(row)));
  }

  async add(advisor: Advisor, context: CommandContext): Promise<void> {
    await guardUnique(() => this.table.insert(advisor.snapshot.tenantId, toRow(advisor.snapshot)));
    await this.outbox.append(context, advisor.pullEvents());
  }

  async save(advisor: Advisor, context: CommandContext): Promise<void> {
    const state = advisor.snapshot;
    const updated = await guardUnique(() =>
      this.table.update(state.tenantId, { id: state.id, version: advisor.persistedVersion }, toRow(state)));
    if (updated === 0) throw new StaleVersionError('advisor', state.id);
    await this.outbox.append(context, advisor.pullEvents());
  }

  async delete(advisor: Advisor, context: CommandContext): Promise<void> {
    const state = advisor.snapshot;
    let deleted: number;
    try {
      deleted = await this.table.delete(state.tenantId, { id: state.id, version: advisor.persistedVersion });
    } catch (error) {
      if (IN_USE.has(violatedConstraint(error) ?? '')) throw new AdvisorInUseError(state.id);
      throw error;
    }
    if (deleted === 0) throw new StaleVersionError('advisor', state.id);
    await this.outbox.append(context, advisor.pullEvents());
  }
}

async function guardUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedConstraint(error) === 'uq_advisors_tenant_kind_external_id') throw new AdvisorDuplicateError(null);
    throw error;
  }
}

function toState(row: AdvisorRow): AdvisorState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    kind: row.kind,
    externalId: row.external_id,
    autoCreated: row.auto_created,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(state: AdvisorState): AdvisorRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    name: state.name,
    email: state.email,
    phone: state.phone,
    kind: state.kind,
    external_id: state.externalId,
    auto_created: state.autoCreated,
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
