import { Migration } from '@mikro-orm/migrations';

/**
 * The foundation schema. Written by hand rather than generated: the 1:1:1 rule between
 * lead_opportunities and pipeline_stages needs DEFERRABLE foreign keys in both directions and the
 * exact constraint names of seed 000, which the schema generator cannot express.
 */
export class Migration20261123000000Foundation extends Migration {
  override up(): void {
    this.addSql(`
      create table tenants (
        id uuid primary key,
        name text not null check (length(name) between 1 and 200),
        slug text not null,
        created_at timestamptz not null default now(),
        constraint uq_tenants_slug unique (slug)
      )`);

    this.addSql(`
      create table api_keys (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        name text not null,
        role text not null constraint ck_api_keys_role check (role in ('admin', 'agent', 'viewer')),
        prefix text not null,
        key_hash text not null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        constraint uq_api_keys_key_hash unique (key_hash)
      )`);
    this.addSql(`create index ix_api_keys_tenant on api_keys (tenant_id, id desc)`);

    this.addSql(`
      create table contacts (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        first_name text,
        last_name text,
        phone text,
        email text,
        manychat_id text,
        channel_id uuid,
        subscribed_at timestamptz,
        last_state text,
        initial_state text,
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint uq_contacts_tenant_phone unique (tenant_id, phone),
        constraint uq_contacts_id_tenant unique (id, tenant_id),
        constraint uq_contacts_tenant_manychat_id unique (tenant_id, manychat_id)
      )`);
    this.addSql(`create index ix_contacts_tenant_created on contacts (tenant_id, id desc)`);

    this.addSql(`
      create table pipelines (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        name text not null,
        is_default boolean not null default false,
        initial_stage varchar(50) not null,
        stages jsonb not null,
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint uq_pipelines_id_tenant unique (id, tenant_id)
      )`);
    this.addSql(`create unique index uq_pipelines_one_default on pipelines (tenant_id) where is_default`);
    this.addSql(`create index ix_pipelines_tenant_created on pipelines (tenant_id, id desc)`);

    this.addSql(`
      create table lead_opportunities (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        contact_id uuid not null,
        pipeline_id uuid not null,
        pipeline_stage_id uuid not null,
        opportunity_score integer check (opportunity_score between 0 and 100),
        detection_reason text,
        priority text not null default 'medium' check (priority in ('low', 'medium', 'high', 'urgent')),
        status text not null default 'pending'
          check (status in ('pending', 'assigned', 'contacted', 'qualified', 'won', 'lost')),
        detected_at timestamptz not null,
        assigned_advisor_id uuid,
        treatment_type text
          check (treatment_type in ('automated_telegram', 'automated_call', 'manual_follow_up', 'hold')),
        next_action_at timestamptz,
        notes text,
        first_call_attempts jsonb not null default '{}'::jsonb,
        first_call_completed boolean not null default false,
        first_call_successful_attempt integer check (first_call_successful_attempt between 1 and 5),
        last_contact_attempt_at timestamptz,
        odoo_lead_id integer,
        odoo_sync_status text not null default 'not_configured'
          check (odoo_sync_status in ('not_configured', 'pending', 'success', 'error')),
        odoo_last_synced_at timestamptz,
        odoo_last_error text,
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint uq_lead_opportunity_pipeline_stage unique (pipeline_stage_id),
        -- With the tenant in the key, an opportunity can never point at another tenant's contact
        -- or pipeline, whatever the application does.
        constraint fk_lead_opportunity_contact foreign key (contact_id, tenant_id) references contacts(id, tenant_id),
        constraint fk_lead_opportunity_pipeline foreign key (pipeline_id, tenant_id) references pipelines(id, tenant_id)
      )`);
    this.addSql(`create index ix_lead_opportunities_tenant_created on lead_opportunities (tenant_id, id desc)`);
    this.addSql(`create index ix_lead_opportunities_contact on lead_opportunities (tenant_id, contact_id, id desc)`);

    this.addSql(`
      create table pipeline_stages (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        entity_type varchar(50) not null constraint ck_pipeline_stage_entity_type check (entity_type = 'leads'),
        entity_id uuid not null,
        current_stage varchar(50) not null,
        stage_entered_at timestamptz not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint uq_pipeline_stage_entity unique (entity_type, entity_id),
        constraint uq_pipeline_stage_owner unique (id, entity_id, tenant_id)
      )`);
    this.addSql(`create index ix_pipeline_stages_current on pipeline_stages (tenant_id, current_stage)`);

    // Both directions are checked at COMMIT so one transaction can insert the pair; a raw insert of
    // either row alone fails then. The second key also makes the stage point back at the very
    // opportunity (and tenant) that points at it, so two opportunities cannot swap stages.
    this.addSql(`
      alter table lead_opportunities
        add constraint fk_lead_opportunity_pipeline_stage foreign key (pipeline_stage_id)
          references pipeline_stages(id) on delete cascade deferrable initially deferred,
        add constraint fk_lead_opportunity_stage_owner foreign key (pipeline_stage_id, id, tenant_id)
          references pipeline_stages(id, entity_id, tenant_id) on delete cascade deferrable initially deferred`);
    this.addSql(`
      alter table pipeline_stages
        add constraint fk_pipeline_stage_entity foreign key (entity_id)
          references lead_opportunities(id) on delete cascade deferrable initially deferred`);

    this.addSql(`
      create table opportunity_stage_history (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        opportunity_id uuid not null references lead_opportunities(id) on delete cascade,
        from_stage varchar(50),
        to_stage varchar(50) not null,
        changed_at timestamptz not null,
        reason text,
        source text not null
      )`);
    this.addSql(`create index ix_stage_history_opportunity on opportunity_stage_history (tenant_id, opportunity_id, changed_at)`);

    this.addSql(`
      create table outbox_events (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        type text not null,
        aggregate_type text not null,
        aggregate_id uuid not null,
        payload jsonb not null,
        actor jsonb not null,
        request_id text,
        occurred_at timestamptz not null,
        published_at timestamptz
      )`);
    this.addSql(`create index ix_outbox_unpublished on outbox_events (occurred_at) where published_at is null`);
    // NOTIFY is delivered only when the inserting transaction commits, so the relay wakes up for
    // committed events only and never sees a rolled-back one.
    this.addSql(`
      create function notify_outbox() returns trigger language plpgsql as $$
      begin
        perform pg_notify('leadline_outbox', '');
        return null;
      end $$`);
    this.addSql(`
      create trigger trg_outbox_events_notify after insert on outbox_events
        for each statement execute function notify_outbox()`);

    this.addSql(`
      create table processed_events (
        event_id uuid not null,
        handler text not null,
        processed_at timestamptz not null default now(),
        primary key (event_id, handler)
      )`);

    this.addSql(`
      create table dead_letters (
        id uuid primary key,
        tenant_id uuid references tenants(id) on delete cascade,
        queue text not null,
        job_name text not null,
        payload jsonb not null,
        error text not null,
        attempts integer not null,
        failed_at timestamptz not null default now(),
        replayed_at timestamptz
      )`);
    this.addSql(`create index ix_dead_letters_tenant on dead_letters (tenant_id, id desc)`);

    this.addSql(`
      create table audit_log (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        event_id uuid not null,
        at timestamptz not null,
        actor_type text not null check (actor_type in ('api_key', 'system', 'webhook')),
        actor_id text,
        actor_name text,
        action text not null,
        entity_type text not null,
        entity_id uuid not null,
        changes jsonb not null,
        request_id text,
        constraint uq_audit_log_event unique (event_id)
      )`);
    this.addSql(`create index ix_audit_log_tenant on audit_log (tenant_id, id desc)`);
    this.addSql(`create index ix_audit_log_entity on audit_log (tenant_id, entity_type, entity_id, id desc)`);

    this.addSql(`
      create table idempotency_keys (
        scope text not null,
        key text not null,
        request_fingerprint text not null,
        status_code integer,
        response_body jsonb,
        created_at timestamptz not null default now(),
        primary key (scope, key)
      )`);
    this.addSql(`create index ix_idempotency_keys_created on idempotency_keys (created_at)`);
  }

  override down(): void {
    for (const table of [
      'idempotency_keys', 'audit_log', 'dead_letters', 'processed_events', 'outbox_events',
      'opportunity_stage_history', 'pipeline_stages', 'lead_opportunities', 'pipelines', 'contacts',
      'api_keys', 'tenants',
    ]) {
      this.addSql(`drop table if exists ${table} cascade`);
    }
    this.addSql(`drop function if exists notify_outbox()`);
  }
}
