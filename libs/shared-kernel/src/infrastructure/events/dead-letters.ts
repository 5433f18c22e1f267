import { EntitySchema } from '@mikro-orm/core';

export interface DeadLetterRow {
  id: string;
  tenant_id: string | null;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
  error: string;
  attempts: number;
  failed_at: Date;
  replayed_at: Date | null;
  /** Set when the job was a scheduled row: a replay runs that row again. */
  scheduled_job_id: string | null;
}

export const DeadLetterSchema = new EntitySchema<DeadLetterRow>({
  name: 'DeadLetter',
  tableName: 'dead_letters',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid', nullable: true },
    queue: { type: 'text' },
    job_name: { type: 'text' },
    payload: { type: 'json' },
    error: { type: 'text' },
    attempts: { type: 'integer' },
    failed_at: { type: 'Date' },
    replayed_at: { type: 'Date', nullable: true },
    scheduled_job_id: { type: 'uuid', nullable: true },
  },
});
