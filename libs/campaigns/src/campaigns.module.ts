import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AiAgentModule } from '@leadline/ai-agent';
import { PlatformModule } from '@leadline/platform';
import {
  AddCampaignStepHandler, ListCampaignStepsHandler, RemoveCampaignStepHandler, ReplaceCampaignStepHandler,
} from './application/campaign-steps/campaign-steps.js';
import { AddCampaignMemberHandler } from './application/add-campaign-member/add-campaign-member.js';
import { CreateCampaignHandler } from './application/create-campaign/create-campaign.js';
import { DeleteCampaignHandler } from './application/delete-campaign/delete-campaign.js';
import {
  GetCampaignHandler, ListCampaignMembersHandler, ListCampaignsHandler,
} from './application/queries/campaign-queries.js';
import { RecordCampaignAssignmentHandler } from './application/record-campaign-assignment/record-campaign-assignment.js';
import { RemoveCampaignMemberHandler } from './application/remove-campaign-member/remove-campaign-member.js';
import { UpdateCampaignHandler } from './application/update-campaign/update-campaign.js';
import { UpdateCampaignMemberHandler } from './application/update-campaign-member/update-campaign-member.js';
import { UpdateMemberByManychatIdHandler } from './application/update-member-by-manychat-id/update-member-by-manychat-id.js';
import { ApplyCampaignHandler } from './application/apply-campaign/apply-campaign.js';
import { EnrollOnTriggers } from './application/campaign-triggers/campaign-triggers.js';
import {
  EnrollmentExits, ExitEnrollmentHandler, ExitEnrollmentsOnFacts, FollowCampaignMessages, FollowCampaignStatus,
} from './application/exit-enrollments/exit-enrollments.js';
import {
  CampaignHistoryHandler, GetCampaignStatsHandler, ListCampaignLogsHandler, ListEnrollmentsHandler,
} from './application/queries/engine-queries.js';
import { EnrollmentSteps, RunCampaignStepJob } from './application/run-campaign-step/run-campaign-step.job.js';
import { PlaceCampaignCallJob } from './application/place-campaign-call/place-campaign-call.job.js';
import { CampaignEngineStore, EnrollmentRepository } from './infrastructure/engine.persistence.js';
import { CAMPAIGN_MEMBER_REPOSITORY, CAMPAIGN_REPOSITORY } from './domain/index.js';
import { MikroOrmCampaignMemberRepository } from './infrastructure/campaign-member.persistence.js';
import { MikroOrmCampaignRepository } from './infrastructure/campaign.persistence.js';

/** Campaigns, their members and the engine that runs their steps; contacts, channels and advisors are reached through crm-domain's buses. */
@Module({
  imports: [CqrsModule, PlatformModule, AiAgentModule],
  providers: [
    { provide: CAMPAIGN_REPOSITORY, useClass: MikroOrmCampaignRepository },
    { provide: CAMPAIGN_MEMBER_REPOSITORY, useClass: MikroOrmCampaignMemberRepository },
    CreateCampaignHandler, UpdateCampaignHandler, DeleteCampaignHandler, GetCampaignHandler, ListCampaignsHandler,
    ListCampaignMembersHandler, AddCampaignMemberHandler, UpdateCampaignMemberHandler, RemoveCampaignMemberHandler,
    RecordCampaignAssignmentHandler, UpdateMemberByManychatIdHandler,
    // The engine (contract §10): enrollment, the step job, exits, triggers, logs and statistics.
    CampaignEngineStore, EnrollmentRepository, EnrollmentSteps, RunCampaignStepJob, PlaceCampaignCallJob, ApplyCampaignHandler, EnrollmentExits,
    ExitEnrollmentHandler, ExitEnrollmentsOnFacts, FollowCampaignStatus, FollowCampaignMessages, EnrollOnTriggers, ListEnrollmentsHandler, ListCampaignLogsHandler,
    GetCampaignStatsHandler, CampaignHistoryHandler,
    AddCampaignStepHandler, ReplaceCampaignStepHandler, RemoveCampaignStepHandler, ListCampaignStepsHandler,
  ],
  // The worker runs the inactivity sweep and the trigger catch-up (apps/worker registers them): the API must not schedule maintenance work.
  exports: [CampaignEngineStore],
})
export class CampaignsModule {}
