export const MAX_FIRST_CALL_ATTEMPTS = 5;

export type AttemptStatus = 'green' | 'orange' | 'red';

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
