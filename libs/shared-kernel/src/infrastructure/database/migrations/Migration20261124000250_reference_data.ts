import { Migration } from '@mikro-orm/migrations';

/**
 * Channels and advisors (crm-domain), campaigns and their members (campaigns). References carry the
 * tenant in the key, as in the foundation, so no row can point at another tenant's row. The named
 * constraints are what the repositories turn into 409/422 answers when a writer races past a check.
 */
export class Migration20261124000250ReferenceData extends Migration {
  override up(): void {
    this.addSql(`
      create table channels (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        name text not null check (length(name) between 1 and 200),
        description text,
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint uq_channels_id_tenant unique (id, tenant_id)
      )`);
    this.addSql(`create index ix_channels_tenant_created on channels (tenant_id, id desc)`);

    this.addSql(`
      create table advisors (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        name text not null check (length(name) between 1 and 200),
        email text,
        phone text,
        kind text not null constraint ck_advisors_kind check (kind in ('commercial', 'medical', 'agent')),
        external_id text,
        auto_created boolean not null default false,
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint uq_advisors_id_tenant unique (id, tenant_id),
        -- ManyChat numbers commercial and medical advisors separately: "700" may be one of each.
        constraint uq_advisors_tenant_kind_external_id unique (tenant_id, kind, external_id)
      )`);
    this.addSql(`create index ix_advisors_tenant_created on advisors (tenant_id, id desc)`);

    this.addSql(`
      create table campaigns (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        name text not null check (length(name) between 1 and 200),
        description text,
        date_start timestamptz,
        date_end timestamptz,
        budget numeric(14, 2) constraint ck_campaigns_budget check (budget >= 0),
        status text not null constraint ck_campaigns_status check (status in ('draft', 'active', 'paused', 'completed')),
        channel_id uuid,
        external_id text,
        auto_created boolean not null default false,
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint ck_campaigns_dates check (date_end >= date_start),
        constraint uq_campaigns_id_tenant unique (id, tenant_id),
        constraint uq_campaigns_tenant_external_id unique (tenant_id, external_id),
        constraint fk_campaigns_channel foreign key (channel_id, tenant_id) references channels(id, tenant_id)
      )`);
    this.addSql(`create index ix_campaigns_tenant_created on campaigns (tenant_id, id desc)`);
    this.addSql(`create index ix_campaigns_channel on campaigns (tenant_id, channel_id)`);

    // A member goes with its contact (deleting a contact must not fail on campaign history), but a
    // campaign or advisor that members still point at cannot be deleted.
    this.addSql(`
      create table campaign_members (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        campaign_id uuid not null,
        contact_id uuid not null,
        commercial_advisor_id uuid,
        medical_advisor_id uuid,
        medical_assignment_date timestamptz,
        last_state text,
        summary text,
        assignment_type text,
        assigned_at timestamptz not null,
        version integer not null default 1,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint uq_campaign_members_campaign_contact unique (tenant_id, campaign_id, contact_id),
        constraint fk_campaign_members_campaign foreign key (campaign_id, tenant_id) references campaigns(id, tenant_id),
        constraint fk_campaign_members_contact foreign key (contact_id, tenant_id)
          references contacts(id, tenant_id) on delete cascade,
        constraint fk_campaign_members_commercial_advisor foreign key (commercial_advisor_id, tenant_id)
          references advisors(id, tenant_id),
        constraint fk_campaign_members_medical_advisor foreign key (medical_advisor_id, tenant_id)
          references advisors(id, tenant_id)
      )`);
    this.addSql(`create index ix_campaign_members_campaign on campaign_members (tenant_id, campaign_id, id desc)`);
    this.addSql(`create index ix_campaign_members_contact on campaign_members (tenant_id, contact_id, assigned_at desc)`);
    this.addSql(`create index ix_campaign_members_commercial_advisor on campaign_members (tenant_id, commercial_advisor_id)`);
    this.addSql(`create index ix_campaign_members_medical_advisor on campaign_members (tenant_id, medical_advisor_id)`);
  }

  override down(): void {
    this.addSql('drop table if exists campaign_members');
    this.addSql('drop table if exists campaigns');
    this.addSql('drop table if exists advisors');
    this.addSql('drop table if exists channels');
  }
}
