import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema, LockMode } from '@mikro-orm/core';
import { Outbox, pageQuery, StaleVersionError, TenantTable, toPage, type CommandContext, type Page, type PageRequest } from '@leadline/shared-kernel';
import {
  Pipeline, type PipelineLock, type PipelineRepository, type PipelineState, type StageDefinition,
} from '../domain/index.js';

interface StoredStage {
  key: string;
  name: string;
  position: number;
  kind: StageDefinition['kind'];
  odoo_stage_id: number | null;
  /** Stage rules (contract §11); absent in stages stored before they existed. */
  probability?: number | null;
  rotting_days?: number | null;
  score_multiplier?: number;
  auto_advance?: { when: unknown; to: string | null } | null;
}

export interface PipelineRow {
  id: string;
  tenant_id: string;
  name: string;
  is_default: boolean;
  initial_stage: string;
  stages: StoredStage[];
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const PipelineSchema = new EntitySchema<PipelineRow>({
  name: 'Pipeline',
  tableName: 'pipelines',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    name: { type: 'text' },
    is_default: { type: 'boolean' },
    initial_stage: { type: 'string' },
    stages: { type: 'json' },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

@Injectable()
export class MikroOrmPipelineRepository implements PipelineRepository {
  private readonly table: TenantTable<PipelineRow>;

  constructor(
    em: EntityManager,
    private readonly outbox: Outbox,
  ) {
    this.table = new TenantTable(em, PipelineSchema);
  }

  async find(tenantId: string, id: string, lock?: PipelineLock): Promise<Pipeline | null> {
    const row = await this.table.findOne(tenantId, { id }, lockOptions(lock));
    return row ? Pipeline.rehydrate(toState(row)) : null;
  }

  async findDefault(tenantId: string, lock?: PipelineLock): Promise<Pipeline | null> {
    const row = await this.table.findOne(tenantId, { is_default: true }, lockOptions(lock));
    return row ? Pipeline.rehydrate(toState(row)) : null;
  }

  async list(tenantId: string, page: PageRequest): Promise<Page<Pipeline>> {
    const { where, options } = pageQuery(page);
    const rows = await this.table.find(tenantId, where, options);
    return toPage(rows, page.limit, (row) => Pipeline.rehydrate(toState(row)));
  }

  async add(pipeline: Pipeline, context: CommandContext): Promise<void> {
    await this.table.insert(pipeline.snapshot.tenantId, toRow(pipeline.snapshot));
    await this.outbox.append(context, pipeline.pullEvents());
  }

  async save(pipeline: Pipeline, context: CommandContext): Promise<void> {
    const state = pipeline.snapshot;
    const updated = await this.table.update(state.tenantId, { id: state.id, version: pipeline.persistedVersion }, toRow(state));
    if (updated === 0) throw new StaleVersionError('pipeline', state.id);
    await this.outbox.append(context, pipeline.pullEvents());
  }
}

function lockOptions(lock: PipelineLock | undefined) {
  if (!lock) return undefined;
  return { lockMode: lock === 'share' ? LockMode.PESSIMISTIC_READ : LockMode.PESSIMISTIC_WRITE } as const;
}

function toState(row: PipelineRow): PipelineState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    isDefault: row.is_default,
    initialStage: row.initial_stage,
    stages: row.stages.map((stage) => ({
      key: stage.key,
      name: stage.name,
      position: stage.position,
      kind: stage.kind,
      odooStageId: stage.odoo_stage_id,
      probability: stage.probability ?? null,
      rottingDays: stage.rotting_days ?? null,
      scoreMultiplier: stage.score_multiplier ?? 1,
      autoAdvance: stage.auto_advance ?? null,
    })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(state: PipelineState): PipelineRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    name: state.name,
    is_default: state.isDefault,
    initial_stage: state.initialStage,
    stages: state.stages.map((stage) => ({
      key: stage.key,
      name: stage.name,
      position: stage.position,
      kind: stage.kind,
      odoo_stage_id: stage.odooStageId,
      probability: stage.probability,
      rotting_days: stage.rottingDays,
      score_multiplier: stage.scoreMultiplier,
      auto_advance: stage.autoAdvance,
    })),
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
