import { ManychatInboxSchema } from './inbox.persistence.js';

export const manychatEntities = [ManychatInboxSchema];
