import { AdvisorSchema } from './advisor.persistence.js';
import { ChannelSchema } from './channel.persistence.js';

export const referenceDataEntities = [ChannelSchema, AdvisorSchema];
