import { describe, expect, it } from '@jest/globals';
import { CrmErrorCodes } from './errors.js';
import { Pipeline } from './pipeline.js';

const TENANT = '0190a8f2-0000-7000-8000-000000000001';

describe('Pipeline', () => {
  it('builds the sales template of seed 003 with agent_initial first', () => {
    const { initialStage, stages } = Pipeline.fromTemplate(TENANT, 'Sales', 'sales').snapshot;
    expect(initialStage).toBe('agent_initial');
    expect(stages.map((stage) => stage.key)).toEqual([
      'agent_initial', 'perfilamiento', 'calificacion_financiera', 'agendado', 'seguimiento', 'referidos', 'ganado', 'perdido',
    ]);
    expect(stages.filter((stage) => stage.kind !== 'open').map((stage) => [stage.key, stage.kind])).toEqual([
      ['ganado', 'won'],
      ['perdido', 'lost'],
    ]);
  });

  it('maps the eleven ManyChat stages of seed 001 to Odoo stages 16–26, starting at 16', () => {
    const { initialStage, stages } = Pipeline.fromTemplate(TENANT, 'ManyChat', 'manychat_odoo').snapshot;
    expect(stages.map((stage) => stage.odooStageId)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
    expect(stages.find((stage) => stage.odooStageId === 16)?.key).toBe(initialStage);
  });

  it.each([
    ['no stages', { initialStage: 'a', stages: [] }],
    ['a duplicate key', { initialStage: 'a', stages: [{ key: 'a', name: 'A' }, { key: 'a', name: 'B' }] }],
    ['an initial stage that is not a stage', { initialStage: 'x', stages: [{ key: 'a', name: 'A' }] }],
    ['a key with capitals', { initialStage: 'A', stages: [{ key: 'A', name: 'A' }] }],
    ['a closed initial stage', { initialStage: 'a', stages: [{ key: 'a', name: 'A', kind: 'won' as const }] }],
    ['an Odoo stage mapped twice', {
      initialStage: 'a',
      stages: [{ key: 'a', name: 'A', odooStageId: 16 }, { key: 'b', name: 'B', odooStageId: 16 }],
    }],
  ])('refuses %s', (_, definition) => {
    expect(() => Pipeline.create(TENANT, { name: 'P', ...definition })).toThrow(
      expect.objectContaining({ code: CrmErrorCodes.pipelineInvalid }),
    );
  });

  it('refuses to drop a stage that opportunities are in', () => {
    const pipeline = Pipeline.rehydrate(Pipeline.fromTemplate(TENANT, 'Sales', 'sales').snapshot);
    const withoutReferidos = pipeline.snapshot.stages.filter((stage) => stage.key !== 'referidos');
    expect(() => pipeline.redefine({ stages: withoutReferidos }, new Set(['referidos']))).toThrow(
      expect.objectContaining({ code: CrmErrorCodes.pipelineStageInUse }),
    );
    expect(pipeline.stage('referidos')).toBeDefined();
  });

  it('drops an unused stage and records the change', () => {
    const pipeline = Pipeline.rehydrate(Pipeline.fromTemplate(TENANT, 'Sales', 'sales').snapshot);
    const withoutReferidos = pipeline.snapshot.stages.filter((stage) => stage.key !== 'referidos');
    expect(pipeline.redefine({ stages: withoutReferidos }, new Set(['agent_initial']))).toBe(true);
    expect(pipeline.stage('referidos')).toBeUndefined();
    expect(pipeline.snapshot.version).toBe(2);
    expect(pipeline.pullEvents().map((event) => event.type)).toEqual(['pipeline.updated']);
  });
});
