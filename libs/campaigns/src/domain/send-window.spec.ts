import { describe, expect, it } from '@jest/globals';
import { nextOpening } from './send-window.js';

const MX = 'America/Mexico_City';
const weekdays = [1, 2, 3, 4, 5];

describe('nextOpening', () => {
  it('is the moment itself without a window or inside one', () => {
    const at = new Date('2026-12-07T16:00:00Z'); // Monday 10:00 in Mexico City
    expect(nextOpening(null, MX, at)).toEqual(at);
    expect(nextOpening({ start: '09:00', end: '18:00', days: weekdays }, MX, at)).toEqual(at);
  });

  it('waits for the opening later the same day, or the next weekday that opens', () => {
    const early = new Date('2026-12-07T13:00:00Z'); // Monday 07:00 local
    expect(nextOpening({ start: '09:00', end: '18:00', days: weekdays }, MX, early)).toEqual(new Date('2026-12-07T15:00:00Z'));
    const friday = new Date('2026-12-12T01:00:00Z'); // Friday 19:00 local
    expect(nextOpening({ start: '09:00', end: '18:00', days: weekdays }, MX, friday)).toEqual(new Date('2026-12-14T15:00:00Z'));
  });

  it('an overnight window covers the small hours of the next day, on the day it opened', () => {
    const window = { start: '22:00', end: '06:00', days: [5] }; // Friday night only
    expect(nextOpening(window, MX, new Date('2026-12-12T09:00:00Z'))).toEqual(new Date('2026-12-12T09:00:00Z')); // Sat 03:00
    expect(nextOpening(window, MX, new Date('2026-12-13T09:00:00Z'))).toEqual(new Date('2026-12-19T04:00:00Z')); // Sun 03:00 → Fri 22:00
  });

  it('opens at the local time named across a DST change, in the window\'s own zone', () => {
    const window = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5, 6, 7], timezone: 'Europe/Madrid' };
    // Sunday 29 March 2026: clocks go from +01:00 to +02:00 at 02:00. Saturday 20:00 local is 19:00Z.
    expect(nextOpening(window, MX, new Date('2026-03-28T19:00:00Z'))).toEqual(new Date('2026-03-29T07:00:00Z'));
    // A start inside the skipped hour (02:30) opens at 03:30 local.
    const gap = { start: '02:30', end: '05:00', days: [7], timezone: 'Europe/Madrid' };
    expect(nextOpening(gap, MX, new Date('2026-03-28T12:00:00Z'))).toEqual(new Date('2026-03-29T01:30:00Z'));
  });
});
