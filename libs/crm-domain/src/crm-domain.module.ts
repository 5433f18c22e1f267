import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CreateContactHandler } from './application/create-contact/create-contact.js';
import { CreateOpportunityHandler } from './application/create-opportunity/create-opportunity.js';
import { CreatePipelineHandler } from './application/create-pipeline/create-pipeline.js';
import { DeleteContactHandler } from './application/delete-contact/delete-contact.js';
import { DeleteOpportunityHandler } from './application/delete-opportunity/delete-opportunity.js';
import { MoveOpportunityStageHandler } from './application/move-opportunity-stage/move-opportunity-stage.js';
import { MergeQualificationHandler } from './application/merge-qualification/merge-qualification.js';
import { GetLeadContextHandler } from './application/queries/lead-context/lead-context.js';
import { AutoAdvanceOnActivity, AutoAdvanceOpportunityHandler } from './application/auto-advance/auto-advance.js';
import { GetPipelineMetricsHandler } from './application/queries/pipeline-metrics/pipeline-metrics.js';
import { ListInactiveLeadsHandler, ListStageLeadsHandler } from './application/queries/stage-leads/stage-leads.js';
import { LeadScoring, RescoreOpportunityHandler } from './application/score-lead/score-lead.js';
import { ListIdleOpportunitiesHandler } from './application/queries/idle-opportunities/idle-opportunities.js';
import { ListStageEntrantsHandler } from './application/queries/stage-entrants/stage-entrants.js';
import { RecordLeadReply } from './application/record-lead-reply/record-lead-reply.js';
import { GetScoringModelHandler, ReplaceScoringModelHandler } from './application/scoring-model/scoring-model.js';
import {
  GetScoreRecomputeHandler, RecomputeLeadScoresJob, RescoreOnPipelineChange, StartScoreRecomputeHandler,
} from './application/recompute-lead-scores/recompute-lead-scores.js';
import { LeadScoreStore, SqlScoringModelRepository } from './infrastructure/scoring.persistence.js';
import { GetContactHandler, ListContactsHandler } from './application/queries/contact-queries.js';
import {
  GetOpportunityHandler, GetStageHistoryHandler, ListOpportunitiesHandler,
} from './application/queries/opportunity-queries.js';
import { GetDefaultPipelineHandler, GetPipelineHandler, ListPipelinesHandler } from './application/queries/pipeline-queries.js';
import { CallAttemptRegistration, RegisterCallAttemptHandler } from './application/register-call-attempt/register-call-attempt.js';
import { RedefinePipelineHandler } from './application/redefine-pipeline/redefine-pipeline.js';
import { UpdateContactHandler } from './application/update-contact/update-contact.js';
import { UpdateOpportunityHandler } from './application/update-opportunity/update-opportunity.js';
import { PlaceContactInOdooStageHandler } from './application/place-contact-in-odoo-stage/place-contact-in-odoo-stage.js';
import { UpsertContactByManychatIdHandler } from './application/upsert-contact-by-manychat-id/upsert-contact-by-manychat-id.js';
import { CreateActivityHandler } from './application/create-activity/create-activity.js';
import { UpdateActivityHandler } from './application/update-activity/update-activity.js';
import { DeleteActivityHandler } from './application/delete-activity/delete-activity.js';
import { GetActivityHandler, ListActivitiesHandler } from './application/queries/activity-queries.js';
import { MikroOrmActivityRepository } from './infrastructure/activity.persistence.js';
import { ACTIVITY_REPOSITORY, CONTACT_REPOSITORY, OPPORTUNITY_REPOSITORY, PIPELINE_REPOSITORY, SCORING_MODEL_REPOSITORY } from './domain/index.js';
import { MikroOrmContactRepository } from './infrastructure/contact.persistence.js';
import { MikroOrmOpportunityRepository } from './infrastructure/opportunity.persistence.js';
import { MikroOrmPipelineRepository } from './infrastructure/pipeline.persistence.js';
import { referenceDataProviders } from './reference-data.providers.js';

@Module({
  imports: [CqrsModule],
  providers: [
    { provide: CONTACT_REPOSITORY, useClass: MikroOrmContactRepository },
    { provide: PIPELINE_REPOSITORY, useClass: MikroOrmPipelineRepository },
    { provide: OPPORTUNITY_REPOSITORY, useClass: MikroOrmOpportunityRepository },
    { provide: SCORING_MODEL_REPOSITORY, useClass: SqlScoringModelRepository },
    { provide: ACTIVITY_REPOSITORY, useClass: MikroOrmActivityRepository },
    CreateActivityHandler, UpdateActivityHandler, DeleteActivityHandler, GetActivityHandler, ListActivitiesHandler,
    CreateContactHandler, UpdateContactHandler, DeleteContactHandler, GetContactHandler, ListContactsHandler,
    CreatePipelineHandler, RedefinePipelineHandler, GetPipelineHandler, GetDefaultPipelineHandler, ListPipelinesHandler,
    CreateOpportunityHandler, UpdateOpportunityHandler, MoveOpportunityStageHandler, MergeQualificationHandler, DeleteOpportunityHandler,
    GetOpportunityHandler, ListOpportunitiesHandler, GetStageHistoryHandler, GetLeadContextHandler,
    AutoAdvanceOpportunityHandler, AutoAdvanceOnActivity, ListStageLeadsHandler, ListInactiveLeadsHandler, GetPipelineMetricsHandler,
    LeadScoreStore, RescoreOpportunityHandler, LeadScoring, RecordLeadReply, ListIdleOpportunitiesHandler, ListStageEntrantsHandler, GetScoringModelHandler, ReplaceScoringModelHandler,
    RecomputeLeadScoresJob, StartScoreRecomputeHandler, GetScoreRecomputeHandler, RescoreOnPipelineChange,
    RegisterCallAttemptHandler, CallAttemptRegistration,
    ...referenceDataProviders,
    UpsertContactByManychatIdHandler, PlaceContactInOdooStageHandler,
  ],
})
export class CrmDomainModule {}
