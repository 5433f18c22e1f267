import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { TenantReader, type Page, type PageRequest } from '@leadline/shared-kernel';
import type { ContactChannelState, MessageState } from '../../domain/index.js';
import { toContactChannelState, toMessageState, type MessageRow } from '../../infrastructure/message.persistence.js';

export interface MessageTimelineFilter {
  readonly contactId?: string;
  readonly opportunityId?: string;
}

/** Every message sent or received, newest first, for a contact or an opportunity (contract §9a). */
export class ListMessagesQuery extends Query<Page<MessageState>> {
  constructor(readonly tenantId: string, readonly filter: MessageTimelineFilter, readonly page: PageRequest) {
    super();
  }
}

/** The channel rows of these contacts (addresses, opt-outs), for the contact views. */
export class GetContactChannelsQuery extends Query<ReadonlyMap<string, ContactChannelState[]>> {
  constructor(readonly tenantId: string, readonly contactIds: readonly string[]) {
    super();
  }
}

/** Whether the contact wrote to us on any channel after `since` (a campaign's reply exit, checked by the step itself). */
export class HasRepliedSinceQuery extends Query<boolean> {
  constructor(readonly tenantId: string, readonly contactId: string, readonly since: Date) {
    super();
  }
}

@QueryHandler(HasRepliedSinceQuery)
export class HasRepliedSinceHandler implements IQueryHandler<HasRepliedSinceQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, contactId, since }: HasRepliedSinceQuery): Promise<boolean> {
    const row = await this.reader.one<{ id: string }>(tenantId, {
      select: 'm.id',
      from: ['messages', 'm'],
      where: [['m.contact_id = ?', contactId], ["m.direction = 'inbound'"], ['m.created_at > ?', since]],
    });
    return row !== null;
  }
}

@QueryHandler(ListMessagesQuery)
export class ListMessagesHandler implements IQueryHandler<ListMessagesQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, filter, page }: ListMessagesQuery): Promise<Page<MessageState>> {
    const found = await this.reader.page<MessageRow>(tenantId, {
      select: 'm.*',
      from: ['messages', 'm'],
      where: [
        filter.contactId !== undefined && ['m.contact_id = ?', filter.contactId],
        filter.opportunityId !== undefined && ['m.opportunity_id = ?', filter.opportunityId],
      ],
    }, page);
    return { data: found.data.map(toMessageState), nextCursor: found.nextCursor };
  }
}

@QueryHandler(GetContactChannelsQuery)
export class GetContactChannelsHandler implements IQueryHandler<GetContactChannelsQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, contactIds }: GetContactChannelsQuery): Promise<ReadonlyMap<string, ContactChannelState[]>> {
    const byContact = new Map<string, ContactChannelState[]>();
    if (contactIds.length === 0) return byContact;
    const rows = await this.reader.rows<Parameters<typeof toContactChannelState>[0]>(tenantId, {
      select: 'cc.tenant_id, cc.contact_id, cc.channel, cc.address, cc.opted_out_at, cc.unreachable_at, cc.unreachable_reason, cc.last_inbound_at',
      from: ['contact_channels', 'cc'],
      where: [[`cc.contact_id in (${contactIds.map(() => '?').join(', ')})`, ...contactIds]],
    });
    for (const row of rows) {
      const state = toContactChannelState(row);
      byContact.set(state.contactId, [...(byContact.get(state.contactId) ?? []), state]);
    }
    return byContact;
  }
}
