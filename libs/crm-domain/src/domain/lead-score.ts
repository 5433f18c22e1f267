import { jsonLogicHolds, jsonLogicProblem, type JsonLogicRule } from '@leadline/shared-kernel/domain';
import { CrmError, CrmErrorCodes } from './errors.js';

/** One rule of the scoring model: `points` when `when` holds over the lead's render context. */
export interface ScoringRule {
  readonly name: string;
  readonly when: JsonLogicRule;
  readonly points: number;
}

/** Contract §12's model: the weight of the client-set opportunity_score, and the rules. */
export interface ScoringModel {
  readonly baseWeight: number;
  readonly rules: readonly ScoringRule[];
  readonly version: number;
}

export interface ScoreComponent {
  readonly rule: string;
  readonly points: number;
}

/** Contract §12's `lead_score`: the value and how it was reached. */
export interface LeadScore {
  readonly value: number;
  readonly components: readonly ScoreComponent[];
  readonly base: number;
  readonly multiplier: number;
  readonly modelVersion: number;
  readonly computedAt: Date;
}

/** The stage's contribution, shown as a component of its own (seed 004's `stage_score`). */
export const STAGE_SCORE = 'stage_score';

const RULE_NAME = /^[a-z0-9_]{1,50}$/;

/**
 * The model Leadline ships (README, "Lead scoring"): what a lead has done and told, read from its
 * render context. Tenants replace it with `PUT /api/v1/scoring/model`.
 */
export const DEFAULT_SCORING_MODEL: Omit<ScoringModel, 'version'> = {
  baseWeight: 0.5,
  rules: [
    { name: 'first_call_completed', when: { '==': [{ var: 'first_call_completed' }, true] }, points: 15 },
    { name: 'answered_calls', when: { '>=': [{ var: 'answered_calls' }, 2] }, points: 10 },
    { name: 'unanswered_attempts', when: { '>=': [{ var: 'unanswered_attempts' }, 3] }, points: -10 },
    { name: 'replies', when: { '>=': [{ var: 'replies' }, 1] }, points: 10 },
    { name: 'meeting_booked', when: { '==': [{ var: 'meeting_booked' }, true] }, points: 20 },
    { name: 'known_budget', when: { '!!': [{ var: 'budget' }] }, points: 10 },
    {
      name: 'timeline_within_3_months',
      when: { and: [{ '!=': [{ var: 'timeline_months' }, null] }, { '<=': [{ var: 'timeline_months' }, 3] }] },
      points: 10,
    },
    { name: 'stale_lead', when: { '>=': [{ var: 'days_since_activity' }, 14] }, points: -15 },
  ],
};

/** Checks a model before it is stored: 422 `scoring.model_invalid` naming what is wrong. */
export function checkScoringModel(model: Omit<ScoringModel, 'version'>): Omit<ScoringModel, 'version'> {
  const invalid = (message: string): never => {
    throw new CrmError(CrmErrorCodes.scoringModelInvalid, message);
  };
  if (!(model.baseWeight >= 0 && model.baseWeight <= 1)) invalid('base_weight must be from 0 to 1');
  if (model.rules.length > 50) invalid('a scoring model has at most 50 rules');
  const names = new Set<string>();
  model.rules.forEach((rule, index) => {
    if (!RULE_NAME.test(rule.name) || rule.name === STAGE_SCORE) {
      invalid(`rules[${index}].name "${rule.name}" must be 1-50 of a-z, 0-9 and _, and not ${STAGE_SCORE}`);
    }
    if (names.has(rule.name)) invalid(`rules[${index}].name "${rule.name}" appears twice`);
    names.add(rule.name);
    if (!(Number.isInteger(rule.points) && rule.points >= -100 && rule.points <= 100)) {
      invalid(`rules[${index}].points must be a whole number from -100 to 100`);
    }
    const problem = jsonLogicProblem(rule.when);
    if (problem) invalid(`rules[${index}].when is not a JsonLogic rule: ${problem}`);
  });
  return model;
}

/**
 * Contract §12: value = clamp(round((base + Σ points) × multiplier), 0, 100), base =
 * opportunity_score × base_weight (0 without one), multiplier = the stage's score_multiplier.
 * Components list the rules that held, then `stage_score`: what the multiplier added or took.
 */
export function scoreLead(
  model: ScoringModel,
  context: object,
  opportunityScore: number | null,
  multiplier: number,
  now: Date,
): LeadScore {
  const base = round2((opportunityScore ?? 0) * model.baseWeight);
  const held = model.rules.filter((rule) => jsonLogicHolds(rule.when, context)).map((rule) => ({ rule: rule.name, points: rule.points }));
  const subtotal = base + held.reduce((sum, component) => sum + component.points, 0);
  return {
    value: Math.min(100, Math.max(0, Math.round(subtotal * multiplier))),
    components: [...held, { rule: STAGE_SCORE, points: round2(subtotal * (multiplier - 1)) }],
    base,
    multiplier,
    modelVersion: model.version,
    computedAt: now,
  };
}

/** Whether two scores say the same (the time they were computed aside). */
export function sameScore(a: LeadScore | null, b: LeadScore): boolean {
  return a !== null && a.value === b.value && a.base === b.base && a.multiplier === b.multiplier
    && a.modelVersion === b.modelVersion && JSON.stringify(a.components) === JSON.stringify(b.components);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** `lead_score` as stored (JSONB) and answered by the API: snake_case, the time as ISO-8601. */
export interface StoredLeadScore {
  readonly value: number;
  readonly components: readonly ScoreComponent[];
  readonly base: number;
  readonly multiplier: number;
  readonly model_version: number;
  readonly computed_at: string;
}

export function storedLeadScore(score: LeadScore): StoredLeadScore {
  return {
    value: score.value,
    components: score.components,
    base: score.base,
    multiplier: score.multiplier,
    model_version: score.modelVersion,
    computed_at: score.computedAt.toISOString(),
  };
}

export function leadScoreOf(stored: StoredLeadScore | null): LeadScore | null {
  if (!stored) return null;
  return {
    value: stored.value,
    components: stored.components,
    base: stored.base,
    multiplier: stored.multiplier,
    modelVersion: stored.model_version,
    computedAt: new Date(stored.computed_at),
  };
}
