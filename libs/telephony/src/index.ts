export { TelephonyModule } from './telephony.module.js';
export * from './domain/index.js';
export * from './application/configure-providers/configure-providers.js';
export { providerEntities } from './infrastructure/provider-entities.js';
