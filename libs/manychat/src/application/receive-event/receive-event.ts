import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '@leadline/shared-kernel';
import type { ManychatEventType } from '../../domain/index.js';
import { ManychatInbox, type AcceptedEvent } from '../../infrastructure/inbox.persistence.js';

/** A validated webhook body, stored as ManyChat sent it; the worker processes it later. */
export class ReceiveManychatEventCommand extends Command<AcceptedEvent> {
  constructor(
    readonly context: CommandContext,
    readonly type: ManychatEventType,
    readonly rawBody: Record<string, unknown>,
  ) {
    super();
  }
}

@CommandHandler(ReceiveManychatEventCommand)
export class ReceiveManychatEventHandler implements ICommandHandler<ReceiveManychatEventCommand> {
  constructor(private readonly inbox: ManychatInbox) {}

  execute({ context, type, rawBody }: ReceiveManychatEventCommand): Promise<AcceptedEvent> {
    return this.inbox.accept(context, type, rawBody);
  }
}
