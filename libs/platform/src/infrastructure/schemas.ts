import { EntitySchema } from '@mikro-orm/core';
import type { ApiKeyRole } from '../domain/index.js';
import { IntegrationSettingsSchema } from './integration-settings.js';

export interface TenantRow {
  id: string;
  name: string;
  slug: string;
  created_at: Date;
}

export const TenantSchema = new EntitySchema<TenantRow>({
  name: 'Tenant',
  tableName: 'tenants',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    slug: { type: 'text' },
    created_at: { type: 'Date' },
  },
});

export interface ApiKeyRow {
  id: string;
  tenant_id: string;
  name: string;
  role: ApiKeyRole;
  prefix: string;
  key_hash: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export const ApiKeySchema = new EntitySchema<ApiKeyRow>({
  name: 'ApiKey',
  tableName: 'api_keys',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    name: { type: 'text' },
    role: { type: 'text' },
    prefix: { type: 'text' },
    key_hash: { type: 'text' },
    created_at: { type: 'Date' },
    last_used_at: { type: 'Date', nullable: true },
    revoked_at: { type: 'Date', nullable: true },
  },
});

export interface AuditRow {
  id: string;
  tenant_id: string;
  event_id: string;
  at: Date;
  actor_type: 'api_key' | 'system' | 'webhook';
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  request_id: string | null;
}

export const AuditSchema = new EntitySchema<AuditRow>({
  name: 'AuditEntry',
  tableName: 'audit_log',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    event_id: { type: 'uuid' },
    at: { type: 'Date' },
    actor_type: { type: 'text' },
    actor_id: { type: 'text', nullable: true },
    actor_name: { type: 'text', nullable: true },
    action: { type: 'text' },
    entity_type: { type: 'text' },
    entity_id: { type: 'uuid' },
    changes: { type: 'json' },
    request_id: { type: 'text', nullable: true },
  },
});

export const platformEntities = [TenantSchema, ApiKeySchema, AuditSchema, IntegrationSettingsSchema];
