import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { newId, Outbox, type CommandContext, type DomainEvent } from '@leadline/shared-kernel';
import {
  DEFAULT_SCORING_MODEL, OpportunityEvents, storedLeadScore, type LeadScore, type ScoringModel, type ScoringModelRepository,
  type ScoringRule,
} from '../domain/index.js';

const DEFAULT_MODEL_VERSION = 1;

/** One row per tenant that replaced the default; a replace bumps the version in one statement. */
@Injectable()
export class SqlScoringModelRepository implements ScoringModelRepository {
  constructor(private readonly em: EntityManager) {}

  async find(tenantId: string): Promise<ScoringModel> {
    const [row] = await this.sql().execute<{ base_weight: number; rules: ScoringRule[]; version: number }[]>(
      'select base_weight, rules, version from scoring_models where tenant_id = ?', [tenantId]);
    return row ? { baseWeight: row.base_weight, rules: row.rules, version: row.version } : { ...DEFAULT_SCORING_MODEL, version: DEFAULT_MODEL_VERSION };
  }

  async replace(tenantId: string, model: Omit<ScoringModel, 'version'>): Promise<ScoringModel> {
    const [row] = await this.sql().execute<{ version: number }[]>(
      `insert into scoring_models (tenant_id, base_weight, rules, version, updated_at) values (?, ?, ?, ?, now())
       on conflict (tenant_id) do update set base_weight = excluded.base_weight, rules = excluded.rules,
         version = scoring_models.version + 1, updated_at = now()
       returning version`,
      [tenantId, model.baseWeight, JSON.stringify(model.rules), DEFAULT_MODEL_VERSION + 1],
    );
    return { ...model, version: row!.version };
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}

/** A lead score computed in bulk, to be written if the opportunity is still at `version`. */
export interface ScoredLead {
  readonly opportunityId: string;
  readonly version: number;
  readonly from: number | null;
  readonly score: LeadScore;
}

export type RecomputeStatus = 'queued' | 'running' | 'completed' | 'superseded' | 'failed';

export interface RecomputeRow {
  id: string;
  tenant_id: string;
  status: RecomputeStatus;
  model_version: number;
  total: number;
  processed: number;
  changed: number;
  cursor: string | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/**
 * Writes lead scores computed in bulk (a recompute after a model change) without loading
 * aggregates: one UPDATE per batch, guarded as the repository's save is (the version, and the
 * score it replaces), so a lead changed or rescored meanwhile keeps its own, event-driven score. The `opportunity.score_changed`
 * events of the written leads whose value moved go to the outbox in the same transaction.
 */
@Injectable()
export class LeadScoreStore {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async write(context: CommandContext, leads: readonly ScoredLead[], now: Date): Promise<number> {
    if (leads.length === 0) return 0;
    const written = await this.sql().execute<{ id: string }[]>(
      `update lead_opportunities o
          set lead_score = v.score, lead_score_value = v.value
         from jsonb_to_recordset(?::jsonb) as v(id uuid, version integer, score jsonb, value integer, previous integer)
        where o.tenant_id = ? and o.id = v.id and o.version = v.version and o.lead_score_value is not distinct from v.previous
        returning o.id`,
      [JSON.stringify(leads.map((lead) => ({
        id: lead.opportunityId, version: lead.version, score: storedLeadScore(lead.score), value: lead.score.value, previous: lead.from,
      }))), context.tenantId],
    );
    const ids = new Set(written.map((row) => row.id));
    const events: DomainEvent[] = leads
      .filter((lead) => ids.has(lead.opportunityId) && lead.from !== lead.score.value)
      .map((lead) => ({
        id: newId(),
        type: OpportunityEvents.scoreChanged,
        aggregateType: 'opportunity',
        aggregateId: lead.opportunityId,
        tenantId: context.tenantId,
        occurredAt: now,
        payload: {
          from: lead.from, to: lead.score.value, model_version: lead.score.modelVersion,
          changes: { lead_score: { from: lead.from, to: lead.score.value } },
        },
      }));
    await this.outbox.append(context, events);
    return ids.size;
  }

  async startRecompute(tenantId: string, modelVersion: number, now: Date): Promise<RecomputeRow> {
    // A newer run makes the older ones pointless: they stop at their next batch.
    await this.sql().execute(
      `update scoring_recomputes set status = 'superseded', finished_at = ? where tenant_id = ? and status in ('queued', 'running')`,
      [now, tenantId]);
    const [row] = await this.sql().execute<RecomputeRow[]>(
      `insert into scoring_recomputes (id, tenant_id, status, model_version, total, created_at)
       values (?, ?, 'queued', ?, (select count(*) from lead_opportunities where tenant_id = ?), ?)
       returning *`,
      [newId(), tenantId, modelVersion, tenantId, now]);
    return row!;
  }

  /** Locks the run's row for the batch; null when it is not queued or running any more. */
  async claimRecompute(tenantId: string, id: string, now: Date): Promise<RecomputeRow | null> {
    const [row] = await this.sql().execute<RecomputeRow[]>(
      `update scoring_recomputes set status = 'running', started_at = coalesce(started_at, ?)
        where id = ? and tenant_id = ? and status in ('queued', 'running') returning *`,
      [now, id, tenantId]);
    return row ?? null;
  }

  async recordBatch(tenantId: string, id: string, progress: { cursor: string | null; processed: number; changed: number; done: boolean }, now: Date): Promise<void> {
    await this.sql().execute(
      `update scoring_recomputes set cursor = ?, processed = processed + ?, changed = changed + ?,
              status = case when ? then 'completed' else status end, finished_at = case when ? then ? else finished_at end
        where id = ? and tenant_id = ?`,
      [progress.cursor, progress.processed, progress.changed, progress.done, progress.done, now, id, tenantId]);
  }

  async failRecompute(tenantId: string, id: string, error: string, now: Date): Promise<void> {
    await this.sql().execute(
      `update scoring_recomputes set status = 'failed', error = ?, finished_at = ? where id = ? and tenant_id = ? and status = 'running'`,
      [error, now, id, tenantId]);
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}
