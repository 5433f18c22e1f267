export * from './domain/index.js';
export * from './application/create-call/create-call.js';
export * from './application/update-call/update-call.js';
export * from './application/queries/call-queries.js';
export * from './application/sync-call-attempts/sync-call-attempts.js';
export * from './application/configure-providers/configure-providers.js';
export { telephonyEntities } from './infrastructure/entities.js';
export { TelephonyModule } from './telephony.module.js';
