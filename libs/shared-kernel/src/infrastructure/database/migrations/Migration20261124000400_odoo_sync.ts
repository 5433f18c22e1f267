import { Migration } from '@mikro-orm/migrations';

/** The Odoo mirror remembers what it last wrote, so a sync of an unchanged opportunity sends nothing. */
export class Migration20261124000400OdooSync extends Migration {
  override up(): void {
    this.addSql(`alter table lead_opportunities add column odoo_synced_fingerprint text`);
  }

  override down(): void {
    this.addSql(`alter table lead_opportunities drop column if exists odoo_synced_fingerprint`);
  }
}
