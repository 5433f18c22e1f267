import { Migration } from '@mikro-orm/migrations';

/**
 * Messaging channels (contract §9a): each contact's address and opt-out per channel, every message
 * sent or received, and the inbox of provider events stored before their webhook answers.
 */
export class Migration20261207000100MessagingChannels extends Migration {
  override up(): void {
    this.addSql(`alter table integration_settings drop constraint ck_integration_settings_provider`);
    this.addSql(`alter table integration_settings add constraint ck_integration_settings_provider
      check (provider in ('zadarma', 'twilio', 'odoo', 'telegram', 'whatsapp', 'email'))`);
    this.addSql(`
      create table contact_channels (
        tenant_id uuid not null references tenants(id) on delete cascade,
        contact_id uuid not null,
        channel text not null constraint ck_contact_channels_channel check (channel in ('telegram', 'whatsapp', 'email', 'call')),
        address text,
        opted_out_at timestamptz,
        unreachable_at timestamptz,
        unreachable_reason text,
        last_inbound_at timestamptz,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, contact_id, channel),
        constraint fk_contact_channels_contact foreign key (contact_id, tenant_id) references contacts (id, tenant_id) on delete cascade
      )`);
    // One chat or WhatsApp id belongs to one contact of a tenant: an inbound message finds it by address.
    this.addSql(`create unique index uq_contact_channels_address on contact_channels (tenant_id, channel, address) where address is not null`);
    // The lead's messages, counted by crm-domain from message.received (the `replies` of the render context and scoring).
    this.addSql(`alter table lead_opportunities add column replies integer not null default 0`);
    // An inbound e-mail finds its contact by sender address.
    this.addSql(`create index ix_contacts_tenant_email on contacts (tenant_id, email) where email is not null`);
    this.addSql(`
      create table messages (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        contact_id uuid not null,
        opportunity_id uuid,
        direction text not null constraint ck_messages_direction check (direction in ('outbound', 'inbound')),
        channel text not null constraint ck_messages_channel check (channel in ('telegram', 'whatsapp', 'email')),
        subject text,
        body text not null,
        template_id uuid,
        template_version integer,
        whatsapp_template jsonb,
        campaign_id uuid,
        enrollment_id uuid,
        status text not null constraint ck_messages_status
          check (status in ('queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'received')),
        provider_message_id text,
        error jsonb,
        created_at timestamptz not null default now(),
        sent_at timestamptz,
        version integer not null default 1,
        constraint fk_messages_contact foreign key (contact_id, tenant_id) references contacts (id, tenant_id) on delete cascade
      )`);
    this.addSql(`create index ix_messages_contact on messages (tenant_id, contact_id, id desc)`);
    this.addSql(`create index ix_messages_opportunity on messages (tenant_id, opportunity_id, id desc) where opportunity_id is not null`);
    this.addSql(`create unique index uq_messages_provider_id on messages (tenant_id, channel, direction, provider_message_id)
      where provider_message_id is not null`);
    this.addSql(`
      create table messaging_inbox (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        channel text not null,
        provider_event_id text not null,
        event jsonb not null,
        raw jsonb,
        status text not null default 'pending' constraint ck_messaging_inbox_status check (status in ('pending', 'processed', 'ignored')),
        outcome text,
        received_at timestamptz not null default now(),
        processed_at timestamptz,
        constraint uq_messaging_inbox_event unique (tenant_id, channel, provider_event_id)
      )`);
  }

  override down(): void {
    this.addSql(`drop table if exists messaging_inbox`);
    this.addSql(`drop table if exists messages`);
    this.addSql(`drop table if exists contact_channels`);
    this.addSql(`drop index if exists ix_contacts_tenant_email`);
    this.addSql(`alter table lead_opportunities drop column if exists replies`);
    this.addSql(`alter table integration_settings drop constraint ck_integration_settings_provider`);
    this.addSql(`alter table integration_settings add constraint ck_integration_settings_provider check (provider in ('zadarma', 'twilio', 'odoo'))`);
  }
}
