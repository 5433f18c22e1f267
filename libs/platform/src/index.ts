export * from './domain/index.js';
export * from './application/authenticate/api-key-authenticator.js';
export * from './application/create-tenant/create-tenant.js';
export * from './application/create-api-key/create-api-key.js';
export * from './application/revoke-api-key/revoke-api-key.js';
export * from './application/queries/platform-queries.js';
export * from './application/dead-letters/dead-letters.js';
export type { ApiKeyRow, AuditRow, TenantRow } from './infrastructure/schemas.js';
export { platformEntities } from './infrastructure/schemas.js';
export {
  INTEGRATION_PROVIDERS, IntegrationSettings, type IntegrationConnection, type IntegrationProvider, type MaskedIntegration,
} from './infrastructure/integration-settings.js';
export { TenantSettings, tenantSettingsOf } from './infrastructure/tenant-settings.js';
export { PlatformModule } from './platform.module.js';
