import type { QueryBus } from '@nestjs/cqrs';
import { GetContactQuery, GetLeadContextQuery, ListOpportunitiesQuery, type Contact, type OpportunityView } from '@leadline/crm-domain';
import { NotFoundError, type Page } from '@leadline/shared-kernel';
import { contactUnknown, opportunityUnknown, type RenderValues } from '../domain/index.js';

export interface LeadReference {
  readonly contactId?: string;
  readonly opportunityId?: string;
  /** The campaign sending, for `campaign_name`. */
  readonly campaignName?: string;
}

/**
 * The lead's render context (contract §9) from crm-domain's one home for it, GetLeadContextQuery:
 * the opportunity named, else the contact's newest one; a contact without opportunities gives its
 * own fields only. An id in a body that names no contact or opportunity of the tenant, or an
 * opportunity of another contact, is a broken rule of the request (422), not a missing resource.
 */
export async function leadValues(queries: QueryBus, tenantId: string, lead: LeadReference): Promise<RenderValues> {
  const { contactId, opportunityId, campaignName = null } = lead;
  if (opportunityId !== undefined) {
    const context = await orUnknown(queries.execute(new GetLeadContextQuery(tenantId, opportunityId, campaignName)), () => opportunityUnknown(opportunityId));
    if (contactId !== undefined && context.contact_id !== contactId) {
      await orUnknown(queries.execute(new GetContactQuery(tenantId, contactId)), () => contactUnknown(contactId));
      throw opportunityUnknown(opportunityId, contactId);
    }
    return primitives(context);
  }
  if (contactId === undefined) return {};
  const contact: Contact = await orUnknown(queries.execute(new GetContactQuery(tenantId, contactId)), () => contactUnknown(contactId));
  const newest: Page<OpportunityView> = await queries.execute(new ListOpportunitiesQuery(tenantId, { contactId }, { limit: 1 }));
  if (newest.data[0]) return primitives(await queries.execute(new GetLeadContextQuery(tenantId, newest.data[0].id, campaignName)));
  const { firstName, lastName, phone, email } = contact.snapshot;
  return {
    contact_id: contactId,
    name: firstName,
    first_name: firstName,
    last_name: lastName,
    full_name: [firstName, lastName].filter((part) => part).join(' ') || null,
    phone,
    email,
  };
}

async function orUnknown<T>(query: Promise<T>, unknown: () => Error): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof NotFoundError) throw unknown();
    throw error;
  }
}

/** Texts, numbers and booleans: a qualification field holding a list or an object is no template value. */
export function renderValuesOf(context: Readonly<Record<string, unknown>>): RenderValues {
  return primitives(context);
}

function primitives(context: Record<string, unknown>): RenderValues {
  return Object.fromEntries(Object.entries(context).filter(([, value]) =>
    value === null || ['string', 'number', 'boolean'].includes(typeof value))) as RenderValues;
}
