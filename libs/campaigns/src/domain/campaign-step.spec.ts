import { describe, expect, it } from '@jest/globals';
import { Campaign } from './campaign.js';
import { defineStep, newStep, placeStep, withoutStep, type CampaignStepState, type StepInput } from './campaign-step.js';
import { CampaignError, CampaignErrorCodes } from './errors.js';

const TENANT = '0190a8f2-0000-7000-8000-000000000001';
const TEMPLATE = '0190a8f2-0000-7000-8000-0000000000cc';
const NOW = new Date('2026-01-05T10:00:00Z');

const step = (label: string): CampaignStepState => ({ ...newStep(defineStep({ action: 'make_call' }), NOW), id: label });
const ids = (steps: readonly CampaignStepState[]) => steps.map((s) => `${s.id}${s.stepNumber}`);

function errorOf(run: () => unknown): CampaignError | undefined {
  try {
    run();
  } catch (error) {
    return error as CampaignError;
  }
  return undefined;
}

describe('step numbering', () => {
  it('appends, inserts at a taken number (the later ones shift), clamps past the end, and moves a step', () => {
    let steps = placeStep([], step('a'));
    steps = placeStep(steps, step('b'));
    expect(ids(steps)).toEqual(['a1', 'b2']);
    steps = placeStep(steps, step('c'), 1);
    expect(ids(steps)).toEqual(['c1', 'a2', 'b3']);
    steps = placeStep(steps, step('d'), 50);
    expect(ids(steps)).toEqual(['c1', 'a2', 'b3', 'd4']);
    steps = placeStep(steps, steps[3]!, 2);
    expect(ids(steps)).toEqual(['c1', 'd2', 'a3', 'b4']);
    steps = placeStep(steps, steps[0]!, 4);
    expect(ids(steps)).toEqual(['d1', 'a2', 'b3', 'c4']);
  });

  it('closes the gap of a removed step and keeps the objects of steps whose number did not move', () => {
    const steps = placeStep(placeStep(placeStep([], step('a')), step('b')), step('c'));
    const after = withoutStep(steps, 'b');
    expect(ids(after)).toEqual(['a1', 'c2']);
    expect(after[0]).toBe(steps[0]);
    expect(ids(withoutStep(steps, 'a'))).toEqual(['b1', 'c2']);
  });
});

describe('step definitions', () => {
  it('keeps what each action uses and nulls the rest; delays keep four decimals', () => {
    expect(defineStep({ action: 'send_message', templateId: TEMPLATE, delayHours: 0.25 })).toMatchObject({
      templateId: TEMPLATE, delayHours: 0.25, stage: null, meeting: null, agentType: null, channel: null, conditions: null,
    });
    expect(defineStep({ action: 'make_call', delayHours: 1 / 3 }).delayHours).toBe(0.3333);
    expect(defineStep({ action: 'schedule_meeting', meeting: { title: ' Visita ', duration_minutes: 30 } }).meeting)
      .toEqual({ title: 'Visita', duration_minutes: 30, due_in_hours: 24 });
    expect(defineStep({ action: 'update_stage', stage: 'agendado' }).stage).toBe('agendado');
    expect(defineStep({ action: 'make_call', agentType: 'seguimiento', conditions: { '>=': [{ var: 'score' }, 60] } }))
      .toMatchObject({ agentType: 'seguimiento', conditions: { '>=': [{ var: 'score' }, 60] } });
  });

  it.each([
    [{ action: 'send_message' }, 'template_id'],
    [{ action: 'send_message', templateId: TEMPLATE, stage: 'a' }, 'stage'],
    [{ action: 'update_stage' }, 'stage'],
    [{ action: 'update_stage', stage: 'Bad Key' }, 'stage'],
    [{ action: 'schedule_meeting' }, 'meeting'],
    [{ action: 'schedule_meeting', meeting: { title: 'x', duration_minutes: 0 } }, 'meeting.duration_minutes'],
    [{ action: 'schedule_meeting', meeting: { title: 'x', duration_minutes: 5, due_in_hours: -1 } }, 'meeting.due_in_hours'],
    [{ action: 'make_call', delayHours: 8760.5 }, 'delay_hours'],
    [{ action: 'make_call', delayHours: -0.1 }, 'delay_hours'],
    [{ action: 'make_call', conditions: { nope: [1] } }, 'conditions'],
    [{ action: 'make_call', conditions: 'yes' }, 'conditions'],
    [{ action: 'make_call', conditions: [1, 2] }, 'conditions'],
    [{ action: 'make_call', agentType: 'vendedor' }, 'agent_type'],
    [{ action: 'teleport' }, 'action'],
  ] as [StepInput, string][])('refuses %j: campaign.step_invalid on %s', (input, field) => {
    const error = errorOf(() => defineStep(input));
    expect(error?.code).toBe(CampaignErrorCodes.stepInvalid);
    expect(error?.details.field).toBe(field);
  });
});

describe('Campaign steps', () => {
  it('adds, replaces and removes steps, renumbering, each change one version up and one event', () => {
    const campaign = Campaign.rehydrate({ ...Campaign.create(TENANT, { name: 'Seguimiento', channel: 'telegram' }).snapshot });
    const first = campaign.addStep({ input: { action: 'send_message', templateId: TEMPLATE } });
    const second = campaign.addStep({ input: { action: 'make_call' }, stepNumber: 1 });
    expect(campaign.snapshot.steps.map((s) => [s.id, s.stepNumber])).toEqual([[second.id, 1], [first.id, 2]]);
    expect(campaign.snapshot.version).toBe(2);
    const moved = campaign.replaceStep(second.id, { input: { action: 'make_call', delayHours: 2 }, stepNumber: 2 });
    expect(moved.stepNumber).toBe(2);
    campaign.removeStep(first.id);
    expect(campaign.snapshot.steps.map((s) => [s.id, s.stepNumber])).toEqual([[second.id, 1]]);
    const events = campaign.pullEvents();
    expect(events.map((event) => event.type)).toEqual(['campaign.step_added', 'campaign.step_added', 'campaign.step_updated', 'campaign.step_removed']);
    expect(events[2]!.payload).toMatchObject({ step_id: second.id, step_number: 2, changes: { delayHours: { from: 0, to: 2 }, stepNumber: { from: 1, to: 2 } } });
  });

  it('needs a channel for a message step (its own or the campaign\'s), also when the campaign loses its channel', () => {
    const campaign = Campaign.create(TENANT, { name: 'Sin canal' });
    expect(errorOf(() => campaign.addStep({ input: { action: 'send_message', templateId: TEMPLATE } }))?.code).toBe(CampaignErrorCodes.stepInvalid);
    const withChannel = Campaign.create(TENANT, { name: 'Con canal', channel: 'email' });
    withChannel.addStep({ input: { action: 'send_message', templateId: TEMPLATE } });
    expect(errorOf(() => withChannel.update({ channel: null }))?.code).toBe(CampaignErrorCodes.stepInvalid);
  });

  it('answers 404 for a step it does not have', () => {
    const campaign = Campaign.create(TENANT, { name: 'X' });
    expect(errorOf(() => campaign.removeStep('0190a8f2-0000-7000-8000-0000000000ff'))?.code).toBe('resource.not_found');
  });
});
