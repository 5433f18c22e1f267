import { Migration } from '@mikro-orm/migrations';

/**
 * Transcripts of any call, and the post-call analyses (contract §13).
 *
 * - `call_transcripts`: one per call, saying where its lines came from (`ai_agent` for an AI call,
 *   `provided` for PUT …/transcript, `transcription` for a recording) and their language. The lines
 *   of `…000400` now belong to it rather than to an AI call, so a plain call can have a transcript.
 * - `call_analyses`: one row per (call, version). The row is the analysis' state (queued → running
 *   → completed | failed | skipped) and its record: which agent version's schema and which model
 *   produced it, the model's output, and what applying it changed.
 */
export class Migration20261208000200CallAnalyses extends Migration {
  override up(): void {
    this.addSql(`
      create table call_transcripts (
        call_id uuid primary key references calls(id) on delete cascade,
        tenant_id uuid not null references tenants(id) on delete cascade,
        source text not null constraint ck_call_transcripts_source check (source in ('ai_agent', 'transcription', 'provided')),
        language text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    this.addSql(`insert into call_transcripts (call_id, tenant_id, source, language, created_at, updated_at)
      select call_id, tenant_id, 'ai_agent', language, created_at, created_at from ai_calls`);
    this.addSql(`alter table ai_call_transcript_lines drop constraint ai_call_transcript_lines_call_id_fkey,
      add constraint fk_transcript_lines_transcript foreign key (call_id) references call_transcripts(call_id) on delete cascade`);
    this.addSql(`
      create table call_analyses (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        call_id uuid not null references calls(id) on delete cascade,
        version integer not null constraint ck_call_analyses_version check (version >= 1),
        status text not null constraint ck_call_analyses_status check (status in ('queued', 'running', 'completed', 'failed', 'skipped')),
        requested_by text not null constraint ck_call_analyses_requested_by check (requested_by in ('call_ended', 'transcript', 'request')),
        agent_type text not null,
        agent_version integer not null,
        extraction_schema jsonb not null,
        advance_to_stage text,
        opportunity_id uuid,
        model text,
        output_mode text constraint ck_call_analyses_output_mode check (output_mode in ('json_schema', 'json_object')),
        summary text,
        extracted jsonb,
        suggested_stage text,
        applied jsonb,
        error text,
        created_at timestamptz not null default now(),
        started_at timestamptz,
        completed_at timestamptz,
        constraint uq_call_analyses_version unique (call_id, version)
      )`);
    this.addSql(`create index ix_call_analyses_tenant_call on call_analyses (tenant_id, call_id, version desc)`);
  }

  override down(): void {
    this.addSql(`drop table if exists call_analyses`);
    this.addSql(`alter table ai_call_transcript_lines drop constraint if exists fk_transcript_lines_transcript,
      add constraint ai_call_transcript_lines_call_id_fkey foreign key (call_id) references ai_calls(call_id) on delete cascade`);
    this.addSql(`drop table if exists call_transcripts`);
  }
}
