import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, TenantReader, type Page, type PageRequest } from '@leadline/shared-kernel';
import type { ActivityFilter, ActivityState } from '../../domain/index.js';
import { toActivityState, type ActivityRow } from '../../infrastructure/activity.persistence.js';

export class GetActivityQuery extends Query<ActivityState> {
  constructor(readonly tenantId: string, readonly activityId: string) {
    super();
  }
}

export class ListActivitiesQuery extends Query<Page<ActivityState>> {
  constructor(readonly tenantId: string, readonly filter: ActivityFilter, readonly page: PageRequest) {
    super();
  }
}

@QueryHandler(GetActivityQuery)
export class GetActivityHandler implements IQueryHandler<GetActivityQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, activityId }: GetActivityQuery): Promise<ActivityState> {
    const row = await this.reader.one<ActivityRow>(tenantId, { select: 'a.*', from: ['activities', 'a'], where: [['a.id = ?', activityId]] });
    if (!row) throw new NotFoundError('activity', activityId);
    return toActivityState(row);
  }
}

/**
 * Newest first. An opportunity's, a contact's or an advisor's activities are read by their own
 * index (tenant, that id, id desc); `due_from`/`due_to` bound `due_at` as [from, to).
 */
@QueryHandler(ListActivitiesQuery)
export class ListActivitiesHandler implements IQueryHandler<ListActivitiesQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, filter, page }: ListActivitiesQuery): Promise<Page<ActivityState>> {
    const found = await this.reader.page<ActivityRow>(tenantId, {
      select: 'a.*',
      from: ['activities', 'a'],
      where: [
        filter.opportunityId !== undefined && ['a.opportunity_id = ?', filter.opportunityId],
        filter.contactId !== undefined && ['a.contact_id = ?', filter.contactId],
        filter.assignedAdvisorId !== undefined && ['a.assigned_advisor_id = ?', filter.assignedAdvisorId],
        filter.type !== undefined && ['a.type = ?', filter.type],
        filter.status !== undefined && ['a.status = ?', filter.status],
        filter.dueFrom !== undefined && ['a.due_at >= ?', filter.dueFrom],
        filter.dueTo !== undefined && ['a.due_at < ?', filter.dueTo],
      ],
    }, page);
    return { data: found.data.map(toActivityState), nextCursor: found.nextCursor };
  }
}
