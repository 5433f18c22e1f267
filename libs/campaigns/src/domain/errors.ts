import { DomainError } from '@leadline/shared-kernel/domain';

export const CampaignErrorCodes = {
  campaignDuplicate: 'campaign.duplicate',
  channelUnknown: 'campaign.channel_unknown',
  invalidStatusTransition: 'campaign.invalid_status_transition',
  campaignHasMembers: 'campaign.has_members',
  memberDuplicate: 'campaign_member.duplicate',
  memberContactUnknown: 'campaign_member.contact_unknown',
  memberAdvisorUnknown: 'campaign_member.advisor_unknown',
  /** Enrolling needs an active campaign. */
  notActive: 'campaign.not_active',
  /** The lead went through this campaign already and it does not take them again (`reentry: never`). */
  alreadyApplied: 'campaign.already_applied',
  /** A won or lost opportunity is not enrolled. */
  opportunityClosed: 'campaign.opportunity_closed',
  /** Only an active enrollment can be exited. */
  enrollmentEnded: 'campaign.enrollment_ended',
  /** trigger_condition does not fit its trigger (contract §10). */
  triggerInvalid: 'campaign.trigger_invalid',
  /** A stage a trigger condition or an update_stage step names is not in the pipeline. */
  stageUnknown: 'campaign.stage_unknown',
  /** A pipeline_id in a trigger condition that is not a pipeline of the tenant. */
  pipelineUnknown: 'campaign.pipeline_unknown',
  /** A step that breaks its action's rules (send_message without template, …). */
  stepInvalid: 'campaign.step_invalid',
  /** A step's template_id that is not a template of the tenant. */
  templateUnknown: 'campaign.template_unknown',
  /** A send_message step whose template is written for another channel than the step's. */
  templateChannelMismatch: 'campaign.template_channel_mismatch',
} as const;
export type CampaignErrorCode = (typeof CampaignErrorCodes)[keyof typeof CampaignErrorCodes];

export class CampaignError extends DomainError<CampaignErrorCode> {}

export class CampaignDuplicateError extends CampaignError {
  constructor(existingId: string | null) {
    super(CampaignErrorCodes.campaignDuplicate, 'A campaign with this external_id already exists', {
      field: 'external_id',
      existing_id: existingId,
    });
  }
}

export class MemberDuplicateError extends CampaignError {
  constructor(existingId: string | null) {
    super(CampaignErrorCodes.memberDuplicate, 'The contact is already a member of this campaign', {
      field: 'contact_id',
      existing_id: existingId,
    });
  }
}

export function channelUnknown(channelId: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.channelUnknown, `Channel ${channelId} does not exist`, { channel_id: channelId });
}

export function memberContactUnknown(contactId: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.memberContactUnknown, `Contact ${contactId} does not exist`, { contact_id: contactId });
}

export function memberAdvisorUnknown(advisorId: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.memberAdvisorUnknown, `Advisor ${advisorId} does not exist`, { advisor_id: advisorId });
}

export function campaignNotActive(status: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.notActive, `The campaign is ${status}; only an active campaign enrolls leads`, { campaign_status: status });
}

export function alreadyApplied(enrollmentId: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.alreadyApplied,
    'The lead already went through this campaign and its reentry is never', { enrollment_id: enrollmentId });
}

export function opportunityClosed(status: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.opportunityClosed, `The opportunity is ${status}: closed leads are not enrolled`, { opportunity_status: status });
}

export function enrollmentEnded(status: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.enrollmentEnded, `The enrollment is already ${status}`, { enrollment_status: status });
}

export function stageUnknown(stages: readonly string[], pipelineId: string, known: readonly string[]): CampaignError {
  return new CampaignError(
    CampaignErrorCodes.stageUnknown,
    `Stage(s) ${stages.join(', ')} are not in pipeline ${pipelineId}; its stages are ${known.join(', ')}`,
    { stages, pipeline_id: pipelineId },
  );
}

export function pipelineUnknown(pipelineId: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.pipelineUnknown, `Pipeline ${pipelineId} does not exist`, { pipeline_id: pipelineId });
}

export function templateUnknown(templateId: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.templateUnknown, `Template ${templateId} does not exist`, { template_id: templateId });
}

export function templateChannelMismatch(templateId: string, templateChannel: string, stepChannel: string | null): CampaignError {
  return new CampaignError(
    CampaignErrorCodes.templateChannelMismatch,
    stepChannel === null
      ? `Template ${templateId} is a ${templateChannel} template, and neither the step nor the campaign has a channel`
      : `Template ${templateId} is a ${templateChannel} template; the step sends on ${stepChannel}`,
    { template_id: templateId, template_channel: templateChannel, step_channel: stepChannel },
  );
}
