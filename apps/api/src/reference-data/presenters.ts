import type { Campaign, CampaignMember } from '@leadline/campaigns';
import { presentStep } from './campaign-automation.dto.js';
import type { Advisor, Channel } from '@leadline/crm-domain';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentChannel(channel: Channel) {
  const c = channel.snapshot;
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    version: c.version,
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
  };
}

export function presentAdvisor(advisor: Advisor) {
  const a = advisor.snapshot;
  return {
    id: a.id,
    name: a.name,
    email: a.email,
    phone: a.phone,
    kind: a.kind,
    external_id: a.externalId,
    auto_created: a.autoCreated,
    version: a.version,
    created_at: iso(a.createdAt),
    updated_at: iso(a.updatedAt),
  };
}

export function presentCampaign(campaign: Campaign) {
  const c = campaign.snapshot;
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    date_start: iso(c.dateStart),
    date_end: iso(c.dateEnd),
    budget: c.budget,
    status: c.status,
    channel_id: c.channelId,
    external_id: c.externalId,
    auto_created: c.autoCreated,
    channel: c.channel,
    trigger: c.trigger,
    trigger_condition: c.triggerCondition,
    reentry: c.reentry,
    exit_on: c.exitOn,
    send_window: c.sendWindow,
    steps: c.steps.map((step) => presentStep(c.id, step)),
    version: c.version,
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
  };
}

export function presentMember(member: CampaignMember) {
  const m = member.snapshot;
  return {
    id: m.id,
    campaign_id: m.campaignId,
    contact_id: m.contactId,
    commercial_advisor_id: m.commercialAdvisorId,
    medical_advisor_id: m.medicalAdvisorId,
    medical_assignment_date: iso(m.medicalAssignmentDate),
    last_state: m.lastState,
    summary: m.summary,
    assignment_type: m.assignmentType,
    assigned_at: iso(m.assignedAt),
    version: m.version,
    created_at: iso(m.createdAt),
    updated_at: iso(m.updatedAt),
  };
}
