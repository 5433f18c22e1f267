import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RegisterCallAttemptCommand } from '@leadline/crm-domain';
import {
  Outbox, SubscribesTo, UnitOfWork, type CommandContext, type DeliveredEvent, type DomainEventSubscriber,
} from '@leadline/shared-kernel';
import { newId } from '@leadline/shared-kernel/domain';
import { CALL_REPOSITORY, type CallRepository } from '../../domain/index.js';

const SYNC_REQUESTED = 'telephony.attempt_sync_requested';

export interface AttemptSyncRequest {
  readonly syncId: string;
  readonly since: Date | null;
}

/** Accepts the historical sync; the worker runs it, so a large history never holds an HTTP request. */
export class RequestAttemptSyncCommand extends Command<AttemptSyncRequest> {
  constructor(readonly context: CommandContext, readonly since: Date | null) {
    super();
  }
}

@CommandHandler(RequestAttemptSyncCommand)
export class RequestAttemptSyncHandler implements ICommandHandler<RequestAttemptSyncCommand> {
  constructor(
    private readonly outbox: Outbox,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, since }: RequestAttemptSyncCommand): Promise<AttemptSyncRequest> {
    const syncId = newId();
    return this.uow.run(async () => {
      await this.outbox.append(context, [{
        id: newId(),
        type: SYNC_REQUESTED,
        aggregateType: 'attempt_sync',
        aggregateId: syncId,
        tenantId: context.tenantId,
        occurredAt: new Date(),
        payload: { since: since?.toISOString() ?? null },
      }]);
      return { syncId, since };
    });
  }
}

/**
 * Registers past outbound calls as first-call attempts, oldest first, one call at a time so the
 * numbering follows call order. Calls already registered are left as they are (same version), and
 * the five-attempt cap and every other rule hold because the CRM's own command applies them.
 */
@Injectable()
@SubscribesTo({ name: 'telephony.attempt-sync', events: [SYNC_REQUESTED] })
export class AttemptSync implements DomainEventSubscriber {
  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    private readonly commands: CommandBus,
  ) {}

  async handle(event: DeliveredEvent): Promise<void> {
    const { since } = event.payload as { since: string | null };
    const context: CommandContext = { tenantId: event.tenantId, actor: event.actor, requestId: event.requestId };
    for (const call of await this.calls.outboundToContacts(event.tenantId, since ? new Date(since) : null)) {
      const { id, entityId, callStatus, version, startedAt, createdAt, summary, callResult } = call.snapshot;
      if (!entityId) continue;
      await this.commands.execute(new RegisterCallAttemptCommand(context, entityId, {
        callId: id,
        callStatus,
        callVersion: version,
        attemptedAt: startedAt ?? createdAt,
        notes: summary ?? callResult,
      }));
    }
  }
}
