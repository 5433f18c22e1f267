import { Migration } from '@mikro-orm/migrations';

/**
 * AI phone calls (contract §13, second slice): one `ai_calls` row per call an agent handles (what
 * the relay needs to run it: the rendered prompt, the agent's limits, the CallSid it must see), and
 * the call's transcript lines, written as the conversation goes.
 */
export class Migration20261207000400AiCallTranscripts extends Migration {
  override up(): void {
    this.addSql(`
      create table ai_calls (
        call_id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        opportunity_id uuid not null,
        contact_id uuid not null,
        agent_type text not null,
        agent_version integer not null,
        system_prompt text not null,
        greeting text not null,
        language text not null,
        max_turns integer not null,
        max_duration_seconds integer not null,
        tools jsonb not null default '[]'::jsonb,
        call_sid text,
        status text not null constraint ck_ai_calls_status check (status in ('placing', 'placed', 'live', 'ended', 'failed')),
        turns integer not null default 0,
        end_reason text,
        connected_at timestamptz,
        ended_at timestamptz,
        created_at timestamptz not null default now(),
        constraint fk_ai_calls_call foreign key (call_id) references calls(id) on delete cascade
      )`);
    this.addSql(`create index ix_ai_calls_tenant on ai_calls (tenant_id, created_at desc)`);
    this.addSql(`
      create table ai_call_transcript_lines (
        call_id uuid not null references ai_calls(call_id) on delete cascade,
        tenant_id uuid not null references tenants(id) on delete cascade,
        seq integer not null,
        speaker text not null constraint ck_ai_call_transcript_lines_speaker check (speaker in ('bot', 'customer', 'agent', 'unknown')),
        text text not null,
        start_seconds numeric(10, 3),
        end_seconds numeric(10, 3),
        confidence numeric(5, 4),
        interrupted boolean not null default false,
        latency_ms integer,
        created_at timestamptz not null default now(),
        primary key (call_id, seq)
      )`);
  }

  override down(): void {
    this.addSql(`drop table if exists ai_call_transcript_lines`);
    this.addSql(`drop table if exists ai_calls`);
  }
}
