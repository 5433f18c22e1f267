import { Inject } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { ListContactsQuery, ResolveAdvisorCommand } from '@leadline/crm-domain';
import { NotFoundError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  CAMPAIGN_MEMBER_REPOSITORY, CAMPAIGN_REPOSITORY, type CampaignMember, type CampaignMemberRepository,
  type CampaignRepository,
} from '../../domain/index.js';

/** What a ManyChat flow sends; undefined fields were absent (or unresolved merge tags) and stay as they are. */
export interface ManychatMemberUpdate {
  readonly manychatId: string;
  readonly campaignExternalId?: string;
  readonly medicalAdvisorExternalId?: string;
  readonly medicalAssignmentDate?: Date;
  readonly lastState?: string;
  readonly summary?: string;
}

/**
 * Updates a contact's campaign membership named the way ManyChat knows it: the contact by
 * manychat_id, the campaign by its external id, or else the contact's latest membership. An
 * unknown medical advisor becomes a placeholder, as in assignments.
 */
export class UpdateMemberByManychatIdCommand extends Command<CampaignMember> {
  constructor(readonly context: CommandContext, readonly update: ManychatMemberUpdate) {
    super();
  }
}

@CommandHandler(UpdateMemberByManychatIdCommand)
export class UpdateMemberByManychatIdHandler implements ICommandHandler<UpdateMemberByManychatIdCommand> {
  constructor(
    @Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository,
    @Inject(CAMPAIGN_MEMBER_REPOSITORY) private readonly members: CampaignMemberRepository,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, update }: UpdateMemberByManychatIdCommand): Promise<CampaignMember> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const member = await this.findMember(context.tenantId, update);
      const medicalAdvisorId = update.medicalAdvisorExternalId === undefined ? undefined
        : await this.commands.execute(new ResolveAdvisorCommand(context, 'medical', update.medicalAdvisorExternalId));
      const changed = member.update({
        medicalAdvisorId,
        medicalAssignmentDate: update.medicalAssignmentDate,
        lastState: update.lastState,
        summary: update.summary,
      });
      if (changed) await this.members.save(member, context);
      return member;
    }));
  }

  private async findMember(tenantId: string, update: ManychatMemberUpdate): Promise<CampaignMember> {
    const contacts = await this.queries.execute(new ListContactsQuery(tenantId, { manychatId: update.manychatId }, { limit: 1 }));
    const contact = contacts.data[0];
    if (!contact) throw new NotFoundError('contact', update.manychatId);
    const contactId = contact.snapshot.id;
    if (update.campaignExternalId === undefined) {
      const latest = await this.members.findLatestForContact(tenantId, contactId);
      if (!latest) throw new NotFoundError('campaign member', update.manychatId);
      return latest;
    }
    const campaign = await this.campaigns.findByExternalId(tenantId, update.campaignExternalId);
    if (!campaign) throw new NotFoundError('campaign', update.campaignExternalId);
    const member = await this.members.find(tenantId, campaign.snapshot.id, contactId);
    if (!member) throw new NotFoundError('campaign member', update.manychatId);
    return member;
  }
}
