import { Migration } from '@mikro-orm/migrations';

/**
 * Activities (contract §10) name their opportunity and advisor by foreign key, tenant included, so
 * an unknown or foreign id is refused by the insert itself. A deleted opportunity or advisor leaves
 * the contact's activity in place with the id cleared: the call or meeting still happened. The
 * contact and advisor lists read by index, as the opportunity's already does.
 */
export class Migration20261207000340Activities extends Migration {
  override up(): void {
    this.addSql(`
      alter table activities
        add constraint fk_activities_opportunity foreign key (opportunity_id, tenant_id)
          references lead_opportunities (id, tenant_id) on delete set null (opportunity_id),
        add constraint fk_activities_advisor foreign key (assigned_advisor_id, tenant_id)
          references advisors (id, tenant_id) on delete set null (assigned_advisor_id),
        add constraint ck_activities_title check (length(title) between 1 and 500)`);
    this.addSql(`create index ix_activities_contact on activities (tenant_id, contact_id, id desc)`);
    this.addSql(`create index ix_activities_advisor on activities (tenant_id, assigned_advisor_id, id desc) where assigned_advisor_id is not null`);
  }

  override down(): void {
    this.addSql(`drop index if exists ix_activities_advisor`);
    this.addSql(`drop index if exists ix_activities_contact`);
    this.addSql(`alter table activities drop constraint if exists ck_activities_title, drop constraint if exists fk_activities_advisor,
      drop constraint if exists fk_activities_opportunity`);
  }
}
