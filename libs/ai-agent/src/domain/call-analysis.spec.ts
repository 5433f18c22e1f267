import { describe, expect, it } from '@jest/globals';
import { analysisPrompt, analysisSchema, customerLines, DEFAULT_AGENTS, qualificationOf, stageCandidates, strictSchemaOf } from './index.js';

describe('the strict schema an analysis asks for (integrations §6.2)', () => {
  it('lists every property as required, allows no others, and lets every property be null, keeping the agent\'s constraints', () => {
    const strict = strictSchemaOf({
      type: 'object',
      properties: {
        budget: { type: 'number', description: 'Presupuesto' },
        timeline: { type: ['string', 'null'], enum: ['inmediato', 'no_sabe'] },
        tags: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
        either: { anyOf: [{ type: 'string' }, { type: 'number' }] },
      },
    });
    expect(strict).toEqual({
      type: 'object', additionalProperties: false, required: ['budget', 'timeline', 'tags', 'either'],
      properties: {
        budget: { type: ['number', 'null'], description: 'Presupuesto' },
        timeline: { type: ['string', 'null'], enum: ['inmediato', 'no_sabe', null] },
        tags: { type: ['array', 'null'], items: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: ['string', 'null'] } } } },
        either: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] },
      },
    });
  });

  it('wraps the agent\'s fields with the summary and the open stages as the suggestion\'s enum', () => {
    const schema = analysisSchema(DEFAULT_AGENTS.perfilador.extractionSchema, [
      { key: 'perfilamiento', name: 'Perfilamiento', kind: 'open' }, { key: 'ganado', name: 'Ganado', kind: 'won' },
    ]) as { required: string[]; properties: Record<string, { enum?: unknown[]; required?: string[] }> };
    expect(schema.required).toEqual(['summary', 'extracted', 'suggested_stage']);
    expect(schema.properties.suggested_stage!.enum).toEqual(['perfilamiento', null]);
    expect(schema.properties.extracted!.required).toEqual(['interest', 'purpose', 'location', 'timeline', 'interested']);
  });
});

describe('analysis rules', () => {
  it('counts customer lines, keeps non-null fields, and tries advance_to_stage before the suggestion', () => {
    expect(customerLines([{ speaker: 'bot' }, { speaker: 'customer' }, { speaker: 'agent' }, { speaker: 'customer' }])).toBe(2);
    // A transcribed recording says nothing of who spoke: its lines may be the customer's.
    expect(customerLines([{ speaker: 'unknown' }, { speaker: 'bot' }, { speaker: 'unknown' }])).toBe(2);
    expect(qualificationOf({ budget: 0, location: null, interested: false })).toEqual({ budget: 0, interested: false });
    expect(stageCandidates('agendado', 'seguimiento')).toEqual(['agendado', 'seguimiento']);
    expect(stageCandidates(null, 'seguimiento')).toEqual(['seguimiento']);
    expect(stageCandidates('agendado', 'agendado')).toEqual(['agendado']);
    expect(stageCandidates(null, null)).toEqual([]);
  });

  it('puts the schema in the prompt only in JSON mode, and the transcript as speaker lines', () => {
    const input = { lines: [{ speaker: 'bot' as const, text: 'Hola' }, { speaker: 'customer' as const, text: 'Buenas' }], stages: [], currentStage: null, schema: { type: 'object' } };
    expect(analysisPrompt({ ...input, mode: 'json_schema' }).system).not.toContain('JSON Schema');
    expect(analysisPrompt({ ...input, mode: 'json_object' }).system).toContain('{"type":"object"}');
    expect(analysisPrompt({ ...input, mode: 'json_schema' }).user).toBe('Agente: Hola\nCliente: Buenas');
  });
});
