import { DomainError } from '@leadline/shared-kernel/domain';

export const CrmErrorCodes = {
  contactDuplicate: 'contact.duplicate',
  contactHasOpportunities: 'contact.has_opportunities',
  contactUnknown: 'contact.unknown',
  pipelineInvalid: 'pipeline.invalid',
  pipelineUnknown: 'pipeline.unknown',
  pipelineStageInUse: 'pipeline.stage_in_use',
  pipelineRuleInvalid: 'pipeline.rule_invalid',
  scoringModelInvalid: 'scoring.model_invalid',
  stageNotInPipeline: 'opportunity.stage_not_in_pipeline',
  invalidStatusTransition: 'opportunity.invalid_status_transition',
  /** A move that may only go forward (an AI call's) named a stage that is not an open stage after the current one. */
  stageNotForward: 'opportunity.stage_not_forward',
  opportunityCorrupt: 'opportunity.corrupt',
  odooStageUnmapped: 'pipeline.odoo_stage_unmapped',
  opportunityUnknown: 'opportunity.unknown',
  activityOpportunityNotOfContact: 'activity.opportunity_not_of_contact',
  activityInvalidStatusTransition: 'activity.invalid_status_transition',
} as const;
export type CrmErrorCode = (typeof CrmErrorCodes)[keyof typeof CrmErrorCodes];

export class CrmError extends DomainError<CrmErrorCode> {}

export class ContactDuplicateError extends CrmError {
  constructor(readonly field: 'phone' | 'manychat_id', existingId: string | null) {
    super(CrmErrorCodes.contactDuplicate, `A contact with this ${field} already exists`, {
      field,
      existing_id: existingId,
    });
  }
}

/** An opportunity_id in a body names no opportunity of the caller's tenant (another tenant's looks the same). */
export function unknownOpportunity(opportunityId: string): CrmError {
  return new CrmError(CrmErrorCodes.opportunityUnknown, `Opportunity ${opportunityId} does not exist`, { opportunity_id: opportunityId });
}

/** A contact_id in a body names no contact of the caller's tenant. */
export function unknownContact(contactId: string): CrmError {
  return new CrmError(CrmErrorCodes.contactUnknown, `Contact ${contactId} does not exist`, { contact_id: contactId });
}
