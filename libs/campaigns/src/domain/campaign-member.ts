import { diff, newId, RecordedEvents, type Changes, type DomainEvent } from '@leadline/shared-kernel/domain';
import type { CampaignMemberEventPayloads } from './events.js';

export interface CampaignMemberState {
  readonly id: string;
  readonly tenantId: string;
  readonly campaignId: string;
  readonly contactId: string;
  readonly commercialAdvisorId: string | null;
  readonly medicalAdvisorId: string | null;
  /** When the current medical advisor was assigned. */
  readonly medicalAssignmentDate: Date | null;
  readonly lastState: string | null;
  readonly summary: string | null;
  /** ManyChat's tipo_asignacion, e.g. "medico". */
  readonly assignmentType: string | null;
  /** When the latest assignment happened at the source; older assignments arriving late are ignored. */
  readonly assignedAt: Date;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** An assignment reported by the source; an absent (undefined) field leaves the stored value alone. */
export interface Assignment {
  readonly assignedAt: Date;
  readonly commercialAdvisorId?: string;
  readonly medicalAdvisorId?: string;
  readonly lastState?: string;
  readonly summary?: string;
  readonly assignmentType?: string;
}

/** A correction by a person or a flow: undefined leaves a field alone, null clears it. */
export interface MemberChanges {
  commercialAdvisorId?: string | null;
  medicalAdvisorId?: string | null;
  medicalAssignmentDate?: Date | null;
  lastState?: string | null;
  summary?: string | null;
  assignmentType?: string | null;
}

const EDITABLE = [
  'commercialAdvisorId', 'medicalAdvisorId', 'medicalAssignmentDate', 'lastState', 'summary', 'assignmentType', 'assignedAt',
] as const;

/**
 * A contact's membership of one campaign. Its own aggregate, keyed by (campaign, contact): each
 * member changes on its own, and ManyChat writes many at once. Per-member progress through a
 * campaign's steps (seeds 003/004: steps completed, next action) will live here too.
 */
export class CampaignMember {
  readonly #events = new RecordedEvents<CampaignMemberEventPayloads>();
  readonly persistedVersion: number;

  private constructor(private state: CampaignMemberState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static enrol(tenantId: string, campaignId: string, contactId: string, changes: MemberChanges & { assignedAt?: Date }, now = new Date()): CampaignMember {
    const member = new CampaignMember({
      id: newId(),
      tenantId,
      campaignId,
      contactId,
      commercialAdvisorId: null,
      medicalAdvisorId: null,
      medicalAssignmentDate: null,
      lastState: null,
      summary: null,
      assignmentType: null,
      assignedAt: changes.assignedAt ?? now,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }, true);
    member.state = member.apply(changes, changes.assignedAt ?? now);
    member.record('campaign_member.added', diff(emptyMember, member.state, EDITABLE), now);
    return member;
  }

  static rehydrate(state: CampaignMemberState): CampaignMember {
    if (!state.campaignId || !state.contactId) throw new Error(`CampaignMember ${state.id}: stored without campaign or contact`);
    return new CampaignMember(state);
  }

  get snapshot(): CampaignMemberState {
    return this.state;
  }

  /**
   * Applies an assignment from the source. Idempotent (the same assignment twice changes nothing)
   * and order-tolerant: one older than the latest applied is a late redelivery and is ignored.
   */
  assign(assignment: Assignment, now = new Date()): boolean {
    if (assignment.assignedAt.getTime() < this.state.assignedAt.getTime()) return false;
    const { assignedAt, ...fields } = assignment;
    return this.change({ ...this.apply(fields, assignedAt), assignedAt }, now);
  }

  /** Applies a correction; assigning a medical advisor without a date dates it now. */
  update(changes: MemberChanges, now = new Date()): boolean {
    return this.change(this.apply(changes, now), now);
  }

  remove(now = new Date()): void {
    this.record('campaign_member.removed', diff(this.state, emptyMember, EDITABLE), now);
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private apply(changes: MemberChanges, assignedAt: Date): CampaignMemberState {
    const given = Object.fromEntries(
      Object.entries(changes)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, typeof value === 'string' ? value.trim() || null : value]),
    ) as MemberChanges;
    const next = { ...this.state, ...given };
    const medicalAdvisorChanged = next.medicalAdvisorId !== this.state.medicalAdvisorId;
    if (medicalAdvisorChanged && given.medicalAssignmentDate === undefined) {
      return { ...next, medicalAssignmentDate: next.medicalAdvisorId === null ? null : assignedAt };
    }
    return next;
  }

  private change(next: CampaignMemberState, now: Date): boolean {
    const changes = diff(this.state, next, EDITABLE);
    if (Object.keys(changes).length === 0) return false;
    this.state = { ...next, version: this.persistedVersion + 1, updatedAt: now };
    this.record('campaign_member.updated', changes, now);
    return true;
  }

  private record(type: keyof CampaignMemberEventPayloads, changes: Changes, occurredAt: Date): void {
    this.#events.record({
      type,
      aggregateType: 'campaign_member',
      aggregateId: this.state.id,
      tenantId: this.state.tenantId,
      payload: { campaign_id: this.state.campaignId, contact_id: this.state.contactId, changes },
      occurredAt,
    });
  }
}

const emptyMember = Object.fromEntries(EDITABLE.map((field) => [field, null])) as unknown as CampaignMemberState;
