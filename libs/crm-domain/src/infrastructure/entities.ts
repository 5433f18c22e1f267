import { ContactSchema } from './contact.persistence.js';
import { OpportunitySchema, PipelineStageSchema, StageHistorySchema } from './opportunity.persistence.js';
import { PipelineSchema } from './pipeline.persistence.js';

export const crmEntities = [ContactSchema, PipelineSchema, OpportunitySchema, PipelineStageSchema, StageHistorySchema];
