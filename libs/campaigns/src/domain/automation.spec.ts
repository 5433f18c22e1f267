import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@leadline/shared-kernel/domain';
import {
  clockMinutes, isTimeZone, parseExitOn, parseSendWindow, parseTriggerCondition, pipelineNamedBy, stagesNamedBy,
} from './automation.js';
import { CampaignError, CampaignErrorCodes } from './errors.js';

const PIPELINE = '0190a8f2-0000-7000-8000-0000000000aa';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as CampaignError).code;
  }
  return undefined;
}

describe('trigger conditions', () => {
  it('keeps the condition each trigger reads, with only its keys', () => {
    expect(parseTriggerCondition('manual', null)).toBeNull();
    expect(parseTriggerCondition('manual', undefined)).toBeNull();
    expect(parseTriggerCondition('lead_score', { min: 0, max: 100 })).toEqual({ min: 0, max: 100 });
    expect(parseTriggerCondition('lead_score', { max: 60, min: 60 })).toEqual({ min: 60, max: 60 });
    expect(parseTriggerCondition('stage_change', { to_stage: 'agendado', from_stage: null, pipeline_id: PIPELINE.toUpperCase() }))
      .toEqual({ to_stage: 'agendado', pipeline_id: PIPELINE });
    expect(parseTriggerCondition('inactivity', { hours: 0.5, stages: ['a', 'b', 'a'] })).toEqual({ hours: 0.5, stages: ['a', 'b'] });
  });

  it.each([
    ['manual', {}],
    ['lead_score', null],
    ['lead_score', { min: 61, max: 60 }],
    ['lead_score', { min: 0, max: 100.5 }],
    ['lead_score', { min: Number.NaN, max: 1 }],
    ['lead_score', { min: 1 }],
    ['lead_score', { min: 1, max: 2, to_stage: 'x' }],
    ['stage_change', { from_stage: 'a' }],
    ['stage_change', { to_stage: 'a', from_stage: 'a' }],
    ['stage_change', { to_stage: 'A-b' }],
    ['stage_change', { to_stage: 'a', pipeline_id: 'not-a-uuid' }],
    ['stage_change', [{ to_stage: 'a' }]],
    ['inactivity', { hours: 0 }],
    ['inactivity', { hours: 8760.01 }],
    ['inactivity', { hours: '24' }],
    ['inactivity', { hours: 24, stages: 'a' }],
    ['inactivity', { hours: 24, stages: [] }],
    ['inactivity', { hours: 24, min: 1 }],
  ] as const)('%s with %j does not fit: campaign.trigger_invalid', (trigger, condition) => {
    expect(codeOf(() => parseTriggerCondition(trigger, condition))).toBe(CampaignErrorCodes.triggerInvalid);
  });

  it('names the stages and the pipeline a condition reads', () => {
    expect(stagesNamedBy({ to_stage: 'b', from_stage: 'a' })).toEqual(['b', 'a']);
    expect(stagesNamedBy({ hours: 3, stages: ['c'] })).toEqual(['c']);
    expect(stagesNamedBy({ min: 1, max: 2 })).toEqual([]);
    expect(stagesNamedBy(null)).toEqual([]);
    expect(pipelineNamedBy({ to_stage: 'b', pipeline_id: PIPELINE })).toBe(PIPELINE);
    expect(pipelineNamedBy({ hours: 1 })).toBeUndefined();
  });
});

describe('send windows', () => {
  it('parses a window: days sorted without repeats, overnight allowed, time zone optional', () => {
    expect(parseSendWindow(null)).toBeNull();
    expect(parseSendWindow({ start: '22:00', end: '06:00', days: [7, 1, 7] })).toEqual({ start: '22:00', end: '06:00', days: [1, 7] });
    expect(parseSendWindow({ start: '09:00', end: '18:30', days: [1], timezone: 'America/Bogota' }))
      .toEqual({ start: '09:00', end: '18:30', days: [1], timezone: 'America/Bogota' });
    expect(parseSendWindow({ start: '00:00', end: '23:59', days: [1, 2, 3, 4, 5, 6, 7], timezone: null })).not.toHaveProperty('timezone');
  });

  it.each([
    [{ start: '9:00', end: '18:00', days: [1] }, 'send_window.start'],
    [{ start: '09:00', end: '24:00', days: [1] }, 'send_window.end'],
    [{ start: '09:00', end: '09:00', days: [1] }, 'send_window.end'],
    [{ start: '09:00', end: '18:00', days: [] }, 'send_window.days'],
    [{ start: '09:00', end: '18:00', days: [8] }, 'send_window.days'],
    [{ start: '09:00', end: '18:00', days: [1.5] }, 'send_window.days'],
    [{ start: '09:00', end: '18:00', days: [1], timezone: 'Mars/Olympus' }, 'send_window.timezone'],
    [{ start: '09:00', end: '18:00', days: [1], extra: 1 }, 'send_window'],
    ['09:00-18:00', 'send_window'],
  ])('refuses %j (field %s)', (window, field) => {
    expect(() => parseSendWindow(window)).toThrow(InvalidInputError);
    try {
      parseSendWindow(window);
    } catch (error) {
      expect((error as InvalidInputError).field).toBe(field);
    }
  });

  it('knows IANA time zones and clock minutes', () => {
    expect(isTimeZone('America/Mexico_City')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Not/AZone')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(42)).toBe(false);
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('22:30')).toBe(1350);
    expect(() => clockMinutes('25:00')).toThrow(InvalidInputError);
  });
});

describe('exit_on', () => {
  it('defaults to all five, keeps the contract order and drops repeats; refuses unknown events', () => {
    expect(parseExitOn(undefined)).toEqual(['reply', 'meeting_booked', 'won', 'lost', 'opt_out']);
    expect(parseExitOn(['won', 'reply', 'won'])).toEqual(['reply', 'won']);
    expect(parseExitOn([])).toEqual([]);
    expect(() => parseExitOn(['bored'])).toThrow(InvalidInputError);
  });
});
