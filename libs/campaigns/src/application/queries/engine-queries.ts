import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, TenantReader, type Page, type PageRequest } from '@leadline/shared-kernel';
import type { EnrollmentState, EnrollmentStatus } from '../../domain/index.js';
import { toEnrollmentState } from '../../infrastructure/engine.persistence.js';

export class ListEnrollmentsQuery extends Query<Page<EnrollmentState>> {
  constructor(readonly tenantId: string, readonly campaignId: string, readonly status: EnrollmentStatus | undefined, readonly page: PageRequest) {
    super();
  }
}

export interface CampaignLogView {
  readonly id: string;
  readonly enrollment_id: string;
  readonly opportunity_id: string;
  readonly contact_id: string;
  readonly step_id: string;
  readonly step_number: number;
  readonly action: string;
  readonly channel: string | null;
  readonly status: 'pending' | 'sent' | 'failed' | 'skipped';
  readonly reason: string | null;
  readonly template_id: string | null;
  readonly template_version: number | null;
  readonly message_id: string | null;
  readonly activity_id: string | null;
  readonly call_id: string | null;
  readonly response: object | null;
  readonly due_at: string;
  readonly executed_at: string | null;
  readonly created_at: string;
}

export interface CampaignLogFilter {
  readonly status?: CampaignLogView['status'];
  readonly opportunityId?: string;
  readonly stepId?: string;
}

export class ListCampaignLogsQuery extends Query<Page<CampaignLogView>> {
  constructor(readonly tenantId: string, readonly campaignId: string, readonly filter: CampaignLogFilter, readonly page: PageRequest) {
    super();
  }
}

export interface CampaignStats {
  readonly enrolled: number;
  readonly active: number;
  readonly completed: number;
  readonly exited: number;
  readonly exitReasons: Record<string, number>;
  readonly stepsExecuted: number;
  readonly sent: number;
  readonly failed: number;
  readonly skipped: number;
  readonly pending: number;
  readonly uniqueLeadsContacted: number;
  readonly successRate: number;
  readonly failureRate: number;
  readonly replies: number;
  readonly replyRate: number;
  readonly wonAfterEnrollment: number;
  readonly perStep: ReadonlyArray<{ stepId: string; stepNumber: number; action: string; sent: number; failed: number; skipped: number; pending: number }>;
}

export class GetCampaignStatsQuery extends Query<CampaignStats> {
  constructor(readonly tenantId: string, readonly campaignId: string) {
    super();
  }
}

export interface CampaignHistoryEntry {
  readonly campaignId: string;
  readonly enrollmentId: string;
  readonly appliedAt: Date;
  readonly stepsCompleted: number;
  readonly status: EnrollmentStatus;
}

/** Seed 003's `campaign_history` of each opportunity, derived from its enrollments, newest first. */
export class CampaignHistoryQuery extends Query<ReadonlyMap<string, CampaignHistoryEntry[]>> {
  constructor(readonly tenantId: string, readonly opportunityIds: readonly string[]) {
    super();
  }
}

@QueryHandler(CampaignHistoryQuery)
export class CampaignHistoryHandler implements IQueryHandler<CampaignHistoryQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, opportunityIds }: CampaignHistoryQuery): Promise<ReadonlyMap<string, CampaignHistoryEntry[]>> {
    const byOpportunity = new Map<string, CampaignHistoryEntry[]>();
    if (opportunityIds.length === 0) return byOpportunity;
    const rows = await this.reader.rows<{ id: string; campaign_id: string; opportunity_id: string; enrolled_at: string; current_step_number: number; status: EnrollmentStatus }>(tenantId, {
      select: 'e.id, e.campaign_id, e.opportunity_id, e.enrolled_at, e.current_step_number, e.status',
      from: ['campaign_enrollments', 'e'],
      where: [[`e.opportunity_id in (${opportunityIds.map(() => '?').join(', ')})`, ...opportunityIds]],
      orderBy: 'e.id desc',
    });
    for (const row of rows) {
      const entry = { campaignId: row.campaign_id, enrollmentId: row.id, appliedAt: new Date(row.enrolled_at), stepsCompleted: row.current_step_number, status: row.status };
      byOpportunity.set(row.opportunity_id, [...(byOpportunity.get(row.opportunity_id) ?? []), entry]);
    }
    return byOpportunity;
  }
}

async function assertCampaign(reader: TenantReader, tenantId: string, campaignId: string): Promise<void> {
  const row = await reader.one<{ id: string }>(tenantId, { select: 'c.id', from: ['campaigns', 'c'], where: [['c.id = ?', campaignId]] });
  if (!row) throw new NotFoundError('campaign', campaignId);
}

@QueryHandler(ListEnrollmentsQuery)
export class ListEnrollmentsHandler implements IQueryHandler<ListEnrollmentsQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, campaignId, status, page }: ListEnrollmentsQuery): Promise<Page<EnrollmentState>> {
    await assertCampaign(this.reader, tenantId, campaignId);
    const found = await this.reader.page<Parameters<typeof toEnrollmentState>[0]>(tenantId, {
      select: 'e.*',
      from: ['campaign_enrollments', 'e'],
      where: [['e.campaign_id = ?', campaignId], status !== undefined && ['e.status = ?', status]],
    }, page);
    return { data: found.data.map(toEnrollmentState), nextCursor: found.nextCursor };
  }
}

@QueryHandler(ListCampaignLogsQuery)
export class ListCampaignLogsHandler implements IQueryHandler<ListCampaignLogsQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, campaignId, filter, page }: ListCampaignLogsQuery): Promise<Page<CampaignLogView>> {
    await assertCampaign(this.reader, tenantId, campaignId);
    return this.reader.page<CampaignLogView>(tenantId, {
      select: `l.id, l.enrollment_id, l.opportunity_id, l.contact_id, l.step_id, l.step_number, l.action, l.channel, l.status, l.reason,
               l.template_id, l.template_version, l.message_id, l.activity_id, l.call_id, l.response, l.due_at, l.executed_at, l.created_at`,
      from: ['campaign_logs', 'l'],
      where: [
        ['l.campaign_id = ?', campaignId],
        filter.status !== undefined && ['l.status = ?', filter.status],
        filter.opportunityId !== undefined && ['l.opportunity_id = ?', filter.opportunityId],
        filter.stepId !== undefined && ['l.step_id = ?', filter.stepId],
      ],
    }, page);
  }
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

/**
 * Statistics from counters kept as steps finish (campaign_step_counters) and the enrollments'
 * own columns. The pending count and the distinct leads contacted still read the step log (one
 * index range of the campaign); replies and wins are the enrollments that exited on them.
 */
@QueryHandler(GetCampaignStatsQuery)
export class GetCampaignStatsHandler implements IQueryHandler<GetCampaignStatsQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, campaignId }: GetCampaignStatsQuery): Promise<CampaignStats> {
    await assertCampaign(this.reader, tenantId, campaignId);
    const enrollments = await this.reader.rows<{ status: EnrollmentStatus; exit_reason: string | null; count: number }>(tenantId, {
      select: 'e.status, e.exit_reason, count(*)::int as count',
      from: ['campaign_enrollments', 'e'],
      where: [['e.campaign_id = ?', campaignId]],
      groupBy: 'e.status, e.exit_reason',
    });
    const steps = await this.reader.rows<{ step_id: string; step_number: number; action: string | null; sent: number; failed: number; skipped: number }>(tenantId, {
      // A step's counters are spread over shards (the engine's COUNTER_SHARDS): added up here.
      select: 'k.step_id, min(k.step_number) as step_number, s.action, sum(k.sent)::int as sent, sum(k.failed)::int as failed, sum(k.skipped)::int as skipped',
      from: ['campaign_step_counters', 'k'],
      join: [{ table: 'campaign_steps', as: 's', on: 's.id = k.step_id', left: true }],
      where: [['k.campaign_id = ?', campaignId]],
      groupBy: 'k.step_id, s.action',
      orderBy: 'min(k.step_number)',
    });
    const pending = await this.reader.rows<{ step_id: string; count: number }>(tenantId, {
      select: 'l.step_id, count(*)::int as count',
      from: ['campaign_logs', 'l'],
      where: [['l.campaign_id = ?', campaignId], ["l.status = 'pending'"]],
      groupBy: 'l.step_id',
    });
    const [contacted] = await this.reader.rows<{ count: number }>(tenantId, {
      select: 'count(distinct l.opportunity_id)::int as count',
      from: ['campaign_logs', 'l'],
      where: [['l.campaign_id = ?', campaignId], ["l.status = 'sent'"]],
    });
    const exitReasons: Record<string, number> = {};
    const byStatus: Record<string, number> = {};
    for (const row of enrollments) {
      byStatus[row.status] = (byStatus[row.status] ?? 0) + row.count;
      if (row.exit_reason) exitReasons[row.exit_reason] = (exitReasons[row.exit_reason] ?? 0) + row.count;
    }
    const pendingOf = new Map(pending.map((row) => [row.step_id, row.count]));
    const perStep = steps.map((row) => ({
      stepId: row.step_id, stepNumber: row.step_number, action: row.action ?? 'removed', sent: row.sent, failed: row.failed, skipped: row.skipped,
      pending: pendingOf.get(row.step_id) ?? 0,
    }));
    for (const [stepId, count] of pendingOf) {
      if (!perStep.some((step) => step.stepId === stepId)) perStep.push({ stepId, stepNumber: 0, action: 'pending', sent: 0, failed: 0, skipped: 0, pending: count });
    }
    const sum = (key: 'sent' | 'failed' | 'skipped' | 'pending') => perStep.reduce((total, step) => total + step[key], 0);
    const [sent, failed, skipped] = [sum('sent'), sum('failed'), sum('skipped')];
    const enrolled = Object.values(byStatus).reduce((total, count) => total + count, 0);
    const replies = exitReasons.reply ?? 0;
    return {
      enrolled,
      active: byStatus.active ?? 0,
      completed: byStatus.completed ?? 0,
      exited: byStatus.exited ?? 0,
      exitReasons,
      stepsExecuted: sent + failed + skipped,
      sent,
      failed,
      skipped,
      pending: sum('pending'),
      uniqueLeadsContacted: contacted?.count ?? 0,
      successRate: rate(sent, sent + failed),
      failureRate: rate(failed, sent + failed),
      replies,
      replyRate: rate(replies, enrolled),
      wonAfterEnrollment: exitReasons.won ?? 0,
      perStep,
    };
  }
}
