import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@leadline/shared-kernel';
import { ManychatInbox, type InboxRow } from '../../infrastructure/inbox.persistence.js';

export class GetManychatEventQuery extends Query<InboxRow> {
  constructor(readonly tenantId: string, readonly eventId: string) {
    super();
  }
}

@QueryHandler(GetManychatEventQuery)
export class GetManychatEventHandler implements IQueryHandler<GetManychatEventQuery> {
  constructor(private readonly inbox: ManychatInbox) {}

  async execute({ tenantId, eventId }: GetManychatEventQuery): Promise<InboxRow> {
    const event = await this.inbox.find(tenantId, eventId);
    if (!event) throw new NotFoundError('manychat event', eventId);
    return event;
  }
}
