import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Page, type PageRequest } from '@leadline/shared-kernel';
import { CHANNEL_REPOSITORY, type Channel, type ChannelRepository } from '../../domain/index.js';

export class GetChannelQuery extends Query<Channel> {
  constructor(readonly tenantId: string, readonly channelId: string) {
    super();
  }
}

export class ListChannelsQuery extends Query<Page<Channel>> {
  constructor(readonly tenantId: string, readonly page: PageRequest) {
    super();
  }
}

@QueryHandler(GetChannelQuery)
export class GetChannelHandler implements IQueryHandler<GetChannelQuery> {
  constructor(@Inject(CHANNEL_REPOSITORY) private readonly channels: ChannelRepository) {}

  async execute({ tenantId, channelId }: GetChannelQuery): Promise<Channel> {
    const channel = await this.channels.find(tenantId, channelId);
    if (!channel) throw new NotFoundError('channel', channelId);
    return channel;
  }
}

@QueryHandler(ListChannelsQuery)
export class ListChannelsHandler implements IQueryHandler<ListChannelsQuery> {
  constructor(@Inject(CHANNEL_REPOSITORY) private readonly channels: ChannelRepository) {}

  execute({ tenantId, page }: ListChannelsQuery): Promise<Page<Channel>> {
    return this.channels.list(tenantId, page);
  }
}
