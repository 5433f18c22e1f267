import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { Channel, CHANNEL_REPOSITORY, type ChannelDetails, type ChannelRepository } from '../../domain/index.js';

export class CreateChannelCommand extends Command<Channel> {
  constructor(readonly context: CommandContext, readonly details: ChannelDetails & { name: string }) {
    super();
  }
}

@CommandHandler(CreateChannelCommand)
export class CreateChannelHandler implements ICommandHandler<CreateChannelCommand> {
  constructor(
    @Inject(CHANNEL_REPOSITORY) private readonly channels: ChannelRepository,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, details }: CreateChannelCommand): Promise<Channel> {
    const channel = Channel.create(context.tenantId, details);
    await this.uow.run(() => this.channels.add(channel, context));
    return channel;
  }
}
