import { ActivitySchema } from './activity.persistence.js';
import { ContactSchema } from './contact.persistence.js';
import { OpportunitySchema, PipelineStageSchema, StageHistorySchema } from './opportunity.persistence.js';
import { PipelineSchema } from './pipeline.persistence.js';
import { referenceDataEntities } from './reference-data.entities.js';

export const crmEntities = [ContactSchema, PipelineSchema, OpportunitySchema, PipelineStageSchema, StageHistorySchema, ActivitySchema, ...referenceDataEntities];
