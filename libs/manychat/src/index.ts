export * from './domain/index.js';
export * from './application/receive-event/receive-event.js';
export * from './application/get-event/get-event.js';
export { ManychatInbox, type AcceptedEvent, type InboxRow as ManychatInboxRow } from './infrastructure/inbox.persistence.js';
export { ManychatModule } from './manychat.module.js';
export { manychatEntities } from './infrastructure/entities.js';
