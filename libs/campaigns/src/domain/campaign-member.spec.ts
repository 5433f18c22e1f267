import { describe, expect, it } from '@jest/globals';
import { CampaignMember } from './campaign-member.js';

const TENANT = '0190a8f2-0000-7000-8000-000000000001';
const CAMPAIGN = '0190a8f2-0000-7000-8000-000000000002';
const CONTACT = '0190a8f2-0000-7000-8000-000000000003';
const LAURA = '0190a8f2-0000-7000-8000-00000000000a';
const PEDRO = '0190a8f2-0000-7000-8000-00000000000b';
const at = (time: string) => new Date(`2025-06-10T${time}:00Z`);

function stored(member: CampaignMember): CampaignMember {
  return CampaignMember.rehydrate(member.snapshot);
}

describe('CampaignMember', () => {
  it('enrolling with a medical advisor dates the medical assignment at the assignment time', () => {
    const member = CampaignMember.enrol(TENANT, CAMPAIGN, CONTACT, { medicalAdvisorId: LAURA, assignedAt: at('10:10') });
    expect(member.snapshot).toMatchObject({ medicalAdvisorId: LAURA, medicalAssignmentDate: at('10:10'), assignedAt: at('10:10') });
    expect(member.pullEvents().map((event) => event.type)).toEqual(['campaign_member.added']);
  });

  it('the same assignment twice changes nothing and records nothing the second time', () => {
    const member = stored(CampaignMember.enrol(TENANT, CAMPAIGN, CONTACT, { assignedAt: at('10:00') }));
    const assignment = { assignedAt: at('10:10'), medicalAdvisorId: LAURA, lastState: 'Asignado', summary: 'Interesado' };
    expect(member.assign(assignment)).toBe(true);
    const again = stored(member);
    expect(again.assign(assignment)).toBe(false);
    expect(again.pullEvents()).toEqual([]);
    expect(again.snapshot).toEqual(member.snapshot);
  });

  it('an assignment older than the latest applied is ignored', () => {
    const member = stored(CampaignMember.enrol(TENANT, CAMPAIGN, CONTACT, { lastState: 'nuevo', assignedAt: at('11:00') }));
    expect(member.assign({ assignedAt: at('10:00'), lastState: 'viejo' })).toBe(false);
    expect(member.snapshot.lastState).toBe('nuevo');
  });

  it('absent fields keep their values; the same medical advisor keeps its original date', () => {
    const member = stored(CampaignMember.enrol(TENANT, CAMPAIGN, CONTACT, { medicalAdvisorId: LAURA, summary: 'uno', assignedAt: at('10:00') }));
    member.assign({ assignedAt: at('12:00'), medicalAdvisorId: LAURA, lastState: 'seguimiento' });
    expect(member.snapshot).toMatchObject({ summary: 'uno', lastState: 'seguimiento', medicalAssignmentDate: at('10:00'), assignedAt: at('12:00') });
  });

  it('a new medical advisor is dated by the assignment; a correction without a date is dated now', () => {
    const member = stored(CampaignMember.enrol(TENANT, CAMPAIGN, CONTACT, { medicalAdvisorId: LAURA, assignedAt: at('10:00') }));
    member.assign({ assignedAt: at('12:00'), medicalAdvisorId: PEDRO });
    expect(member.snapshot.medicalAssignmentDate).toEqual(at('12:00'));
    const corrected = stored(member);
    const now = new Date('2025-06-11T08:00:00Z');
    corrected.update({ medicalAdvisorId: LAURA }, now);
    expect(corrected.snapshot.medicalAssignmentDate).toEqual(now);
  });

  it('an explicit medical assignment date wins; clearing the advisor clears the date', () => {
    const member = stored(CampaignMember.enrol(TENANT, CAMPAIGN, CONTACT, { assignedAt: at('10:00') }));
    member.update({ medicalAdvisorId: LAURA, medicalAssignmentDate: at('09:00') });
    expect(member.snapshot.medicalAssignmentDate).toEqual(at('09:00'));
    const cleared = stored(member);
    cleared.update({ medicalAdvisorId: null });
    expect(cleared.snapshot).toMatchObject({ medicalAdvisorId: null, medicalAssignmentDate: null });
  });

  it('an update bumps the version once from the stored one and records the changes with the campaign and contact', () => {
    const member = stored(CampaignMember.enrol(TENANT, CAMPAIGN, CONTACT, { assignedAt: at('10:00') }));
    member.update({ lastState: 'a' });
    member.update({ summary: 'b' });
    expect(member.snapshot.version).toBe(2);
    const [first] = member.pullEvents();
    expect(first).toMatchObject({
      type: 'campaign_member.updated',
      aggregateType: 'campaign_member',
      payload: { campaign_id: CAMPAIGN, contact_id: CONTACT, changes: { lastState: { from: null, to: 'a' } } },
    });
  });
});
