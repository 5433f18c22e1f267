import { Migration } from '@mikro-orm/migrations';

/**
 * One row per provider notification applied to a call: the idempotency key of the webhooks
 * (Zadarma: pbx_call_id + event; Twilio: CallSid + CallStatus + SequenceNumber). It is written in
 * the same transaction as the call change, so a redelivery finds it and changes nothing.
 */
export class Migration20261124000350TelephonyProviders extends Migration {
  override up(): void {
    this.addSql(`
      create table call_provider_events (
        id uuid primary key,
        tenant_id uuid not null references tenants(id) on delete cascade,
        provider text not null constraint ck_call_provider_events_provider check (provider in ('zadarma', 'twilio')),
        external_call_id text not null,
        event_key text not null,
        sequence_number integer,
        received_at timestamptz not null default now(),
        constraint uq_call_provider_events_key unique (tenant_id, provider, external_call_id, event_key)
      )`);
  }

  override down(): void {
    this.addSql(`drop table if exists call_provider_events`);
  }
}
