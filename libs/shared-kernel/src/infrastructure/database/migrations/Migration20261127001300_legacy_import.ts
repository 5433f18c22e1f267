import { Migration } from '@mikro-orm/migrations';

/**
 * The legacy import's own bookkeeping (`npm run cli -- import-legacy`, contract §14):
 * - one row per run, whose `progress` is the checkpoint: per phase, the last legacy id of the last
 *   committed batch and the counts so far, written in that batch's transaction, so an interrupted
 *   run continues exactly after what committed;
 * - the map from each legacy contact to the contact it became (itself, or the one kept when its
 *   phone was already taken), which opportunities and calls are joined through, and which makes a
 *   second run find every contact already imported.
 */
export class Migration20261127001300LegacyImport extends Migration {
  override up(): void {
    this.addSql(`
      create table legacy_import_runs (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        source text not null,
        pipeline_id uuid not null,
        status text not null constraint ck_legacy_import_runs_status check (status in ('running', 'completed', 'failed')),
        progress jsonb not null default '{}'::jsonb,
        report_path text not null,
        last_error text,
        started_at timestamptz not null,
        updated_at timestamptz not null,
        finished_at timestamptz,
        constraint fk_legacy_import_runs_pipeline foreign key (pipeline_id, tenant_id) references pipelines(id, tenant_id) on delete cascade
      )`);
    // At most one unfinished run per tenant and source: the one the next run resumes.
    this.addSql(`
      create unique index uq_legacy_import_runs_unfinished on legacy_import_runs (tenant_id, source)
        where status <> 'completed'`);

    this.addSql(`
      create table legacy_import_contacts (
        tenant_id uuid not null references tenants(id) on delete cascade,
        legacy_id uuid not null,
        contact_id uuid not null,
        primary key (tenant_id, legacy_id),
        constraint fk_legacy_import_contacts_contact foreign key (contact_id, tenant_id)
          references contacts(id, tenant_id) on delete cascade
      )`);
    this.addSql(`create index ix_legacy_import_contacts_contact on legacy_import_contacts (tenant_id, contact_id)`);
  }

  override down(): void {
    this.addSql('drop table if exists legacy_import_contacts');
    this.addSql('drop table if exists legacy_import_runs');
  }
}
