/**
 * The sliding-window counter: two fixed windows aligned to the clock, the previous one weighted by
 * the share of it that still lies within the last `windowMs`. A burst at the end of one window
 * still counts, almost whole, at the start of the next, so the limit cannot be doubled by bursting
 * across a window boundary (a plain fixed window lets 2 × limit through in a moment there).
 */
export interface WindowCounts {
  /** Requests admitted in the previous window. */
  readonly previous: number;
  /** Requests counted in the current window, this one included. */
  readonly current: number;
}

export interface WindowDecision {
  readonly allowed: boolean;
  readonly limit: number;
  /** Whole requests left, after this one. */
  readonly remaining: number;
  /** Seconds until the current window ends (from then on this window's requests start to weigh less). */
  readonly resetSeconds: number;
  /** When refused: seconds until one more request will be admitted, if nothing else is sent meanwhile. */
  readonly retryAfterSeconds: number;
}

/** Which fixed window `nowMs` falls in; windows start at multiples of `windowMs` since the epoch. */
export function windowIndex(nowMs: number, windowMs: number): number {
  return Math.floor(nowMs / windowMs);
}

export function slidingWindow(limit: number, windowMs: number, nowMs: number, counts: WindowCounts): WindowDecision {
  const left = (windowIndex(nowMs, windowMs) + 1) * windowMs - nowMs;
  const weighted = (counts.previous * left) / windowMs + counts.current;
  const allowed = weighted <= limit;
  const resetSeconds = Math.max(1, Math.ceil(left / 1000));
  if (allowed) {
    return { allowed, limit, remaining: Math.floor(limit - weighted), resetSeconds, retryAfterSeconds: 0 };
  }
  // Refused requests are not counted: the wait is for the others to weigh little enough for one more.
  const others = counts.current - 1;
  // Within this window: previous × (left − t) / window + others + 1 ≤ limit.
  let waitMs = counts.previous > 0 ? left - (windowMs * (limit - others - 1)) / counts.previous : Infinity;
  if (waitMs > left) {
    // In the next window this window's requests are the previous ones: others × (1 − g) + 1 ≤ limit.
    const share = others > 0 ? Math.max(0, (others + 1 - limit) / others) : 0;
    waitMs = left + share * windowMs;
  }
  return { allowed, limit, remaining: 0, resetSeconds, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}
