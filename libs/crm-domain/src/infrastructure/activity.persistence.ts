import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import { Outbox, StaleVersionError, TenantTable, violatedConstraint, type CommandContext } from '@leadline/shared-kernel';
import {
  Activity, unknownAdvisor, unknownContact, unknownOpportunity, type ActivityRepository, type ActivitySource, type ActivityState,
  type ActivityStatus, type ActivityType,
} from '../domain/index.js';

export interface ActivityRow {
  id: string;
  tenant_id: string;
  opportunity_id: string | null;
  contact_id: string;
  type: ActivityType;
  title: string;
  notes: string | null;
  due_at: Date | null;
  duration_minutes: number | null;
  assigned_advisor_id: string | null;
  status: ActivityStatus;
  source: ActivitySource;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const ActivitySchema = new EntitySchema<ActivityRow>({
  name: 'Activity',
  tableName: 'activities',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    opportunity_id: { type: 'uuid', nullable: true },
    contact_id: { type: 'uuid' },
    type: { type: 'text' },
    title: { type: 'text' },
    notes: { type: 'text', nullable: true },
    due_at: { type: 'Date', nullable: true },
    duration_minutes: { type: 'integer', nullable: true },
    assigned_advisor_id: { type: 'uuid', nullable: true },
    status: { type: 'text' },
    source: { type: 'text' },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

@Injectable()
export class MikroOrmActivityRepository implements ActivityRepository {
  private readonly table: TenantTable<ActivityRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, ActivitySchema);
  }

  async find(tenantId: string, id: string): Promise<Activity | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? Activity.rehydrate(toActivityState(row)) : null;
  }

  async add(activity: Activity, context: CommandContext): Promise<void> {
    const state = activity.snapshot;
    await this.refusingUnknownIds(state, () => this.table.insert(state.tenantId, toRow(state)));
    await this.outbox.append(context, activity.pullEvents());
  }

  async save(activity: Activity, context: CommandContext): Promise<void> {
    const state = activity.snapshot;
    const updated = await this.refusingUnknownIds(state, () =>
      this.table.update(state.tenantId, { id: state.id, version: activity.persistedVersion }, toRow(state)));
    if (updated === 0) throw new StaleVersionError('activity', state.id);
    await this.outbox.append(context, activity.pullEvents());
  }

  async delete(activity: Activity, context: CommandContext): Promise<void> {
    const state = activity.snapshot;
    const deleted = await this.table.delete(state.tenantId, { id: state.id, version: activity.persistedVersion });
    if (deleted === 0) throw new StaleVersionError('activity', state.id);
    await this.outbox.append(context, activity.pullEvents());
  }

  /**
   * The foreign keys (tenant included) refuse an id of another tenant or of nothing, with no read
   * first. The statement fails the transaction, so the caller's unit of work ends there.
   */
  private async refusingUnknownIds<T>(state: ActivityState, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      switch (violatedConstraint(error)) {
        case 'fk_activities_contact': throw unknownContact(state.contactId);
        case 'fk_activities_opportunity': throw unknownOpportunity(state.opportunityId ?? '');
        case 'fk_activities_advisor': throw unknownAdvisor(state.assignedAdvisorId);
        default: throw error;
      }
    }
  }
}

/** Rows read raw (the read side) answer timestamps as strings; the ORM answers dates. */
type StoredRow = Omit<ActivityRow, 'due_at' | 'created_at' | 'updated_at'> & {
  due_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

export function toActivityState(row: StoredRow): ActivityState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    opportunityId: row.opportunity_id,
    contactId: row.contact_id,
    type: row.type,
    title: row.title,
    notes: row.notes,
    dueAt: row.due_at === null ? null : new Date(row.due_at),
    durationMinutes: row.duration_minutes,
    assignedAdvisorId: row.assigned_advisor_id,
    status: row.status,
    source: row.source,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

function toRow(state: ActivityState): ActivityRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    opportunity_id: state.opportunityId,
    contact_id: state.contactId,
    type: state.type,
    title: state.title,
    notes: state.notes,
    due_at: state.dueAt,
    duration_minutes: state.durationMinutes,
    assigned_advisor_id: state.assignedAdvisorId,
    status: state.status,
    source: state.source,
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
