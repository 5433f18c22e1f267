import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { CHANNEL_REPOSITORY, type ChannelRepository } from '../../domain/index.js';

export class DeleteChannelCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly channelId: string) {
    super();
  }
}

@CommandHandler(DeleteChannelCommand)
export class DeleteChannelHandler implements ICommandHandler<DeleteChannelCommand> {
  constructor(
    @Inject(CHANNEL_REPOSITORY) private readonly channels: ChannelRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, channelId }: DeleteChannelCommand): Promise<void> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const channel = await this.channels.find(context.tenantId, channelId);
      if (!channel) throw new NotFoundError('channel', channelId);
      channel.delete();
      await this.channels.delete(channel, context);
    }));
  }
}
