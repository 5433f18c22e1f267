import { Inject } from '@nestjs/common';
import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  CAMPAIGN_REPOSITORY, CampaignDuplicateError, type Campaign, type CampaignDetails, type CampaignRepository,
} from '../../domain/index.js';
import { assertUniqueCampaign } from '../campaign-uniqueness.js';
import { assertChannelExists } from '../crm-lookups.js';

export class UpdateCampaignCommand extends Command<Campaign> {
  constructor(readonly context: CommandContext, readonly campaignId: string, readonly details: CampaignDetails) {
    super();
  }
}

@CommandHandler(UpdateCampaignCommand)
export class UpdateCampaignHandler implements ICommandHandler<UpdateCampaignCommand> {
  constructor(
    @Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, campaignId, details }: UpdateCampaignCommand): Promise<Campaign> {
    return retryOnStaleVersion(async () => {
      let changed: Campaign | undefined;
      try {
        return await this.uow.run(async () => {
          const campaign = await this.campaigns.find(context.tenantId, campaignId);
          if (!campaign) throw new NotFoundError('campaign', campaignId);
          if (!campaign.update(details)) return campaign;
          changed = campaign;
          if (details.channelId) await assertChannelExists(this.queries, context.tenantId, details.channelId);
          await assertUniqueCampaign(this.campaigns, campaign);
          await this.campaigns.save(campaign, context);
          return campaign;
        });
      } catch (error) {
        if (error instanceof CampaignDuplicateError && changed) await assertUniqueCampaign(this.campaigns, changed);
        throw error;
      }
    });
  }
}
