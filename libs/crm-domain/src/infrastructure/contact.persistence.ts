import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema, raw } from '@mikro-orm/core';
import {
  Outbox, pageQuery, StaleVersionError, TenantTable, toPage, violatedConstraint,
  type CommandContext, type Page, type PageRequest } from '@leadline/shared-kernel';
import {
  Contact, ContactDuplicateError, unknownChannel, type ContactFilter, type ContactRepository, type ContactState,
} from '../domain/index.js';

export interface ContactRow {
  id: string;
  tenant_id: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  email: string | null;
  manychat_id: string | null;
  channel_id: string | null;
  subscribed_at: Date | null;
  last_state: string | null;
  initial_state: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const ContactSchema = new EntitySchema<ContactRow>({
  name: 'Contact',
  tableName: 'contacts',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    first_name: { type: 'text', nullable: true },
    last_name: { type: 'text', nullable: true },
    phone: { type: 'text', nullable: true },
    email: { type: 'text', nullable: true },
    manychat_id: { type: 'text', nullable: true },
    channel_id: { type: 'uuid', nullable: true },
    subscribed_at: { type: 'Date', nullable: true },
    last_state: { type: 'text', nullable: true },
    initial_state: { type: 'text', nullable: true },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

const UNIQUE_FIELDS: Record<string, 'phone' | 'manychat_id'> = {
  uq_contacts_tenant_phone: 'phone',
  uq_contacts_tenant_manychat_id: 'manychat_id',
};

@Injectable()
export class MikroOrmContactRepository implements ContactRepository {
  private readonly table: TenantTable<ContactRow>;

  constructor(
    em: EntityManager,
    private readonly outbox: Outbox,
  ) {
    this.table = new TenantTable(em, ContactSchema);
  }

  async find(tenantId: string, id: string): Promise<Contact | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? Contact.rehydrate(toState(row)) : null;
  }

  async findIdBy(tenantId: string, field: 'phone' | 'manychat_id', value: string): Promise<string | null> {
    const row = await this.table.findOne(tenantId, { [field]: value });
    return row?.id ?? null;
  }

  async list(tenantId: string, filter: ContactFilter, page: PageRequest): Promise<Page<Contact>> {
    const { where, options } = pageQuery(page);
    const prefix = filter.q ? `${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
    // Names and e-mails are compared folded (lower case, no accents: "hernandez" finds "Hernández"),
    // through leadline_fold, which the contact search indexes are built on.
    const folded = (column: string) => ({ [raw((alias: string) => `leadline_fold(${alias}.${column}) like leadline_fold(?)`, [prefix])]: [] });
    const rows = await this.table.find(tenantId, {
      ...where,
      ...(filter.phone !== undefined ? { phone: filter.phone } : {}),
      ...(filter.manychatId !== undefined ? { manychat_id: filter.manychatId } : {}),
      ...(filter.email !== undefined ? { email: filter.email.toLowerCase() } : {}),
      ...(prefix
        ? {
            $or: [folded('first_name'), folded('last_name'), folded('email'), { phone: { $like: prefix } }],
          }
        : {}),
    }, options);
    return toPage(rows, page.limit, (row) => Contact.rehydrate(toState(row)));
  }

  async add(contact: Contact, context: CommandContext): Promise<void> {
    await this.guardUnique(contact, () => this.table.insert(contact.snapshot.tenantId, toRow(contact.snapshot)));
    await this.outbox.append(context, contact.pullEvents());
  }

  async save(contact: Contact, context: CommandContext): Promise<void> {
    const state = contact.snapshot;
    const updated = await this.guardUnique(contact, () =>
      this.table.update(state.tenantId, { id: state.id, version: contact.persistedVersion }, toRow(state)),
    );
    if (updated === 0) throw new StaleVersionError('contact', state.id);
    await this.outbox.append(context, contact.pullEvents());
  }

  async delete(contact: Contact, context: CommandContext): Promise<void> {
    const state = contact.snapshot;
    const deleted = await this.table.delete(state.tenantId, { id: state.id, version: contact.persistedVersion });
    if (deleted === 0) throw new StaleVersionError('contact', state.id);
    await this.outbox.append(context, contact.pullEvents());
  }

  /**
   * Turns a unique violation (two writers racing past the pre-check) into a 409 naming the winner,
   * and the channel foreign key (unknown, deleted meanwhile, or another tenant's) into a 422.
   */
  private async guardUnique<T>(contact: Contact, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = violatedConstraint(error) ?? '';
      if (constraint === 'fk_contacts_channel') throw unknownChannel(contact.snapshot.channelId);
      const field = UNIQUE_FIELDS[constraint];
      if (!field) throw error;
      throw new ContactDuplicateError(field, null);
    }
  }
}

function toState(row: ContactRow): ContactState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    email: row.email,
    manychatId: row.manychat_id,
    channelId: row.channel_id,
    subscribedAt: row.subscribed_at,
    lastState: row.last_state,
    initialState: row.initial_state,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(state: ContactState): ContactRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    first_name: state.firstName,
    last_name: state.lastName,
    phone: state.phone,
    email: state.email,
    manychat_id: state.manychatId,
    channel_id: state.channelId,
    subscribed_at: state.subscribedAt,
    last_state: state.lastState,
    initial_state: state.initialState,
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
