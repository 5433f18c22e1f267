import { Migration } from '@mikro-orm/migrations';

/** Message templates (contract §9): Liquid text per channel, defaults, the approved WhatsApp template. */
export class Migration20261128000900MessageTemplates extends Migration {
  override up(): void {
    this.addSql(`
      create table message_templates (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        name text not null,
        channel text not null constraint ck_message_templates_channel check (channel in ('telegram', 'whatsapp', 'email', 'call')),
        agent_type text constraint ck_message_templates_agent_type
          check (agent_type in ('perfilador', 'calificador_financiero', 'agendador', 'seguimiento')),
        subject text,
        content text not null,
        defaults jsonb not null default '{}'::jsonb,
        variables jsonb not null default '[]'::jsonb,
        whatsapp jsonb,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint uq_message_templates_id_tenant unique (id, tenant_id)
      )`);
    this.addSql(`create index ix_message_templates_tenant_created on message_templates (tenant_id, id desc)`);
    this.addSql(`create index ix_message_templates_tenant_agent_type on message_templates (tenant_id, agent_type, id desc)`);
  }

  override down(): void {
    this.addSql(`drop table if exists message_templates`);
  }
}
