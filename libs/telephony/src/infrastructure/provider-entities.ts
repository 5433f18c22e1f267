import { CallProviderEventSchema } from './provider-event-receipts.js';

/** The tables the provider adapters own (the webhooks' idempotency keys). */
export const providerEntities = [CallProviderEventSchema];
