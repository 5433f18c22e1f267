import { Migration } from '@mikro-orm/migrations';

/** One connection per tenant and provider; secrets only as AES-256-GCM ciphertext. */
export class Migration20261124000100IntegrationSettings extends Migration {
  override up(): void {
    this.addSql(`
      create table integration_settings (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        provider text not null constraint ck_integration_settings_provider check (provider in ('zadarma', 'twilio', 'odoo')),
        settings jsonb not null default '{}'::jsonb,
        secrets_ciphertext text not null,
        secret_hints jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint uq_integration_settings_tenant_provider unique (tenant_id, provider)
      )`);
  }

  override down(): void {
    this.addSql(`drop table if exists integration_settings`);
  }
}
