import { Inject } from '@nestjs/common';
import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  CAMPAIGN_MEMBER_REPOSITORY, CAMPAIGN_REPOSITORY, CampaignMember, MemberDuplicateError, type CampaignMemberRepository,
  type CampaignRepository, type MemberChanges,
} from '../../domain/index.js';
import { assertAdvisorsExist, assertContactExists } from '../crm-lookups.js';

export class AddCampaignMemberCommand extends Command<CampaignMember> {
  constructor(
    readonly context: CommandContext,
    readonly campaignId: string,
    readonly contactId: string,
    readonly details: MemberChanges & { assignedAt?: Date },
  ) {
    super();
  }
}

@CommandHandler(AddCampaignMemberCommand)
export class AddCampaignMemberHandler implements ICommandHandler<AddCampaignMemberCommand> {
  constructor(
    @Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository,
    @Inject(CAMPAIGN_MEMBER_REPOSITORY) private readonly members: CampaignMemberRepository,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, campaignId, contactId, details }: AddCampaignMemberCommand): Promise<CampaignMember> {
    const { tenantId } = context;
    if (!(await this.campaigns.find(tenantId, campaignId))) throw new NotFoundError('campaign', campaignId);
    await assertContactExists(this.queries, tenantId, contactId);
    await assertAdvisorsExist(this.queries, tenantId, details.commercialAdvisorId, details.medicalAdvisorId);
    const member = CampaignMember.enrol(tenantId, campaignId, contactId, details);
    try {
      await this.uow.run(() => this.members.add(member, context));
    } catch (error) {
      if (!(error instanceof MemberDuplicateError)) throw error;
      const holder = await this.members.find(tenantId, campaignId, contactId);
      throw new MemberDuplicateError(holder?.snapshot.id ?? null);
    }
    return member;
  }
}
