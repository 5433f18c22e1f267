import { describe, expect, it } from '@jest/globals';
import { StaleVersionError } from '@leadline/shared-kernel/domain';
import { CrmErrorCodes } from './errors.js';
import { aNewOpportunity, aSalesPipeline as salesPipeline, aStoredOpportunity } from '../../../../test/builders/crm-domain.js';
import type { Opportunity, OpportunityState } from './opportunity.js';

const newOpportunity = (pipeline = salesPipeline(), input = {}) => aNewOpportunity(input, pipeline);
const stored = (opportunity: Opportunity, overrides: Partial<OpportunityState> = {}) => aStoredOpportunity(overrides, opportunity);

describe('Opportunity and its pipeline stage', () => {
  it('is created with exactly one stage that points back at it, in the pipeline\'s initial stage', () => {
    const opportunity = newOpportunity();
    const { stage, id, status, version } = opportunity.snapshot;
    expect(stage).toMatchObject({ entityType: 'leads', entityId: id, currentStage: 'agent_initial' });
    expect(stage.id).not.toBe(id);
    expect(status).toBe('pending');
    expect(version).toBe(1);
    expect(opportunity.persistedVersion).toBe(0);
    expect(opportunity.pullStageChanges()).toEqual([
      expect.objectContaining({ fromStage: null, toStage: 'agent_initial', source: 'created' }),
    ]);
    expect(opportunity.pullEvents().map((event) => event.type)).toEqual(['opportunity.created']);
  });

  it('starts as assigned when created with an advisor', () => {
    const opportunity = newOpportunity(undefined, { assignedAdvisorId: '0190a8f2-0000-7000-8000-0000000000aa' });
    expect(opportunity.snapshot.status).toBe('assigned');
  });

  it('refuses a score outside 0–100', () => {
    expect(() => newOpportunity(undefined, { opportunityScore: 101 })).toThrow(/0 to 100/);
    expect(() => newOpportunity(undefined, { opportunityScore: -1 })).toThrow(/0 to 100/);
  });

  it('moves to a stage of its pipeline, bumps the version once and records the change', () => {
    const pipeline = salesPipeline();
    const opportunity = stored(newOpportunity(pipeline));
    expect(opportunity.moveTo(pipeline, 'perfilamiento', 'api', 'answered')).toBe(true);
    expect(opportunity.snapshot.stage.currentStage).toBe('perfilamiento');
    expect(opportunity.snapshot.version).toBe(2);
    expect(opportunity.pullStageChanges()).toEqual([
      expect.objectContaining({ fromStage: 'agent_initial', toStage: 'perfilamiento', reason: 'answered', source: 'api' }),
    ]);
    const [event] = opportunity.pullEvents();
    expect(event).toMatchObject({
      type: 'opportunity.stage_changed',
      payload: { from_stage: 'agent_initial', to_stage: 'perfilamiento' },
    });
  });

  it('refuses a stage that is not in its pipeline and stays where it was', () => {
    const pipeline = salesPipeline();
    const opportunity = stored(newOpportunity(pipeline));
    expect(() => opportunity.moveTo(pipeline, 'comienza_cotizacion', 'api')).toThrow(
      expect.objectContaining({ code: CrmErrorCodes.stageNotInPipeline }),
    );
    expect(opportunity.snapshot.stage.currentStage).toBe('agent_initial');
    expect(opportunity.pullEvents()).toEqual([]);
  });

  it('treats a move to the current stage as no change', () => {
    const pipeline = salesPipeline();
    const opportunity = stored(newOpportunity(pipeline));
    expect(opportunity.moveTo(pipeline, 'agent_initial', 'api')).toBe(false);
    expect(opportunity.pullEvents()).toEqual([]);
    expect(opportunity.snapshot.version).toBe(1);
  });

  it('closes as won or lost when it enters a won or lost stage', () => {
    const pipeline = salesPipeline();
    const won = stored(newOpportunity(pipeline));
    won.moveTo(pipeline, 'ganado', 'api');
    expect(won.snapshot.status).toBe('won');
    const lost = stored(newOpportunity(pipeline));
    lost.moveTo(pipeline, 'perdido', 'api');
    expect(lost.snapshot.status).toBe('lost');
  });

  it('does not move once closed, neither to another outcome nor back to an open stage', () => {
    const pipeline = salesPipeline();
    const won = stored(newOpportunity(pipeline));
    won.moveTo(pipeline, 'ganado', 'api');
    const closed = stored(won);
    for (const stage of ['perdido', 'perfilamiento']) {
      expect(() => closed.moveTo(pipeline, stage, 'api')).toThrow(
        expect.objectContaining({ code: CrmErrorCodes.invalidStatusTransition }),
      );
    }
    expect(closed.snapshot).toMatchObject({ status: 'won', stage: expect.objectContaining({ currentStage: 'ganado' }) });
  });

  it('becomes assigned when an advisor is assigned while pending', () => {
    const opportunity = stored(newOpportunity());
    opportunity.update({ assignedAdvisorId: '0190a8f2-0000-7000-8000-0000000000aa' });
    expect(opportunity.snapshot.status).toBe('assigned');
    expect(opportunity.pullEvents()[0].payload).toMatchObject({
      changes: { status: { from: 'pending', to: 'assigned' } },
    });
  });

  it.each([
    ['pending', 'contacted', true],
    ['assigned', 'qualified', true],
    ['contacted', 'won', true],
    ['qualified', 'lost', true],
    ['contacted', 'pending', false],
    ['qualified', 'assigned', false],
    ['won', 'lost', false],
    ['lost', 'pending', false],
  ] as const)('status %s → %s allowed: %s', (from, to, allowed) => {
    const opportunity = stored(newOpportunity(), { status: from });
    if (allowed) {
      expect(opportunity.update({ status: to })).toBe(true);
      expect(opportunity.snapshot.status).toBe(to);
    } else {
      expect(() => opportunity.update({ status: to })).toThrow(
        expect.objectContaining({ code: CrmErrorCodes.invalidStatusTransition }),
      );
      expect(opportunity.snapshot.status).toBe(from);
    }
  });

  it('records nothing when an update changes nothing', () => {
    const opportunity = stored(newOpportunity(undefined, { priority: 'high' }));
    expect(opportunity.update({ priority: 'high' })).toBe(false);
    expect(opportunity.pullEvents()).toEqual([]);
  });

  it('refuses a stale expected version', () => {
    const opportunity = stored(newOpportunity(), { version: 3 });
    expect(() => opportunity.assertVersion(2)).toThrow(StaleVersionError);
    expect(() => opportunity.assertVersion(3)).not.toThrow();
  });

  it('refuses to load a stage that belongs to another entity', () => {
    const opportunity = newOpportunity();
    const foreignStage = { ...opportunity.snapshot.stage, entityId: '0190a8f2-0000-7000-8000-0000000000ff' };
    expect(() => stored(opportunity, { stage: foreignStage })).toThrow(
      expect.objectContaining({ code: CrmErrorCodes.opportunityCorrupt }),
    );
  });

  it('refuses to load more than five first-call attempts', () => {
    const attempt = (n: number) => ({ status: 'orange' as const, callId: `call-${n}`, attemptedAt: new Date(), notes: null, callVersion: 1 });
    const six = Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [String(n), attempt(n)]));
    expect(() => stored(newOpportunity(), { firstCallAttempts: six })).toThrow(/more than 5/);
  });
});

describe('Opportunity qualification and forward-only moves (contract §13)', () => {
  it('merges non-null fields, records what changed once, and records nothing when nothing changed', () => {
    const opportunity = stored(newOpportunity());
    expect(opportunity.mergeQualification({ budget: 2_000_000, location: 'Zapopan', timeline: null })).toEqual(['budget', 'location']);
    expect(opportunity.snapshot.qualification).toEqual({ budget: 2_000_000, location: 'Zapopan' });
    expect(opportunity.snapshot.version).toBe(2);
    const [event] = opportunity.pullEvents();
    expect(event).toMatchObject({ type: 'opportunity.updated', payload: { changes: { qualification: { from: {}, to: { budget: 2_000_000, location: 'Zapopan' } } } } });
    expect(opportunity.mergeQualification({ budget: 2_000_000, location: null })).toEqual([]);
    expect(opportunity.pullEvents()).toEqual([]);
    expect(opportunity.mergeQualification({ location: 'Guadalajara' })).toEqual(['location']);
    expect(opportunity.snapshot.qualification).toEqual({ budget: 2_000_000, location: 'Guadalajara' });
  });

  it('refuses field names a template variable could not name', () => {
    const opportunity = stored(newOpportunity());
    for (const name of ['Budget', '1st', 'a-b', '__proto__', 'x'.repeat(51)]) {
      expect(() => opportunity.mergeQualification({ [name]: 1 })).toThrow(/qualification field names/);
    }
    expect(opportunity.snapshot.qualification).toEqual({});
  });

  it('a forward_open move goes only into an open stage of a higher position', () => {
    const pipeline = salesPipeline();
    const opportunity = stored(newOpportunity(pipeline));
    expect(opportunity.moveTo(pipeline, 'agendado', 'ai_call', null, new Date(), 'forward_open')).toBe(true);
    for (const stage of ['perfilamiento', 'ganado', 'perdido']) {
      expect(() => opportunity.moveTo(pipeline, stage, 'ai_call', null, new Date(), 'forward_open'))
        .toThrow(expect.objectContaining({ code: CrmErrorCodes.stageNotForward }));
    }
    expect(opportunity.moveTo(pipeline, 'agendado', 'ai_call', null, new Date(), 'forward_open')).toBe(false);
    expect(opportunity.snapshot.stage.currentStage).toBe('agendado');
  });
});
