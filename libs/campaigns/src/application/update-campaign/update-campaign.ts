import { Inject } from '@nestjs/common';
import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, StaleVersionError, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  CAMPAIGN_REPOSITORY, CampaignDuplicateError, type Campaign, type CampaignDetails, type CampaignRepository,
} from '../../domain/index.js';
import { CampaignReferences } from '../campaign-references.js';
import { assertUniqueCampaign } from '../campaign-uniqueness.js';
import { assertChannelExists } from '../crm-lookups.js';

export class UpdateCampaignCommand extends Command<Campaign> {
  /**
   * `replace` (PUT): every editable field not given takes its default. `expectedVersion`: the
   * If-Match version; a stale one is a 409 instead of a retry.
   */
  constructor(
    readonly context: CommandContext,
    readonly campaignId: string,
    readonly details: CampaignDetails,
    readonly options: { replace?: boolean; expectedVersion?: number } = {},
  ) {
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

  execute({ context, campaignId, details, options }: UpdateCampaignCommand): Promise<Campaign> {
    const attempt = async () => {
      let changed: Campaign | undefined;
      try {
        return await this.uow.run(async () => {
          const campaign = await this.campaigns.find(context.tenantId, campaignId);
          if (!campaign) throw new NotFoundError('campaign', campaignId);
          if (options.expectedVersion !== undefined && options.expectedVersion !== campaign.snapshot.version) {
            throw new StaleVersionError('campaign', campaignId);
          }
          const before = campaign.snapshot;
          const updated = options.replace
            ? campaign.replace({ ...details, name: details.name ?? before.name })
            : campaign.update(details);
          if (!updated) return campaign;
          changed = campaign;
          if (details.channelId) await assertChannelExists(this.queries, context.tenantId, details.channelId);
          const after = campaign.snapshot;
          const references = new CampaignReferences(this.queries, context.tenantId);
          if (after.triggerCondition !== before.triggerCondition) await references.assertStages(campaign);
          if (after.channel !== before.channel) await references.assertTemplates(campaign, CampaignReferences.inheritingChannel(campaign));
          await assertUniqueCampaign(this.campaigns, campaign);
          await this.campaigns.save(campaign, context);
          return campaign;
        });
      } catch (error) {
        if (error instanceof CampaignDuplicateError && changed) await assertUniqueCampaign(this.campaigns, changed);
        throw error;
      }
    };
    return options.expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}
