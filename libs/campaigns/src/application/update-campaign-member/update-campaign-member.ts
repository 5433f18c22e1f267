import { Inject } from '@nestjs/common';
import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  CAMPAIGN_MEMBER_REPOSITORY, type CampaignMember, type CampaignMemberRepository, type MemberChanges,
} from '../../domain/index.js';
import { assertAdvisorsExist } from '../crm-lookups.js';

export class UpdateCampaignMemberCommand extends Command<CampaignMember> {
  constructor(
    readonly context: CommandContext,
    readonly campaignId: string,
    readonly contactId: string,
    readonly changes: MemberChanges,
  ) {
    super();
  }
}

@CommandHandler(UpdateCampaignMemberCommand)
export class UpdateCampaignMemberHandler implements ICommandHandler<UpdateCampaignMemberCommand> {
  constructor(
    @Inject(CAMPAIGN_MEMBER_REPOSITORY) private readonly members: CampaignMemberRepository,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, campaignId, contactId, changes }: UpdateCampaignMemberCommand): Promise<CampaignMember> {
    const member = await this.members.find(context.tenantId, campaignId, contactId);
    if (!member) throw new NotFoundError('campaign member', contactId);
    await assertAdvisorsExist(this.queries, context.tenantId, changes.commercialAdvisorId, changes.medicalAdvisorId);
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const fresh = await this.members.find(context.tenantId, campaignId, contactId);
      if (!fresh) throw new NotFoundError('campaign member', contactId);
      if (fresh.update(changes)) await this.members.save(fresh, context);
      return fresh;
    }));
  }
}
