import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, retryOnStaleVersion, UnitOfWork, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import {
  Contact, CONTACT_REPOSITORY, ContactDuplicateError, PhoneNumber, type ContactDetails, type ContactRepository,
} from '../../domain/index.js';
import { assertUniqueContact } from '../contact-uniqueness.js';

export interface UpsertedContact {
  readonly contact: Contact;
  readonly created: boolean;
}

/**
 * The contact a chatbot knows by its `manychat_id`: updated when it exists, otherwise created.
 * Fields left undefined are kept as they are.
 */
export class UpsertContactByManychatIdCommand extends Command<UpsertedContact> {
  constructor(
    readonly context: CommandContext,
    readonly manychatId: string,
    readonly details: Omit<ContactDetails, 'manychatId'>,
  ) {
    super();
  }
}

@CommandHandler(UpsertContactByManychatIdCommand)
export class UpsertContactByManychatIdHandler implements ICommandHandler<UpsertContactByManychatIdCommand> {
  constructor(
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, manychatId, details }: UpsertContactByManychatIdCommand): Promise<UpsertedContact> {
    const region = this.config.defaultPhoneRegion;
    const wanted: ContactDetails = { ...details, manychatId };
    return retryOnStaleVersion(async () => {
      let written: Contact | undefined;
      try {
        return await this.uow.run(async () => {
          const existing = await this.findExisting(context.tenantId, manychatId, details.phone ?? null);
          if (!existing) {
            // findExisting just saw neither the manychat_id nor the phone taken; a racing writer
            // is caught by the unique constraints on insert.
            written = Contact.create(context.tenantId, wanted, region);
            await this.contacts.add(written, context);
            return { contact: written, created: true };
          }
          if (!existing.update(wanted, region)) return { contact: existing, created: false };
          written = existing;
          await assertUniqueContact(this.contacts, existing);
          await this.contacts.save(existing, context);
          return { contact: existing, created: false };
        });
      } catch (error) {
        // A concurrent writer took the phone: name the holder, outside the failed transaction.
        if (error instanceof ContactDuplicateError && written) await assertUniqueContact(this.contacts, written);
        throw error;
      }
    });
  }

  /**
   * By manychat_id first; else a contact with the same phone that no chatbot claimed yet (entered
   * by an agent before the lead wrote to the bot) is adopted rather than duplicated. A phone held
   * by another ManyChat contact is a conflict.
   */
  private async findExisting(tenantId: string, manychatId: string, phone: string | null): Promise<Contact | null> {
    const byManychatId = await this.contacts.findIdBy(tenantId, 'manychat_id', manychatId);
    if (byManychatId) return this.contacts.find(tenantId, byManychatId);
    if (!phone) return null;
    const byPhone = await this.contacts.findIdBy(tenantId, 'phone', PhoneNumber.parse(phone, this.config.defaultPhoneRegion).e164);
    const holder = byPhone ? await this.contacts.find(tenantId, byPhone) : null;
    if (holder && holder.snapshot.manychatId !== null) throw new ContactDuplicateError('phone', holder.snapshot.id);
    return holder;
  }
}
