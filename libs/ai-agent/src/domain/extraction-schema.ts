import { AGENT_LIMITS } from './agent-types.js';

/** A JSON object (not an array, not null). */
export type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Contract §13's shape rules for an extraction schema, which a validator library does not know:
 * an object at the root, at most 50 properties counted at every level, properties nested at most
 * 4 deep (the root's properties are level 1; an array's item object is one level deeper).
 * Answers the problems, empty when none.
 */
export function extractionSchemaShapeProblems(schema: JsonObject): string[] {
  const problems: string[] = [];
  if (schema.type !== 'object') problems.push('the root must be {"type": "object", ...}');
  if (JSON.stringify(schema).length > AGENT_LIMITS.schemaMaxLength) {
    problems.push(`the schema must be at most ${AGENT_LIMITS.schemaMaxLength} characters of JSON`);
    return problems;
  }
  let properties = 0;
  let deepest = 0;
  const walk = (node: unknown, depth: number): void => {
    if (!isObject(node)) return;
    if (isObject(node.properties)) {
      const names = Object.keys(node.properties);
      properties += names.length;
      if (names.length > 0) deepest = Math.max(deepest, depth + 1);
      for (const name of names) walk(node.properties[name], depth + 1);
    }
    if (Array.isArray(node.items)) node.items.forEach((item) => walk(item, depth));
    else walk(node.items, depth);
    for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = node[keyword];
      if (Array.isArray(branches)) branches.forEach((branch) => walk(branch, depth));
    }
    walk(node.additionalProperties, depth);
    for (const keyword of ['$defs', 'definitions'] as const) {
      const defs = node[keyword];
      if (isObject(defs)) Object.values(defs).forEach((definition) => walk(definition, depth));
    }
  };
  walk(schema, 0);
  if (properties > AGENT_LIMITS.schemaMaxProperties) {
    problems.push(`at most ${AGENT_LIMITS.schemaMaxProperties} properties in all (this one has ${properties})`);
  }
  if (deepest > AGENT_LIMITS.schemaMaxDepth) {
    problems.push(`properties nest at most ${AGENT_LIMITS.schemaMaxDepth} levels deep (this one nests ${deepest})`);
  }
  return problems;
}
