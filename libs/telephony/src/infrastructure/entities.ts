import { CallSchema } from './call.persistence.js';
import { CallProviderEventSchema } from './provider-event-receipts.js';

export const telephonyEntities = [CallSchema, CallProviderEventSchema];
