import { describe, expect, it } from '@jest/globals';
import { AiAgent, AGENT_TYPES, DEFAULT_AGENTS, extractionSchemaShapeProblems, type ExtractionSchemaChecker } from './index.js';

const anySchema: ExtractionSchemaChecker = { problems: () => [] };

describe('extraction schema shape (contract §13)', () => {
  const nest = (depth: number): Record<string, unknown> => (depth === 0 ? { type: 'string' } : { type: 'object', properties: { inner: nest(depth - 1) } });

  it('wants an object root, at most 50 properties at every level, and at most 4 levels', () => {
    expect(extractionSchemaShapeProblems({ type: 'object', properties: {} })).toEqual([]);
    expect(extractionSchemaShapeProblems({ type: 'array' })).toHaveLength(1);
    expect(extractionSchemaShapeProblems(nest(4))).toEqual([]);
    expect(extractionSchemaShapeProblems(nest(5))[0]).toMatch(/4 levels/);
    const wide = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, { type: 'string' }]));
    expect(extractionSchemaShapeProblems({ type: 'object', properties: wide(50) })).toEqual([]);
    // 26 + 25 nested under an array's items: 51 in all.
    const nested = { type: 'object', properties: { ...wide(25), list: { type: 'array', items: { type: 'object', properties: wide(25) } } } };
    expect(extractionSchemaShapeProblems(nested)[0]).toMatch(/51/);
  });

  it('holds for every shipped default', () => {
    for (const type of AGENT_TYPES) expect(extractionSchemaShapeProblems(DEFAULT_AGENTS[type].extractionSchema)).toEqual([]);
  });
});

describe('AiAgent', () => {
  it('starts from the default at version 1 and goes up by one per replace, recording the changes', () => {
    const agent = AiAgent.shippedDefault('tenant', 'agendador', DEFAULT_AGENTS.agendador);
    expect(agent.snapshot).toMatchObject({ version: 1, updatedAt: null, maxTurns: DEFAULT_AGENTS.agendador.maxTurns });
    agent.replace({ ...DEFAULT_AGENTS.agendador, maxTurns: 3, tools: ['end_call', 'end_call'] }, anySchema);
    expect(agent.snapshot).toMatchObject({ version: 2, maxTurns: 3, tools: ['end_call'] });
    const [event] = agent.pullEvents();
    expect(event).toMatchObject({ type: 'ai_agent.updated', aggregateId: agent.snapshot.id, payload: { version: 2, changes: { maxTurns: { to: 3 } } } });
  });

  it('refuses what the contract does not allow, before any change', () => {
    const agent = AiAgent.shippedDefault('tenant', 'perfilador', DEFAULT_AGENTS.perfilador);
    const bad = [
      { instructions: ' ' }, { greeting: 'x'.repeat(1001) }, { tools: ['fly'] }, { advanceToStage: 'Ganado' },
      { maxTurns: 0 }, { maxDurationSeconds: 10 }, { extractionSchema: { type: 'string' } },
    ];
    for (const change of bad) {
      expect(() => agent.replace({ ...DEFAULT_AGENTS.perfilador, ...change } as never, anySchema)).toThrow();
    }
    expect(() => agent.replace(DEFAULT_AGENTS.perfilador, { problems: () => ['nope'] })).toThrow(/nope/);
    expect(agent.snapshot.version).toBe(1);
    expect(agent.pullEvents()).toEqual([]);
  });
});
