import { Migration } from '@mikro-orm/migrations';

/**
 * A contact's channel and an opportunity's advisor were bare uuids: any id, even another tenant's,
 * was stored. They now carry the tenant in the key like every other reference. Rows already pointing
 * nowhere (or across tenants) lose the reference, since there is nothing in their tenant it could
 * mean; the channel/advisor was never shown to anyone as valid.
 *
 * ON DELETE is the default NO ACTION, which refuses the delete like RESTRICT but checks at the end
 * of the statement, so deleting a tenant still cascades through contacts and channels together.
 * The indexes serve that check when a channel or advisor is deleted.
 */
export class Migration20261124000600ReferenceOwnership extends Migration {
  override up(): void {
    this.addSql(`
      update contacts c set channel_id = null
      where c.channel_id is not null
        and not exists (select 1 from channels ch where ch.id = c.channel_id and ch.tenant_id = c.tenant_id)`);
    this.addSql(`
      update lead_opportunities o set assigned_advisor_id = null
      where o.assigned_advisor_id is not null
        and not exists (select 1 from advisors a where a.id = o.assigned_advisor_id and a.tenant_id = o.tenant_id)`);

    this.addSql(`
      alter table contacts add constraint fk_contacts_channel
        foreign key (channel_id, tenant_id) references channels(id, tenant_id)`);
    this.addSql(`
      alter table lead_opportunities add constraint fk_lead_opportunity_assigned_advisor
        foreign key (assigned_advisor_id, tenant_id) references advisors(id, tenant_id)`);
    this.addSql(`create index ix_contacts_channel on contacts (tenant_id, channel_id)`);
    this.addSql(`create index ix_lead_opportunities_assigned_advisor on lead_opportunities (tenant_id, assigned_advisor_id)`);
  }

  override down(): void {
    this.addSql('drop index if exists ix_lead_opportunities_assigned_advisor');
    this.addSql('drop index if exists ix_contacts_channel');
    this.addSql('alter table lead_opportunities drop constraint if exists fk_lead_opportunity_assigned_advisor');
    this.addSql('alter table contacts drop constraint if exists fk_contacts_channel');
  }
}
