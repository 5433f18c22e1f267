import { describe, expect, it } from '@jest/globals';
import { DomainError, InvalidInputError, StaleVersionError } from '@leadline/shared-kernel/domain';
import { Activity, type ActivityState, type NewActivity } from './activity.js';
import { CrmErrorCodes } from './errors.js';

const TENANT = '0190a8f2-0000-7000-8000-000000000001';
const OPPORTUNITY = '0190a8f2-0000-7000-8000-000000000002';
const CONTACT = '0190a8f2-0000-7000-8000-000000000003';
const ADVISOR = '0190a8f2-0000-7000-8000-000000000004';
const NOW = new Date('2026-12-10T15:00:00Z');
const LATER = new Date('2026-12-10T16:00:00Z');

const anActivity = (input: Partial<NewActivity> = {}) => Activity.create(TENANT, {
  opportunityId: OPPORTUNITY, contactId: CONTACT, type: 'call', title: 'Llamada', source: 'manual', ...input,
}, NOW);
/** As loaded from the database: events and activity already taken by the save that stored it. */
const stored = (activity: Activity, overrides: Partial<ActivityState> = {}) => Activity.rehydrate({ ...activity.snapshot, ...overrides });
const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as DomainError<string>).code;
  }
  return undefined;
};

describe('Activity', () => {
  it('is created planned, version 1, trimmed, with the lead active now and an audited creation', () => {
    const activity = anActivity({ title: '  Llamada de seguimiento ', dueAt: LATER, durationMinutes: 30, assignedAdvisorId: ADVISOR });
    expect(activity.snapshot).toMatchObject({
      tenantId: TENANT, opportunityId: OPPORTUNITY, contactId: CONTACT, type: 'call', title: 'Llamada de seguimiento', notes: null,
      dueAt: LATER, durationMinutes: 30, assignedAdvisorId: ADVISOR, status: 'planned', source: 'manual', version: 1, createdAt: NOW,
    });
    expect(activity.persistedVersion).toBe(0);
    expect(activity.pullActivity()).toEqual(NOW);
    expect(activity.pullActivity()).toBeNull();
    const [created, ...rest] = activity.pullEvents();
    expect(rest).toEqual([]);
    expect(created).toMatchObject({
      type: 'activity.created', aggregateType: 'activity', aggregateId: activity.id, tenantId: TENANT,
      payload: { opportunity_id: OPPORTUNITY, contact_id: CONTACT, type: 'call', changes: { title: { from: null, to: 'Llamada de seguimiento' } } },
    });
  });

  it('books a meeting: a meeting created for an opportunity announces activity.meeting_booked', () => {
    const meeting = anActivity({ type: 'meeting', dueAt: LATER, source: 'campaign' });
    const events = meeting.pullEvents();
    expect(events.map((event) => event.type)).toEqual(['activity.created', 'activity.meeting_booked']);
    expect(events[1]!.payload).toEqual({
      activity_id: meeting.id, opportunity_id: OPPORTUNITY, contact_id: CONTACT, due_at: LATER.toISOString(), source: 'campaign',
    });
  });

  it("books nothing for a contact's meeting, a call or a task", () => {
    for (const activity of [anActivity({ type: 'meeting', opportunityId: null }), anActivity({ type: 'call' }), anActivity({ type: 'task' })]) {
      expect(activity.pullEvents().map((event) => event.type)).toEqual(['activity.created']);
    }
  });

  it('refuses a blank or too long title, a duration outside 1–1440 minutes, an unknown type, source or first status', () => {
    expect(() => anActivity({ title: '   ' })).toThrow(InvalidInputError);
    expect(() => anActivity({ title: 'x'.repeat(501) })).toThrow(/1-500/);
    expect(anActivity({ title: 'x'.repeat(500) }).snapshot.title).toHaveLength(500);
    expect(() => anActivity({ durationMinutes: 0 })).toThrow(/1 to 1440/);
    expect(() => anActivity({ durationMinutes: 1441 })).toThrow(/1 to 1440/);
    expect(() => anActivity({ durationMinutes: 1.5 })).toThrow(/1 to 1440/);
    expect(() => anActivity({ type: 'visit' as never })).toThrow(/type must be/);
    expect(() => anActivity({ source: 'api' as never })).toThrow(/source must be/);
    expect(() => anActivity({ status: 'cancelled' as never })).toThrow(/planned or done/);
  });

  it('may be logged as done when it already happened', () => {
    expect(anActivity({ status: 'done' }).snapshot.status).toBe('done');
  });

  it('goes planned → done once, bumping the version, showing the lead active and recording the change', () => {
    const activity = stored(anActivity());
    expect(activity.update({ status: 'done', notes: 'Contestó' }, LATER)).toBe(true);
    expect(activity.snapshot).toMatchObject({ status: 'done', notes: 'Contestó', version: 2, updatedAt: LATER });
    expect(activity.pullActivity()).toEqual(LATER);
    expect(activity.pullEvents()).toEqual([expect.objectContaining({
      type: 'activity.updated',
      payload: {
        opportunity_id: OPPORTUNITY, contact_id: CONTACT, type: 'call',
        changes: { status: { from: 'planned', to: 'done' }, notes: { from: null, to: 'Contestó' } },
      },
    })]);
  });

  it('goes planned → cancelled, which is no activity of the lead', () => {
    const activity = stored(anActivity());
    expect(activity.update({ status: 'cancelled' }, LATER)).toBe(true);
    expect(activity.pullActivity()).toBeNull();
  });

  it('never goes back: done and cancelled are final (422 activity.invalid_status_transition)', () => {
    for (const [from, to] of [['done', 'planned'], ['done', 'cancelled'], ['cancelled', 'planned'], ['cancelled', 'done']] as const) {
      const activity = stored(anActivity(), { status: from });
      expect(codeOf(() => activity.update({ status: to }, LATER))).toBe(CrmErrorCodes.activityInvalidStatusTransition);
      expect(activity.snapshot.status).toBe(from);
    }
  });

  it('answers false and records nothing when a PATCH changes nothing (the same status included)', () => {
    const activity = stored(anActivity({ notes: 'x' }));
    expect(activity.update({ status: 'planned', notes: 'x' }, LATER)).toBe(false);
    expect(activity.snapshot.version).toBe(1);
    expect(activity.pullEvents()).toEqual([]);
  });

  it('edits its fields, clears the nullable ones, and still checks title and duration', () => {
    const activity = stored(anActivity({ dueAt: LATER, durationMinutes: 30, assignedAdvisorId: ADVISOR }));
    expect(activity.update({ title: ' Nueva ', dueAt: null, durationMinutes: null, assignedAdvisorId: null }, LATER)).toBe(true);
    expect(activity.snapshot).toMatchObject({ title: 'Nueva', dueAt: null, durationMinutes: null, assignedAdvisorId: null });
    expect(() => activity.update({ title: ' ' })).toThrow(InvalidInputError);
    expect(() => activity.update({ durationMinutes: 2000 })).toThrow(InvalidInputError);
  });

  it('refuses a stale If-Match version', () => {
    const activity = stored(anActivity(), { version: 3 });
    expect(() => activity.assertVersion(2)).toThrow(StaleVersionError);
    expect(() => activity.assertVersion(3)).not.toThrow();
    expect(() => activity.assertVersion(undefined)).not.toThrow();
  });

  it('records its deletion for the audit trail', () => {
    const activity = stored(anActivity({ type: 'meeting' }));
    activity.delete(LATER);
    expect(activity.pullEvents()).toEqual([expect.objectContaining({
      type: 'activity.deleted', aggregateId: activity.id,
      payload: expect.objectContaining({ opportunity_id: OPPORTUNITY, type: 'meeting', changes: expect.objectContaining({ type: { from: 'meeting', to: null } }) }),
    })]);
  });
});
