import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  APP_CONFIG, NotFoundError, retryOnStaleVersion, UnitOfWork, type AppConfig, type CommandContext,
} from '@leadline/shared-kernel';
import {
  CONTACT_REPOSITORY, ContactDuplicateError, type Contact, type ContactDetails, type ContactRepository,
} from '../../domain/index.js';
import { assertUniqueContact } from '../contact-uniqueness.js';

export class UpdateContactCommand extends Command<Contact> {
  constructor(
    readonly context: CommandContext,
    readonly contactId: string,
    readonly details: ContactDetails,
  ) {
    super();
  }
}

@CommandHandler(UpdateContactCommand)
export class UpdateContactHandler implements ICommandHandler<UpdateContactCommand> {
  constructor(
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, contactId, details }: UpdateContactCommand): Promise<Contact> {
    return retryOnStaleVersion(async () => {
      let changed: Contact | undefined;
      try {
        return await this.uow.run(async () => {
          const contact = await this.contacts.find(context.tenantId, contactId);
          if (!contact) throw new NotFoundError('contact', contactId);
          if (!contact.update(details, this.config.defaultPhoneRegion)) return contact;
          changed = contact;
          await assertUniqueContact(this.contacts, contact);
          await this.contacts.save(contact, context);
          return contact;
        });
      } catch (error) {
        // A concurrent writer took the phone or manychat_id: name it, outside the failed transaction.
        if (error instanceof ContactDuplicateError && changed) await assertUniqueContact(this.contacts, changed);
        throw error;
      }
    });
  }
}
