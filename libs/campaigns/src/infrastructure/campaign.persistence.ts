import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import {
  Outbox, pageQuery, StaleVersionError, TenantTable, toPage, violatedConstraint,
  type CommandContext, type Page, type PageRequest,
} from '@leadline/shared-kernel';
import {
  Campaign, CampaignDuplicateError, CampaignError, CampaignErrorCodes, channelUnknown, type CampaignFilter,
  type CampaignRepository, type CampaignState, type CampaignStatus,
} from '../domain/index.js';

export interface CampaignRow {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  date_start: Date | null;
  date_end: Date | null;
  /** numeric(14,2): the driver answers a string, so money keeps its cents exactly. */
  budget: string | null;
  status: CampaignStatus;
  channel_id: string | null;
  external_id: string | null;
  auto_created: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const CampaignSchema = new EntitySchema<CampaignRow>({
  name: 'Campaign',
  tableName: 'campaigns',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    date_start: { type: 'Date', nullable: true },
    date_end: { type: 'Date', nullable: true },
    budget: { type: 'decimal', nullable: true },
    status: { type: 'text' },
    channel_id: { type: 'uuid', nullable: true },
    external_id: { type: 'text', nullable: true },
    auto_created: { type: 'boolean' },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

@Injectable()
export class MikroOrmCampaignRepository implements CampaignRepository {
  private readonly table: TenantTable<CampaignRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, CampaignSchema);
  }

  async find(tenantId: string, id: string): Promise<Campaign | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? Campaign.rehydrate(toState(row)) : null;
  }

  async findByExternalId(tenantId: string, externalId: string): Promise<Campaign | null> {
    const row = await this.table.findOne(tenantId, { external_id: externalId });
    return row ? Campaign.rehydrate(toState(row)) : null;
  }

  async list(tenantId: string, filter: CampaignFilter, page: PageRequest): Promise<Page<Campaign>> {
    const { where, options } = pageQuery(page);
    const rows = await this.table.find(tenantId, {
      ...where,
      ...(filter.status !== undefined ? { status: filter.status } : {}),
      ...(filter.channelId !== undefined ? { channel_id: filter.channelId } : {}),
      ...(filter.externalId !== undefined ? { external_id: filter.externalId } : {}),
      ...(filter.autoCreated !== undefined ? { auto_created: filter.autoCreated } : {}),
    }, options);
    return toPage(rows, page.limit, (row) => Campaign.rehydrate(toState(row)));
  }

  async add(campaign: Campaign, context: CommandContext): Promise<void> {
    const state = campaign.snapshot;
    await guardConstraints(state, () => this.table.insert(state.tenantId, toRow(state)));
    await this.outbox.append(context, campaign.pullEvents());
  }

  async save(campaign: Campaign, context: CommandContext): Promise<void> {
    const state = campaign.snapshot;
    const updated = await guardConstraints(state, () =>
      this.table.update(state.tenantId, { id: state.id, version: campaign.persistedVersion }, toRow(state)));
    if (updated === 0) throw new StaleVersionError('campaign', state.id);
    await this.outbox.append(context, campaign.pullEvents());
  }

  async delete(campaign: Campaign, context: CommandContext): Promise<void> {
    const state = campaign.snapshot;
    let deleted: number;
    try {
      deleted = await this.table.delete(state.tenantId, { id: state.id, version: campaign.persistedVersion });
    } catch (error) {
      if (violatedConstraint(error) === 'fk_campaign_members_campaign') {
        throw new CampaignError(CampaignErrorCodes.campaignHasMembers, 'The campaign still has members; remove them first', {
          campaign_id: state.id,
        });
      }
      throw error;
    }
    if (deleted === 0) throw new StaleVersionError('campaign', state.id);
    await this.outbox.append(context, campaign.pullEvents());
  }
}

/** Constraint violations of writers that raced past the handler's checks, as the same domain errors. */
async function guardConstraints<T>(state: CampaignState, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = violatedConstraint(error);
    if (constraint === 'uq_campaigns_tenant_external_id') throw new CampaignDuplicateError(null);
    if (constraint === 'fk_campaigns_channel') throw channelUnknown(state.channelId ?? '');
    throw error;
  }
}

function toState(row: CampaignRow): CampaignState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    description: row.description,
    dateStart: row.date_start,
    dateEnd: row.date_end,
    budget: row.budget === null ? null : Number(row.budget),
    status: row.status,
    channelId: row.channel_id,
    externalId: row.external_id,
    autoCreated: row.auto_created,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(state: CampaignState): CampaignRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    name: state.name,
    description: state.description,
    date_start: state.dateStart,
    date_end: state.dateEnd,
    budget: state.budget === null ? null : state.budget.toFixed(2),
    status: state.status,
    channel_id: state.channelId,
    external_id: state.externalId,
    auto_created: state.autoCreated,
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
