import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { IntegrationEventName, MessageReceived } from '@leadline/integration-events';
import { Queues, SubscribesTo, type CommandContext, type DeliveredEvent, type DomainEventSubscriber } from '@leadline/shared-kernel';
import { OPPORTUNITY_REPOSITORY, type OpportunityRepository } from '../../domain/index.js';
import { AutoAdvanceOpportunityCommand } from '../auto-advance/auto-advance.js';
import { RescoreOpportunityCommand } from '../score-lead/score-lead.js';

/**
 * A lead wrote to us (messaging's `message.received`, contract §9a): their opportunity counts one
 * more reply and its last activity moves to the message's time, so inactivity, the `replies` of the
 * render context, the score and the stage rule all see it. Messaging is read only through this
 * event; the delivery's marker makes the count exactly once per message.
 */
@Injectable()
@SubscribesTo({ name: 'crm.lead-replied', events: ['message.received' satisfies IntegrationEventName], queue: Queues.domainEvents })
export class RecordLeadReply implements DomainEventSubscriber<DeliveredEvent<MessageReceived>> {
  constructor(
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly commands: CommandBus,
  ) {}

  async handle(event: DeliveredEvent<MessageReceived>): Promise<void> {
    const { opportunity_id: opportunityId, received_at: receivedAt } = event.payload;
    if (!opportunityId) return;
    if (!(await this.opportunities.recordReply(event.tenantId, opportunityId, new Date(receivedAt)))) return;
    const context: CommandContext = { tenantId: event.tenantId, actor: { type: 'system', id: null, name: 'lead reply' }, requestId: event.requestId };
    await this.commands.execute(new RescoreOpportunityCommand(context, opportunityId));
    await this.commands.execute(new AutoAdvanceOpportunityCommand(context, opportunityId));
  }
}
