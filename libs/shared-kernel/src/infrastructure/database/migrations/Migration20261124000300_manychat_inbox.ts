import { Migration } from '@mikro-orm/migrations';

/**
 * The ManyChat inbox: every accepted webhook, stored before the 202 is sent. A row trigger writes
 * its `manychat.event_received` outbox event in the same statement, so the accept path is one
 * INSERT and delivery to the worker reuses the outbox relay, its retries and its dead letters.
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
        processed_at timestamptz,
        constraint uq_manychat_inbox_body unique (tenant_id, type, body_hash)
      )`);
    this.addSql(`create index ix_manychat_inbox_tenant on manychat_inbox (tenant_id, id desc)`);
    // "Is there a newer processed event for this contact and stream?" — the out-of-order guard.
    this.addSql(`
      create index ix_manychat_inbox_stream on manychat_inbox (tenant_id, manychat_id, stream, occurred_at)
        where status = 'processed'`);
    // AFTER INSERT row triggers fire only for rows really inserted, never for the duplicate that
    // ON CONFLICT turned into an update: a retried webhook cannot be delivered twice.
    this.addSql(`
      create function manychat_inbox_to_outbox() returns trigger language plpgsql as $$
      begin
        insert into outbox_events (id, tenant_id, type, aggregate_type, aggregate_id, payload, actor, request_id, occurred_at)
        values (new.id, new.tenant_id, 'manychat.event_received', 'manychat_event', new.id,
                jsonb_build_object('type', new.type), new.actor, new.request_id, new.received_at);
        return null;
      end $$`);
    this.addSql(`
      create trigger trg_manychat_inbox_outbox after insert on manychat_inbox
        for each row execute function manychat_inbox_to_outbox()`);
  }

  override down(): void {
    this.addSql(`drop table if exists manychat_inbox cascade`);
    this.addSql(`drop function if exists manychat_inbox_to_outbox()`);
  }
}
