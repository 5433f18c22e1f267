import {
  Opportunity, Pipeline, type CallOutcome, type NewOpportunity, type OpportunityState,
} from '@leadline/crm-domain';

/** Test-data builders for crm-domain's aggregates: sensible defaults, the test names only what it is about. */
export const A_TENANT = '0190a8f2-0000-7000-8000-000000000001';
export const A_CONTACT = '0190a8f2-0000-7000-8000-000000000002';

export const aSalesPipeline = (tenantId = A_TENANT) => Pipeline.fromTemplate(tenantId, 'Sales', 'sales', true);

/** A new opportunity, as `create` makes it: with its `opportunity.created` event and first stage change pending. */
export function aNewOpportunity(input: Partial<NewOpportunity> = {}, pipeline = aSalesPipeline()): Opportunity {
  return Opportunity.create(pipeline.snapshot.tenantId, pipeline, { contactId: A_CONTACT, ...input });
}

/** An opportunity as if loaded from the database (no pending events or stage changes), with `overrides` in its state. */
export function aStoredOpportunity(overrides: Partial<OpportunityState> = {}, from: Opportunity = aNewOpportunity()): Opportunity {
  return Opportunity.rehydrate({ ...from.snapshot, ...overrides });
}

/** A call as first-call attempt registration reads it: unanswered, version 1, at 10:00 on 29 Jan 2025. */
export function aCallOutcome(callId: string, overrides: Partial<CallOutcome> = {}): CallOutcome {
  return { callId, callStatus: 'no_answer', callVersion: 1, attemptedAt: new Date(Date.UTC(2025, 0, 29, 10, 0)), notes: null, ...overrides };
}
