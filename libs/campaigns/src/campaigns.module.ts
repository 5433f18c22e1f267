import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { RecordCampaignAssignmentHandler } from './application/record-campaign-assignment/record-campaign-assignment.js';
import { CAMPAIGN_MEMBER_REPOSITORY, CAMPAIGN_REPOSITORY } from './domain/index.js';
import { MikroOrmCampaignMemberRepository } from './infrastructure/campaign-member.persistence.js';
import { MikroOrmCampaignRepository } from './infrastructure/campaign.persistence.js';

/** Campaigns and their members; contacts, channels and advisors are reached through crm-domain's buses. */
@Module({
  imports: [CqrsModule],
  providers: [
    { provide: CAMPAIGN_REPOSITORY, useClass: MikroOrmCampaignRepository },
    { provide: CAMPAIGN_MEMBER_REPOSITORY, useClass: MikroOrmCampaignMemberRepository },
    RecordCampaignAssignmentHandler,
  ],
})
export class CampaignsModule {}
