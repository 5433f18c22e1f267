import { NotFoundError, type CommandContext, type DeliveredEvent } from '@leadline/shared-kernel';

/**
 * Runs `work` as the system, for the opportunity an event is about (auto-advance, scoring). An
 * opportunity deleted since the event has nothing left to do: that is not a failure to retry.
 */
export async function forEventOpportunity(
  event: DeliveredEvent,
  actorName: string,
  work: (context: CommandContext, opportunityId: string) => Promise<unknown>,
): Promise<void> {
  try {
    await work({ tenantId: event.tenantId, actor: { type: 'system', id: null, name: actorName }, requestId: event.requestId }, event.aggregateId);
  } catch (error) {
    if (error instanceof NotFoundError) return;
    throw error;
  }
}
