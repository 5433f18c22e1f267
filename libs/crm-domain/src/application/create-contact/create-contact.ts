import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, UnitOfWork, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import {
  Contact, CONTACT_REPOSITORY, ContactDuplicateError, type ContactDetails, type ContactRepository,
} from '../../domain/index.js';
import { assertUniqueContact } from '../contact-uniqueness.js';

export class CreateContactCommand extends Command<Contact> {
  constructor(
    readonly context: CommandContext,
    readonly details: ContactDetails,
  ) {
    super();
  }
}

@CommandHandler(CreateContactCommand)
export class CreateContactHandler implements ICommandHandler<CreateContactCommand> {
  constructor(
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, details }: CreateContactCommand): Promise<Contact> {
    const contact = Contact.create(context.tenantId, details, this.config.defaultPhoneRegion);
    await assertUniqueContact(this.contacts, contact);
    try {
      await this.uow.run(() => this.contacts.add(contact, context));
    } catch (error) {
      // A concurrent create won the race past the pre-check: name the winner like the pre-check does.
      if (error instanceof ContactDuplicateError) await assertUniqueContact(this.contacts, contact);
      throw error;
    }
    return contact;
  }
}
