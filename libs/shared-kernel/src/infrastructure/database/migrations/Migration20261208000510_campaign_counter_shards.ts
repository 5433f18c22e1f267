import { Migration } from '@mikro-orm/migrations';

/**
 * A campaign step's counters become up to eight rows (`shard`, chosen by the log's id): every step
 * of one campaign step used to upsert the same row and hold its lock until its transaction
 * committed, so concurrent steps queued on it (half a session of eight, in the campaigns
 * benchmark). The statistics add the shards up.
 */
export class Migration20261208000510CampaignCounterShards extends Migration {
  override up(): void {
    this.addSql(`alter table campaign_step_counters add column shard smallint not null default 0`);
    this.addSql(`alter table campaign_step_counters drop constraint campaign_step_counters_pkey`);
    this.addSql(`alter table campaign_step_counters add constraint campaign_step_counters_pkey primary key (tenant_id, campaign_id, step_id, shard)`);
  }

  override down(): void {
    this.addSql(`
      create temporary table summed on commit drop as
      select tenant_id, campaign_id, step_id, min(step_number) as step_number, sum(sent)::int as sent, sum(failed)::int as failed, sum(skipped)::int as skipped
        from campaign_step_counters group by tenant_id, campaign_id, step_id`);
    this.addSql(`delete from campaign_step_counters`);
    this.addSql(`alter table campaign_step_counters drop constraint campaign_step_counters_pkey, drop column shard`);
    this.addSql(`insert into campaign_step_counters (tenant_id, campaign_id, step_id, step_number, sent, failed, skipped) select * from summed`);
    this.addSql(`alter table campaign_step_counters add constraint campaign_step_counters_pkey primary key (tenant_id, campaign_id, step_id)`);
  }
}
