import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { CAMPAIGN_MEMBER_REPOSITORY, type CampaignMemberRepository } from '../../domain/index.js';

export class RemoveCampaignMemberCommand extends Command<void> {
  constructor(readonly context: CommandContext, readonly campaignId: string, readonly contactId: string) {
    super();
  }
}

@CommandHandler(RemoveCampaignMemberCommand)
export class RemoveCampaignMemberHandler implements ICommandHandler<RemoveCampaignMemberCommand> {
  constructor(
    @Inject(CAMPAIGN_MEMBER_REPOSITORY) private readonly members: CampaignMemberRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, campaignId, contactId }: RemoveCampaignMemberCommand): Promise<void> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const member = await this.members.find(context.tenantId, campaignId, contactId);
      if (!member) throw new NotFoundError('campaign member', contactId);
      member.remove();
      await this.members.delete(member, context);
    }));
  }
}
