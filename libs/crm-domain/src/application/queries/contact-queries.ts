import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, NotFoundError, type AppConfig, type Page, type PageRequest } from '@leadline/shared-kernel';
import {
  CONTACT_REPOSITORY, PhoneNumber, type Contact, type ContactFilter, type ContactRepository,
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
  constructor(
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The phone filter is normalised like stored phones, so "55 1234 5678" finds "+525512345678". */
  execute({ tenantId, filter, page }: ListContactsQuery): Promise<Page<Contact>> {
    const phone = filter.phone === undefined ? undefined : PhoneNumber.parse(filter.phone, this.config.defaultPhoneRegion).e164;
    return this.contacts.list(tenantId, { ...filter, phone }, page);
  }
}
