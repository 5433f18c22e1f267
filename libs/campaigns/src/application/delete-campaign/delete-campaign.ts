import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { CAMPAIGN_REPOSITORY, type CampaignRepository } from '../../domain/index.js';

export class DeleteCampaignCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly campaignId: string) {
    super();
  }
}

@CommandHandler(DeleteCampaignCommand)
export class DeleteCampaignHandler implements ICommandHandler<DeleteCampaignCommand> {
  constructor(
    @Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository,
    private readonly uow: UnitOfWork,
  ) {}

  /** A campaign with members answers 409 (the members' foreign key decides, so no race slips past). */
  execute({ context, campaignId }: DeleteCampaignCommand): Promise<void> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const campaign = await this.campaigns.find(context.tenantId, campaignId);
      if (!campaign) throw new NotFoundError('campaign', campaignId);
      campaign.delete();
      await this.campaigns.delete(campaign, context);
    }));
  }
}
