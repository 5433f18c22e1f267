import { Migration } from '@mikro-orm/migrations';

/**
 * The campaign engine (contract §10): campaign automation, steps, tenant settings, activities,
 * enrollments, the step log (one row per step of an enrollment: at most once by its unique key)
 * and the per-step counters the statistics are answered from.
 */
export class Migration20261207000200CampaignEngine extends Migration {
  override up(): void {
    this.addSql(`
      create table tenant_settings (
        tenant_id uuid primary key references tenants(id) on delete cascade,
        timezone text not null default 'America/Mexico_City',
        max_messages_per_lead_per_day integer not null default 3 constraint ck_tenant_settings_cap check (max_messages_per_lead_per_day between 1 and 100),
        updated_at timestamptz not null default now()
      )`);
    this.addSql(`
      alter table campaigns
        add column channel text constraint ck_campaigns_channel check (channel in ('telegram', 'whatsapp', 'email', 'call')),
        add column trigger text not null default 'manual'
          constraint ck_campaigns_trigger check (trigger in ('manual', 'lead_score', 'stage_change', 'inactivity')),
        add column trigger_condition jsonb,
        add column reentry text not null default 'never' constraint ck_campaigns_reentry check (reentry in ('never', 'after_exit')),
        add column exit_on jsonb not null default '["reply", "meeting_booked", "won", "lost", "opt_out"]'::jsonb,
        add column send_window jsonb`);
    this.addSql(`create index ix_campaigns_trigger on campaigns (tenant_id, trigger) where trigger <> 'manual' and status = 'active'`);
    this.addSql(`
      create table campaign_steps (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        campaign_id uuid not null,
        step_number integer not null constraint ck_campaign_steps_number check (step_number >= 1),
        action text not null constraint ck_campaign_steps_action check (action in ('send_message', 'make_call', 'schedule_meeting', 'update_stage')),
        channel text constraint ck_campaign_steps_channel check (channel in ('telegram', 'whatsapp', 'email', 'call')),
        delay_hours numeric(10, 4) not null default 0 constraint ck_campaign_steps_delay check (delay_hours between 0 and 8760),
        template_id uuid,
        conditions jsonb,
        stage text,
        agent_type text,
        meeting jsonb,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint fk_campaign_steps_campaign foreign key (campaign_id, tenant_id) references campaigns (id, tenant_id) on delete cascade,
        constraint uq_campaign_steps_number unique (campaign_id, step_number) deferrable initially deferred
      )`);
    this.addSql(`create index ix_campaign_steps_template on campaign_steps (tenant_id, template_id) where template_id is not null`);
    this.addSql(`
      create table activities (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        opportunity_id uuid,
        contact_id uuid not null,
        type text not null constraint ck_activities_type check (type in ('call', 'meeting', 'task')),
        title text not null,
        notes text,
        due_at timestamptz,
        duration_minutes integer constraint ck_activities_duration check (duration_minutes between 1 and 1440),
        assigned_advisor_id uuid,
        status text not null default 'planned' constraint ck_activities_status check (status in ('planned', 'done', 'cancelled')),
        source text not null default 'manual' constraint ck_activities_source check (source in ('manual', 'campaign', 'ai_call')),
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint fk_activities_contact foreign key (contact_id, tenant_id) references contacts (id, tenant_id) on delete cascade
      )`);
    this.addSql(`create index ix_activities_tenant on activities (tenant_id, id desc)`);
    this.addSql(`create index ix_activities_opportunity on activities (tenant_id, opportunity_id, id desc) where opportunity_id is not null`);
    this.addSql(`create index ix_activities_due on activities (tenant_id, due_at) where status = 'planned'`);
    this.addSql(`
      create table campaign_enrollments (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        campaign_id uuid not null,
        opportunity_id uuid not null,
        contact_id uuid not null,
        status text not null constraint ck_campaign_enrollments_status check (status in ('active', 'completed', 'exited', 'failed')),
        current_step_number integer not null default 0,
        next_step_at timestamptz,
        enrolled_at timestamptz not null,
        ended_at timestamptz,
        exit_reason text constraint ck_campaign_enrollments_exit_reason check (exit_reason in
          ('reply', 'meeting_booked', 'won', 'lost', 'opt_out', 'manual', 'campaign_completed', 'opportunity_deleted')),
        rotation integer not null default 1,
        version integer not null default 1,
        constraint fk_campaign_enrollments_campaign foreign key (campaign_id, tenant_id) references campaigns (id, tenant_id) on delete cascade,
        -- One enrollment per lead and rotation: fifty concurrent applies meet here.
        constraint uq_campaign_enrollments_rotation unique (campaign_id, opportunity_id, rotation)
      )`);
    this.addSql(`create unique index uq_campaign_enrollments_active on campaign_enrollments (campaign_id, opportunity_id) where status = 'active'`);
    this.addSql(`create index ix_campaign_enrollments_campaign on campaign_enrollments (tenant_id, campaign_id, id desc)`);
    this.addSql(`create index ix_campaign_enrollments_opportunity on campaign_enrollments (tenant_id, opportunity_id) where status = 'active'`);
    this.addSql(`create index ix_campaign_enrollments_contact on campaign_enrollments (tenant_id, contact_id) where status = 'active'`);
    this.addSql(`
      create table campaign_logs (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        campaign_id uuid not null,
        enrollment_id uuid not null references campaign_enrollments(id) on delete cascade,
        opportunity_id uuid not null,
        contact_id uuid not null,
        step_id uuid not null,
        step_number integer not null,
        action text not null,
        channel text,
        status text not null default 'pending' constraint ck_campaign_logs_status check (status in ('pending', 'sent', 'failed', 'skipped')),
        reason text,
        template_id uuid,
        template_version integer,
        message_id uuid,
        activity_id uuid,
        call_id uuid,
        response jsonb,
        due_at timestamptz not null,
        executed_at timestamptz,
        created_at timestamptz not null default now(),
        -- A step of an enrollment is logged, and so run, once.
        constraint uq_campaign_logs_step unique (enrollment_id, step_number)
      )`);
    this.addSql(`create index ix_campaign_logs_campaign on campaign_logs (tenant_id, campaign_id, id desc)`);
    this.addSql(`create index ix_campaign_logs_message on campaign_logs (tenant_id, message_id) where message_id is not null`);
    this.addSql(`
      create table campaign_step_counters (
        tenant_id uuid not null references tenants(id) on delete cascade,
        campaign_id uuid not null,
        step_id uuid not null,
        step_number integer not null,
        sent integer not null default 0,
        failed integer not null default 0,
        skipped integer not null default 0,
        primary key (tenant_id, campaign_id, step_id)
      )`);
  }

  override down(): void {
    for (const table of ['campaign_step_counters', 'campaign_logs', 'campaign_enrollments', 'activities', 'campaign_steps', 'tenant_settings']) {
      this.addSql(`drop table if exists ${table}`);
    }
    this.addSql(`drop index if exists ix_campaigns_trigger`);
    this.addSql(`alter table campaigns drop column channel, drop column trigger, drop column trigger_condition, drop column reentry,
      drop column exit_on, drop column send_window`);
  }
}
