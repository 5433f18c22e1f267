import {
  diff, InvalidInputError, jsonLogicHolds, newId, RecordedEvents, StaleVersionError, type DomainEvent, type JsonLogicRule,
} from '@leadline/shared-kernel/domain';
import type { OpportunityEventPayloads } from './events.js';
import { CallAttempts, type CallOutcome, type FirstCallAttempt, type RegisteredAttempt } from './call-attempts.js';
import { CrmError, CrmErrorCodes } from './errors.js';
import { sameScore, type LeadScore } from './lead-score.js';
import type { Pipeline } from './pipeline.js';

export const OPPORTUNITY_STATUSES = ['pending', 'assigned', 'contacted', 'qualified', 'won', 'lost'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const TREATMENT_TYPES = ['automated_telegram', 'automated_call', 'manual_follow_up', 'hold'] as const;
export type TreatmentType = (typeof TREATMENT_TYPES)[number];

/** The opportunity's one pipeline stage (seed 000's 1:1 rule); it lives and dies with the opportunity. */
export interface PipelineStageState {
  readonly id: string;
  readonly entityType: 'leads';
  readonly entityId: string;
  readonly currentStage: string;
  readonly stageEnteredAt: Date;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface OpportunityState {
  readonly id: string;
  readonly tenantId: string;
  readonly contactId: string;
  readonly pipelineId: string;
  readonly stage: PipelineStageState;
  readonly opportunityScore: number | null;
  readonly detectionReason: string | null;
  readonly priority: Priority;
  readonly status: OpportunityStatus;
  readonly detectedAt: Date;
  readonly assignedAdvisorId: string | null;
  readonly treatmentType: TreatmentType | null;
  readonly nextActionAt: Date | null;
  readonly notes: string | null;
  readonly firstCallAttempts: Readonly<Record<string, FirstCallAttempt>>;
  readonly firstCallCompleted: boolean;
  readonly firstCallSuccessfulAttempt: number | null;
  readonly lastContactAttemptAt: Date | null;
  /** The computed lead score (contract §12); null until first scored. */
  readonly leadScore: LeadScore | null;
  /** What calls and agents found out about the lead (contract §13: budget, location, timeline, any name). */
  readonly qualification: Readonly<Record<string, unknown>>;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface StageChange {
  readonly fromStage: string | null;
  readonly toStage: string;
  readonly changedAt: Date;
  readonly reason: string | null;
  readonly source: string;
}

/**
 * A stage change as the aggregate records it for the history: also the stages whose earlier visits
 * it advances (a later move to a higher open stage, or to won; the pipeline metrics' `advanced`).
 */
export interface RecordedStageChange extends StageChange {
  readonly advances: readonly string[];
}

/** What an auto-advance evaluation did (contract §11's answer). */
export interface AutoAdvanceOutcome {
  readonly moved: boolean;
  readonly fromStage: string;
  readonly toStage: string | null;
  /** The current stage's rule that was evaluated; null when the stage has none. */
  readonly rule: { readonly when: JsonLogicRule; readonly to: string | null } | null;
}

export const AUTO_ADVANCE_SOURCE = 'auto_advance';

/** `any`: a move an agent or the API asks for; `forward_open`: only into an open stage of a higher position (an AI call's move). */
export type StageMoveMode = 'any' | 'forward_open';

/** A qualification field's name: what a template variable and a JsonLogic `var` can name. */
export const QUALIFICATION_FIELD = /^[a-z][a-z0-9_]{0,49}$/;
export const QUALIFICATION_LIMITS = { maxFields: 50, maxValueLength: 2000 } as const;

/** Fields PATCH may change (contract §5). */
export interface OpportunityChanges {
  opportunityScore?: number | null;
  priority?: Priority;
  status?: OpportunityStatus;
  assignedAdvisorId?: string | null;
  treatmentType?: TreatmentType | null;
  nextActionAt?: Date | null;
  notes?: string | null;
}

export interface NewOpportunity extends Omit<OpportunityChanges, 'status'> {
  contactId: string;
  detectionReason?: string | null;
}

const EDITABLE = [
  'opportunityScore', 'priority', 'status', 'assignedAdvisorId', 'treatmentType', 'nextActionAt', 'notes',
] as const;

/**
 * Statuses only move forward: pending → assigned → contacted → qualified, and any open status
 * may close as won or lost. Closed is final: a reopened deal is a new opportunity.
 */
const STATUS_RANK: Record<OpportunityStatus, number> = {
  pending: 0, assigned: 1, contacted: 2, qualified: 3, won: 4, lost: 4,
};

export class Opportunity {
  readonly #events = new RecordedEvents<OpportunityEventPayloads>();
  #stageChanges: RecordedStageChange[] = [];
  /** When the lead last showed activity in this command (an edit, a call attempt, a stage change), for the inactivity reads. */
  #activityAt: Date | null = null;
  /** Whether this command computed a new lead score: only then does the save write the score columns. */
  #scoreChanged = false;

  /** The version stored in the database; 0 until the aggregate is first saved. */
  readonly persistedVersion: number;

  /** The lead score value stored when loaded: a new score is written only over that one (compare and set). */
  readonly persistedScoreValue: number | null;

  private constructor(private state: OpportunityState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
    this.persistedScoreValue = state.leadScore?.value ?? null;
  }

  static create(tenantId: string, pipeline: Pipeline, input: NewOpportunity, now = new Date()): Opportunity {
    const id = newId();
    const initial = pipeline.snapshot.initialStage;
    const opportunity = new Opportunity({
      id,
      tenantId,
      contactId: input.contactId,
      pipelineId: pipeline.id,
      stage: {
        id: newId(),
        entityType: 'leads',
        entityId: id,
        currentStage: initial,
        stageEnteredAt: now,
        createdAt: now,
        updatedAt: now,
      },
      opportunityScore: checkScore(input.opportunityScore ?? null),
      detectionReason: input.detectionReason ?? null,
      priority: input.priority ?? 'medium',
      status: input.assignedAdvisorId ? 'assigned' : 'pending',
      detectedAt: now,
      assignedAdvisorId: input.assignedAdvisorId ?? null,
      treatmentType: input.treatmentType ?? null,
      nextActionAt: input.nextActionAt ?? null,
      notes: input.notes ?? null,
      firstCallAttempts: {},
      firstCallCompleted: false,
      firstCallSuccessfulAttempt: null,
      lastContactAttemptAt: null,
      leadScore: null,
      qualification: {},
      version: 1,
      createdAt: now,
      updatedAt: now,
    }, true);
    opportunity.#stageChanges.push({ fromStage: null, toStage: initial, changedAt: now, reason: null, source: 'created', advances: [] });
    opportunity.record('opportunity.created', {
      contact_id: input.contactId,
      pipeline_id: pipeline.id,
      stage: initial,
      changes: diff({} as OpportunityState, opportunity.state, ['contactId', 'pipelineId', ...EDITABLE, 'detectionReason']),
    }, now);
    return opportunity;
  }

  /** Loads stored state, refusing any that breaks the aggregate's invariants. */
  static rehydrate(state: OpportunityState): Opportunity {
    const broken = (why: string) => new CrmError(CrmErrorCodes.opportunityCorrupt, `Opportunity ${state.id}: ${why}`);
    if (state.stage.entityType !== 'leads' || state.stage.entityId !== state.id) {
      throw broken('its pipeline stage belongs to another entity');
    }
    if (!OPPORTUNITY_STATUSES.includes(state.status)) throw broken(`unknown status ${state.status}`);
    try {
      CallAttempts.of(state.firstCallAttempts);
    } catch (error) {
      throw broken((error as Error).message);
    }
    return new Opportunity(state);
  }

  get id(): string {
    return this.state.id;
  }

  get snapshot(): OpportunityState {
    return this.state;
  }

  /** Throws when the caller's copy (e.g. an If-Match header) is older than the stored one. */
  assertVersion(expected: number | undefined): void {
    if (expected !== undefined && expected !== this.state.version) {
      throw new StaleVersionError('opportunity', this.state.id);
    }
  }

  /**
   * Moves the opportunity to `stageKey` of its own pipeline and keeps the change in the history.
   * Entering a won or lost stage closes the opportunity with that outcome; a closed one stays put.
   */
  moveTo(
    pipeline: Pipeline, stageKey: string, source: string, reason: string | null = null, now = new Date(), mode: StageMoveMode = 'any',
  ): boolean {
    if (pipeline.id !== this.state.pipelineId) throw new Error('moveTo needs the opportunity\'s own pipeline');
    const target = pipeline.stage(stageKey);
    if (!target) {
      const stages = pipeline.snapshot.stages.map((stage) => stage.key);
      throw new CrmError(
        CrmErrorCodes.stageNotInPipeline,
        `Stage "${stageKey}" is not in this opportunity's pipeline; its stages are ${stages.join(', ')}`,
        { stage: stageKey, pipeline_id: pipeline.id, stages },
      );
    }
    const from = this.state.stage.currentStage;
    if (from === stageKey) return false;
    if (mode === 'forward_open') {
      const current = pipeline.stage(from);
      if (target.kind !== 'open' || !current || !pipeline.isForward(current, target)) {
        throw new CrmError(CrmErrorCodes.stageNotForward,
          `Stage "${stageKey}" is not an open stage after "${from}": this move only goes forward, never to won or lost`,
          { stage: stageKey, current_stage: from });
      }
    }
    if (isClosed(this.state.status)) {
      throw new CrmError(CrmErrorCodes.invalidStatusTransition, `A ${this.state.status} opportunity is closed; it no longer moves`, {
        from: this.state.status,
        stage: stageKey,
      });
    }
    const status = target.kind === 'open' ? this.state.status : target.kind;
    this.state = {
      ...this.state,
      status,
      stage: { ...this.state.stage, currentStage: stageKey, stageEnteredAt: now, updatedAt: now },
      version: this.persistedVersion + 1,
      updatedAt: now,
    };
    this.#stageChanges.push({ fromStage: from, toStage: stageKey, changedAt: now, reason, source, advances: pipeline.stagesAdvancedBy(target) });
    this.#activityAt = now;
    this.record('opportunity.stage_changed', { from_stage: from, to_stage: stageKey, reason, source, status }, now);
    return true;
  }

  update(changes: OpportunityChanges, now = new Date()): boolean {
    const next: OpportunityState = { ...this.state };
    Object.assign(next, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
    checkScore(next.opportunityScore);
    if (changes.status !== undefined) this.assertTransition(changes.status);
    if (changes.assignedAdvisorId && next.status === 'pending' && changes.status === undefined) {
      (next as { status: OpportunityStatus }).status = 'assigned';
    }
    const changed = diff(this.state, next, EDITABLE);
    if (Object.keys(changed).length === 0) return false;
    this.state = { ...next, version: this.persistedVersion + 1, updatedAt: now };
    this.#activityAt = now;
    this.record('opportunity.updated', { changes: changed }, now);
    return true;
  }

  /**
   * Evaluates the current stage's `auto_advance` rule over the lead's render context (contract
   * §11) and moves when it holds. Never backwards, never into a lost stage, never out of a closed
   * opportunity; the move is kept in the history with source `auto_advance`.
   */
  autoAdvance(pipeline: Pipeline, context: object, now = new Date()): AutoAdvanceOutcome {
    const fromStage = this.state.stage.currentStage;
    const from = pipeline.stage(fromStage);
    const rule = from?.autoAdvance ?? null;
    const stay = { moved: false, fromStage, toStage: null, rule };
    if (!from || !rule || isClosed(this.state.status)) return stay;
    const target = pipeline.autoAdvanceTarget(from);
    if (!target || !pipeline.isForward(from, target) || !jsonLogicHolds(rule.when, context)) return stay;
    this.moveTo(pipeline, target.key, AUTO_ADVANCE_SOURCE, `auto_advance rule of stage ${fromStage} held`, now);
    return { moved: true, fromStage, toStage: target.key, rule };
  }

  /**
   * Merges fields a call or an agent found out into `qualification` (contract §13): a field given
   * a value replaces the one kept, null or an absent field leaves it as it is (an analysis that did
   * not hear the budget again does not forget it). Answers the names of the fields that changed;
   * a change is an `opportunity.updated` (audited, rescored), none records nothing.
   */
  mergeQualification(fields: Readonly<Record<string, unknown>>, now = new Date()): string[] {
    const entries = Object.entries(fields).filter(([, value]) => value !== null && value !== undefined);
    if (entries.length > QUALIFICATION_LIMITS.maxFields) {
      throw new InvalidInputError('qualification', `at most ${QUALIFICATION_LIMITS.maxFields} qualification fields at once`);
    }
    for (const [name, value] of entries) {
      if (!QUALIFICATION_FIELD.test(name)) {
        throw new InvalidInputError('qualification', `qualification field names are 1-50 of a-z, 0-9 and _, starting with a letter (not "${name.slice(0, 60)}")`);
      }
      if (JSON.stringify(value).length > QUALIFICATION_LIMITS.maxValueLength) {
        throw new InvalidInputError('qualification', `qualification field ${name} is longer than ${QUALIFICATION_LIMITS.maxValueLength} characters of JSON`);
      }
    }
    const before = this.state.qualification;
    const changed = entries.filter(([name, value]) => JSON.stringify(before[name]) !== JSON.stringify(value)).map(([name]) => name);
    if (changed.length === 0) return [];
    const qualification = { ...before, ...Object.fromEntries(entries) };
    this.state = { ...this.state, qualification, version: this.persistedVersion + 1, updatedAt: now };
    this.record('opportunity.updated', { changes: { qualification: { from: before, to: qualification } } }, now);
    return changed;
  }

  /**
   * Keeps a newly computed lead score. Nothing changes when it says what the stored one says; a
   * new value records `opportunity.score_changed {from, to}`. A rescoring is no activity, and
   * leaves the version alone: a client's If-Match is not made stale by a background rescoring.
   */
  rescore(score: LeadScore, now = new Date()): boolean {
    const before = this.state.leadScore;
    if (sameScore(before, score)) return false;
    // Computed, not written by clients: the version (the ETag clients send back) stays as it is.
    this.state = { ...this.state, leadScore: score };
    this.#scoreChanged = true;
    const from = before?.value ?? null;
    if (from !== score.value) {
      this.record('opportunity.score_changed', {
        from, to: score.value, model_version: score.modelVersion, changes: { lead_score: { from, to: score.value } },
      }, now);
    }
    return true;
  }

  /** Contract §6 rule 1: only an open opportunity whose first call has not succeeded yet takes attempts. */
  get isAwaitingFirstCall(): boolean {
    return FIRST_CALL_STATUSES.includes(this.state.status) && !this.state.firstCallCompleted;
  }

  /**
   * Registers an outbound call to the contact as a first-call attempt (contract §6 rules 2–5).
   * Answers the attempt it registered or updated, or null when nothing changed.
   */
  recordCallAttempt(call: CallOutcome, now = new Date()): RegisteredAttempt | null {
    // A call that is already an attempt keeps updating it after the first call succeeded (a later summary reaches its notes).
    const known = Object.values(this.state.firstCallAttempts).some((attempt) => attempt.callId === call.callId);
    if (!known && !this.isAwaitingFirstCall) return null;
    const result = CallAttempts.of(this.state.firstCallAttempts).register(call);
    if (!result) return null;
    const { attempts, registered } = result;
    const before = this.state;
    const succeeded = registered.attempt.status === 'green';
    this.state = {
      ...before,
      firstCallAttempts: attempts.toRecord(),
      firstCallCompleted: before.firstCallCompleted || succeeded,
      firstCallSuccessfulAttempt: before.firstCallSuccessfulAttempt ?? (succeeded ? registered.number : null),
      lastContactAttemptAt: attempts.lastAttemptedAt,
      status: before.status === 'pending' ? 'contacted' : before.status,
      version: this.persistedVersion + 1,
      updatedAt: now,
    };
    this.#activityAt = now;
    this.record('opportunity.call_attempt_registered', {
      attempt_number: registered.number,
      call_id: call.callId,
      attempt_status: registered.attempt.status,
      attempted_at: registered.attempt.attemptedAt.toISOString(),
      new_attempt: registered.isNew,
      changes: diff(before, this.state, [
        'status', 'firstCallCompleted', 'firstCallSuccessfulAttempt', 'lastContactAttemptAt',
      ]),
    }, now);
    return registered;
  }

  delete(now = new Date()): void {
    this.record('opportunity.deleted', {
      contact_id: this.state.contactId,
      stage: this.state.stage.currentStage,
      changes: diff(this.state, {} as OpportunityState, ['contactId', 'pipelineId', 'status']),
    }, now);
  }

  /** Whether this command computed a new lead score (read once by the repository's save). */
  pullScoreChanged(): boolean {
    const changed = this.#scoreChanged;
    this.#scoreChanged = false;
    return changed;
  }

  /** When the lead last showed activity in this command, or null (a rescoring is no activity). */
  pullActivity(): Date | null {
    const at = this.#activityAt;
    this.#activityAt = null;
    return at;
  }

  /** Stage changes made since the aggregate was loaded, for the history table. */
  pullStageChanges(): RecordedStageChange[] {
    const changes = this.#stageChanges;
    this.#stageChanges = [];
    return changes;
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private assertTransition(to: OpportunityStatus): void {
    const from = this.state.status;
    if (from === to) return;
    if (isClosed(from) || STATUS_RANK[to] < STATUS_RANK[from]) {
      throw new CrmError(CrmErrorCodes.invalidStatusTransition, `An opportunity cannot go from ${from} to ${to}`, {
        from,
        to,
      });
    }
  }

  private record<Type extends keyof OpportunityEventPayloads>(type: Type, payload: OpportunityEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({
      type,
      aggregateType: 'opportunity',
      aggregateId: this.state.id,
      tenantId: this.state.tenantId,
      payload,
      occurredAt,
    });
  }
}

const FIRST_CALL_STATUSES: readonly OpportunityStatus[] = ['pending', 'assigned', 'contacted'];

function isClosed(status: OpportunityStatus): boolean {
  return status === 'won' || status === 'lost';
}

function checkScore(score: number | null): number | null {
  if (score !== null && (!Number.isInteger(score) || score < 0 || score > 100)) {
    throw new InvalidInputError('opportunity_score', 'opportunity_score must be an integer from 0 to 100');
  }
  return score;
}
