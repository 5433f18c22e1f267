import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import type { AiCallEndReason, AiCallSession, AiCallStatus, TranscriptLine } from '../domain/index.js';

interface AiCallRow {
  call_id: string;
  tenant_id: string;
  opportunity_id: string;
  contact_id: string;
  agent_type: string;
  agent_version: number;
  system_prompt: string;
  greeting: string;
  language: string;
  max_turns: number;
  max_duration_seconds: number;
  tools: string[];
  extraction_schema: Record<string, unknown> | null;
  advance_to_stage: string | null;
  call_sid: string | null;
  status: AiCallStatus;
}

/**
 * The `ai_calls` rows and their transcript lines. The relay runs outside any HTTP request and
 * writes a line at a time as the conversation goes, each its own statement (no transaction is held
 * open across a model call). Every statement names the tenant, except `session`, which finds a call
 * by the id in the relay's URL before the signature says which tenant it is (and answers only what
 * the signature check needs).
 */
@Injectable()
export class AiCallStore {
  constructor(private readonly em: EntityManager) {}

  /** The call's AI row and its (empty) transcript, which the relay fills line by line. */
  async open(session: AiCallSession): Promise<void> {
    const em = this.em.fork() as unknown as SqlEntityManager;
    await em.transactional(async (tx) => {
      await tx.execute(`insert into ai_calls (call_id, tenant_id, opportunity_id, contact_id, agent_type, agent_version, system_prompt,
          greeting, language, max_turns, max_duration_seconds, tools, extraction_schema, advance_to_stage, call_sid, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)`, [
        session.callId, session.tenantId, session.opportunityId, session.contactId, session.agentType, session.agentVersion,
        session.systemPrompt, session.greeting, session.language, session.maxTurns, session.maxDurationSeconds, JSON.stringify(session.tools),
        session.extractionSchema === null ? null : JSON.stringify(session.extractionSchema), session.advanceToStage, session.callSid,
        session.status,
      ]);
      await tx.execute(`insert into call_transcripts (call_id, tenant_id, source, language) values (?, ?, 'ai_agent', ?)`,
        [session.callId, session.tenantId, session.language]);
    });
  }

  async placed(tenantId: string, callId: string, callSid: string): Promise<void> {
    await this.sql(`update ai_calls set call_sid = ?, status = 'placed' where tenant_id = ? and call_id = ?`, [callSid, tenantId, callId]);
  }

  async failed(tenantId: string, callId: string): Promise<void> {
    await this.sql(`update ai_calls set status = 'failed', ended_at = now() where tenant_id = ? and call_id = ?`, [tenantId, callId]);
  }

  async session(callId: string): Promise<AiCallSession | null> {
    const [row] = await this.sql<AiCallRow[]>(`select * from ai_calls where call_id = ?`, [callId]);
    return row ? toSession(row) : null;
  }

  async connected(tenantId: string, callId: string): Promise<void> {
    await this.sql(`update ai_calls set status = 'live', connected_at = coalesce(connected_at, now())
      where tenant_id = ? and call_id = ? and status in ('placed', 'live')`, [tenantId, callId]);
  }

  /** Runs in the caller's transaction when there is one (the end of a call and the request for its analysis commit together). */
  async ended(tenantId: string, callId: string, reason: AiCallEndReason, turns: number): Promise<void> {
    await (this.em.getContext(false) as unknown as SqlEntityManager).execute(`update ai_calls set status = 'ended', end_reason = coalesce(end_reason, ?), turns = ?, ended_at = coalesce(ended_at, now())
      where tenant_id = ? and call_id = ?`, [reason, turns, tenantId, callId]);
  }

  async addLine(tenantId: string, callId: string, line: TranscriptLine): Promise<void> {
    await this.sql(`insert into ai_call_transcript_lines
        (call_id, tenant_id, seq, speaker, text, start_seconds, end_seconds, confidence, interrupted, latency_ms)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      callId, tenantId, line.seq, line.speaker, line.text, line.startSeconds, line.endSeconds, line.confidence, line.interrupted,
      line.latencyMs,
    ]);
  }

  /** An interruption: the line becomes what the caller heard. */
  async cutLine(tenantId: string, callId: string, seq: number, heard: string): Promise<void> {
    await this.sql(`update ai_call_transcript_lines set text = ?, interrupted = true where tenant_id = ? and call_id = ? and seq = ?`,
      [heard, tenantId, callId, seq]);
  }

  private sql<T extends object = object>(statement: string, values: unknown[]): Promise<T> {
    return (this.em.fork() as unknown as SqlEntityManager).execute<T>(statement, values);
  }
}

function toSession(row: AiCallRow): AiCallSession {
  return {
    callId: row.call_id,
    tenantId: row.tenant_id,
    opportunityId: row.opportunity_id,
    contactId: row.contact_id,
    agentType: row.agent_type,
    agentVersion: row.agent_version,
    systemPrompt: row.system_prompt,
    greeting: row.greeting,
    language: row.language,
    maxTurns: row.max_turns,
    maxDurationSeconds: row.max_duration_seconds,
    tools: row.tools,
    extractionSchema: row.extraction_schema,
    advanceToStage: row.advance_to_stage,
    callSid: row.call_sid,
    status: row.status,
  };
}
