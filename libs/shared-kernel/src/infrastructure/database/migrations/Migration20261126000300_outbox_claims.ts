import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox relay claims a batch for a short lease (`relay_claimed_at`) in one committed statement,
 * hands it to Redis with no transaction open, then marks it published. A relay that died in between
 * leaves a stale claim, which any relay takes over after the lease.
 */
export class Migration20261126000300OutboxClaims extends Migration {
  override up(): void {
    this.addSql(`alter table outbox_events add column relay_claimed_at timestamptz`);
  }

  override down(): void {
    this.addSql(`alter table outbox_events drop column if exists relay_claimed_at`);
  }
}
