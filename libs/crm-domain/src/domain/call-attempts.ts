export const MAX_FIRST_CALL_ATTEMPTS = 5;

export const ATTEMPT_STATUSES = ['green', 'orange', 'red'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export interface FirstCallAttempt {
  readonly status: AttemptStatus;
  readonly callId: string;
  readonly attemptedAt: Date;
  readonly notes: string | null;
  /**
   * The version of the call this attempt reflects. Call events may be delivered out of order; an
   * older snapshot of a call must not overwrite a newer one (an "initiated" after "completed").
   */
  readonly callVersion: number;
}

/** A call as the CRM sees it through telephony's published `call.recorded` event. */
export interface CallOutcome {
  readonly callId: string;
  readonly callStatus: string | null;
  readonly callVersion: number;
  readonly attemptedAt: Date;
  readonly notes: string | null;
}

/** What registering a call did: which attempt it is now, and what that attempt says. */
export interface RegisteredAttempt {
  readonly number: number;
  readonly attempt: FirstCallAttempt;
  readonly isNew: boolean;
}

/** Why an attempt written by an older system (seed 002's JSON, never checked) could not be kept. */
export type DroppedAttemptReason =
  | 'attempts_not_an_object'
  | 'attempt_number_out_of_range'
  | 'attempt_not_an_object'
  | 'attempt_status_invalid'
  | 'attempt_call_id_invalid'
  | 'attempt_time_invalid'
  | 'attempt_call_repeated';

export interface DroppedAttempt {
  /** The entry's key as stored ("6", "x"), or null when the whole value was unusable. */
  readonly key: string | null;
  readonly reason: DroppedAttemptReason;
}

export interface SalvagedAttempts {
  readonly attempts: CallAttempts;
  readonly dropped: readonly DroppedAttempt[];
  /** True when dropping left a gap, so the kept attempts were numbered 1…n again. */
  readonly renumbered: boolean;
}

/**
 * The first-call attempts of an opportunity (seed 002): at most five, numbered 1…5 in the order
 * they were registered, one per call. Immutable: `register` answers a new value.
 */
export class CallAttempts {
  private constructor(private readonly byNumber: ReadonlyMap<number, FirstCallAttempt>) {}

  static readonly empty = new CallAttempts(new Map());

  /** Stored attempts, refused when they break the rules (the aggregate reports it as corrupt). */
  static of(record: Readonly<Record<string, FirstCallAttempt>>): CallAttempts {
    const entries = Object.entries(record).map(([key, attempt]) => [Number(key), attempt] as const);
    if (entries.length > MAX_FIRST_CALL_ATTEMPTS) throw new RangeError(`more than ${MAX_FIRST_CALL_ATTEMPTS} first-call attempts`);
    const numbers = entries.map(([number]) => number).sort((a, b) => a - b);
    if (numbers.some((number, index) => number !== index + 1)) throw new RangeError(`attempts are not numbered 1…${entries.length}`);
    if (new Set(entries.map(([, attempt]) => attempt.callId)).size !== entries.length) throw new RangeError('a call is registered twice');
    return new CallAttempts(new Map(entries));
  }

  /**
   * Reads `first_call_attempts` as an older system stored it: keeps the entries the rules allow, in
   * their number order, and names every entry it dropped (numbered outside 1…5, a status other than
   * green/orange/red, a call id that is not a call's id (a UUID), an unreadable time, a call already
   * counted). The kept attempts
   * reflect no known call version (0), so the call's next real update replaces them.
   */
  static salvage(raw: unknown): SalvagedAttempts {
    if (raw === null || raw === undefined) return { attempts: CallAttempts.empty, dropped: [], renumbered: false };
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      return { attempts: CallAttempts.empty, dropped: [{ key: null, reason: 'attempts_not_an_object' }], renumbered: false };
    }
    const dropped: DroppedAttempt[] = [];
    const kept: Array<[number, FirstCallAttempt]> = [];
    const calls = new Set<string>();
    const entries = Object.entries(raw as Record<string, unknown>)
      .map(([key, value]) => ({ key, value, number: /^\d+$/.test(key) ? Number(key) : NaN }))
      .sort((a, b) => (a.number || Infinity) - (b.number || Infinity));
    for (const { key, value, number } of entries) {
      const reason = CallAttempts.problemWith(number, value, calls);
      if (reason) {
        dropped.push({ key, reason });
        continue;
      }
      const entry = value as Record<string, unknown>;
      calls.add(entry.call_id as string);
      kept.push([number, {
        status: (entry.status as string).trim().toLowerCase() as AttemptStatus,
        callId: entry.call_id as string,
        attemptedAt: new Date(entry.attempted_at as string),
        notes: typeof entry.notes === 'string' && entry.notes !== '' ? entry.notes : null,
        callVersion: 0,
      }]);
    }
    const renumbered = kept.some(([number], index) => number !== index + 1);
    const record = Object.fromEntries(kept.map(([, attempt], index) => [String(index + 1), attempt]));
    return { attempts: CallAttempts.of(record), dropped, renumbered };
  }

  private static problemWith(number: number, value: unknown, calls: ReadonlySet<string>): DroppedAttemptReason | null {
    if (!Number.isInteger(number) || number < 1 || number > MAX_FIRST_CALL_ATTEMPTS) return 'attempt_number_out_of_range';
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'attempt_not_an_object';
    const { status, call_id: callId, attempted_at: attemptedAt } = value as Record<string, unknown>;
    if (typeof status !== 'string' || !(ATTEMPT_STATUSES as readonly string[]).includes(status.trim().toLowerCase())) {
      return 'attempt_status_invalid';
    }
    if (typeof callId !== 'string' || !UUID.test(callId)) return 'attempt_call_id_invalid';
    if (typeof attemptedAt !== 'string' || Number.isNaN(Date.parse(attemptedAt))) return 'attempt_time_invalid';
    if (calls.has(callId)) return 'attempt_call_repeated';
    return null;
  }

  /** Contract §6 rule 3: answered or completed is a success, a rejection is a refusal, anything else a failed try. */
  static statusFor(callStatus: string | null): AttemptStatus {
    const status = callStatus?.toLowerCase();
    if (status === 'completed' || status === 'answered') return 'green';
    if (status === 'rejected') return 'red';
    return 'orange';
  }

  get size(): number {
    return this.byNumber.size;
  }

  /**
   * Registers `call`: updates its own attempt when it has one, else appends the next number.
   * Answers null when nothing changes: all five attempts are used, the outcome is older than what
   * the attempt already reflects, or it says the same.
   */
  register(call: CallOutcome): { attempts: CallAttempts; registered: RegisteredAttempt } | null {
    const attempt: FirstCallAttempt = {
      status: CallAttempts.statusFor(call.callStatus),
      callId: call.callId,
      attemptedAt: call.attemptedAt,
      notes: call.notes,
      callVersion: call.callVersion,
    };
    const existing = [...this.byNumber].find(([, registered]) => registered.callId === call.callId);
    if (existing) {
      const [number, current] = existing;
      if (call.callVersion <= current.callVersion) return null;
      // As seed 002 does: a later event without notes keeps the ones the attempt has.
      const updated = { ...attempt, notes: attempt.notes ?? current.notes };
      if (sameAttempt(current, updated)) return null;
      return { attempts: this.with(number, updated), registered: { number, attempt: updated, isNew: false } };
    }
    if (this.byNumber.size >= MAX_FIRST_CALL_ATTEMPTS) return null;
    const number = this.byNumber.size + 1;
    return { attempts: this.with(number, attempt), registered: { number, attempt, isNew: true } };
  }

  /** The number of the first successful attempt, if any. */
  get successfulAttempt(): number | null {
    const green = [...this.byNumber].filter(([, attempt]) => attempt.status === 'green').map(([number]) => number);
    return green.length ? Math.min(...green) : null;
  }

  get lastAttemptedAt(): Date | null {
    const times = [...this.byNumber.values()].map((attempt) => attempt.attemptedAt.getTime());
    return times.length ? new Date(Math.max(...times)) : null;
  }

  toRecord(): Record<string, FirstCallAttempt> {
    return Object.fromEntries([...this.byNumber].sort(([a], [b]) => a - b).map(([number, attempt]) => [String(number), attempt]));
  }

  private with(number: number, attempt: FirstCallAttempt): CallAttempts {
    return new CallAttempts(new Map([...this.byNumber, [number, attempt]]));
  }
}

function sameAttempt(a: FirstCallAttempt, b: FirstCallAttempt): boolean {
  return a.status === b.status && a.attemptedAt.getTime() === b.attemptedAt.getTime() && a.notes === b.notes;
}
