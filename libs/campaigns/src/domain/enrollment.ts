import { newId, RecordedEvents, type DomainEvent } from '@leadline/shared-kernel/domain';
import type { EnrollmentEventPayloads } from './events.js';

export const EXIT_TRIGGERS = ['reply', 'meeting_booked', 'won', 'lost', 'opt_out'] as const;
export type ExitTrigger = (typeof EXIT_TRIGGERS)[number];
export type ExitReason = ExitTrigger | 'manual' | 'campaign_completed' | 'opportunity_deleted';
export type EnrollmentStatus = 'active' | 'completed' | 'exited' | 'failed';

export interface EnrollmentState {
  readonly id: string;
  readonly tenantId: string;
  readonly campaignId: string;
  readonly opportunityId: string;
  readonly contactId: string;
  readonly status: EnrollmentStatus;
  /** The last step that ran (0 before the first). */
  readonly currentStepNumber: number;
  readonly nextStepAt: Date | null;
  readonly enrolledAt: Date;
  readonly endedAt: Date | null;
  readonly exitReason: ExitReason | null;
  /** 1 for the first enrollment of the lead in the campaign, +1 for each re-entry. */
  readonly rotation: number;
  readonly version: number;
}

/**
 * A lead going through a campaign's steps (contract §10). It ends once: completed after its last
 * step, or exited (a reply, a meeting, won/lost, an opt-out, by hand, the campaign completed).
 */
export class Enrollment {
  readonly #events = new RecordedEvents<EnrollmentEventPayloads>();
  readonly persistedVersion: number;

  private constructor(private state: EnrollmentState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static enroll(lead: { tenantId: string; campaignId: string; opportunityId: string; contactId: string }, rotation: number, now: Date): Enrollment {
    const enrollment = new Enrollment({
      id: newId(), ...lead, status: 'active', currentStepNumber: 0, nextStepAt: null, enrolledAt: now, endedAt: null, exitReason: null,
      rotation, version: 1,
    }, true);
    enrollment.record('enrollment.started', { rotation }, now);
    return enrollment;
  }

  static rehydrate(state: EnrollmentState): Enrollment {
    return new Enrollment(state);
  }

  get snapshot(): EnrollmentState {
    return this.state;
  }

  get active(): boolean {
    return this.state.status === 'active';
  }

  /** The step `stepNumber` finished; the next one is due at `nextStepAt`, or none is left. */
  stepFinished(stepNumber: number, nextStepAt: Date | null, now: Date): void {
    this.change({ currentStepNumber: stepNumber, nextStepAt });
    if (nextStepAt === null) this.end('completed', null, now);
  }

  /** The next step waits until `at` (a send window, the frequency cap). */
  postpone(at: Date): void {
    this.change({ nextStepAt: at });
  }

  /** False when it had already ended. */
  exit(reason: ExitReason, now: Date): boolean {
    if (!this.active) return false;
    this.end('exited', reason, now);
    return true;
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private end(status: 'completed' | 'exited', exitReason: ExitReason | null, now: Date): void {
    this.change({ status, exitReason, endedAt: now, nextStepAt: null });
    this.record('enrollment.ended', { status, exit_reason: exitReason, steps_completed: this.state.currentStepNumber }, now);
  }

  private change(changes: Partial<EnrollmentState>): void {
    this.state = { ...this.state, ...changes, version: this.persistedVersion + 1 };
  }

  private record<Type extends keyof EnrollmentEventPayloads>(type: Type, payload: Omit<EnrollmentEventPayloads[Type], 'campaign_id' | 'opportunity_id' | 'contact_id'>, occurredAt: Date): void {
    const { campaignId, opportunityId, contactId, tenantId, id } = this.state;
    this.#events.record({
      type, aggregateType: 'campaign_enrollment', aggregateId: id, tenantId,
      payload: { campaign_id: campaignId, opportunity_id: opportunityId, contact_id: contactId, ...payload } as EnrollmentEventPayloads[Type],
      occurredAt,
    });
  }
}
