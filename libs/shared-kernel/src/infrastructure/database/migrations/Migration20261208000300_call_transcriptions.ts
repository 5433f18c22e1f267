import { Migration } from '@mikro-orm/migrations';

/**
 * Transcriptions of stored recordings (contract §13: "a stored recording (§7) is transcribed
 * through the connection's `transcription_model`"). One row per call at most: a recording is
 * transcribed once. The row is the job's state (queued → running → completed | failed | skipped)
 * and its record: the model asked, how many lines it gave, why it failed or was skipped.
 */
export class Migration20261208000300CallTranscriptions extends Migration {
  override up(): void {
    this.addSql(`
      create table call_transcriptions (
        call_id uuid primary key references calls(id) on delete cascade,
        tenant_id uuid not null references tenants(id) on delete cascade,
        status text not null constraint ck_call_transcriptions_status check (status in ('queued', 'running', 'completed', 'failed', 'skipped')),
        model text,
        lines integer,
        error text,
        created_at timestamptz not null default now(),
        started_at timestamptz,
        completed_at timestamptz
      )`);
    this.addSql(`create index ix_call_transcriptions_tenant on call_transcriptions (tenant_id, created_at desc)`);
  }

  override down(): void {
    this.addSql(`drop table if exists call_transcriptions`);
  }
}
