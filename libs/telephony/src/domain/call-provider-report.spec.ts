import { describe, expect, it } from '@jest/globals';
import { Call } from './call.js';
import type { ProviderCallReport } from './provider-call.js';

const start = new Date('2026-11-23T10:00:00Z');
const report = (changes: Partial<ProviderCallReport>): ProviderCallReport => ({
  direction: 'outbound', status: null, fromNumber: null, toNumber: null, startedAt: null, answeredAt: null, endedAt: null,
  durationSeconds: null, callResult: null, counterpartNumber: null, ...changes,
});
const aCall = (changes: Partial<ProviderCallReport> = {}) =>
  Call.fromProviderReport('tenant-1', 'zadarma', 'out_1', report({ status: 'initiated', startedAt: start, ...changes }), 'contact-1');

describe('Call.applyProviderReport', () => {
  it('advances the status and fills what was unknown', () => {
    const call = aCall();
    expect(call.applyProviderReport(report({ status: 'answered', answeredAt: new Date('2026-11-23T10:00:05Z') }))).toBe(true);
    expect(call.snapshot).toMatchObject({ callStatus: 'answered', answeredAt: new Date('2026-11-23T10:00:05Z'), entityId: 'contact-1' });
  });

  it('never replaces a final status, by an earlier one or by another final one', () => {
    const call = aCall({ status: 'busy', callResult: 'busy' });
    call.applyProviderReport(report({ status: 'ringing' }));
    call.applyProviderReport(report({ status: 'completed', callResult: 'answered' }));
    expect(call.snapshot).toMatchObject({ callStatus: 'busy', callResult: 'busy' });
  });

  it('answers false and records nothing when the report adds nothing', () => {
    const call = aCall();
    call.pullEvents();
    expect(call.applyProviderReport(report({ status: 'initiated', startedAt: start }))).toBe(false);
    expect(call.pullEvents()).toEqual([]);
  });

  it('takes an end a few seconds before the start as the start, and drops one far before it', () => {
    const close = aCall();
    close.applyProviderReport(report({ status: 'completed', endedAt: new Date('2026-11-23T09:59:59Z') }));
    expect(close.snapshot.endedAt).toEqual(start);
    const far = aCall();
    far.applyProviderReport(report({ status: 'completed', endedAt: new Date('2026-11-23T07:00:00Z') }));
    expect(far.snapshot).toMatchObject({ callStatus: 'completed', endedAt: null });
  });

  it('records call.recorded for a change and call.recording_available for an announced recording', () => {
    const call = aCall();
    call.pullEvents();
    call.attachRecording('https://example.com/r.mp3');
    call.announceRecording('1709280900.1');
    expect(call.pullEvents().map((e) => [e.type, e.payload.provider_recording_id ?? null])).toEqual([
      ['call.recorded', null], ['call.recording_available', '1709280900.1'],
    ]);
  });

  it('corrects a guessed inbound direction when a report says the call is outbound, and a guess never flips a known one', () => {
    const guessed = aCall({ direction: 'inbound', directionGuessed: true, status: 'answered' });
    expect(guessed.snapshot.direction).toBe('inbound');
    guessed.applyProviderReport(report({ direction: 'outbound', status: 'no_answer' }));
    expect(guessed.snapshot).toMatchObject({ direction: 'outbound', callStatus: 'no_answer' });

    const known = aCall({ direction: 'outbound' });
    expect(known.applyProviderReport(report({ direction: 'inbound', directionGuessed: true }))).toBe(false);
    expect(known.snapshot.direction).toBe('outbound');
  });
});
