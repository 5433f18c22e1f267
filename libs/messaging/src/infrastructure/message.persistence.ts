import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Outbox, StaleVersionError, TenantTable, type CommandContext } from '@leadline/shared-kernel';
import {
  ContactChannel, Message, type ContactChannelRepository, type ContactChannelState, type MessageChannel, type MessageDirection,
  type MessageFailure, type MessageRepository, type MessageState, type MessageStatus, type TemplateChannel, type WhatsappTemplateSend,
} from '../domain/index.js';

export interface MessageRow {
  id: string;
  tenant_id: string;
  contact_id: string;
  opportunity_id: string | null;
  direction: MessageDirection;
  channel: MessageChannel;
  subject: string | null;
  body: string;
  template_id: string | null;
  template_version: number | null;
  whatsapp_template: WhatsappTemplateSend | null;
  campaign_id: string | null;
  enrollment_id: string | null;
  status: MessageStatus;
  provider_message_id: string | null;
  error: MessageFailure | null;
  created_at: Date;
  sent_at: Date | null;
  version: number;
}

export const MessageSchema = new EntitySchema<MessageRow>({
  name: 'Message',
  tableName: 'messages',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    contact_id: { type: 'uuid' },
    opportunity_id: { type: 'uuid', nullable: true },
    direction: { type: 'text' },
    channel: { type: 'text' },
    subject: { type: 'text', nullable: true },
    body: { type: 'text' },
    template_id: { type: 'uuid', nullable: true },
    template_version: { type: 'integer', nullable: true },
    whatsapp_template: { type: 'json', nullable: true },
    campaign_id: { type: 'uuid', nullable: true },
    enrollment_id: { type: 'uuid', nullable: true },
    status: { type: 'text' },
    provider_message_id: { type: 'text', nullable: true },
    error: { type: 'json', nullable: true },
    created_at: { type: 'Date' },
    sent_at: { type: 'Date', nullable: true },
    version: { type: 'integer' },
  },
});

@Injectable()
export class MikroOrmMessageRepository implements MessageRepository {
  private readonly table: TenantTable<MessageRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, MessageSchema);
  }

  async find(tenantId: string, id: string): Promise<Message | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? Message.rehydrate(toMessageState(row)) : null;
  }

  async findByProviderId(tenantId: string, channel: MessageChannel, direction: MessageDirection, providerMessageId: string): Promise<Message | null> {
    const row = await this.table.findOne(tenantId, { channel, direction, provider_message_id: providerMessageId });
    return row ? Message.rehydrate(toMessageState(row)) : null;
  }

  async add(message: Message, context: CommandContext): Promise<void> {
    await this.table.insert(message.snapshot.tenantId, toRow(message.snapshot));
    await this.outbox.append(context, message.pullEvents());
  }

  async save(message: Message, context: CommandContext): Promise<void> {
    const state = message.snapshot;
    const updated = await this.table.update(state.tenantId, { id: state.id, version: message.persistedVersion }, toRow(state));
    if (updated === 0) throw new StaleVersionError('message', state.id);
    await this.outbox.append(context, message.pullEvents());
  }
}

/** Rows read raw (the read side) answer timestamps as strings; the ORM answers dates. */
export function toMessageState(row: Omit<MessageRow, 'created_at' | 'sent_at'> & { created_at: Date | string; sent_at: Date | string | null }): MessageState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    contactId: row.contact_id,
    opportunityId: row.opportunity_id,
    direction: row.direction,
    channel: row.channel,
    subject: row.subject,
    body: row.body,
    templateId: row.template_id,
    templateVersion: row.template_version,
    whatsappTemplate: row.whatsapp_template,
    campaignId: row.campaign_id,
    enrollmentId: row.enrollment_id,
    status: row.status,
    providerMessageId: row.provider_message_id,
    error: row.error,
    createdAt: new Date(row.created_at),
    sentAt: row.sent_at === null ? null : new Date(row.sent_at),
    version: row.version,
  };
}

function toRow(state: MessageState): MessageRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    contact_id: state.contactId,
    opportunity_id: state.opportunityId,
    direction: state.direction,
    channel: state.channel,
    subject: state.subject,
    body: state.body,
    template_id: state.templateId,
    template_version: state.templateVersion,
    whatsapp_template: state.whatsappTemplate,
    campaign_id: state.campaignId,
    enrollment_id: state.enrollmentId,
    status: state.status,
    provider_message_id: state.providerMessageId,
    error: state.error,
    created_at: state.createdAt,
    sent_at: state.sentAt,
    version: state.version,
  };
}

interface ContactChannelRow {
  tenant_id: string;
  contact_id: string;
  channel: TemplateChannel;
  address: string | null;
  opted_out_at: Date | string | null;
  unreachable_at: Date | string | null;
  unreachable_reason: string | null;
  last_inbound_at: Date | string | null;
}

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

export function toContactChannelState(row: ContactChannelRow): ContactChannelState {
  return {
    tenantId: row.tenant_id,
    contactId: row.contact_id,
    channel: row.channel,
    address: row.address,
    optedOutAt: date(row.opted_out_at),
    unreachableAt: date(row.unreachable_at),
    unreachableReason: row.unreachable_reason,
    lastInboundAt: date(row.last_inbound_at),
  };
}

const CHANNEL_COLUMNS = 'tenant_id, contact_id, channel, address, opted_out_at, unreachable_at, unreachable_reason, last_inbound_at';

/**
 * contact_channels has a composite key, which TenantTable (keyed by `id`) does not model; every
 * statement here names the tenant itself.
 */
@Injectable()
export class SqlContactChannelRepository implements ContactChannelRepository {
  constructor(private readonly em: EntityManager, private readonly outbox: Outbox) {}

  async get(tenantId: string, contactId: string, channel: TemplateChannel): Promise<ContactChannel> {
    const [row] = await this.sql().execute<ContactChannelRow[]>(
      `select ${CHANNEL_COLUMNS} from contact_channels where tenant_id = ? and contact_id = ? and channel = ?`, [tenantId, contactId, channel]);
    return row ? ContactChannel.rehydrate(toContactChannelState(row)) : ContactChannel.of(tenantId, contactId, channel);
  }

  async ofContact(tenantId: string, contactId: string): Promise<ContactChannel[]> {
    const rows = await this.sql().execute<ContactChannelRow[]>(
      `select ${CHANNEL_COLUMNS} from contact_channels where tenant_id = ? and contact_id = ? order by channel`, [tenantId, contactId]);
    return rows.map((row) => ContactChannel.rehydrate(toContactChannelState(row)));
  }

  async findByAddress(tenantId: string, channel: TemplateChannel, address: string): Promise<ContactChannel | null> {
    const [row] = await this.sql().execute<ContactChannelRow[]>(
      `select ${CHANNEL_COLUMNS} from contact_channels where tenant_id = ? and channel = ? and address = ?`, [tenantId, channel, address]);
    return row ? ContactChannel.rehydrate(toContactChannelState(row)) : null;
  }

  /** Last writer wins per column set: the callers hold the contact's advisory lock or act on one row at a time. */
  async save(channel: ContactChannel, context: CommandContext): Promise<void> {
    const s = channel.snapshot;
    if (s.address !== null) {
      // The address moves to this contact: a chat id re-linked from another contact stops reaching them.
      await this.sql().execute(
        `update contact_channels set address = null, updated_at = now()
          where tenant_id = ? and channel = ? and address = ? and contact_id <> ?`, [s.tenantId, s.channel, s.address, s.contactId]);
    }
    await this.sql().execute(
      `insert into contact_channels (${CHANNEL_COLUMNS}, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, now())
       on conflict (tenant_id, contact_id, channel) do update set address = excluded.address, opted_out_at = excluded.opted_out_at,
         unreachable_at = excluded.unreachable_at, unreachable_reason = excluded.unreachable_reason,
         last_inbound_at = excluded.last_inbound_at, updated_at = now()`,
      [s.tenantId, s.contactId, s.channel, s.address, s.optedOutAt, s.unreachableAt, s.unreachableReason, s.lastInboundAt],
    );
    await this.outbox.append(context, channel.pullEvents());
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}
