import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { TenantReader } from '@leadline/shared-kernel';
import type { TranscriptionStatus } from '../domain/index.js';

export interface CallTranscription {
  readonly callId: string;
  readonly tenantId: string;
  readonly status: TranscriptionStatus;
  readonly model: string | null;
  readonly lines: number | null;
  readonly error: string | null;
}

interface TranscriptionRow {
  call_id: string;
  tenant_id: string;
  status: TranscriptionStatus;
  model: string | null;
  lines: number | null;
  error: string | null;
}

/**
 * `call_transcriptions`: one row per call whose recording is (to be) transcribed, the job's state.
 * Writes name the tenant and run on the caller's transactional EntityManager when there is one.
 */
@Injectable()
export class CallTranscriptionStore {
  constructor(private readonly em: EntityManager, private readonly reader: TenantReader) {}

  /** A queued row for the call; false when it has one already (a recording is transcribed once). */
  async queue(tenantId: string, callId: string, model: string): Promise<boolean> {
    const rows = await this.sql().execute<{ call_id: string }[]>(
      `insert into call_transcriptions (call_id, tenant_id, status, model) values (?, ?, 'queued', ?)
       on conflict (call_id) do nothing returning call_id`,
      [callId, tenantId, model]);
    return rows.length > 0;
  }

  /**
   * queued → running, committed before the server is asked; a failed row may run again (an admin
   * replaying its dead letter). Null when there is nothing to claim: done, or another run has it.
   */
  async claim(tenantId: string, callId: string): Promise<CallTranscription | null> {
    const [row] = await this.sql().execute<TranscriptionRow[]>(
      `update call_transcriptions set status = 'running', started_at = now(), error = null, completed_at = null
       where tenant_id = ? and call_id = ? and status in ('queued', 'failed') returning *`,
      [tenantId, callId]);
    return row ? toTranscription(row) : null;
  }

  async get(tenantId: string, callId: string): Promise<CallTranscription | null> {
    const row = await this.reader.one<TranscriptionRow>(tenantId, {
      select: 'x.*', from: ['call_transcriptions', 'x'], where: [['x.call_id = ?', callId]],
    });
    return row ? toTranscription(row) : null;
  }

  /** running → completed (with how many lines), failed or skipped (with why). */
  async end(tenantId: string, callId: string, outcome: { status: 'completed'; model: string; lines: number } | { status: 'failed' | 'skipped'; error: string; model?: string }): Promise<void> {
    await this.sql().execute(
      `update call_transcriptions set status = ?, model = coalesce(?, model), lines = ?, error = ?, completed_at = now()
       where tenant_id = ? and call_id = ? and status = 'running'`,
      [outcome.status, outcome.model ?? null, outcome.status === 'completed' ? outcome.lines : null,
        outcome.status === 'completed' ? null : outcome.error.slice(0, 2000), tenantId, callId]);
  }

  /** A transcription that failed for good as it was running (the job runner gave up on it). */
  async fail(tenantId: string, callId: string, error: string): Promise<boolean> {
    const rows = await this.sql().execute<{ call_id: string }[]>(
      `update call_transcriptions set status = 'failed', error = ?, completed_at = now()
       where tenant_id = ? and call_id = ? and status in ('queued', 'running') returning call_id`,
      [error.slice(0, 2000), tenantId, callId]);
    return rows.length > 0;
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}

function toTranscription(row: TranscriptionRow): CallTranscription {
  return {
    callId: row.call_id, tenantId: row.tenant_id, status: row.status, model: row.model, lines: row.lines, error: row.error,
  };
}
