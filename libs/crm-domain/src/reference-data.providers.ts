import { CreateAdvisorHandler } from './application/create-advisor/create-advisor.js';
import { CreateChannelHandler } from './application/create-channel/create-channel.js';
import { DeleteAdvisorHandler } from './application/delete-advisor/delete-advisor.js';
import { DeleteChannelHandler } from './application/delete-channel/delete-channel.js';
import { GetAdvisorHandler, ListAdvisorsHandler } from './application/queries/advisor-queries.js';
import { GetChannelHandler, ListChannelsHandler } from './application/queries/channel-queries.js';
import { ResolveAdvisorHandler } from './application/resolve-advisor/resolve-advisor.js';
import { UpdateAdvisorHandler } from './application/update-advisor/update-advisor.js';
import { UpdateChannelHandler } from './application/update-channel/update-channel.js';
import { ADVISOR_REPOSITORY, CHANNEL_REPOSITORY } from './domain/index.js';
import { MikroOrmAdvisorRepository } from './infrastructure/advisor.persistence.js';
import { MikroOrmChannelRepository } from './infrastructure/channel.persistence.js';

/** Channels and advisors: the reference data leads and campaigns point at. */
export const referenceDataProviders = [
  { provide: CHANNEL_REPOSITORY, useClass: MikroOrmChannelRepository },
  { provide: ADVISOR_REPOSITORY, useClass: MikroOrmAdvisorRepository },
  CreateChannelHandler, UpdateChannelHandler, DeleteChannelHandler, GetChannelHandler, ListChannelsHandler,
  CreateAdvisorHandler, UpdateAdvisorHandler, DeleteAdvisorHandler, ResolveAdvisorHandler, GetAdvisorHandler,
  ListAdvisorsHandler,
];
