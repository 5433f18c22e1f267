import type { QueryBus } from '@nestjs/cqrs';
import { GetAdvisorQuery, GetChannelQuery, GetContactQuery } from '@leadline/crm-domain';
import { NotFoundError } from '@leadline/shared-kernel';
import { channelUnknown, memberAdvisorUnknown, memberContactUnknown } from '../domain/index.js';

/**
 * Contacts, channels and advisors belong to crm-domain; campaigns asks for them through its
 * queries. A missing one is a broken rule of the request (422), not a missing resource of the path.
 */
async function assertExists(lookup: () => Promise<unknown>, whenMissing: () => Error): Promise<void> {
  try {
    await lookup();
  } catch (error) {
    if (error instanceof NotFoundError) throw whenMissing();
    throw error;
  }
}

export function assertContactExists(queries: QueryBus, tenantId: string, contactId: string): Promise<void> {
  return assertExists(() => queries.execute(new GetContactQuery(tenantId, contactId)), () => memberContactUnknown(contactId));
}

export function assertChannelExists(queries: QueryBus, tenantId: string, channelId: string | null | undefined): Promise<void> {
  if (!channelId) return Promise.resolve();
  return assertExists(() => queries.execute(new GetChannelQuery(tenantId, channelId)), () => channelUnknown(channelId));
}

export async function assertAdvisorsExist(queries: QueryBus, tenantId: string, ...advisorIds: (string | null | undefined)[]): Promise<void> {
  for (const advisorId of advisorIds) {
    if (!advisorId) continue;
    await assertExists(() => queries.execute(new GetAdvisorQuery(tenantId, advisorId)), () => memberAdvisorUnknown(advisorId));
  }
}
