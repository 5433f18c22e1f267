import { diff, jsonLogicProblem, newId, RecordedEvents, type DomainEvent, type JsonLogicRule } from '@leadline/shared-kernel/domain';
import type { PipelineEventPayloads } from './events.js';
import { CrmError, CrmErrorCodes } from './errors.js';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** Contract §11: move on by itself when `when` holds over the lead's context; `to` defaults to the next open stage. */
export interface AutoAdvanceRule {
  readonly when: JsonLogicRule;
  readonly to: string | null;
}

export interface StageDefinition {
  readonly key: string;
  readonly name: string;
  readonly position: number;
  readonly kind: StageKind;
  readonly odooStageId: number | null;
  /** Chance of winning from this stage, 0–100 (a forecast figure, shown as given). */
  readonly probability: number | null;
  /** Days without activity after which a lead in this stage is inactive ("rotting"); the default is 7. */
  readonly rottingDays: number | null;
  /** Multiplies the lead score while an opportunity is in this stage (§12), 0–5. */
  readonly scoreMultiplier: number;
  readonly autoAdvance: AutoAdvanceRule | null;
}

type StageRuleField = 'probability' | 'rottingDays' | 'scoreMultiplier' | 'autoAdvance';
export type StageInput = Omit<StageDefinition, 'position' | 'kind' | 'odooStageId' | StageRuleField> &
  Partial<Pick<StageDefinition, 'position' | 'kind' | 'odooStageId' | StageRuleField>>;

export const DEFAULT_ROTTING_DAYS = 7;

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
   * Whether entering `to` from `from` moves forward (contract §11): into a won stage, or into an
   * open stage of a higher position. A lost stage is never forward.
   */
  isForward(from: StageDefinition, to: StageDefinition): boolean {
    return to.kind === 'won' || (to.kind === 'open' && to.position > from.position);
  }

  /**
   * The stages whose earlier visits a move into `to` advances (the metrics' `advanced`): every open
   * stage below it, or every open stage when it is won; none when it is lost.
   */
  stagesAdvancedBy(to: StageDefinition): string[] {
    if (to.kind === 'lost') return [];
    return this.state.stages
      .filter((stage) => stage.kind === 'open' && (to.kind === 'won' || stage.position < to.position))
      .map((stage) => stage.key);
  }

  /** Where the stage's auto-advance rule leads: its `to`, else the next open stage by position; null without a rule. */
  autoAdvanceTarget(from: StageDefinition): StageDefinition | null {
    if (!from.autoAdvance) return null;
    if (from.autoAdvance.to !== null) return this.stage(from.autoAdvance.to) ?? null;
    return this.state.stages.find((stage) => stage.kind === 'open' && stage.position > from.position) ?? null;
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
      return {
        key: stage.key,
        name: stage.name.trim() || stage.key,
        position: stage.position ?? index,
        kind,
        odooStageId,
        ...checkRules(stage),
      };
    });
    if (!seen.has(initialStage)) invalid(`initial_stage "${initialStage}" is not one of the stages`);
    if (stages.find((stage) => stage.key === initialStage)?.kind !== 'open') invalid('initial_stage must be an open stage');
    const sorted = [...stages].sort((a, b) => a.position - b.position);
    checkAutoAdvance(sorted);
    return { initialStage, stages: sorted };
  }
}

function checkRules(stage: StageInput): Pick<StageDefinition, StageRuleField> {
  const probability = stage.probability ?? null;
  if (probability !== null && !(probability >= 0 && probability <= 100)) invalid(`stage "${stage.key}": probability must be from 0 to 100`);
  const rottingDays = stage.rottingDays ?? null;
  if (rottingDays !== null && !(Number.isInteger(rottingDays) && rottingDays >= 1 && rottingDays <= 3650)) {
    invalid(`stage "${stage.key}": rotting_days must be a whole number of days from 1 to 3650`);
  }
  const scoreMultiplier = stage.scoreMultiplier ?? 1;
  if (!(scoreMultiplier >= 0 && scoreMultiplier <= 5)) invalid(`stage "${stage.key}": score_multiplier must be from 0 to 5`);
  const autoAdvance = stage.autoAdvance ? { when: stage.autoAdvance.when, to: stage.autoAdvance.to ?? null } : null;
  return { probability, rottingDays, scoreMultiplier, autoAdvance };
}

/** An auto-advance rule must parse and lead forward, into a stage that exists and is not lost (422 otherwise). */
function checkAutoAdvance(stages: readonly StageDefinition[]): void {
  for (const stage of stages) {
    const rule = stage.autoAdvance;
    if (!rule) continue;
    const where = `stage "${stage.key}": auto_advance`;
    if (stage.kind !== 'open') ruleInvalid(stage.key, `${where}: only an open stage advances; "${stage.key}" is ${stage.kind}`);
    const problem = jsonLogicProblem(rule.when);
    if (problem) ruleInvalid(stage.key, `${where}.when is not a JsonLogic rule: ${problem}`);
    if (rule.to === null) {
      if (!stages.some((next) => next.kind === 'open' && next.position > stage.position)) {
        ruleInvalid(stage.key, `${where}: no open stage follows "${stage.key}"; name the stage in auto_advance.to`);
      }
      continue;
    }
    const target = stages.find((candidate) => candidate.key === rule.to);
    if (!target) {
      ruleInvalid(stage.key, `${where}.to "${rule.to}" is not a stage of this pipeline; its stages are ${stages.map((s) => s.key).join(', ')}`);
    }
    if (target.kind === 'lost') ruleInvalid(stage.key, `${where}.to "${rule.to}" is a lost stage; auto-advance never loses a lead`);
    if (target.kind === 'open' && target.position <= stage.position) {
      ruleInvalid(stage.key, `${where}.to "${rule.to}" is not after "${stage.key}"; auto-advance only moves forward`);
    }
  }
}

function ruleInvalid(stage: string, message: string): never {
  throw new CrmError(CrmErrorCodes.pipelineRuleInvalid, message, { stage });
}

function invalid(message: string): never {
  throw new CrmError(CrmErrorCodes.pipelineInvalid, message);
}
