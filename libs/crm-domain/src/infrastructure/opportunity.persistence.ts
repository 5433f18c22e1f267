import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema, LockMode } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import {
  newId, Outbox, StaleVersionError, TenantReader, TenantTable, violatedConstraint, type CommandContext,
} from '@leadline/shared-kernel';
import {
  leadScoreOf, Opportunity, storedLeadScore, unknownAdvisor, type FirstCallAttempt, type OpportunityRepository, type OpportunityState,
  type StoredLeadScore,
} from '../domain/index.js';

export interface PipelineStageRow {
  id: string;
  tenant_id: string;
  entity_type: 'leads';
  entity_id: string;
  current_stage: string;
  stage_entered_at: Date;
  created_at: Date;
  updated_at: Date;
}

export const PipelineStageSchema = new EntitySchema<PipelineStageRow>({
  name: 'PipelineStage',
  tableName: 'pipeline_stages',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    entity_type: { type: 'string' },
    entity_id: { type: 'uuid' },
    current_stage: { type: 'string' },
    stage_entered_at: { type: 'Date' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

/** Contract §6's attempt shape, plus the call version it reflects (absent in attempts written by hand or imported). */
type StoredAttempt = {
  status: FirstCallAttempt['status'];
  call_id: string;
  attempted_at: string;
  notes: string | null;
  call_version?: number;
};

export interface OpportunityRow {
  id: string;
  tenant_id: string;
  contact_id: string;
  pipeline_id: string;
  pipeline_stage_id: string;
  opportunity_score: number | null;
  detection_reason: string | null;
  priority: OpportunityState['priority'];
  status: OpportunityState['status'];
  detected_at: Date;
  assigned_advisor_id: string | null;
  treatment_type: OpportunityState['treatmentType'];
  next_action_at: Date | null;
  notes: string | null;
  first_call_attempts: Record<string, StoredAttempt>;
  first_call_completed: boolean;
  first_call_successful_attempt: number | null;
  last_contact_attempt_at: Date | null;
  lead_score: StoredLeadScore | null;
  lead_score_value: number | null;
  qualification: Record<string, unknown>;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const OpportunitySchema = new EntitySchema<OpportunityRow>({
  name: 'Opportunity',
  tableName: 'lead_opportunities',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    contact_id: { type: 'uuid' },
    pipeline_id: { type: 'uuid' },
    pipeline_stage_id: { type: 'uuid' },
    opportunity_score: { type: 'integer', nullable: true },
    detection_reason: { type: 'text', nullable: true },
    priority: { type: 'text' },
    status: { type: 'text' },
    detected_at: { type: 'Date' },
    assigned_advisor_id: { type: 'uuid', nullable: true },
    treatment_type: { type: 'text', nullable: true },
    next_action_at: { type: 'Date', nullable: true },
    notes: { type: 'text', nullable: true },
    first_call_attempts: { type: 'json' },
    first_call_completed: { type: 'boolean' },
    first_call_successful_attempt: { type: 'integer', nullable: true },
    last_contact_attempt_at: { type: 'Date', nullable: true },
    lead_score: { type: 'json', nullable: true },
    lead_score_value: { type: 'integer', nullable: true },
    qualification: { type: 'json' },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

/** One visit of a stage: entered at `changed_at`, left at `left_at` (null: the current one). */
export interface StageHistoryRow {
  id: string;
  tenant_id: string;
  opportunity_id: string;
  pipeline_id: string;
  from_stage: string | null;
  to_stage: string;
  changed_at: Date;
  reason: string | null;
  source: string;
  left_at: Date | null;
  advanced: boolean;
  last_activity_at: Date;
}

export const StageHistorySchema = new EntitySchema<StageHistoryRow>({
  name: 'OpportunityStageHistory',
  tableName: 'opportunity_stage_history',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    opportunity_id: { type: 'uuid' },
    pipeline_id: { type: 'uuid' },
    from_stage: { type: 'string', nullable: true },
    to_stage: { type: 'string' },
    changed_at: { type: 'Date' },
    reason: { type: 'text', nullable: true },
    source: { type: 'text' },
    left_at: { type: 'Date', nullable: true },
    advanced: { type: 'boolean' },
    last_activity_at: { type: 'Date' },
  },
});

/**
 * Maps the Opportunity aggregate onto lead_opportunities plus its one pipeline_stages row, written
 * and deleted together; the deferred foreign keys make the database refuse either row alone.
 */
@Injectable()
export class MikroOrmOpportunityRepository implements OpportunityRepository {
  private readonly opportunities: TenantTable<OpportunityRow>;
  private readonly stages: TenantTable<PipelineStageRow>;
  private readonly history: TenantTable<StageHistoryRow>;

  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly reader: TenantReader,
  ) {
    this.opportunities = new TenantTable(em, OpportunitySchema);
    this.stages = new TenantTable(em, PipelineStageSchema);
    this.history = new TenantTable(em, StageHistorySchema);
  }

  async find(tenantId: string, id: string): Promise<Opportunity | null> {
    return this.withStage(tenantId, await this.opportunities.findOne(tenantId, { id }));
  }

  async ofContact(tenantId: string, contactId: string): Promise<Opportunity[]> {
    const rows = await this.opportunities.find(tenantId, { contact_id: contactId }, { orderBy: { id: 'desc' } });
    const stages = rows.length
      ? await this.stages.find(tenantId, { id: { $in: rows.map((row) => row.pipeline_stage_id) } })
      : [];
    const stageById = new Map(stages.map((stage) => [stage.id, stage]));
    return rows.map((row) => Opportunity.rehydrate(toState(row, stageById.get(row.pipeline_stage_id)!)));
  }

  /** One statement over the join, however many opportunities the pipeline has. */
  async stagesInUse(tenantId: string, pipelineId: string): Promise<Set<string>> {
    const rows = await this.reader.rows<{ current_stage: string }>(tenantId, {
      select: 'distinct s.current_stage',
      from: ['lead_opportunities', 'o'],
      join: [{ table: 'pipeline_stages', as: 's', on: 's.id = o.pipeline_stage_id' }],
      where: [['o.pipeline_id = ?', pipelineId]],
    });
    return new Set(rows.map((row) => row.current_stage));
  }

  async findAwaitingFirstCall(tenantId: string, contactId: string): Promise<Opportunity | null> {
    // FOR UPDATE serialises concurrent registrations for one contact: the second waits, then
    // re-reads the row (and skips it if the first call has meanwhile succeeded).
    const row = await this.opportunities.findOne(tenantId, {
      contact_id: contactId,
      status: { $in: ['pending', 'assigned', 'contacted'] },
      first_call_completed: false,
    }, { orderBy: { created_at: 'desc', id: 'desc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
    return this.withStage(tenantId, row);
  }

  async findWithCallAttempt(tenantId: string, contactId: string, callId: string): Promise<Opportunity | null> {
    const [hit] = await (this.em.getContext(false) as unknown as SqlEntityManager).execute<{ id: string }[]>(
      `select o.id from lead_opportunities o
       where o.tenant_id = ? and o.contact_id = ? and exists (select 1 from jsonb_each(o.first_call_attempts) a where a.value->>'call_id' = ?)
       order by o.created_at desc, o.id desc limit 1`, [tenantId, contactId, callId]);
    if (!hit) return null;
    const row = await this.opportunities.findOne(tenantId, { id: hit.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return this.withStage(tenantId, row);
  }

  async existsForContact(tenantId: string, contactId: string): Promise<boolean> {
    return (await this.opportunities.findOne(tenantId, { contact_id: contactId }, { fields: ['id'] })) !== null;
  }

  async add(opportunity: Opportunity, context: CommandContext): Promise<void> {
    const state = opportunity.snapshot;
    await guardAdvisor(state, () => this.opportunities.insert(state.tenantId, toRow(state)));
    await this.stages.insert(state.tenantId, toStageRow(state));
    await this.writeHistoryAndEvents(opportunity, context);
  }

  async save(opportunity: Opportunity, context: CommandContext): Promise<void> {
    const state = opportunity.snapshot;
    const { lead_score, lead_score_value, ...fields } = toRow(state);
    // The score columns are written only by a rescoring, so an edit never puts back the score it loaded.
    const scoreChanged = opportunity.pullScoreChanged();
    const row = scoreChanged ? { ...fields, lead_score, lead_score_value } : fields;
    // A rescoring leaves the version alone, so it also checks the score it replaces: two rescorings
    // of one change cannot both write (and announce) it.
    const guard = scoreChanged ? { lead_score_value: opportunity.persistedScoreValue } : {};
    const updated = await guardAdvisor(state, () => this.opportunities.update(
      state.tenantId,
      { id: state.id, version: opportunity.persistedVersion, ...guard },
      row,
    ));
    if (updated === 0) throw new StaleVersionError('opportunity', state.id);
    const stageChanges = opportunity.pullStageChanges();
    // Most saves (field edits, call attempts) leave the stage alone: its row is written only when it moved.
    if (stageChanges.length > 0) {
      const { id: _id, entity_type: _type, entity_id: _entity, created_at: _created, ...stage } = toStageRow(state);
      await this.stages.update(state.tenantId, { id: state.stage.id }, stage);
    }
    await this.writeHistoryAndEvents(opportunity, context, stageChanges);
  }

  async delete(opportunity: Opportunity, context: CommandContext): Promise<void> {
    const state = opportunity.snapshot;
    // The stage row, and the history, go with it through ON DELETE CASCADE.
    const deleted = await this.opportunities.delete(state.tenantId, { id: state.id, version: opportunity.persistedVersion });
    if (deleted === 0) throw new StaleVersionError('opportunity', state.id);
    await this.outbox.append(context, opportunity.pullEvents());
  }

  private async withStage(tenantId: string, row: OpportunityRow | null): Promise<Opportunity | null> {
    if (!row) return null;
    const stage = await this.stages.findOne(tenantId, { id: row.pipeline_stage_id });
    if (!stage) throw new Error(`opportunity ${row.id} has no pipeline stage row`);
    return Opportunity.rehydrate(toState(row, stage));
  }

  /**
   * Each stage change ends the current visit and, when it moves forward, marks the earlier visits
   * it advances; then the new visit begins. Activity without a move touches the current visit.
   */
  private async writeHistoryAndEvents(
    opportunity: Opportunity,
    context: CommandContext,
    changes = opportunity.pullStageChanges(),
  ): Promise<void> {
    const { tenantId, id, pipelineId } = opportunity.snapshot;
    const activity = opportunity.pullActivity();
    for (const change of changes) {
      if (change.fromStage !== null) {
        await this.history.update(tenantId, { opportunity_id: id, left_at: null }, { left_at: change.changedAt });
        if (change.advances.length > 0) {
          await this.history.update(
            tenantId,
            { opportunity_id: id, advanced: false, to_stage: { $in: [...change.advances] } },
            { advanced: true },
          );
        }
      }
      await this.history.insert(tenantId, {
        id: newId(),
        tenant_id: tenantId,
        opportunity_id: id,
        pipeline_id: pipelineId,
        from_stage: change.fromStage,
        to_stage: change.toStage,
        changed_at: change.changedAt,
        reason: change.reason,
        source: change.source,
        left_at: null,
        advanced: false,
        last_activity_at: change.changedAt,
      });
    }
    if (activity && changes.length === 0) await this.recordActivity(tenantId, id, activity);
    await this.outbox.append(context, opportunity.pullEvents());
  }

  async recordReply(tenantId: string, opportunityId: string, at: Date): Promise<boolean> {
    const updated = await (this.em.getContext(false) as unknown as SqlEntityManager).execute<{ id: string }[]>(
      `update lead_opportunities set replies = replies + 1 where tenant_id = ? and id = ? returning id`, [tenantId, opportunityId]);
    if (updated.length === 0) return false;
    await this.recordActivity(tenantId, opportunityId, at);
    return true;
  }

  /** Moves the current visit's last activity forward (never back: events arrive out of order). */
  async recordActivity(tenantId: string, opportunityId: string, at: Date): Promise<void> {
    await this.history.update(
      tenantId,
      { opportunity_id: opportunityId, left_at: null, last_activity_at: { $lt: at } },
      { last_activity_at: at },
    );
  }
}

function toState(row: OpportunityRow, stage: PipelineStageRow): OpportunityState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    contactId: row.contact_id,
    pipelineId: row.pipeline_id,
    stage: {
      id: stage.id,
      entityType: stage.entity_type,
      entityId: stage.entity_id,
      currentStage: stage.current_stage,
      stageEnteredAt: stage.stage_entered_at,
      createdAt: stage.created_at,
      updatedAt: stage.updated_at,
    },
    opportunityScore: row.opportunity_score,
    detectionReason: row.detection_reason,
    priority: row.priority,
    status: row.status,
    detectedAt: row.detected_at,
    assignedAdvisorId: row.assigned_advisor_id,
    treatmentType: row.treatment_type,
    nextActionAt: row.next_action_at,
    notes: row.notes,
    firstCallAttempts: Object.fromEntries(
      Object.entries(row.first_call_attempts ?? {}).map(([number, attempt]) => [number, {
        status: attempt.status,
        callId: attempt.call_id,
        attemptedAt: new Date(attempt.attempted_at),
        notes: attempt.notes,
        callVersion: attempt.call_version ?? 0,
      }]),
    ),
    firstCallCompleted: row.first_call_completed,
    firstCallSuccessfulAttempt: row.first_call_successful_attempt,
    lastContactAttemptAt: row.last_contact_attempt_at,
    leadScore: leadScoreOf(row.lead_score),
    qualification: row.qualification ?? {},
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(state: OpportunityState): OpportunityRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    contact_id: state.contactId,
    pipeline_id: state.pipelineId,
    pipeline_stage_id: state.stage.id,
    opportunity_score: state.opportunityScore,
    detection_reason: state.detectionReason,
    priority: state.priority,
    status: state.status,
    detected_at: state.detectedAt,
    assigned_advisor_id: state.assignedAdvisorId,
    treatment_type: state.treatmentType,
    next_action_at: state.nextActionAt,
    notes: state.notes,
    first_call_attempts: Object.fromEntries(
      Object.entries(state.firstCallAttempts).map(([number, attempt]) => [number, {
        status: attempt.status,
        call_id: attempt.callId,
        attempted_at: attempt.attemptedAt.toISOString(),
        notes: attempt.notes,
        call_version: attempt.callVersion,
      }]),
    ),
    first_call_completed: state.firstCallCompleted,
    first_call_successful_attempt: state.firstCallSuccessfulAttempt,
    last_contact_attempt_at: state.lastContactAttemptAt,
    lead_score: state.leadScore ? storedLeadScore(state.leadScore) : null,
    lead_score_value: state.leadScore?.value ?? null,
    qualification: { ...state.qualification },
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}

function toStageRow(state: OpportunityState): PipelineStageRow {
  return {
    id: state.stage.id,
    tenant_id: state.tenantId,
    entity_type: state.stage.entityType,
    entity_id: state.stage.entityId,
    current_stage: state.stage.currentStage,
    stage_entered_at: state.stage.stageEnteredAt,
    created_at: state.stage.createdAt,
    updated_at: state.stage.updatedAt,
  };
}

/** The advisor foreign key refuses an unknown, deleted or foreign advisor: a 422 naming the field. */
async function guardAdvisor<T>(state: OpportunityState, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedConstraint(error) === 'fk_lead_opportunity_assigned_advisor') throw unknownAdvisor(state.assignedAdvisorId);
    throw error;
  }
}
