import { Migration } from '@mikro-orm/migrations';

/**
 * The AI call agent, first slice (contract §13): the `ai` provider connection, and each tenant's
 * changed agents (an agent type without a row runs the shipped default).
 */
export class Migration20261207000300AiAgents extends Migration {
  override up(): void {
    this.addSql(`alter table integration_settings drop constraint ck_integration_settings_provider`);
    this.addSql(`alter table integration_settings add constraint ck_integration_settings_provider
      check (provider in ('zadarma', 'twilio', 'odoo', 'telegram', 'whatsapp', 'email', 'ai'))`);
    this.addSql(`
      create table ai_agents (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        agent_type text not null constraint ck_ai_agents_agent_type
          check (agent_type in ('perfilador', 'calificador_financiero', 'agendador', 'seguimiento')),
        instructions text not null,
        greeting text not null,
        extraction_schema jsonb not null,
        tools jsonb not null default '[]'::jsonb,
        advance_to_stage text,
        max_turns integer not null constraint ck_ai_agents_max_turns check (max_turns between 1 and 100),
        max_duration_seconds integer not null constraint ck_ai_agents_max_duration check (max_duration_seconds between 30 and 3600),
        version integer not null constraint ck_ai_agents_version check (version >= 2),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint uq_ai_agents_tenant_type unique (tenant_id, agent_type)
      )`);
  }

  override down(): void {
    this.addSql(`drop table if exists ai_agents`);
    this.addSql(`delete from integration_settings where provider = 'ai'`);
    this.addSql(`alter table integration_settings drop constraint ck_integration_settings_provider`);
    this.addSql(`alter table integration_settings add constraint ck_integration_settings_provider
      check (provider in ('zadarma', 'twilio', 'odoo', 'telegram', 'whatsapp', 'email'))`);
  }
}
