import { Migration } from '@mikro-orm/migrations';

/**
 * Calls (contract §6). A call points at its contact through (entity_id, tenant_id), so it can never
 * reference another tenant's contact; deleting the contact keeps the call and forgets only whom it
 * was with.
 */
export class Migration20261124000200Calls extends Migration {
  override up(): void {
    this.addSql(`
      create table calls (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        entity_type text constraint ck_calls_entity_type check (entity_type = 'contacts'),
        entity_id uuid,
        direction text not null constraint ck_calls_direction check (direction in ('inbound', 'outbound')),
        call_status text constraint ck_calls_status check (call_status in (
          'initiated', 'ringing', 'answered', 'completed', 'failed', 'no_answer', 'busy', 'cancelled', 'rejected')),
        provider text not null constraint ck_calls_provider check (provider in ('manual', 'zadarma', 'twilio')),
        external_call_id text,
        from_number text,
        to_number text,
        started_at timestamptz,
        answered_at timestamptz,
        ended_at timestamptz,
        duration_seconds integer constraint ck_calls_duration check (duration_seconds >= 0),
        recording_url text,
        call_result text,
        summary text,
        version integer not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        constraint ck_calls_entity check (entity_id is null or entity_type is not null),
        constraint uq_calls_tenant_provider_external unique (tenant_id, provider, external_call_id),
        constraint fk_calls_contact foreign key (entity_id, tenant_id)
          references contacts (id, tenant_id) on delete set null (entity_id)
      )`);
    this.addSql(`create index ix_calls_tenant_entity on calls (tenant_id, entity_id, id desc)`);
    this.addSql(`create index ix_calls_tenant_started on calls (tenant_id, started_at)`);
  }

  override down(): void {
    this.addSql(`drop table if exists calls`);
  }
}
