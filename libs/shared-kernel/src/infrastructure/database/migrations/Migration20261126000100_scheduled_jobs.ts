import { Migration } from '@mikro-orm/migrations';

/**
 * Work with a due time lives here, not only in Redis: a row is written in the transaction of the
 * fact that asks for it and cancelled in the transaction of the fact that cancels it. The worker's
 * relay hands due rows to the queue; the sweeper re-queues rows the queue lost.
 *
 * `key` is the caller's handle for deduplication and cancelling: one live (pending, queued or
 * running) row per tenant, job name and key. Rows of no tenant (maintenance) share one namespace.
 */
export class Migration20261126000100ScheduledJobs extends Migration {
  override up(): void {
    this.addSql(`
      create table scheduled_jobs (
        id uuid primary key,
        tenant_id uuid references tenants(id) on delete cascade,
        queue text not null,
        name text not null,
        payload jsonb not null,
        key text,
        due_at timestamptz not null,
        status text not null default 'pending' constraint ck_scheduled_jobs_status
          check (status in ('pending', 'queued', 'running', 'done', 'cancelled', 'failed', 'outcome_unknown')),
        attempts integer not null default 0,
        last_error text,
        created_at timestamptz not null default now(),
        queued_at timestamptz,
        started_at timestamptz,
        finished_at timestamptz
      )`);
    this.addSql(`create index ix_scheduled_jobs_due on scheduled_jobs (due_at) where status = 'pending'`);
    this.addSql(`create index ix_scheduled_jobs_in_flight on scheduled_jobs (status, queued_at) where status in ('queued', 'running')`);
    this.addSql(`create index ix_scheduled_jobs_finished on scheduled_jobs (finished_at) where finished_at is not null`);
    this.addSql(`
      create unique index uq_scheduled_jobs_live_key on scheduled_jobs (tenant_id, name, key) nulls not distinct
        where key is not null and status in ('pending', 'queued', 'running')`);
    this.addSql(`create index ix_scheduled_jobs_tenant_key on scheduled_jobs (tenant_id, key) where key is not null`);

    // Wakes the relay when a row is due now (or within the second); later rows are found by its poll.
    this.addSql(`
      create function notify_scheduled_job_due() returns trigger language plpgsql as $$
      begin
        perform pg_notify('leadline_scheduled', '');
        return null;
      end $$`);
    this.addSql(`
      create trigger trg_scheduled_jobs_due after insert or update of status, due_at on scheduled_jobs
        for each row when (new.status = 'pending' and new.due_at <= now() + interval '1 second')
        execute function notify_scheduled_job_due()`);

    // A dead-lettered scheduled job is replayed by running its row again.
    this.addSql(`alter table dead_letters add column scheduled_job_id uuid`);

    // The sweeper looks for published events whose deliveries the queue may have lost.
    this.addSql(`create index ix_outbox_published on outbox_events (published_at) where published_at is not null`);
  }

  override down(): void {
    this.addSql('drop index if exists ix_outbox_published');
    this.addSql('alter table dead_letters drop column if exists scheduled_job_id');
    this.addSql('drop table if exists scheduled_jobs');
    this.addSql('drop function if exists notify_scheduled_job_due()');
  }
}
