import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema, raw } from '@mikro-orm/core';
import {
  Outbox, pageQuery, StaleVersionError, TenantTable, toPage, violatedConstraint,
  type CommandContext, type Page, type PageRequest,
} from '@leadline/shared-kernel';
import {
  Call, TelephonyError, TelephonyErrorCodes,
  type CallFilter, type CallOrderCursor, type CallProvider, type CallRepository, type CallState,
} from '../domain/index.js';

export interface CallRow {
  id: string;
  tenant_id: string;
  entity_type: CallState['entityType'];
  entity_id: string | null;
  direction: CallState['direction'];
  call_status: CallState['callStatus'];
  provider: CallState['provider'];
  external_call_id: string | null;
  from_number: string | null;
  to_number: string | null;
  started_at: Date | null;
  answered_at: Date | null;
  ended_at: Date | null;
  duration_seconds: number | null;
  recording_url: string | null;
  call_result: string | null;
  summary: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const CallSchema = new EntitySchema<CallRow>({
  name: 'Call',
  tableName: 'calls',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    entity_type: { type: 'text', nullable: true },
    entity_id: { type: 'uuid', nullable: true },
    direction: { type: 'text' },
    call_status: { type: 'text', nullable: true },
    provider: { type: 'text' },
    external_call_id: { type: 'text', nullable: true },
    from_number: { type: 'text', nullable: true },
    to_number: { type: 'text', nullable: true },
    started_at: { type: 'Date', nullable: true },
    answered_at: { type: 'Date', nullable: true },
    ended_at: { type: 'Date', nullable: true },
    duration_seconds: { type: 'integer', nullable: true },
    recording_url: { type: 'text', nullable: true },
    call_result: { type: 'text', nullable: true },
    summary: { type: 'text', nullable: true },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

@Injectable()
export class MikroOrmCallRepository implements CallRepository {
  private readonly table: TenantTable<CallRow>;

  constructor(
    em: EntityManager,
    private readonly outbox: Outbox,
  ) {
    this.table = new TenantTable(em, CallSchema);
  }

  async find(tenantId: string, id: string): Promise<Call | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? Call.rehydrate(toState(row)) : null;
  }

  async findByExternalCallId(tenantId: string, provider: CallProvider, externalCallId: string): Promise<Call | null> {
    const row = await this.table.findOne(tenantId, { provider, external_call_id: externalCallId });
    return row ? Call.rehydrate(toState(row)) : null;
  }

  async list(tenantId: string, filter: CallFilter, page: PageRequest): Promise<Page<Call>> {
    const { where, options } = pageQuery(page);
    const startedAt = {
      ...(filter.startedFrom ? { $gte: filter.startedFrom } : {}),
      ...(filter.startedTo ? { $lt: filter.startedTo } : {}),
    };
    const rows = await this.table.find(tenantId, {
      ...where,
      ...(filter.entityId !== undefined ? { entity_id: filter.entityId } : {}),
      ...(filter.direction !== undefined ? { direction: filter.direction } : {}),
      ...(filter.callStatus !== undefined ? { call_status: filter.callStatus } : {}),
      ...(Object.keys(startedAt).length ? { started_at: startedAt } : {}),
    }, options);
    return toPage(rows, page.limit, (row) => Call.rehydrate(toState(row)));
  }

  async outboundToContacts(
    tenantId: string,
    { since, after, limit }: { since: Date | null; after: CallOrderCursor | null; limit: number },
  ): Promise<Call[]> {
    // Call order is the attempt time of contract §6 rule 5: when the call started, else when it was
    // recorded. A fragment per use: MikroORM consumes each raw fragment once.
    const attemptTime = () => raw('coalesce(started_at, created_at)');
    const rows = await this.table.find(tenantId, {
      direction: 'outbound',
      entity_type: 'contacts',
      entity_id: { $ne: null },
      ...(since ? { [attemptTime()]: { $gte: since } } : {}),
      ...(after ? { $or: [{ [attemptTime()]: { $gt: after.at } }, { [attemptTime()]: after.at, id: { $gt: after.id } }] } : {}),
    }, { orderBy: [{ [attemptTime()]: 'asc' }, { id: 'asc' }], limit });
    return rows.map((row) => Call.rehydrate(toState(row)));
  }

  countOutboundToContacts(tenantId: string, since: Date | null): Promise<number> {
    return this.table.count(tenantId, {
      direction: 'outbound',
      entity_type: 'contacts',
      entity_id: { $ne: null },
      ...(since ? { [raw('coalesce(started_at, created_at)')]: { $gte: since } } : {}),
    });
  }

  async add(call: Call, context: CommandContext): Promise<void> {
    await guarded(call, () => this.table.insert(call.snapshot.tenantId, toRow(call.snapshot)));
    await this.outbox.append(context, call.pullEvents());
  }

  async save(call: Call, context: CommandContext): Promise<void> {
    const state = call.snapshot;
    const updated = await guarded(call, () =>
      this.table.update(state.tenantId, { id: state.id, version: call.persistedVersion }, toRow(state)));
    if (updated === 0) throw new StaleVersionError('call', state.id);
    await this.outbox.append(context, call.pullEvents());
  }
}

/** Constraint violations a caller can cause, as the errors the API answers with. */
async function guarded<T>(call: Call, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const { entityId, provider, externalCallId } = call.snapshot;
    switch (violatedConstraint(error)) {
      case 'uq_calls_tenant_provider_external':
        throw new TelephonyError(TelephonyErrorCodes.callDuplicate, `A ${provider} call with external_call_id ${externalCallId} already exists`, {
          field: 'external_call_id',
        });
      case 'fk_calls_contact':
        throw new TelephonyError(TelephonyErrorCodes.contactUnknown, `Contact ${entityId} does not exist`, { entity_id: entityId });
      default:
        throw error;
    }
  }
}

function toState(row: CallRow): CallState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    direction: row.direction,
    callStatus: row.call_status,
    provider: row.provider,
    externalCallId: row.external_call_id,
    fromNumber: row.from_number,
    toNumber: row.to_number,
    startedAt: row.started_at,
    answeredAt: row.answered_at,
    endedAt: row.ended_at,
    durationSeconds: row.duration_seconds,
    recordingUrl: row.recording_url,
    callResult: row.call_result,
    summary: row.summary,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(state: CallState): CallRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    entity_type: state.entityType,
    entity_id: state.entityId,
    direction: state.direction,
    call_status: state.callStatus,
    provider: state.provider,
    external_call_id: state.externalCallId,
    from_number: state.fromNumber,
    to_number: state.toNumber,
    started_at: state.startedAt,
    answered_at: state.answeredAt,
    ended_at: state.endedAt,
    duration_seconds: state.durationSeconds,
    recording_url: state.recordingUrl,
    call_result: state.callResult,
    summary: state.summary,
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
