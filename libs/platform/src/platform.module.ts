import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ApiKeyAuthenticator } from './application/authenticate/api-key-authenticator.js';
import { AuditTrail } from './application/audit-trail.js';
import { CreateApiKeyHandler } from './application/create-api-key/create-api-key.js';
import { CreateTenantHandler } from './application/create-tenant/create-tenant.js';
import { ListApiKeysHandler, ListAuditLogHandler, ListTenantsHandler } from './application/queries/platform-queries.js';
import { ListDeadLettersHandler, ReplayDeadLetterHandler } from './application/dead-letters/dead-letters.js';
import { RevokeApiKeyHandler } from './application/revoke-api-key/revoke-api-key.js';
import { DeadLetterStore } from './infrastructure/dead-letter-store.js';
import { IntegrationSettings } from './infrastructure/integration-settings.js';
import { TenantSettings } from './infrastructure/tenant-settings.js';
import { ApiKeys, AuditLog, Tenants } from './infrastructure/platform-tables.js';

@Module({
  imports: [CqrsModule],
  providers: [
    ApiKeyAuthenticator, AuditTrail,
    CreateTenantHandler, CreateApiKeyHandler, RevokeApiKeyHandler,
    ListTenantsHandler, ListApiKeysHandler, ListAuditLogHandler,
    IntegrationSettings, Tenants, ApiKeys, AuditLog,
    DeadLetterStore, ListDeadLettersHandler, ReplayDeadLetterHandler,
    TenantSettings,
  ],
  exports: [ApiKeyAuthenticator, IntegrationSettings, TenantSettings],
})
export class PlatformModule {}
