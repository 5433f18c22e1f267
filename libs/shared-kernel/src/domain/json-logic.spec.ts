import { describe, expect, it } from '@jest/globals';
import { jsonLogicHolds, jsonLogicProblem } from './json-logic.js';

describe('JsonLogic rules', () => {
  it('accepts rules made of known operations, literals and lists', () => {
    expect(jsonLogicProblem({ '>=': [{ var: 'score' }, 60] })).toBeNull();
    expect(jsonLogicProblem({ and: [{ '==': [{ var: 'first_call_completed' }, true] }, { in: [{ var: 'stage' }, ['a', 'b']] }] })).toBeNull();
    expect(jsonLogicProblem(true)).toBeNull();
  });

  it('names the part that is not an operation', () => {
    expect(jsonLogicProblem({ '>=': [{ var: 'score' }, 60], '<': [1, 2] })).toMatch(/^rule must be one operation/);
    expect(jsonLogicProblem({ and: [{ frobnicate: [1] }] })).toBe('rule.and[0] uses the unknown operator "frobnicate"');
    expect(jsonLogicProblem({})).toMatch(/exactly one operator/);
  });

  it('refuses the operators that reach outside the data, and prototype members as variables', () => {
    expect(jsonLogicProblem({ method: ['abc', 'toUpperCase'] })).toMatch(/unknown operator "method"/);
    expect(jsonLogicProblem({ log: 1 })).toMatch(/unknown operator "log"/);
    expect(jsonLogicProblem({ var: 'budget.__proto__' })).toMatch(/not a variable/);
    expect(jsonLogicProblem({ var: ['constructor', 0] })).toMatch(/not a variable/);
  });

  it('refuses rules of more than 500 parts', () => {
    expect(jsonLogicProblem({ and: Array.from({ length: 600 }, () => true) })).toMatch(/more than 500/);
  });

  it('evaluates with JsonLogic truthiness, and a rule that fails on the data does not hold', () => {
    expect(jsonLogicHolds({ '>=': [{ var: 'score' }, 60] }, { score: 75 })).toBe(true);
    expect(jsonLogicHolds({ '>=': [{ var: 'score' }, 60] }, { score: null })).toBe(false);
    expect(jsonLogicHolds({ var: 'tags' }, { tags: [] })).toBe(false);
    expect(jsonLogicHolds({ var: 'budget' }, { budget: 1 })).toBe(true);
  });
});
