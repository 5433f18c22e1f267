import { ContactDuplicateError, type Contact, type ContactRepository } from '../domain/index.js';

/** Phone and manychat_id identify a contact within a tenant; a clash answers with the holder's id. */
export async function assertUniqueContact(contacts: ContactRepository, contact: Contact): Promise<void> {
  const { tenantId, id, phone, manychatId } = contact.snapshot;
  for (const [field, value] of [['phone', phone], ['manychat_id', manychatId]] as const) {
    if (value === null) continue;
    const holder = await contacts.findIdBy(tenantId, field, value);
    if (holder !== null && holder !== id) throw new ContactDuplicateError(field, holder);
  }
}
