import { Inject } from '@nestjs/common';
import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetContactQuery } from '@leadline/crm-domain';
import { Clock, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { CONTACT_CHANNEL_REPOSITORY, type ContactChannelRepository, type ContactChannelState, type TemplateChannel } from '../../domain/index.js';

export class ChangeOptOutCommand extends Command<ContactChannelState[]> {
  constructor(readonly context: CommandContext, readonly contactId: string, readonly channel: TemplateChannel, readonly optedOut: boolean) {
    super();
  }
}

/**
 * An agent records the lead's wish (contract §9a): opted out of a channel, or back in. Opting in
 * does not lift a provider's verdict that the address is unreachable. Answers every channel row of
 * the contact, as the contact view shows them.
 */
@CommandHandler(ChangeOptOutCommand)
export class ChangeOptOutHandler implements ICommandHandler<ChangeOptOutCommand> {
  constructor(
    @Inject(CONTACT_CHANNEL_REPOSITORY) private readonly channels: ContactChannelRepository,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute({ context, contactId, channel, optedOut }: ChangeOptOutCommand): Promise<ContactChannelState[]> {
    await this.queries.execute(new GetContactQuery(context.tenantId, contactId));
    return this.uow.run(async () => {
      const contactChannel = await this.channels.get(context.tenantId, contactId, channel);
      const now = this.clock.now();
      const changed = optedOut ? contactChannel.optOut(now, 'agent') : contactChannel.optIn(now);
      if (changed) await this.channels.save(contactChannel, context);
      return (await this.channels.ofContact(context.tenantId, contactId)).map((row) => row.snapshot);
    });
  }
}
