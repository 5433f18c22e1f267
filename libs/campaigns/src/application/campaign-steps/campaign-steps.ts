import { Inject } from '@nestjs/common';
import { Command, CommandHandler, Query, QueryBus, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, StaleVersionError, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  CAMPAIGN_REPOSITORY, type Campaign, type CampaignRepository, type CampaignStepState, type StepPlacement,
} from '../../domain/index.js';
import { CampaignReferences } from '../campaign-references.js';

/** A step and the campaign it now belongs to (its version moved: the ETag a client sends back). */
export interface StepResult {
  readonly campaign: Campaign;
  readonly step: CampaignStepState;
}

export class AddCampaignStepCommand extends Command<StepResult> {
  constructor(
    readonly context: CommandContext,
    readonly campaignId: string,
    readonly placement: StepPlacement,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

export class ReplaceCampaignStepCommand extends Command<StepResult> {
  constructor(
    readonly context: CommandContext,
    readonly campaignId: string,
    readonly stepId: string,
    readonly placement: StepPlacement,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

export class RemoveCampaignStepCommand extends Command<Campaign> {
  constructor(readonly context: CommandContext, readonly campaignId: string, readonly stepId: string, readonly expectedVersion?: number) {
    super();
  }
}

export class ListCampaignStepsQuery extends Query<readonly CampaignStepState[]> {
  constructor(readonly tenantId: string, readonly campaignId: string) {
    super();
  }
}

/**
 * Steps are part of their campaign: each change loads the campaign, changes it (renumbering the
 * others) and saves it under its version, so two concurrent edits of one campaign's steps cannot
 * both win and the numbers stay 1…n.
 */
abstract class StepCommandHandler {
  constructor(
    @Inject(CAMPAIGN_REPOSITORY) protected readonly campaigns: CampaignRepository,
    protected readonly queries: QueryBus,
    protected readonly uow: UnitOfWork,
  ) {}

  protected change<T>(
    context: CommandContext,
    campaignId: string,
    expectedVersion: number | undefined,
    apply: (campaign: Campaign, references: CampaignReferences) => Promise<T>,
  ): Promise<T> {
    const attempt = () => this.uow.run(async () => {
      const campaign = await this.campaigns.find(context.tenantId, campaignId);
      if (!campaign) throw new NotFoundError('campaign', campaignId);
      if (expectedVersion !== undefined && expectedVersion !== campaign.snapshot.version) throw new StaleVersionError('campaign', campaignId);
      const result = await apply(campaign, new CampaignReferences(this.queries, context.tenantId));
      if (campaign.snapshot.version !== campaign.persistedVersion) await this.campaigns.save(campaign, context);
      return result;
    });
    return expectedVersion === undefined ? retryOnStaleVersion(attempt) : attempt();
  }
}

@CommandHandler(AddCampaignStepCommand)
export class AddCampaignStepHandler extends StepCommandHandler implements ICommandHandler<AddCampaignStepCommand> {
  execute({ context, campaignId, placement, expectedVersion }: AddCampaignStepCommand): Promise<StepResult> {
    return this.change(context, campaignId, expectedVersion, async (campaign, references) => {
      const step = campaign.addStep(placement);
      await references.assertTemplates(campaign, [step]);
      if (step.stage !== null) await references.assertStages(campaign);
      return { campaign, step };
    });
  }
}

@CommandHandler(ReplaceCampaignStepCommand)
export class ReplaceCampaignStepHandler extends StepCommandHandler implements ICommandHandler<ReplaceCampaignStepCommand> {
  execute({ context, campaignId, stepId, placement, expectedVersion }: ReplaceCampaignStepCommand): Promise<StepResult> {
    return this.change(context, campaignId, expectedVersion, async (campaign, references) => {
      const step = campaign.replaceStep(stepId, placement);
      await references.assertTemplates(campaign, [step]);
      if (step.stage !== null) await references.assertStages(campaign);
      return { campaign, step };
    });
  }
}

@CommandHandler(RemoveCampaignStepCommand)
export class RemoveCampaignStepHandler extends StepCommandHandler implements ICommandHandler<RemoveCampaignStepCommand> {
  execute({ context, campaignId, stepId, expectedVersion }: RemoveCampaignStepCommand): Promise<Campaign> {
    return this.change(context, campaignId, expectedVersion, async (campaign) => {
      campaign.removeStep(stepId);
      return campaign;
    });
  }
}

@QueryHandler(ListCampaignStepsQuery)
export class ListCampaignStepsHandler implements IQueryHandler<ListCampaignStepsQuery> {
  constructor(@Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository) {}

  async execute({ tenantId, campaignId }: ListCampaignStepsQuery): Promise<readonly CampaignStepState[]> {
    const campaign = await this.campaigns.find(tenantId, campaignId);
    if (!campaign) throw new NotFoundError('campaign', campaignId);
    return campaign.snapshot.steps;
  }
}
