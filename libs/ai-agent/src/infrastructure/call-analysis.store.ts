import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { newId, TenantReader } from '@leadline/shared-kernel';
import type {
  AnalysisApplied, AnalysisOutput, AnalysisOutputMode, AnalysisStatus, AnalysisTrigger, CallAnalysis, JsonObject, TranscriptLine,
} from '../domain/index.js';

interface AnalysisRow {
  id: string;
  tenant_id: string;
  call_id: string;
  version: number;
  status: AnalysisStatus;
  requested_by: AnalysisTrigger;
  agent_type: string;
  agent_version: number;
  extraction_schema: JsonObject;
  advance_to_stage: string | null;
  opportunity_id: string | null;
  model: string | null;
  output_mode: AnalysisOutputMode | null;
  summary: string | null;
  extracted: JsonObject | null;
  suggested_stage: string | null;
  applied: { stage_from: string | null; stage_to: string | null; score_from: number | null; score_to: number | null; qualification_fields: string[] } | null;
  error: string | null;
  created_at: string | Date;
  started_at: string | Date | null;
  completed_at: string | Date | null;
}

export interface NewAnalysis {
  readonly tenantId: string;
  readonly callId: string;
  readonly requestedBy: AnalysisTrigger;
  readonly agentType: string;
  readonly agentVersion: number;
  readonly extractionSchema: JsonObject;
  readonly advanceToStage: string | null;
  readonly opportunityId: string | null;
}

/** The AI side of a call: what the agent that handled it was (null for a call no agent handled). */
export interface AiCallRecord {
  readonly status: string;
  readonly opportunityId: string;
  readonly agentType: string;
  readonly agentVersion: number;
  readonly extractionSchema: JsonObject | null;
  readonly advanceToStage: string | null;
}

export interface TranscriptHeader {
  readonly source: 'ai_agent' | 'transcription' | 'provided';
  readonly language: string | null;
}

interface LineRow {
  seq: number;
  speaker: TranscriptLine['speaker'];
  text: string;
  start_seconds: string | null;
  end_seconds: string | null;
  confidence: string | null;
  interrupted: boolean;
  latency_ms: number | null;
}

const number = (value: string | null) => (value === null ? null : Number(value));
const date = (value: string | Date) => new Date(value);
const dateOrNull = (value: string | Date | null) => (value === null ? null : new Date(value));

/**
 * `call_analyses`, `call_transcripts` and their lines. Reads go through TenantReader; writes name
 * the tenant in every statement and run on the caller's transactional EntityManager when there is
 * one (MikroORM's context), so a request for an analysis commits with its scheduled job.
 */
@Injectable()
export class CallAnalysisStore {
  constructor(private readonly em: EntityManager, private readonly reader: TenantReader) {}

  /** Locks the call row for the rest of the transaction (versions are numbered one at a time); null when it is not the tenant's. */
  async lockCall(tenantId: string, callId: string): Promise<{ entityId: string | null } | null> {
    const [row] = await this.sql().execute<{ entity_id: string | null }[]>(
      `select entity_id from calls where tenant_id = ? and id = ? for update`, [tenantId, callId]);
    return row ? { entityId: row.entity_id } : null;
  }

  async latest(tenantId: string, callId: string): Promise<CallAnalysis | null> {
    const row = await this.reader.one<AnalysisRow>(tenantId, {
      select: 'a.*', from: ['call_analyses', 'a'], where: [['a.call_id = ?', callId]], orderBy: 'a.version desc',
    });
    return row ? toAnalysis(row) : null;
  }

  async version(tenantId: string, callId: string, version: number): Promise<CallAnalysis | null> {
    const row = await this.reader.one<AnalysisRow>(tenantId, {
      select: 'a.*', from: ['call_analyses', 'a'], where: [['a.call_id = ?', callId], ['a.version = ?', version]],
    });
    return row ? toAnalysis(row) : null;
  }

  async get(tenantId: string, id: string): Promise<CallAnalysis | null> {
    const row = await this.reader.one<AnalysisRow>(tenantId, { select: 'a.*', from: ['call_analyses', 'a'], where: [['a.id = ?', id]] });
    return row ? toAnalysis(row) : null;
  }

  /** The latest analysis of each of these calls (the calls list's status). */
  async latestOf(tenantId: string, callIds: readonly string[]): Promise<Map<string, CallAnalysis>> {
    if (callIds.length === 0) return new Map();
    const rows = await this.reader.rows<AnalysisRow>(tenantId, {
      select: 'distinct on (a.call_id) a.*', from: ['call_analyses', 'a'], where: [['a.call_id = any(?::uuid[])', `{${callIds.join(',')}}`]],
      orderBy: 'a.call_id, a.version desc',
    });
    return new Map(rows.map((row) => [row.call_id, toAnalysis(row)]));
  }

  async insert(analysis: NewAnalysis, version: number): Promise<CallAnalysis> {
    const [row] = await this.sql().execute<AnalysisRow[]>(
      `insert into call_analyses (id, tenant_id, call_id, version, status, requested_by, agent_type, agent_version, extraction_schema,
         advance_to_stage, opportunity_id)
       values (?, ?, ?, ?, 'queued', ?, ?, ?, ?::jsonb, ?, ?) returning *`,
      [newId(), analysis.tenantId, analysis.callId, version, analysis.requestedBy, analysis.agentType, analysis.agentVersion,
        JSON.stringify(analysis.extractionSchema), analysis.advanceToStage, analysis.opportunityId],
    );
    return toAnalysis(row!);
  }

  /** An analysis that failed before it could be asked for (no transcript could be made): no job, ended at once. */
  async insertFailed(analysis: NewAnalysis, version: number, model: string | null, error: string): Promise<CallAnalysis> {
    const [row] = await this.sql().execute<AnalysisRow[]>(
      `insert into call_analyses (id, tenant_id, call_id, version, status, requested_by, agent_type, agent_version, extraction_schema,
         advance_to_stage, opportunity_id, model, error, completed_at)
       values (?, ?, ?, ?, 'failed', ?, ?, ?, ?::jsonb, ?, ?, ?, ?, now()) returning *`,
      [newId(), analysis.tenantId, analysis.callId, version, analysis.requestedBy, analysis.agentType, analysis.agentVersion,
        JSON.stringify(analysis.extractionSchema), analysis.advanceToStage, analysis.opportunityId, model, error.slice(0, 2000)],
    );
    return toAnalysis(row!);
  }

  /** queued → running, committed before the model is called; null when another run has it, or it is done. */
  async claim(tenantId: string, id: string): Promise<CallAnalysis | null> {
    const [row] = await this.sql().execute<AnalysisRow[]>(
      `update call_analyses set status = 'running', started_at = now() where tenant_id = ? and id = ? and status = 'queued' returning *`,
      [tenantId, id]);
    return row ? toAnalysis(row) : null;
  }

  async recordOutput(tenantId: string, id: string, model: string, mode: AnalysisOutputMode, output: AnalysisOutput, opportunityId: string | null): Promise<void> {
    await this.sql().execute(
      `update call_analyses set model = ?, output_mode = ?, summary = ?, extracted = ?::jsonb, suggested_stage = ?, opportunity_id = ?
       where tenant_id = ? and id = ? and status = 'running'`,
      [model, mode, output.summary, JSON.stringify(output.extracted), output.suggestedStage, opportunityId, tenantId, id]);
  }

  async complete(tenantId: string, id: string, applied: AnalysisApplied): Promise<void> {
    await this.sql().execute(
      `update call_analyses set status = 'completed', applied = ?::jsonb, completed_at = now() where tenant_id = ? and id = ? and status = 'running'`,
      [JSON.stringify({
        stage_from: applied.stageFrom, stage_to: applied.stageTo, score_from: applied.scoreFrom, score_to: applied.scoreTo,
        qualification_fields: applied.qualificationFields,
      }), tenantId, id]);
  }

  /** failed or skipped, with why; the model used is kept when it was asked. */
  async end(tenantId: string, id: string, status: 'failed' | 'skipped', error: string, model: string | null): Promise<void> {
    await this.sql().execute(
      `update call_analyses set status = ?, error = ?, model = coalesce(?, model), completed_at = now()
       where tenant_id = ? and id = ? and status = 'running'`,
      [status, error.slice(0, 2000), model, tenantId, id]);
  }

  async aiCall(tenantId: string, callId: string): Promise<AiCallRecord | null> {
    const row = await this.reader.one<{
      status: string; opportunity_id: string; agent_type: string; agent_version: number; extraction_schema: JsonObject | null; advance_to_stage: string | null;
    }>(tenantId, {
      select: 'c.status, c.opportunity_id, c.agent_type, c.agent_version, c.extraction_schema, c.advance_to_stage',
      from: ['ai_calls', 'c'], where: [['c.call_id = ?', callId]],
    });
    return row ? {
      status: row.status, opportunityId: row.opportunity_id, agentType: row.agent_type, agentVersion: row.agent_version,
      extractionSchema: row.extraction_schema, advanceToStage: row.advance_to_stage,
    } : null;
  }

  async transcript(tenantId: string, callId: string): Promise<TranscriptHeader | null> {
    return this.reader.one<TranscriptHeader>(tenantId, {
      select: 't.source, t.language', from: ['call_transcripts', 't'], where: [['t.call_id = ?', callId]],
    });
  }

  /** Which of these calls have a transcript. */
  async transcribed(tenantId: string, callIds: readonly string[]): Promise<Set<string>> {
    if (callIds.length === 0) return new Set();
    const rows = await this.reader.rows<{ call_id: string }>(tenantId, {
      select: 't.call_id', from: ['call_transcripts', 't'], where: [['t.call_id = any(?::uuid[])', `{${callIds.join(',')}}`]],
    });
    return new Set(rows.map((row) => row.call_id));
  }

  async lines(tenantId: string, callId: string): Promise<TranscriptLine[]> {
    const rows = await this.reader.rows<LineRow>(tenantId, {
      select: 'l.seq, l.speaker, l.text, l.start_seconds, l.end_seconds, l.confidence, l.interrupted, l.latency_ms',
      from: ['ai_call_transcript_lines', 'l'], where: [['l.call_id = ?', callId]], orderBy: 'l.seq',
    });
    return rows.map((row) => ({
      seq: row.seq, speaker: row.speaker, text: row.text, startSeconds: number(row.start_seconds), endSeconds: number(row.end_seconds),
      confidence: number(row.confidence), interrupted: row.interrupted, latencyMs: row.latency_ms,
    }));
  }

  /**
   * Replaces the call's transcript with one from elsewhere (`provided`, PUT …/transcript) or from its
   * recording (`transcription`), in the caller's transaction.
   */
  async replaceTranscript(tenantId: string, callId: string, source: 'provided' | 'transcription', language: string | null, lines: readonly TranscriptLine[]): Promise<void> {
    const sql = this.sql();
    await sql.execute(
      `insert into call_transcripts (call_id, tenant_id, source, language) values (?, ?, ?, ?)
       on conflict (call_id) do update set source = excluded.source, language = excluded.language, updated_at = now()`,
      [callId, tenantId, source, language]);
    await sql.execute(`delete from ai_call_transcript_lines where tenant_id = ? and call_id = ?`, [tenantId, callId]);
    // A few statements for all lines (500 a statement): a provided transcript is up to 2,000 short rows, a transcribed hour some hundreds.
    for (let at = 0; at < lines.length; at += 500) {
      const batch = lines.slice(at, at + 500);
      await sql.execute(
        `insert into ai_call_transcript_lines (call_id, tenant_id, seq, speaker, text, start_seconds, end_seconds, confidence, interrupted, latency_ms)
         values ${batch.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, false, null)').join(', ')}`,
        batch.flatMap((line) => [callId, tenantId, line.seq, line.speaker, line.text, line.startSeconds, line.endSeconds, line.confidence]),
      );
    }
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}

function toAnalysis(row: AnalysisRow): CallAnalysis {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    callId: row.call_id,
    version: row.version,
    status: row.status,
    requestedBy: row.requested_by,
    agentType: row.agent_type,
    agentVersion: row.agent_version,
    extractionSchema: row.extraction_schema,
    advanceToStage: row.advance_to_stage,
    opportunityId: row.opportunity_id,
    model: row.model,
    outputMode: row.output_mode,
    summary: row.summary,
    extracted: row.extracted,
    suggestedStage: row.suggested_stage,
    applied: row.applied && {
      stageFrom: row.applied.stage_from, stageTo: row.applied.stage_to, scoreFrom: row.applied.score_from, scoreTo: row.applied.score_to,
      qualificationFields: row.applied.qualification_fields,
    },
    error: row.error,
    createdAt: date(row.created_at),
    startedAt: dateOrNull(row.started_at),
    completedAt: dateOrNull(row.completed_at),
  };
}
