import { Inject } from '@nestjs/common';
import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  Campaign, CAMPAIGN_REPOSITORY, CampaignDuplicateError, type CampaignDetails, type CampaignRepository,
} from '../../domain/index.js';
import { CampaignReferences } from '../campaign-references.js';
import { assertUniqueCampaign } from '../campaign-uniqueness.js';
import { assertChannelExists } from '../crm-lookups.js';

export class CreateCampaignCommand extends Command<Campaign> {
  constructor(readonly context: CommandContext, readonly details: CampaignDetails & { name: string }) {
    super();
  }
}

@CommandHandler(CreateCampaignCommand)
export class CreateCampaignHandler implements ICommandHandler<CreateCampaignCommand> {
  constructor(
    @Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, details }: CreateCampaignCommand): Promise<Campaign> {
    const campaign = Campaign.create(context.tenantId, details);
    await assertChannelExists(this.queries, context.tenantId, campaign.snapshot.channelId);
    await new CampaignReferences(this.queries, context.tenantId).assertStages(campaign);
    await assertUniqueCampaign(this.campaigns, campaign);
    try {
      await this.uow.run(() => this.campaigns.add(campaign, context));
    } catch (error) {
      if (error instanceof CampaignDuplicateError) await assertUniqueCampaign(this.campaigns, campaign);
      throw error;
    }
    return campaign;
  }
}
