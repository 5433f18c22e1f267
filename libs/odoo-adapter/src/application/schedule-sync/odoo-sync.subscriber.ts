import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ContactEvents, GetPipelineQuery, ListOpportunitiesQuery, OpportunityEvents, type OpportunityView } from '@leadline/crm-domain';
import { SubscribesTo, type DeliveredEvent, type DomainEventSubscriber } from '@leadline/shared-kernel';
import { currentOpportunity, isMirrored } from '../mirrored-opportunities.js';
import { OdooSyncScheduler } from './odoo-sync-scheduler.js';

/** Changes that alter what the crm.lead shows (crmLeadValues); others leave Odoo alone. */
const MIRRORED_OPPORTUNITY_FIELDS = ['notes', 'detectionReason'];
const MIRRORED_CONTACT_FIELDS = ['firstName', 'lastName', 'phone', 'email'];

/**
 * Asks for an Odoo sync when a mirrored opportunity is created, moves stage, or changes what its
 * lead shows, including its contact's name, phone or e-mail. The job carries ids only; the state
 * it sends is read when it runs.
 */
@Injectable()
@SubscribesTo({
  name: 'odoo-sync',
  events: [OpportunityEvents.created, OpportunityEvents.stageChanged, OpportunityEvents.updated, ContactEvents.updated],
})
export class OdooSyncSubscriber implements DomainEventSubscriber {
  constructor(
    private readonly queries: QueryBus,
    private readonly scheduler: OdooSyncScheduler,
  ) {}

  async handle(event: DeliveredEvent): Promise<void> {
    const changed = Object.keys((event.payload as { changes?: object }).changes ?? {});
    if (event.type === OpportunityEvents.updated && !changed.some((field) => MIRRORED_OPPORTUNITY_FIELDS.includes(field))) return;
    if (event.type === ContactEvents.updated && !changed.some((field) => MIRRORED_CONTACT_FIELDS.includes(field))) return;
    if (!(await this.scheduler.isConnected(event.tenantId))) return;

    const opportunities = event.aggregateType === 'contact'
      ? (await this.queries.execute(new ListOpportunitiesQuery(event.tenantId, { contactId: event.aggregateId }, { limit: 200 }))).data
      : [await currentOpportunity(this.queries, event.tenantId, event.aggregateId)].filter((found): found is OpportunityView => found !== null);
    for (const opportunity of opportunities) {
      const pipeline = await this.queries.execute(new GetPipelineQuery(event.tenantId, opportunity.pipelineId));
      if (isMirrored(pipeline)) await this.scheduler.schedule(opportunity, event.id);
    }
  }

}
