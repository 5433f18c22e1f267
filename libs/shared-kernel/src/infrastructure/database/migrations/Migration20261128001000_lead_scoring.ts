import { Migration } from '@mikro-orm/migrations';

/**
 * Lead scoring (contract §12): a tenant's scoring model (none stored: the shipped default, version
 * 1), and recompute runs with their progress, one batch at a time from a cursor.
 */
export class Migration20261128001000LeadScoring extends Migration {
  override up(): void {
    this.addSql(`
      create table scoring_models (
        tenant_id uuid primary key references tenants(id) on delete cascade,
        base_weight double precision not null check (base_weight between 0 and 1),
        rules jsonb not null check (jsonb_typeof(rules) = 'array'),
        version integer not null check (version >= 2),
        updated_at timestamptz not null
      )`);
    this.addSql(`
      create table scoring_recomputes (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        status text not null constraint ck_scoring_recomputes_status
          check (status in ('queued', 'running', 'completed', 'superseded', 'failed')),
        model_version integer not null,
        total integer not null,
        processed integer not null default 0,
        changed integer not null default 0,
        cursor uuid,
        error text,
        created_at timestamptz not null,
        started_at timestamptz,
        finished_at timestamptz
      )`);
    this.addSql(`create index ix_scoring_recomputes_tenant on scoring_recomputes (tenant_id, id desc)`);
    // The list's sort=-lead_score order (highest first, unscored last, then newest), read forward.
    this.addSql(`drop index if exists ix_lead_opportunities_lead_score`);
    this.addSql(`create index ix_lead_opportunities_lead_score on lead_opportunities (tenant_id, lead_score_value desc nulls last, id desc)`);
  }

  override down(): void {
    this.addSql(`drop index if exists ix_lead_opportunities_lead_score`);
    this.addSql(`create index ix_lead_opportunities_lead_score on lead_opportunities (tenant_id, lead_score_value, id)`);
    this.addSql(`drop table if exists scoring_recomputes`);
    this.addSql(`drop table if exists scoring_models`);
  }
}
