import { NotFoundError, type CommandContext, type DeliveredEvent } from '@leadline/shared-kernel';

/**
 * Runs `work` as the system, for the opportunity an event is about (auto-advance, scoring): the
 * aggregate of an opportunity event, the `opportunity_id` of another aggregate's (an activity's;
 * none when it is about a contact alone). An opportunity deleted since the event has nothing left
 * to do: that is not a failure to retry.
 */
export async function forEventOpportunity(
  event: DeliveredEvent,
  actorName: string,
  work: (context: CommandContext, opportunityId: string) => Promise<unknown>,
): Promise<void> {
  const opportunityId = event.aggregateType === 'opportunity'
    ? event.aggregateId
    : (event.payload as { opportunity_id?: string | null }).opportunity_id;
  if (!opportunityId) return;
  try {
    await work({ tenantId: event.tenantId, actor: { type: 'system', id: null, name: actorName }, requestId: event.requestId }, opportunityId);
  } catch (error) {
    if (error instanceof NotFoundError) return;
    throw error;
  }
}
