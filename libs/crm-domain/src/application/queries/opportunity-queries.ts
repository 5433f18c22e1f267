import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, TenantReader, type Page, type PageRequest, type Read } from '@leadline/shared-kernel';
import {
  leadScoreOf, type FirstCallAttempt, type OpportunityFilter, type OpportunityState, type StageChange, type StoredLeadScore,
} from '../../domain/index.js';

/** An opportunity as reads show it: plain data, its stage included, never an aggregate to change. */
export type OpportunityView = OpportunityState;

export class GetOpportunityQuery extends Query<OpportunityView> {
  constructor(readonly tenantId: string, readonly opportunityId: string) {
    super();
  }
}

export class ListOpportunitiesQuery extends Query<Page<OpportunityView>> {
  constructor(readonly tenantId: string, readonly filter: OpportunityFilter, readonly page: PageRequest) {
    super();
  }
}

export class GetStageHistoryQuery extends Query<Page<StageChange>> {
  constructor(readonly tenantId: string, readonly opportunityId: string, readonly page: PageRequest) {
    super();
  }
}

/** The opportunity with its one stage row: one statement, both tables scoped to the tenant. */
export const OPPORTUNITY_WITH_STAGE = {
  select: `o.*, s.entity_type, s.current_stage, s.stage_entered_at,
           s.created_at as stage_created_at, s.updated_at as stage_updated_at`,
  from: ['lead_opportunities', 'o'],
  join: [{ table: 'pipeline_stages', as: 's', on: 's.id = o.pipeline_stage_id' }],
} as const satisfies Omit<Read, 'where'>;

@QueryHandler(GetOpportunityQuery)
export class GetOpportunityHandler implements IQueryHandler<GetOpportunityQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, opportunityId }: GetOpportunityQuery): Promise<OpportunityView> {
    const row = await this.reader.one<OpportunityViewRow>(tenantId, { ...OPPORTUNITY_WITH_STAGE, where: [['o.id = ?', opportunityId]] });
    if (!row) throw new NotFoundError('opportunity', opportunityId);
    return toOpportunityView(row);
  }
}

/** Filters are plain conditions, the stage one on the joined stage row: no list of ids is collected first. */
@QueryHandler(ListOpportunitiesQuery)
export class ListOpportunitiesHandler implements IQueryHandler<ListOpportunitiesQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, filter, page }: ListOpportunitiesQuery): Promise<Page<OpportunityView>> {
    const read = {
      ...OPPORTUNITY_WITH_STAGE,
      where: [
        filter.contactId !== undefined && ['o.contact_id = ?', filter.contactId],
        filter.status !== undefined && ['o.status = ?', filter.status],
        filter.stage !== undefined && ['s.current_stage = ?', filter.stage],
        filter.pipelineId !== undefined && ['o.pipeline_id = ?', filter.pipelineId],
        filter.assignedAdvisorId !== undefined && ['o.assigned_advisor_id = ?', filter.assignedAdvisorId],
        filter.priority !== undefined && ['o.priority = ?', filter.priority],
        filter.minScore !== undefined && ['o.lead_score_value >= ?', filter.minScore],
        filter.maxScore !== undefined && ['o.lead_score_value <= ?', filter.maxScore],
      ] satisfies Read['where'],
    };
    if (filter.sort !== '-lead_score') {
      const found = await this.reader.page<OpportunityViewRow>(tenantId, read, page);
      return { data: found.data.map(toOpportunityView), nextCursor: found.nextCursor };
    }
    // Highest score first, unscored last, ties newest first: the order of ix_lead_opportunities_lead_score.
    // The cursor is the last opportunity's id; the next page starts after its (score, id).
    const rows = await this.reader.rows<OpportunityViewRow>(tenantId, {
      ...read,
      where: [
        ...read.where,
        page.after !== undefined && [
          `exists (select 1 from lead_opportunities c where c.id = ? and c.tenant_id = o.tenant_id and (
             (c.lead_score_value is null and o.lead_score_value is null and o.id < c.id)
             or (c.lead_score_value is not null and (o.lead_score_value is null or o.lead_score_value < c.lead_score_value
                 or (o.lead_score_value = c.lead_score_value and o.id < c.id)))))`,
          page.after,
        ],
      ],
      orderBy: 'o.lead_score_value desc nulls last, o.id desc',
      limit: page.limit + 1,
    });
    const more = rows.length > page.limit;
    const data = more ? rows.slice(0, page.limit) : rows;
    return { data: data.map(toOpportunityView), nextCursor: more ? data[data.length - 1]!.id : null };
  }
}

export interface OpportunityViewRow {
  id: string;
  tenant_id: string;
  contact_id: string;
  pipeline_id: string;
  pipeline_stage_id: string;
  opportunity_score: number | null;
  detection_reason: string | null;
  priority: OpportunityState['priority'];
  status: OpportunityState['status'];
  detected_at: string;
  assigned_advisor_id: string | null;
  treatment_type: OpportunityState['treatmentType'];
  next_action_at: string | null;
  notes: string | null;
  first_call_attempts: Record<string, { status: FirstCallAttempt['status']; call_id: string; attempted_at: string; notes: string | null; call_version?: number }>;
  first_call_completed: boolean;
  first_call_successful_attempt: number | null;
  last_contact_attempt_at: string | null;
  lead_score: StoredLeadScore | null;
  qualification: Record<string, unknown> | null;
  version: number;
  created_at: string;
  updated_at: string;
  entity_type: 'leads';
  current_stage: string;
  stage_entered_at: string;
  stage_created_at: string;
  stage_updated_at: string;
}

/** Raw reads answer timestamps as ISO strings. */
const date = (value: string) => new Date(value);
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

export function toOpportunityView(row: OpportunityViewRow): OpportunityView {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    contactId: row.contact_id,
    pipelineId: row.pipeline_id,
    stage: {
      id: row.pipeline_stage_id,
      entityType: row.entity_type,
      entityId: row.id,
      currentStage: row.current_stage,
      stageEnteredAt: date(row.stage_entered_at),
      createdAt: date(row.stage_created_at),
      updatedAt: date(row.stage_updated_at),
    },
    opportunityScore: row.opportunity_score,
    detectionReason: row.detection_reason,
    priority: row.priority,
    status: row.status,
    detectedAt: date(row.detected_at),
    assignedAdvisorId: row.assigned_advisor_id,
    treatmentType: row.treatment_type,
    nextActionAt: dateOrNull(row.next_action_at),
    notes: row.notes,
    firstCallAttempts: Object.fromEntries(Object.entries(row.first_call_attempts ?? {}).map(([number, attempt]) => [number, {
      status: attempt.status,
      callId: attempt.call_id,
      attemptedAt: date(attempt.attempted_at),
      notes: attempt.notes,
      callVersion: attempt.call_version ?? 0,
    }])),
    firstCallCompleted: row.first_call_completed,
    firstCallSuccessfulAttempt: row.first_call_successful_attempt,
    lastContactAttemptAt: dateOrNull(row.last_contact_attempt_at),
    leadScore: leadScoreOf(row.lead_score),
    qualification: row.qualification ?? {},
    version: row.version,
    createdAt: date(row.created_at),
    updatedAt: date(row.updated_at),
  };
}

interface StageChangeRow {
  id: string;
  from_stage: string | null;
  to_stage: string;
  changed_at: string;
  reason: string | null;
  source: string;
}

/** The opportunity's stage changes as a list like any other (contract §1): pages, newest first. */
@QueryHandler(GetStageHistoryQuery)
export class GetStageHistoryHandler implements IQueryHandler<GetStageHistoryQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, opportunityId, page }: GetStageHistoryQuery): Promise<Page<StageChange>> {
    const opportunity = await this.reader.one(tenantId, { select: 'o.id', from: ['lead_opportunities', 'o'], where: [['o.id = ?', opportunityId]] });
    if (!opportunity) throw new NotFoundError('opportunity', opportunityId);
    const found = await this.reader.page<StageChangeRow>(tenantId, {
      select: 'h.id, h.from_stage, h.to_stage, h.changed_at, h.reason, h.source',
      from: ['opportunity_stage_history', 'h'],
      where: [['h.opportunity_id = ?', opportunityId]],
    }, page);
    return {
      data: found.data.map((row) => ({
        fromStage: row.from_stage, toStage: row.to_stage, changedAt: date(row.changed_at), reason: row.reason, source: row.source,
      })),
      nextCursor: found.nextCursor,
    };
  }
}
