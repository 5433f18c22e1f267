import { AiAgentSchema } from './agent.persistence.js';

export const aiAgentEntities = [AiAgentSchema];
