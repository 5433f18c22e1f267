import { describe, expect, it } from '@jest/globals';
import { CrmErrorCodes } from './errors.js';
import { checkScoringModel, DEFAULT_SCORING_MODEL, sameScore, scoreLead, type ScoringModel } from './lead-score.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const MODEL: ScoringModel = { ...DEFAULT_SCORING_MODEL, version: 3 };

/** A lead that meets no rule of the default model. */
const quiet = {
  first_call_completed: false, answered_calls: 0, unanswered_attempts: 0, replies: 0, meeting_booked: false,
  budget: null, timeline_months: null, days_since_activity: 0,
};

const points = (facts: object, opportunityScore: number | null = null, multiplier = 1) => {
  const score = scoreLead(MODEL, { ...quiet, ...facts }, opportunityScore, multiplier, NOW);
  return { value: score.value, rules: score.components.filter((c) => c.rule !== 'stage_score') };
};

describe('the default scoring model, rule by rule', () => {
  it('scores a lead that meets no rule at its base: opportunity_score × 0.5', () => {
    expect(points({}, 60)).toEqual({ value: 30, rules: [] });
    expect(points({}, null)).toEqual({ value: 0, rules: [] });
  });

  it.each([
    ['first_call_completed', { first_call_completed: true }, 15],
    ['answered_calls', { answered_calls: 2 }, 10],
    ['unanswered_attempts', { unanswered_attempts: 3 }, -10],
    ['replies', { replies: 1 }, 10],
    ['meeting_booked', { meeting_booked: true }, 20],
    ['known_budget', { budget: 2_500_000 }, 10],
    ['timeline_within_3_months', { timeline_months: 3 }, 10],
    ['stale_lead', { days_since_activity: 14 }, -15],
  ])('%s adds its points when it holds', (rule, facts, expected) => {
    expect(points(facts, 60)).toEqual({ value: 30 + expected, rules: [{ rule, points: expected }] });
  });

  it.each([
    ['one answered call', { answered_calls: 1 }],
    ['two unanswered attempts', { unanswered_attempts: 2 }],
    ['an empty budget', { budget: '' }],
    ['no timeline', { timeline_months: null }],
    ['a timeline of 4 months', { timeline_months: 4 }],
    ['13 idle days', { days_since_activity: 13 }],
  ])('no rule holds for %s', (_, facts) => {
    expect(points(facts, 60).rules).toEqual([]);
  });
});

describe('the score', () => {
  it('multiplies base plus points by the stage multiplier, and shows the difference as stage_score', () => {
    const score = scoreLead(MODEL, { ...quiet, first_call_completed: true, budget: 1 }, 70, 1.2, NOW);
    // (35 + 15 + 10) × 1.2 = 72
    expect(score).toEqual({
      value: 72, base: 35, multiplier: 1.2, modelVersion: 3, computedAt: NOW,
      components: [{ rule: 'first_call_completed', points: 15 }, { rule: 'known_budget', points: 10 }, { rule: 'stage_score', points: 12 }],
    });
  });

  it('rounds half up, and clamps to 0…100', () => {
    expect(scoreLead(MODEL, quiet, 45, 1, NOW).value).toBe(23); // 22.5
    expect(scoreLead(MODEL, { ...quiet, first_call_completed: true, meeting_booked: true, replies: 1 }, 100, 2, NOW).value).toBe(100); // 190
    expect(scoreLead(MODEL, { ...quiet, stale_lead: true, days_since_activity: 30, unanswered_attempts: 5 }, 10, 1, NOW).value).toBe(0); // -20
  });

  it('a multiplier of 0 zeroes it', () => {
    expect(scoreLead(MODEL, { ...quiet, meeting_booked: true }, 90, 0, NOW)).toMatchObject({ value: 0, components: [{ rule: 'meeting_booked', points: 20 }, { rule: 'stage_score', points: -65 }] });
  });

  it('is the same score whatever the time it was computed', () => {
    const first = scoreLead(MODEL, quiet, 50, 1, NOW);
    expect(sameScore(first, scoreLead(MODEL, quiet, 50, 1, new Date()))).toBe(true);
    expect(sameScore(first, scoreLead({ ...MODEL, version: 4 }, quiet, 50, 1, NOW))).toBe(false);
    expect(sameScore(null, first)).toBe(false);
  });
});

describe('checking a model', () => {
  it.each([
    ['a base weight over 1', { baseWeight: 1.5 }],
    ['a rule of unparsable JsonLogic', { rules: [{ name: 'x', when: { frobnicate: 1 }, points: 1 }] }],
    ['two rules of one name', { rules: [{ name: 'x', when: true, points: 1 }, { name: 'x', when: true, points: 2 }] }],
    ['a rule named stage_score', { rules: [{ name: 'stage_score', when: true, points: 1 }] }],
    ['points over 100', { rules: [{ name: 'x', when: true, points: 101 }] }],
  ])('refuses %s', (_, changes) => {
    expect(() => checkScoringModel({ ...DEFAULT_SCORING_MODEL, ...changes })).toThrow(expect.objectContaining({ code: CrmErrorCodes.scoringModelInvalid }));
  });

  it('accepts the default model', () => {
    expect(checkScoringModel(DEFAULT_SCORING_MODEL)).toBe(DEFAULT_SCORING_MODEL);
  });
});
