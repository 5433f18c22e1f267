import { DomainError } from '@leadline/shared-kernel/domain';

export const AiAgentErrorCodes = {
  /** The tenant has no AI connection: every AI endpoint answers this, and nothing else changes. */
  notConfigured: 'ai.not_configured',
  /** The model server refused the API key (401/403) while a connection was being saved. */
  credentialsRejected: 'ai.credentials_rejected',
  /** The model server answered, but does not serve the model named. */
  modelUnavailable: 'ai.model_unavailable',
  /** The model server could not be reached, timed out or kept failing (5xx, 429) while a connection was being saved. */
  providerUnavailable: 'ai.provider_unavailable',
  /** An agent's `extraction_schema` is not a JSON Schema the extraction can use. */
  extractionSchemaInvalid: 'ai.extraction_schema_invalid',
  /** An `opportunity_id` in a body that names no opportunity of the tenant. */
  opportunityUnknown: 'ai.opportunity_unknown',
  /** An AI call for a contact that has no opportunity to render the agent's texts for. */
  contactWithoutOpportunity: 'ai.contact_without_opportunity',
  /** An analysis was asked for a call that has no transcript to analyse. */
  callWithoutTranscript: 'ai.call_without_transcript',
  /** A transcript was given for an AI call whose conversation is still running. */
  callInProgress: 'ai.call_in_progress',
} as const;
export type AiAgentErrorCode = (typeof AiAgentErrorCodes)[keyof typeof AiAgentErrorCodes];

export class AiAgentError extends DomainError<AiAgentErrorCode> {}

export function aiNotConfigured(): AiAgentError {
  return new AiAgentError(AiAgentErrorCodes.notConfigured, 'Connect a model server first: PUT /api/v1/integrations/ai', {});
}

export function extractionSchemaInvalid(problems: readonly string[]): AiAgentError {
  return new AiAgentError(AiAgentErrorCodes.extractionSchemaInvalid,
    `extraction_schema is not a usable JSON Schema: ${problems.join('; ')}`, { problems });
}

export function opportunityUnknown(opportunityId: string): AiAgentError {
  return new AiAgentError(AiAgentErrorCodes.opportunityUnknown, `Opportunity ${opportunityId} does not exist`, { opportunity_id: opportunityId });
}

export function contactWithoutOpportunity(contactId: string): AiAgentError {
  return new AiAgentError(AiAgentErrorCodes.contactWithoutOpportunity,
    `Contact ${contactId} has no opportunity: an AI call is rendered for a lead`, { contact_id: contactId });
}

export function callWithoutTranscript(callId: string): AiAgentError {
  return new AiAgentError(AiAgentErrorCodes.callWithoutTranscript,
    `Call ${callId} has no transcript to analyse: PUT /api/v1/crm/calls/${callId}/transcript first`, { call_id: callId });
}

export function callInProgress(callId: string): AiAgentError {
  return new AiAgentError(AiAgentErrorCodes.callInProgress,
    `Call ${callId} is an AI call still in progress: its transcript is being written by the call`, { call_id: callId });
}
