import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { TenantReader } from '@leadline/shared-kernel';

export interface StageEntryFilter {
  readonly toStage: string;
  readonly fromStage?: string | null;
  readonly pipelineId?: string | null;
  /** Entered at or after this moment… */
  readonly since: Date;
  /** …and before this one. */
  readonly until: Date;
  /** Paging by (entered at, opportunity id), ascending: the last row of the previous page. */
  readonly after?: { readonly enteredAt: Date; readonly id: string } | null;
  readonly limit: number;
}

export interface StageEntrant {
  readonly id: string;
  readonly enteredAt: Date;
}

/**
 * Open opportunities that are in `toStage` now, having entered it (from `fromStage`, if given)
 * within `[since, until)` — a campaign's `stage_change` trigger, for the catch-up sweep (contract
 * §10). Read from the current stage visits' `ix_stage_history_current_entered`.
 */
export class ListStageEntrantsQuery extends Query<StageEntrant[]> {
  constructor(readonly tenantId: string, readonly filter: StageEntryFilter) {
    super();
  }
}

@QueryHandler(ListStageEntrantsQuery)
export class ListStageEntrantsHandler implements IQueryHandler<ListStageEntrantsQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, filter }: ListStageEntrantsQuery): Promise<StageEntrant[]> {
    const rows = await this.reader.rows<{ id: string; entered_at: Date | string }>(tenantId, {
      select: 'h.opportunity_id as id, h.changed_at as entered_at',
      from: ['opportunity_stage_history', 'h'],
      join: [{ table: 'lead_opportunities', as: 'o', on: 'o.id = h.opportunity_id' }],
      where: [
        ['h.left_at is null'],
        ['h.to_stage = ?', filter.toStage],
        ['h.changed_at >= ? and h.changed_at < ?', filter.since, filter.until],
        ["o.status not in ('won', 'lost')"],
        filter.fromStage ? ['h.from_stage = ?', filter.fromStage] : false,
        filter.pipelineId ? ['h.pipeline_id = ?', filter.pipelineId] : false,
        filter.after ? ['(h.changed_at, h.opportunity_id) > (?, ?)', filter.after.enteredAt, filter.after.id] : false,
      ],
      orderBy: 'h.changed_at, h.opportunity_id',
      limit: filter.limit,
    });
    return rows.map((row) => ({ id: row.id, enteredAt: new Date(row.entered_at) }));
  }
}
