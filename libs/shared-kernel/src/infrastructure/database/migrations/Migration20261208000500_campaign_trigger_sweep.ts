import { Migration } from '@mikro-orm/migrations';

/**
 * The hourly catch-up sweep of `stage_change` and `lead_score` campaigns (seed 004's
 * `check_trigger_campaigns`, contract §10):
 * - `campaigns.trigger_armed_at`, when the campaign last became active with its current trigger and
 *   condition: transitions before it are not the campaign's to enroll ("activating a trigger
 *   campaign does not enroll past transitions"), so the sweep looks only after it. Campaigns active
 *   now are armed from this migration on.
 * - `ix_outbox_score_changed`: the lead score has no history table, the outbox's
 *   `opportunity.score_changed` events are its record (kept RETENTION_DAYS); the sweep reads a
 *   tenant's of the last day by this partial index. Stage entries come from the stage visits'
 *   existing `ix_stage_history_current_entered`.
 */
export class Migration20261208000500CampaignTriggerSweep extends Migration {
  override up(): void {
    this.addSql(`alter table campaigns add column trigger_armed_at timestamptz`);
    this.addSql(`update campaigns set trigger_armed_at = now() where status = 'active'`);
    this.addSql(`create index ix_outbox_score_changed on outbox_events (tenant_id, occurred_at) where type = 'opportunity.score_changed'`);
  }

  override down(): void {
    this.addSql(`drop index if exists ix_outbox_score_changed`);
    this.addSql(`alter table campaigns drop column trigger_armed_at`);
  }
}
