import {
  diff, InvalidInputError, newId, RecordedEvents, StaleVersionError, type DomainEvent,
} from '@leadline/shared-kernel/domain';
import { CrmError, CrmErrorCodes } from './errors.js';
import type { ActivityEventPayloads } from './events.js';

export const ACTIVITY_TYPES = ['call', 'meeting', 'task'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const ACTIVITY_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
/** Who created it: a person through the API, a campaign step, or the AI call agent. Set by the system, never by a client. */
export const ACTIVITY_SOURCES = ['manual', 'campaign', 'ai_call'] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];
export const ACTIVITY_TITLE_MAX_LENGTH = 500;
export const ACTIVITY_MAX_DURATION_MINUTES = 1440;

export interface ActivityState {
  readonly id: string;
  readonly tenantId: string;
  /** Null for an activity about the contact alone (or whose opportunity was deleted since). */
  readonly opportunityId: string | null;
  readonly contactId: string;
  readonly type: ActivityType;
  readonly title: string;
  readonly notes: string | null;
  readonly dueAt: Date | null;
  readonly durationMinutes: number | null;
  readonly assignedAdvisorId: string | null;
  readonly status: ActivityStatus;
  readonly source: ActivitySource;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Fields PATCH may change. The type, the opportunity and the contact are what the activity is: fixed once created. */
export interface ActivityChanges {
  title?: string;
  notes?: string | null;
  dueAt?: Date | null;
  durationMinutes?: number | null;
  assignedAdvisorId?: string | null;
  status?: ActivityStatus;
}

export interface NewActivity {
  /** The opportunity it is about, its contact already resolved; null for the contact alone. */
  readonly opportunityId: string | null;
  readonly contactId: string;
  readonly type: ActivityType;
  readonly title: string;
  readonly notes?: string | null;
  readonly dueAt?: Date | null;
  readonly durationMinutes?: number | null;
  readonly assignedAdvisorId?: string | null;
  /** `planned` (the default), or `done` for one logged after it happened. */
  readonly status?: 'planned' | 'done';
  readonly source: ActivitySource;
}

const EDITABLE = ['title', 'notes', 'dueAt', 'durationMinutes', 'assignedAdvisorId', 'status'] as const;
const EMPTY = {} as ActivityState;

/**
 * A call, meeting or task on an opportunity or a contact (contract §10). Its status moves once:
 * `planned → done | cancelled`, never back. A meeting created for an opportunity is "meeting
 * booked": it announces `activity.meeting_booked`, which campaigns exit on and scoring counts.
 */
export class Activity {
  readonly #events = new RecordedEvents<ActivityEventPayloads>();
  /** When this command showed the lead active (created, or done): the opportunity's last activity moves to it. */
  #activityAt: Date | null = null;

  /** The version stored in the database; 0 until the aggregate is first saved. */
  readonly persistedVersion: number;

  private constructor(private state: ActivityState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static create(tenantId: string, input: NewActivity, now = new Date()): Activity {
    if (!ACTIVITY_TYPES.includes(input.type)) throw new InvalidInputError('type', `type must be one of ${ACTIVITY_TYPES.join(', ')}`);
    if (!ACTIVITY_SOURCES.includes(input.source)) throw new InvalidInputError('source', `source must be one of ${ACTIVITY_SOURCES.join(', ')}`);
    const status = input.status ?? 'planned';
    if (status !== 'planned' && status !== 'done') throw new InvalidInputError('status', 'a new activity is planned or done');
    const activity = new Activity({
      id: newId(),
      tenantId,
      opportunityId: input.opportunityId,
      contactId: input.contactId,
      type: input.type,
      title: checkTitle(input.title),
      notes: input.notes ?? null,
      dueAt: input.dueAt ?? null,
      durationMinutes: checkDuration(input.durationMinutes ?? null),
      assignedAdvisorId: input.assignedAdvisorId ?? null,
      status,
      source: input.source,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }, true);
    activity.#activityAt = now;
    activity.record('activity.created', activity.facts(diff(EMPTY, activity.state, ['opportunityId', 'contactId', 'type', 'source', ...EDITABLE])), now);
    const { opportunityId } = activity.state;
    if (activity.state.type === 'meeting' && opportunityId !== null) {
      activity.record('activity.meeting_booked', {
        activity_id: activity.state.id,
        opportunity_id: opportunityId,
        contact_id: activity.state.contactId,
        due_at: activity.state.dueAt?.toISOString() ?? null,
        source: activity.state.source,
      }, now);
    }
    return activity;
  }

  static rehydrate(state: ActivityState): Activity {
    return new Activity(state);
  }

  get id(): string {
    return this.state.id;
  }

  get snapshot(): ActivityState {
    return this.state;
  }

  /** If-Match: the version the caller last read must still be the stored one. */
  assertVersion(expected: number | undefined): void {
    if (expected !== undefined && expected !== this.state.version) throw new StaleVersionError('activity', this.state.id);
  }

  /** Applies a PATCH; false when nothing changed. Completing it (`done`) is activity of the lead. */
  update(changes: ActivityChanges, now = new Date()): boolean {
    const next: ActivityState = { ...this.state };
    Object.assign(next, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
    if (changes.title !== undefined) (next as { title: string }).title = checkTitle(changes.title);
    checkDuration(next.durationMinutes);
    if (changes.status !== undefined) this.assertTransition(changes.status);
    const changed = diff(this.state, next, EDITABLE);
    if (Object.keys(changed).length === 0) return false;
    const completed = this.state.status !== 'done' && next.status === 'done';
    this.state = { ...next, version: this.persistedVersion + 1, updatedAt: now };
    if (completed) this.#activityAt = now;
    this.record('activity.updated', this.facts(changed), now);
    return true;
  }

  delete(now = new Date()): void {
    this.record('activity.deleted', this.facts(diff(this.state, EMPTY, ['opportunityId', 'contactId', 'type', 'title', 'status'])), now);
  }

  /** When this command showed the lead active (read once by the command that saves it), or null. */
  pullActivity(): Date | null {
    const at = this.#activityAt;
    this.#activityAt = null;
    return at;
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private assertTransition(to: ActivityStatus): void {
    const from = this.state.status;
    if (from === to) return;
    if (!ACTIVITY_STATUSES.includes(to) || from !== 'planned') {
      throw new CrmError(CrmErrorCodes.activityInvalidStatusTransition, `An activity cannot go from ${from} to ${to}: planned → done or cancelled, never back`, {
        from,
        to,
      });
    }
  }

  private facts(changes: ReturnType<typeof diff>) {
    return { opportunity_id: this.state.opportunityId, contact_id: this.state.contactId, type: this.state.type, changes };
  }

  private record<Type extends keyof ActivityEventPayloads>(type: Type, payload: ActivityEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({ type, aggregateType: 'activity', aggregateId: this.state.id, tenantId: this.state.tenantId, payload, occurredAt });
  }
}

function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed || trimmed.length > ACTIVITY_TITLE_MAX_LENGTH) {
    throw new InvalidInputError('title', `title must be 1-${ACTIVITY_TITLE_MAX_LENGTH} characters, not only white space`);
  }
  return trimmed;
}

function checkDuration(minutes: number | null): number | null {
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > ACTIVITY_MAX_DURATION_MINUTES)) {
    throw new InvalidInputError('duration_minutes', `duration_minutes must be a whole number from 1 to ${ACTIVITY_MAX_DURATION_MINUTES}`);
  }
  return minutes;
}
