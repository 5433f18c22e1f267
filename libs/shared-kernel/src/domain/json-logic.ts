import jsonLogic from 'json-logic-js';

/**
 * JsonLogic (jsonlogic.com) rules over a lead's render context (contract §9): stage
 * `auto_advance.when`, scoring rules, campaign step conditions. Evaluation is json-logic-js, the
 * reference implementation; this module only decides which rules are acceptable before they are
 * stored, so that a stored rule always evaluates.
 */
export type JsonLogicRule = unknown;

/** Every operator of json-logic-js except `log` (writes to the console) and `method` (calls any method of any value). */
const OPERATORS = new Set([
  '==', '===', '!=', '!==', '>', '>=', '<', '<=', '!!', '!', '%', 'in', 'cat', 'substr', '+', '*', '-', '/', 'min', 'max',
  'merge', 'var', 'missing', 'missing_some', 'if', '?:', 'and', 'or', 'filter', 'map', 'reduce', 'all', 'none', 'some',
]);

/** Path segments that would reach an object's prototype instead of its data. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

const MAX_NODES = 500;

/**
 * Answers why `rule` is not an acceptable JsonLogic rule, or null when it is: every object is one
 * operation (exactly one key, a known operator), `var` names no prototype member, and the rule has
 * at most 500 nodes.
 */
export function jsonLogicProblem(rule: JsonLogicRule): string | null {
  let nodes = 0;
  const walk = (node: unknown, path: string): string | null => {
    if (++nodes > MAX_NODES) return `the rule has more than ${MAX_NODES} parts`;
    if (node === null || ['string', 'number', 'boolean'].includes(typeof node)) return null;
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) {
        const problem = walk(item, `${path}[${index}]`);
        if (problem) return problem;
      }
      return null;
    }
    if (typeof node !== 'object') return `${path} is not JSON`;
    const keys = Object.keys(node);
    if (keys.length !== 1) return `${path} must be one operation: an object with exactly one operator as its key`;
    const operator = keys[0]!;
    if (!OPERATORS.has(operator)) return `${path} uses the unknown operator "${operator}"`;
    const args = (node as Record<string, unknown>)[operator];
    if (operator === 'var') {
      const name = Array.isArray(args) ? args[0] : args;
      if (typeof name === 'string' && name.split('.').some((segment) => FORBIDDEN_SEGMENTS.has(segment))) {
        return `${path} reads "${name}", which is not a variable`;
      }
    }
    return walk(args, `${path}.${operator}`);
  };
  return walk(rule, 'rule');
}

/**
 * Whether `rule` holds for `data` (JsonLogic truthiness). A rule that fails at run time (it was
 * checked when stored, so only odd data can make it fail) does not hold.
 */
export function jsonLogicHolds(rule: JsonLogicRule, data: object): boolean {
  try {
    return jsonLogic.truthy(jsonLogic.apply(rule as jsonLogic.RulesLogic, data));
  } catch {
    return false;
  }
}
