import { Migration } from '@mikro-orm/migrations';

/**
 * The ManyChat inbox: every accepted webhook, stored before the 202 is sent. The worker hands
 * stored rows to the outbox in batches (`relayed_at`), so the accept path is one plain INSERT, and
 * delivery reuses the outbox relay, its retries and its dead letters.
 */
export class Migration20261124000300ManychatInbox extends Migration {
  override up(): void {
    this.addSql(`
      create table manychat_inbox (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        type text not null constraint ck_manychat_inbox_type
          check (type in ('contact', 'campaign-assignment', 'crm-opportunity')),
        body_hash text not null,
        payload jsonb not null,
        manychat_id text not null,
        stream text not null,
        occurred_at timestamptz not null,
        status text not null default 'queued' constraint ck_manychat_inbox_status
          check (status in ('queued', 'processed', 'failed', 'dead')),
        attempts integer not null default 0,
        last_error text,
        duplicates integer not null default 0,
        actor jsonb not null,
        request_id text,
        received_at timestamptz not null default now(),
        relayed_at timestamptz,
        processed_at timestamptz,
        constraint uq_manychat_inbox_body unique (tenant_id, type, body_hash)
      )`);
    this.addSql(`create index ix_manychat_inbox_tenant on manychat_inbox (tenant_id, id desc)`);
    // "Is there a newer processed event for this contact and stream?" — the out-of-order guard.
    this.addSql(`
      create index ix_manychat_inbox_stream on manychat_inbox (tenant_id, manychat_id, stream, occurred_at)
        where status = 'processed'`);
    // Not one outbox row (and one NOTIFY) per webhook: PostgreSQL serialises the commits of
    // notifying transactions, which capped accepts at ~400/s here against ~5,000/s without.
    this.addSql(`create index ix_manychat_inbox_unrelayed on manychat_inbox (received_at) where relayed_at is null`);
  }

  override down(): void {
    this.addSql(`drop table if exists manychat_inbox cascade`);
  }
}
