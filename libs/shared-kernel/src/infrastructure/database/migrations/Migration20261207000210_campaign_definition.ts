import { Migration } from '@mikro-orm/migrations';

/**
 * A campaign step's template is a template of the same tenant, and a template a step uses cannot
 * be deleted (contract §9: 409 template.in_use). The foreign key decides it inside the delete's
 * own transaction, so a step written concurrently with the delete cannot be left pointing nowhere.
 */
export class Migration20261207000210CampaignDefinition extends Migration {
  override up(): void {
    this.addSql(`
      alter table campaign_steps add constraint fk_campaign_steps_template
        foreign key (template_id, tenant_id) references message_templates (id, tenant_id)`);
  }

  override down(): void {
    this.addSql(`alter table campaign_steps drop constraint if exists fk_campaign_steps_template`);
  }
}
