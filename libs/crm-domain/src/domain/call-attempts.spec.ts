import { describe, expect, it } from '@jest/globals';
import { aCallOutcome as aCall, aStoredOpportunity as anOpportunity } from '../../../../test/builders/crm-domain.js';
import { CallAttempts } from './call-attempts.js';

const at = (minute: number) => new Date(Date.UTC(2025, 0, 29, 10, minute));

describe('CallAttempts (contract §6)', () => {
  it.each([
    ['completed', 'green'], ['answered', 'green'], ['rejected', 'red'], ['failed', 'orange'], ['no_answer', 'orange'],
    ['busy', 'orange'], ['initiated', 'orange'], ['something-new', 'orange'], [null, 'orange'],
  ] as const)('maps call status %s to attempt status %s', (callStatus, expected) => {
    expect(CallAttempts.statusFor(callStatus)).toBe(expected);
  });

  it('numbers calls 1…5 in the order they are registered and takes no sixth', () => {
    let attempts = CallAttempts.empty;
    for (const n of [1, 2, 3, 4, 5]) {
      const result = attempts.register(aCall(`call-${n}`, { attemptedAt: at(n) }));
      expect(result?.registered).toMatchObject({ number: n, isNew: true });
      attempts = result!.attempts;
    }
    expect(attempts.register(aCall('call-6'))).toBeNull();
    expect(Object.keys(attempts.toRecord())).toEqual(['1', '2', '3', '4', '5']);
  });

  it('updates the attempt of a call it already has instead of adding one', () => {
    const first = CallAttempts.empty.register(aCall('call-1', { notes: 'Sin respuesta' }))!.attempts;
    const result = first.register(aCall('call-1', { callStatus: 'completed', callVersion: 2, attemptedAt: at(5) }));
    expect(result?.registered).toMatchObject({ number: 1, isNew: false });
    expect(result!.attempts.toRecord()['1']).toMatchObject({ status: 'green', attemptedAt: at(5), notes: 'Sin respuesta' });
    expect(result!.attempts.size).toBe(1);
  });

  it('ignores an older snapshot of a call delivered after a newer one, and a repeat of the same', () => {
    const latest = CallAttempts.empty.register(aCall('call-1', { callStatus: 'completed', callVersion: 3 }))!.attempts;
    expect(latest.register(aCall('call-1', { callStatus: 'initiated', callVersion: 2 }))).toBeNull();
    expect(latest.register(aCall('call-1', { callStatus: 'completed', callVersion: 3 }))).toBeNull();
  });

  it('knows the first successful attempt and the latest attempt time', () => {
    const attempts = CallAttempts.of({
      1: { status: 'orange', callId: 'a', attemptedAt: at(9), notes: null, callVersion: 1 },
      2: { status: 'green', callId: 'b', attemptedAt: at(3), notes: null, callVersion: 1 },
    });
    expect(attempts.successfulAttempt).toBe(2);
    expect(attempts.lastAttemptedAt).toEqual(at(9));
  });

  it('refuses stored attempts with gaps or one call twice', () => {
    const attempt = (callId: string) => ({ status: 'orange' as const, callId, attemptedAt: at(0), notes: null, callVersion: 1 });
    expect(() => CallAttempts.of({ 1: attempt('a'), 3: attempt('b') })).toThrow(/numbered/);
    expect(() => CallAttempts.of({ 1: attempt('a'), 2: attempt('a') })).toThrow(/twice/);
  });
});

describe('Opportunity.recordCallAttempt', () => {
  it('turns a pending opportunity contacted, remembers the attempt time and records the event', () => {
    const opportunity = anOpportunity();
    const registered = opportunity.recordCallAttempt(aCall('call-1', { attemptedAt: at(7), notes: 'No contestó' }));

    expect(registered).toMatchObject({ number: 1, isNew: true });
    expect(opportunity.snapshot).toMatchObject({
      status: 'contacted', firstCallCompleted: false, firstCallSuccessfulAttempt: null, lastContactAttemptAt: at(7),
      version: 2,
    });
    expect(opportunity.pullEvents()).toEqual([expect.objectContaining({
      type: 'opportunity.call_attempt_registered',
      payload: expect.objectContaining({ attempt_number: 1, call_id: 'call-1', attempt_status: 'orange' }),
    })]);
  });

  it('completes the first call on a green attempt, also when an earlier attempt turns green', () => {
    const opportunity = anOpportunity();
    opportunity.recordCallAttempt(aCall('call-1'));
    opportunity.recordCallAttempt(aCall('call-2', { attemptedAt: at(1) }));
    opportunity.recordCallAttempt(aCall('call-1', { callStatus: 'answered', callVersion: 2, attemptedAt: at(2) }));

    expect(opportunity.snapshot).toMatchObject({ firstCallCompleted: true, firstCallSuccessfulAttempt: 1, lastContactAttemptAt: at(2) });
    expect(opportunity.recordCallAttempt(aCall('call-3'))).toBeNull();
  });

  it('keeps an assigned opportunity assigned', () => {
    const opportunity = anOpportunity({ status: 'assigned' });
    opportunity.recordCallAttempt(aCall('call-1'));
    expect(opportunity.snapshot.status).toBe('assigned');
  });

  it.each(['qualified', 'won', 'lost'] as const)('takes no attempts when %s', (status) => {
    const opportunity = anOpportunity({ status });
    expect(opportunity.recordCallAttempt(aCall('call-1'))).toBeNull();
    expect(opportunity.snapshot.firstCallAttempts).toEqual({});
    expect(opportunity.pullEvents()).toEqual([]);
  });
});

describe('CallAttempts.salvage (seed 002 JSON written by an older system)', () => {
  const call = (n: number) => `0190a8f2-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`;
  const attempt = (status: string, callId: string, minute = 0) => ({ status, call_id: callId, attempted_at: at(minute).toISOString(), notes: 'x' });

  it('keeps valid attempts as they are, with no known call version', () => {
    const { attempts, dropped, renumbered } = CallAttempts.salvage({ 1: attempt('orange', call(1), 1), 2: attempt('green', call(2), 2) });
    expect(dropped).toEqual([]);
    expect(renumbered).toBe(false);
    expect(attempts.toRecord()).toEqual({
      1: { status: 'orange', callId: call(1), attemptedAt: at(1), notes: 'x', callVersion: 0 },
      2: { status: 'green', callId: call(2), attemptedAt: at(2), notes: 'x', callVersion: 0 },
    });
    expect(attempts.successfulAttempt).toBe(2);
  });

  it('drops entries numbered outside 1…5, with a bad status, a call id that is no call\'s, a bad time or a repeated call', () => {
    const { attempts, dropped, renumbered } = CallAttempts.salvage({
      1: attempt('orange', call(1)),
      2: attempt('purple', call(2)),
      3: { status: 'red', attempted_at: at(3).toISOString() },
      4: attempt('red', call(1)),
      5: { status: 'GREEN', call_id: call(5), attempted_at: 'yesterday' },
      6: attempt('green', call(6)),
      x: attempt('green', call(7)),
      0: attempt('green', call(8)),
      7: 'green',
    });
    expect(dropped.map(({ key, reason }) => `${key}:${reason}`).sort()).toEqual([
      '0:attempt_number_out_of_range', '2:attempt_status_invalid', '3:attempt_call_id_invalid', '4:attempt_call_repeated',
      '5:attempt_time_invalid', '6:attempt_number_out_of_range', '7:attempt_number_out_of_range', 'x:attempt_number_out_of_range',
    ]);
    expect(renumbered).toBe(false);
    expect(Object.keys(attempts.toRecord())).toEqual(['1']);
    expect(CallAttempts.salvage({ 1: attempt('green', 'pbx-123') }).dropped).toEqual([{ key: '1', reason: 'attempt_call_id_invalid' }]);
  });

  it('numbers the kept attempts 1… again when dropping left a gap, and reads statuses in any case', () => {
    const { attempts, renumbered } = CallAttempts.salvage({ 1: attempt('purple', call(1)), 2: attempt(' Green ', call(2)), 4: attempt('red', call(4)) });
    expect(renumbered).toBe(true);
    expect(Object.entries(attempts.toRecord()).map(([n, a]) => `${n}:${a.callId}:${a.status}`)).toEqual([`1:${call(2)}:green`, `2:${call(4)}:red`]);
  });

  it.each([[null], [undefined]])('reads %s as no attempts', (raw) => {
    expect(CallAttempts.salvage(raw)).toEqual({ attempts: CallAttempts.empty, dropped: [], renumbered: false });
  });

  it.each([['"broken"'], [[1, 2]], [42]])('drops a value that is not an object (%j) whole', (raw) => {
    const { attempts, dropped } = CallAttempts.salvage(raw);
    expect(attempts.size).toBe(0);
    expect(dropped).toEqual([{ key: null, reason: 'attempts_not_an_object' }]);
  });
});
