import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { IntegrationEventName, IntegrationEvents } from '@leadline/integration-events';
import {
  Queues, SubscribesTo, UnitOfWork, type CommandContext, type DeliveredEvent, type DomainEventSubscriber,
} from '@leadline/shared-kernel';
import {
  OPPORTUNITY_REPOSITORY, type CallOutcome, type OpportunityRepository, type RegisteredAttempt,
} from '../../domain/index.js';

/**
 * Telephony's published event, read through the shared contract only: crm-domain never imports
 * telephony, and a change to the payload on either side does not compile.
 */
const CALL_RECORDED = 'call.recorded' satisfies IntegrationEventName;

export class RegisterCallAttemptCommand extends Command<RegisteredAttempt | null> {
  constructor(
    readonly context: CommandContext,
    readonly contactId: string,
    readonly call: CallOutcome,
  ) {
    super();
  }
}

/**
 * Registers an outbound call on the contact's opportunity awaiting its first call, or updates the
 * attempt it already is (contract §6 rule 2: also after the first call was completed, so a later
 * summary reaches the attempt's notes). The row lock
 * taken by `findAwaitingFirstCall` serialises registrations for one contact, so ten calls at once
 * become attempts 1–5 and nothing more.
 */
@CommandHandler(RegisterCallAttemptCommand)
export class RegisterCallAttemptHandler implements ICommandHandler<RegisterCallAttemptCommand> {
  constructor(
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, contactId, call }: RegisterCallAttemptCommand): Promise<RegisteredAttempt | null> {
    return this.uow.run(async () => {
      const opportunity = await this.opportunities.findWithCallAttempt(context.tenantId, contactId, call.callId)
        ?? await this.opportunities.findAwaitingFirstCall(context.tenantId, contactId);
      const registered = opportunity?.recordCallAttempt(call) ?? null;
      if (opportunity && registered) await this.opportunities.save(opportunity, context);
      return registered;
    });
  }
}

/** In the priority lane: an agent watches the opportunity for the attempt, so no bulk backlog may hold it up. */
@Injectable()
@SubscribesTo({ name: 'crm.first-call-attempts', events: [CALL_RECORDED], queue: Queues.priorityEvents })
export class CallAttemptRegistration implements DomainEventSubscriber<DeliveredEvent<IntegrationEvents[typeof CALL_RECORDED]>> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: DeliveredEvent<IntegrationEvents[typeof CALL_RECORDED]>): Promise<void> {
    const call = event.payload;
    if (call.direction !== 'outbound' || call.entity_type !== 'contacts' || !call.entity_id) return;
    await this.commands.execute(new RegisterCallAttemptCommand(
      { tenantId: event.tenantId, actor: event.actor, requestId: event.requestId },
      call.entity_id,
      {
        callId: call.call_id,
        callStatus: call.call_status,
        callVersion: call.version,
        attemptedAt: new Date(call.started_at ?? call.created_at),
        notes: call.summary ?? call.call_result,
      },
    ));
  }
}
