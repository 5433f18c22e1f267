import { describe, expect, it } from '@jest/globals';
import { Opportunity } from './opportunity.js';
import { CrmErrorCodes } from './errors.js';
import { Pipeline, type StageInput } from './pipeline.js';

const TENANT = '0190a8f2-0000-7000-8000-000000000001';
const CONTACT = '0190a8f2-0000-7000-8000-000000000002';
const FIRST_CALL = { '==': [{ var: 'first_call_completed' }, true] };

const stages = (overrides: Partial<Record<string, Partial<StageInput>>> = {}): StageInput[] => [
  { key: 'nuevo', name: 'Nuevo' },
  { key: 'perfil', name: 'Perfil' },
  { key: 'cita', name: 'Cita' },
  { key: 'ganado', name: 'Ganado', kind: 'won' },
  { key: 'perdido', name: 'Perdido', kind: 'lost' },
].map((stage) => ({ ...stage, ...overrides[stage.key] }) as StageInput);

const aPipeline = (overrides: Parameters<typeof stages>[0] = {}) =>
  Pipeline.create(TENANT, { name: 'Ventas', initialStage: 'nuevo', stages: stages(overrides) });

describe('stage rules', () => {
  it('keep probability, rotting days, the score multiplier and the auto-advance rule, with their defaults', () => {
    const pipeline = aPipeline({ perfil: { probability: 20, rottingDays: 3, scoreMultiplier: 1.5, autoAdvance: { when: FIRST_CALL, to: 'cita' } } });
    expect(pipeline.stage('perfil')).toMatchObject({ probability: 20, rottingDays: 3, scoreMultiplier: 1.5, autoAdvance: { when: FIRST_CALL, to: 'cita' } });
    expect(pipeline.stage('nuevo')).toMatchObject({ probability: null, rottingDays: null, scoreMultiplier: 1, autoAdvance: null });
  });

  it.each([
    ['a probability over 100', { perfil: { probability: 101 } }],
    ['rotting days of 0', { perfil: { rottingDays: 0 } }],
    ['fractional rotting days', { perfil: { rottingDays: 1.5 } }],
    ['a multiplier over 5', { perfil: { scoreMultiplier: 5.5 } }],
  ])('refuse %s (400)', (_, overrides) => {
    expect(() => aPipeline(overrides)).toThrow(expect.objectContaining({ code: CrmErrorCodes.pipelineInvalid }));
  });

  it.each([
    ['a target that is not a stage', { nuevo: { autoAdvance: { when: FIRST_CALL, to: 'demo' } } }, /"demo" is not a stage of this pipeline/],
    ['JsonLogic that does not parse', { nuevo: { autoAdvance: { when: { frobnicate: [1] }, to: null } } }, /unknown operator "frobnicate"/],
    ['a lost target', { nuevo: { autoAdvance: { when: FIRST_CALL, to: 'perdido' } } }, /lost stage/],
    ['a backward target', { cita: { autoAdvance: { when: FIRST_CALL, to: 'perfil' } } }, /only moves forward/],
    ['a rule on a closed stage', { ganado: { autoAdvance: { when: FIRST_CALL, to: null } } }, /only an open stage advances/],
    ['no next open stage and no target', { cita: { autoAdvance: { when: FIRST_CALL, to: null } } }, /no open stage follows/],
  ])('refuse %s (422 pipeline.rule_invalid)', (_, overrides, message) => {
    expect(() => aPipeline(overrides)).toThrow(expect.objectContaining({ code: CrmErrorCodes.pipelineRuleInvalid, message: expect.stringMatching(message) }));
  });

  it('name the stages a move advances: open ones below an open target, every open one for a won target, none for lost', () => {
    const pipeline = aPipeline();
    expect(pipeline.stagesAdvancedBy(pipeline.stage('cita')!)).toEqual(['nuevo', 'perfil']);
    expect(pipeline.stagesAdvancedBy(pipeline.stage('ganado')!)).toEqual(['nuevo', 'perfil', 'cita']);
    expect(pipeline.stagesAdvancedBy(pipeline.stage('perdido')!)).toEqual([]);
  });
});

describe('auto-advance', () => {
  const lead = (facts: object) => ({ first_call_completed: false, ...facts });

  it('moves to the next open stage when the rule holds, recording source auto_advance', () => {
    const pipeline = aPipeline({ nuevo: { autoAdvance: { when: FIRST_CALL, to: null } } });
    const opportunity = Opportunity.create(TENANT, pipeline, { contactId: CONTACT });
    opportunity.pullStageChanges();

    expect(opportunity.autoAdvance(pipeline, lead({}))).toEqual({ moved: false, fromStage: 'nuevo', toStage: null, rule: { when: FIRST_CALL, to: null } });
    expect(opportunity.autoAdvance(pipeline, lead({ first_call_completed: true }))).toMatchObject({ moved: true, fromStage: 'nuevo', toStage: 'perfil' });
    expect(opportunity.snapshot.stage.currentStage).toBe('perfil');
    expect(opportunity.pullStageChanges()).toEqual([expect.objectContaining({ fromStage: 'nuevo', toStage: 'perfil', source: 'auto_advance', advances: ['nuevo'] })]);
  });

  it('goes to the named target, also a won one, and answers "no rule" for a stage without one', () => {
    const pipeline = aPipeline({ nuevo: { autoAdvance: { when: true as never, to: 'ganado' } }, perfil: {} });
    const opportunity = Opportunity.create(TENANT, pipeline, { contactId: CONTACT });
    expect(opportunity.autoAdvance(pipeline, lead({}))).toMatchObject({ moved: true, toStage: 'ganado' });
    expect(opportunity.snapshot.status).toBe('won');
    expect(opportunity.autoAdvance(pipeline, lead({}))).toEqual({ moved: false, fromStage: 'ganado', toStage: null, rule: null });
  });

  it('never moves a closed opportunity', () => {
    const pipeline = aPipeline({ nuevo: { autoAdvance: { when: FIRST_CALL, to: null } } });
    const opportunity = Opportunity.create(TENANT, pipeline, { contactId: CONTACT });
    opportunity.update({ status: 'lost' });
    expect(opportunity.autoAdvance(pipeline, lead({ first_call_completed: true }))).toMatchObject({ moved: false, toStage: null });
    expect(opportunity.snapshot.stage.currentStage).toBe('nuevo');
  });
});
