import { describe, expect, it } from '@jest/globals';
import { slidingWindow, windowIndex } from './sliding-window.js';

const MINUTE = 60_000;

/** A client sending at the given times against one counter pair, as the limiter keeps it; returns the admitted times. */
function admittedOf(limit: number, times: number[]): number[] {
  const counts = new Map<number, number>();
  const admitted: number[] = [];
  for (const now of times) {
    const index = windowIndex(now, MINUTE);
    const current = (counts.get(index) ?? 0) + 1;
    const decision = slidingWindow(limit, MINUTE, now, { previous: counts.get(index - 1) ?? 0, current });
    if (decision.allowed) {
      counts.set(index, current);
      admitted.push(now);
    }
  }
  return admitted;
}

describe('the sliding-window counter', () => {
  it('admits up to the limit within a window, refuses the next request and says how long to wait', () => {
    const start = 100 * MINUTE;
    expect(slidingWindow(10, MINUTE, start + 1_000, { previous: 0, current: 1 })).toMatchObject({ allowed: true, remaining: 9, resetSeconds: 59 });
    expect(slidingWindow(10, MINUTE, start + 59_000, { previous: 0, current: 10 })).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 1 });
    // The 11th: 1 s until the window ends, then a tenth of the next minute until its 10 weigh 9.
    expect(slidingWindow(10, MINUTE, start + 59_000, { previous: 0, current: 11 }))
      .toEqual({ allowed: false, limit: 10, remaining: 0, resetSeconds: 1, retryAfterSeconds: 7 });
  });

  it('counts the previous window by the share of it still within the last minute', () => {
    const start = 100 * MINUTE;
    // 15 s into the window, 3/4 of the previous one is within the last minute: 8 × 0.75 + 4 = 10.
    expect(slidingWindow(10, MINUTE, start + 15_000, { previous: 8, current: 4 })).toMatchObject({ allowed: true, remaining: 0 });
    expect(slidingWindow(10, MINUTE, start + 15_000, { previous: 8, current: 5 })).toMatchObject({ allowed: false, retryAfterSeconds: 8 });
    // 7.5 s later the previous window weighs 8 × 0.625 = 5, so a fifth request fits again.
    expect(slidingWindow(10, MINUTE, start + 22_500, { previous: 8, current: 5 })).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('refuses a burst across a window boundary that a fixed window would let through twice', () => {
    const boundary = 100 * MINUTE;
    // Quiet, then 400 requests in the last 200 ms of a window and the first 200 ms of the next.
    const burst = Array.from({ length: 400 }, (_, i) => boundary - 200 + i);
    const admitted = admittedOf(60, burst);
    expect(admitted).toHaveLength(60);
    expect(admitted.every((time) => time < boundary)).toBe(true);
    // Half a second after the boundary, the previous window's 60 still weigh more than 59.
    expect(slidingWindow(60, MINUTE, boundary + 500, { previous: 60, current: 1 })).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it('keeps a client sending as fast as it can to the limit per minute, and to limit × (1 + δ/60 s) in any δ seconds', () => {
    const limit = 60;
    const start = 100 * MINUTE + 30_000;
    const times = Array.from({ length: 5 * 60 * 20 }, (_, i) => start + i * 50); // every 50 ms for five minutes
    const admitted = admittedOf(limit, times);
    const within = (from: number, to: number) => admitted.filter((time) => time > from && time <= to).length;
    for (let end = start; end <= start + 5 * MINUTE; end += 250) {
      for (const seconds of [1, 5, 15, 30]) {
        expect(within(end - seconds * 1000, end)).toBeLessThanOrEqual(Math.floor(limit * (1 + seconds / 60)));
      }
    }
    // Over the five minutes, about the limit per minute: nothing close to the 6,000 sent.
    expect(admitted.length).toBeLessThanOrEqual(limit * 6);
  });
});
