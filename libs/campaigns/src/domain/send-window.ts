import { DateTime } from 'luxon';
import type { SendWindow } from './automation.js';

const minutesOf = (hhmm: string) => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours! * 60 + minutes!;
};

/**
 * The first moment at or after `at` inside the window, or `at` itself when there is no window.
 * Computed in the window's zone with luxon, so a window over a DST change opens at the local
 * time it names (a start inside the skipped hour moves forward, as luxon resolves it). An
 * overnight window belongs to the day it opens: Friday 22:00–06:00 covers Saturday 03:00.
 */
export function nextOpening(window: SendWindow | null, zone: string, at: Date): Date {
  if (!window) return at;
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  const days = new Set(window.days);
  const local = DateTime.fromJSDate(at, { zone: window.timezone ?? zone });
  const minute = local.hour * 60 + local.minute;
  const overnight = end <= start;
  const openToday = days.has(local.weekday) && (overnight ? minute >= start : minute >= start && minute < end);
  const openFromYesterday = overnight && minute < end && days.has(local.minus({ days: 1 }).weekday);
  if (openToday || openFromYesterday) return at;
  for (let offset = 0; offset <= 7; offset++) {
    const day = local.plus({ days: offset }).startOf('day');
    if (!days.has(day.weekday)) continue;
    const opening = day.set({ hour: Math.floor(start / 60), minute: start % 60 });
    if (opening.toMillis() > at.getTime()) return opening.toJSDate();
  }
  // No weekday at all can only come from a window with no days, which validation refuses.
  return at;
}
