import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { TenantReader } from '@leadline/shared-kernel';

export interface IdleFilter {
  /** No activity (stage change, call, message, activity, edit) since this moment. */
  readonly idleSince: Date;
  readonly pipelineId?: string | null;
  readonly stages?: readonly string[] | null;
  /** Paging by opportunity id, ascending. */
  readonly afterId?: string | null;
  readonly limit: number;
}

/** Open opportunities idle since a moment (a campaign's `inactivity` trigger, contract §10), oldest id first. */
export class ListIdleOpportunitiesQuery extends Query<Array<{ id: string; contactId: string }>> {
  constructor(readonly tenantId: string, readonly filter: IdleFilter) {
    super();
  }
}

/** The current stage visits carry the last activity (kept as events arrive), so this is an indexed read, not a scan of five tables. */
@QueryHandler(ListIdleOpportunitiesQuery)
export class ListIdleOpportunitiesHandler implements IQueryHandler<ListIdleOpportunitiesQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, filter }: ListIdleOpportunitiesQuery): Promise<Array<{ id: string; contactId: string }>> {
    const stages = filter.stages?.length ? filter.stages : null;
    const rows = await this.reader.rows<{ id: string; contact_id: string }>(tenantId, {
      select: 'o.id, o.contact_id',
      from: ['lead_opportunities', 'o'],
      join: [{ table: 'opportunity_stage_history', as: 'h', on: 'h.opportunity_id = o.id and h.left_at is null' }],
      where: [
        ["o.status not in ('won', 'lost')"],
        ['h.last_activity_at < ?', filter.idleSince],
        filter.pipelineId ? ['o.pipeline_id = ?', filter.pipelineId] : false,
        stages ? [`h.to_stage in (${stages.map(() => '?').join(', ')})`, ...stages] : false,
        filter.afterId ? ['o.id > ?', filter.afterId] : false,
      ],
      orderBy: 'o.id',
      limit: filter.limit,
    });
    return rows.map((row) => ({ id: row.id, contactId: row.contact_id }));
  }
}
