import { Migration } from '@mikro-orm/migrations';

/**
 * The Odoo mirror's state moves out of lead_opportunities into a table of the odoo-adapter's own:
 * only the adapter writes it, and a sync holds a lease on its row (`claimed_until`) instead of a
 * lock held across the call to Odoo. No row means the opportunity is not mirrored
 * (`sync_status: not_configured` on the API).
 */
export class Migration20261126000200OdooMirror extends Migration {
  override up(): void {
    this.addSql(`alter table lead_opportunities add constraint uq_lead_opportunities_id_tenant unique (id, tenant_id)`);
    this.addSql(`
      create table odoo_leads (
        opportunity_id uuid primary key,
        tenant_id uuid not null,
        lead_id integer,
        sync_status text not null constraint ck_odoo_leads_sync_status check (sync_status in ('pending', 'success', 'error')),
        last_synced_at timestamptz,
        last_error text,
        synced_fingerprint text,
        claim uuid,
        claimed_until timestamptz,
        updated_at timestamptz not null default now(),
        constraint fk_odoo_leads_opportunity foreign key (opportunity_id, tenant_id)
          references lead_opportunities(id, tenant_id) on delete cascade
      )`);
    this.addSql(`create index ix_odoo_leads_tenant on odoo_leads (tenant_id)`);
    this.addSql(`
      insert into odoo_leads (opportunity_id, tenant_id, lead_id, sync_status, last_synced_at, last_error, synced_fingerprint)
      select id, tenant_id, odoo_lead_id, odoo_sync_status, odoo_last_synced_at, odoo_last_error, odoo_synced_fingerprint
        from lead_opportunities where odoo_sync_status <> 'not_configured'`);
    this.addSql(`
      alter table lead_opportunities
        drop column odoo_lead_id, drop column odoo_sync_status, drop column odoo_last_synced_at,
        drop column odoo_last_error, drop column odoo_synced_fingerprint`);
  }

  override down(): void {
    this.addSql(`
      alter table lead_opportunities
        add column odoo_lead_id integer,
        add column odoo_sync_status text not null default 'not_configured'
          check (odoo_sync_status in ('not_configured', 'pending', 'success', 'error')),
        add column odoo_last_synced_at timestamptz,
        add column odoo_last_error text,
        add column odoo_synced_fingerprint text`);
    this.addSql(`
      update lead_opportunities o set odoo_lead_id = l.lead_id, odoo_sync_status = l.sync_status,
        odoo_last_synced_at = l.last_synced_at, odoo_last_error = l.last_error, odoo_synced_fingerprint = l.synced_fingerprint
        from odoo_leads l where l.opportunity_id = o.id`);
    this.addSql('drop table if exists odoo_leads');
    this.addSql('alter table lead_opportunities drop constraint if exists uq_lead_opportunities_id_tenant');
  }
}
