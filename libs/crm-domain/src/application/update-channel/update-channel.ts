import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { CHANNEL_REPOSITORY, type Channel, type ChannelDetails, type ChannelRepository } from '../../domain/index.js';

export class UpdateChannelCommand extends Command<Channel> {
  constructor(readonly context: CommandContext, readonly channelId: string, readonly details: ChannelDetails) {
    super();
  }
}

@CommandHandler(UpdateChannelCommand)
export class UpdateChannelHandler implements ICommandHandler<UpdateChannelCommand> {
  constructor(
    @Inject(CHANNEL_REPOSITORY) private readonly channels: ChannelRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, channelId, details }: UpdateChannelCommand): Promise<Channel> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const channel = await this.channels.find(context.tenantId, channelId);
      if (!channel) throw new NotFoundError('channel', channelId);
      if (channel.update(details)) await this.channels.save(channel, context);
      return channel;
    }));
  }
}
