import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import {
  Outbox, pageQuery, StaleVersionError, TenantTable, toPage, violatedConstraint,
  type CommandContext, type Page, type PageRequest,
} from '@leadline/shared-kernel';
import { Channel, ChannelInUseError, type ChannelRepository, type ChannelState } from '../domain/index.js';

export interface ChannelRow {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const ChannelSchema = new EntitySchema<ChannelRow>({
  name: 'Channel',
  tableName: 'channels',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

/** Rows that point at a channel; deleting it while one exists is a 409. */
const IN_USE = new Set(['fk_campaigns_channel', 'fk_contacts_channel']);

@Injectable()
export class MikroOrmChannelRepository implements ChannelRepository {
  private readonly table: TenantTable<ChannelRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, ChannelSchema);
  }

  async find(tenantId: string, id: string): Promise<Channel | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? Channel.rehydrate(toState(row)) : null;
  }

  async list(tenantId: string, page: PageRequest): Promise<Page<Channel>> {
    const { where, options } = pageQuery(page);
    const rows = await this.table.find(tenantId, where, options);
    return toPage(rows, page.limit, (row) => Channel.rehydrate(toState(row)));
  }

  async add(channel: Channel, context: CommandContext): Promise<void> {
    await this.table.insert(channel.snapshot.tenantId, toRow(channel.snapshot));
    await this.outbox.append(context, channel.pullEvents());
  }

  async save(channel: Channel, context: CommandContext): Promise<void> {
    const state = channel.snapshot;
    const updated = await this.table.update(state.tenantId, { id: state.id, version: channel.persistedVersion }, toRow(state));
    if (updated === 0) throw new StaleVersionError('channel', state.id);
    await this.outbox.append(context, channel.pullEvents());
  }

  /** The campaigns' and contacts' foreign keys are the check: no pre-read can see a concurrent writer. */
  async delete(channel: Channel, context: CommandContext): Promise<void> {
    const state = channel.snapshot;
    let deleted: number;
    try {
      deleted = await this.table.delete(state.tenantId, { id: state.id, version: channel.persistedVersion });
    } catch (error) {
      if (IN_USE.has(violatedConstraint(error) ?? '')) throw new ChannelInUseError(state.id);
      throw error;
    }
    if (deleted === 0) throw new StaleVersionError('channel', state.id);
    await this.outbox.append(context, channel.pullEvents());
  }
}

function toState(row: ChannelRow): ChannelState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    description: row.description,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(state: ChannelState): ChannelRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    name: state.name,
    description: state.description,
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
