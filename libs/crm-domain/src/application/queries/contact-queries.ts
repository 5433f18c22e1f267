import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@leadline/shared-kernel';
import {
  CONTACT_REPOSITORY, type Contact, type ContactFilter, type ContactRepository, type Page, type PageRequest,
} from '../../domain/index.js';

export class GetContactQuery extends Query<Contact> {
  constructor(readonly tenantId: string, readonly contactId: string) {
    super();
  }
}

export class ListContactsQuery extends Query<Page<Contact>> {
  constructor(readonly tenantId: string, readonly filter: ContactFilter, readonly page: PageRequest) {
    super();
  }
}

@QueryHandler(GetContactQuery)
export class GetContactHandler implements IQueryHandler<GetContactQuery> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  async execute({ tenantId, contactId }: GetContactQuery): Promise<Contact> {
    const contact = await this.contacts.find(tenantId, contactId);
    if (!contact) throw new NotFoundError('contact', contactId);
    return contact;
  }
}

@QueryHandler(ListContactsQuery)
export class ListContactsHandler implements IQueryHandler<ListContactsQuery> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  execute({ tenantId, filter, page }: ListContactsQuery): Promise<Page<Contact>> {
    return this.contacts.list(tenantId, filter, page);
  }
}
