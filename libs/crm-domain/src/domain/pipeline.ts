import { diff, newId, RecordedEvents, type DomainEvent } from '@leadline/shared-kernel/domain';
import type { PipelineEventPayloads } from './events.js';
import { CrmError, CrmErrorCodes } from './errors.js';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export interface StageDefinition {
  readonly key: string;
  readonly name: string;
  readonly position: number;
  readonly kind: StageKind;
  readonly odooStageId: number | null;
}

export type StageInput = Omit<StageDefinition, 'position' | 'kind' | 'odooStageId'> &
  Partial<Pick<StageDefinition, 'position' | 'kind' | 'odooStageId'>>;

export interface PipelineState {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
  readonly isDefault: boolean;
  readonly initialStage: string;
  readonly stages: readonly StageDefinition[];
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const STAGE_KEY = /^[a-z0-9_]{1,50}$/;

type TemplateStage = [key: string, name: string, kind?: StageKind, odooStageId?: number];

/** Seed 003's sales funnel and seed 001's ManyChat stages with their Odoo CRM stage ids. */
export const PIPELINE_TEMPLATES = {
  sales: {
    initialStage: 'agent_initial',
    stages: [
      ['agent_initial', 'Entrada'],
      ['perfilamiento', 'Perfilamiento'],
      ['calificacion_financiera', 'Calificación financiera'],
      ['agendado', 'Agendado'],
      ['seguimiento', 'Seguimiento'],
      ['referidos', 'Referidos'],
      ['ganado', 'Ganado', 'won'],
      ['perdido', 'Perdido', 'lost'],
    ] as TemplateStage[],
  },
  manychat_odoo: {
    initialStage: 'recien_suscrito_sin_asignar',
    stages: [
      ['recien_suscrito_sin_asignar', 'Recién Suscrito (Sin Asignar)', 'open', 16],
      ['recien_suscrito_pendiente_ac', 'Recién suscrito Pendiente de AC', 'open', 17],
      ['retorno_en_ac', 'Retornó en AC', 'open', 18],
      ['comienza_atencion_comercial', 'Comienza Atención Comercial', 'open', 19],
      ['retorno_asesoria_especializada', 'Retornó a Asesoría especializada', 'open', 20],
      ['derivado_asesoria_medica', 'Derivado Asesoría Médica', 'open', 21],
      ['comienza_asesoria_medica', 'Comienza Asesoría Médica', 'open', 22],
      ['termino_asesoria_medica', 'Terminó Asesoría Médica', 'open', 23],
      ['no_termino_asesoria_especializada', 'No terminó Asesoría especializada', 'open', 24],
      ['comienza_cotizacion', 'Comienza Cotización', 'open', 25],
      ['orden_venta_confirmada', 'Orden de venta Confirmada', 'won', 26],
    ] as TemplateStage[],
  },
} as const;
export type PipelineTemplate = keyof typeof PIPELINE_TEMPLATES;
export const PIPELINE_TEMPLATE_NAMES = Object.keys(PIPELINE_TEMPLATES) as PipelineTemplate[];

export interface PipelineDefinition {
  name: string;
  initialStage: string;
  stages: readonly StageInput[];
}

export class Pipeline {
  readonly #events = new RecordedEvents<PipelineEventPayloads>();

  /** The version stored in the database; 0 until the aggregate is first saved. */
  readonly persistedVersion: number;

  private constructor(private state: PipelineState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static create(tenantId: string, definition: PipelineDefinition, isDefault = false, now = new Date()): Pipeline {
    const pipeline = new Pipeline({
      id: newId(),
      tenantId,
      name: Pipeline.checkName(definition.name),
      isDefault,
      ...Pipeline.checkStages(definition.initialStage, definition.stages),
      version: 1,
      createdAt: now,
      updatedAt: now,
    }, true);
    pipeline.record('pipeline.created', {
      changes: diff({} as PipelineState, pipeline.state, ['name', 'isDefault', 'initialStage', 'stages']),
    }, now);
    return pipeline;
  }

  static fromTemplate(tenantId: string, name: string, template: PipelineTemplate, isDefault = false): Pipeline {
    const { initialStage, stages } = PIPELINE_TEMPLATES[template];
    return Pipeline.create(tenantId, {
      name,
      initialStage,
      stages: stages.map(([key, stageName, kind = 'open', odooStageId]) => ({
        key,
        name: stageName,
        kind,
        odooStageId: odooStageId ?? null,
      })),
    }, isDefault);
  }

  static rehydrate(state: PipelineState): Pipeline {
    Pipeline.checkStages(state.initialStage, state.stages);
    return new Pipeline(state);
  }

  get id(): string {
    return this.state.id;
  }

  get snapshot(): PipelineState {
    return this.state;
  }

  stage(key: string): StageDefinition | undefined {
    return this.state.stages.find((stage) => stage.key === key);
  }

  /**
   * Renames the pipeline or replaces its stages. `stagesInUse` are the keys opportunities are in
   * now: those keys must survive, or the opportunities would sit in a stage that no longer exists.
   */
  redefine(changes: Partial<PipelineDefinition>, stagesInUse: ReadonlySet<string>, now = new Date()): boolean {
    const next: PipelineState = {
      ...this.state,
      ...(changes.name !== undefined ? { name: Pipeline.checkName(changes.name) } : {}),
      ...Pipeline.checkStages(changes.initialStage ?? this.state.initialStage, changes.stages ?? this.state.stages),
    };
    const removed = [...stagesInUse].filter((key) => !next.stages.some((stage) => stage.key === key));
    if (removed.length > 0) {
      throw new CrmError(
        CrmErrorCodes.pipelineStageInUse,
        `Opportunities are in stage(s) ${removed.join(', ')}; move them before removing or renaming those stages`,
        { stages: removed },
      );
    }
    const changed = diff(this.state, next, ['name', 'initialStage', 'stages']);
    if (Object.keys(changed).length === 0) return false;
    this.state = { ...next, version: this.persistedVersion + 1, updatedAt: now };
    this.record('pipeline.updated', { changes: changed }, now);
    return true;
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private record<Type extends keyof PipelineEventPayloads>(type: Type, payload: PipelineEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({
      type,
      aggregateType: 'pipeline',
      aggregateId: this.state.id,
      tenantId: this.state.tenantId,
      payload,
      occurredAt,
    });
  }

  private static checkName(name: string): string {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 200) invalid('name must be 1 to 200 characters');
    return trimmed;
  }

  private static checkStages(
    initialStage: string,
    input: readonly StageInput[],
  ): Pick<PipelineState, 'initialStage' | 'stages'> {
    if (input.length === 0) invalid('a pipeline needs at least one stage');
    if (input.length > 100) invalid('a pipeline has at most 100 stages');
    const seen = new Set<string>();
    const odooIds = new Set<number>();
    const stages = input.map((stage, index): StageDefinition => {
      if (!STAGE_KEY.test(stage.key)) invalid(`stage key "${stage.key}" must be 1-50 of a-z, 0-9 and _`);
      if (seen.has(stage.key)) invalid(`stage key "${stage.key}" appears twice`);
      seen.add(stage.key);
      const kind = stage.kind ?? 'open';
      if (!STAGE_KINDS.includes(kind)) invalid(`stage kind must be one of ${STAGE_KINDS.join(', ')}`);
      const odooStageId = stage.odooStageId ?? null;
      if (odooStageId !== null) {
        if (odooIds.has(odooStageId)) invalid(`odoo_stage_id ${odooStageId} is mapped twice`);
        odooIds.add(odooStageId);
      }
      return { key: stage.key, name: stage.name.trim() || stage.key, position: stage.position ?? index, kind, odooStageId };
    });
    if (!seen.has(initialStage)) invalid(`initial_stage "${initialStage}" is not one of the stages`);
    if (stages.find((stage) => stage.key === initialStage)?.kind !== 'open') invalid('initial_stage must be an open stage');
    return { initialStage, stages: [...stages].sort((a, b) => a.position - b.position) };
  }
}

function invalid(message: string): never {
  throw new CrmError(CrmErrorCodes.pipelineInvalid, message);
}
