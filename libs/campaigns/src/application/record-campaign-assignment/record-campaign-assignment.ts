import { Inject } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { ResolveAdvisorCommand } from '@leadline/crm-domain';
import { InvalidInputError, retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  Campaign, CAMPAIGN_MEMBER_REPOSITORY, CAMPAIGN_REPOSITORY, CampaignDuplicateError, CampaignMember,
  MemberDuplicateError, type CampaignMemberRepository, type CampaignRepository,
} from '../../domain/index.js';
import { assertContactExists } from '../crm-lookups.js';

export interface CampaignAssignmentInput {
  readonly contactId: string;                          // an existing contact of the tenant
  readonly campaignExternalId: string;                 // ManyChat campaign id, e.g. "85"
  readonly commercialAdvisorExternalId: string | null; // ManyChat comercial_id, e.g. "700"
  readonly medicalAdvisorExternalId: string | null;    // ManyChat medico_id, e.g. "101"
  readonly assignedAt: Date;                           // datetime_actual
  readonly lastState: string | null;                   // ultimo_estado
  readonly summary: string | null;
  readonly assignmentType: string | null;              // tipo_asignacion
}

export interface CampaignAssignmentResult {
  campaignId: string;
  memberId: string;
}

/**
 * Records that a contact was assigned to a campaign (and advisors) at the source. Campaign and
 * advisors are matched by external id; unknown ones become placeholders so nothing is lost. Null
 * fields leave stored values alone; an assignment older than the one applied is ignored, so
 * redeliveries and reordering are harmless.
 */
export class RecordCampaignAssignmentCommand extends Command<CampaignAssignmentResult> {
  constructor(readonly ctx: CommandContext, readonly input: CampaignAssignmentInput) {
    super();
  }
}

@CommandHandler(RecordCampaignAssignmentCommand)
export class RecordCampaignAssignmentHandler implements ICommandHandler<RecordCampaignAssignmentCommand> {
  constructor(
    @Inject(CAMPAIGN_REPOSITORY) private readonly campaigns: CampaignRepository,
    @Inject(CAMPAIGN_MEMBER_REPOSITORY) private readonly members: CampaignMemberRepository,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ ctx, input }: RecordCampaignAssignmentCommand): Promise<CampaignAssignmentResult> {
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const campaignExternalId = input.campaignExternalId.trim();
      if (!campaignExternalId) throw new InvalidInputError('campaign_id', 'an assignment needs the campaign id');
      await assertContactExists(this.queries, ctx.tenantId, input.contactId);
      // Always campaign, then commercial, then medical: concurrent assignments that create the
      // same placeholders wait on each other in one order and never deadlock.
      const campaignId = await this.resolveCampaign(ctx, campaignExternalId);
      const commercialAdvisorId = await this.resolveAdvisor(ctx, 'commercial', input.commercialAdvisorExternalId);
      const medicalAdvisorId = await this.resolveAdvisor(ctx, 'medical', input.medicalAdvisorExternalId);
      const assignment = {
        assignedAt: input.assignedAt,
        commercialAdvisorId,
        medicalAdvisorId,
        lastState: input.lastState ?? undefined,
        summary: input.summary ?? undefined,
        assignmentType: input.assignmentType ?? undefined,
      };

      let member = await this.members.find(ctx.tenantId, campaignId, input.contactId);
      if (!member) {
        const enrolled = CampaignMember.enrol(ctx.tenantId, campaignId, input.contactId, assignment);
        try {
          await this.uow.run(() => this.members.add(enrolled, ctx));
          return { campaignId, memberId: enrolled.snapshot.id };
        } catch (error) {
          if (!(error instanceof MemberDuplicateError)) throw error;
          // A concurrent assignment enrolled the contact first: apply this one on top of it.
          member = await this.members.find(ctx.tenantId, campaignId, input.contactId);
          if (!member) throw error;
        }
      }
      if (member.assign(assignment)) await this.members.save(member, ctx);
      return { campaignId, memberId: member.snapshot.id };
    }));
  }

  /** A blank id names no advisor: the assignment leaves that advisor as it is. */
  private async resolveAdvisor(ctx: CommandContext, kind: 'commercial' | 'medical', externalId: string | null): Promise<string | undefined> {
    const id = externalId?.trim();
    return id ? this.commands.execute(new ResolveAdvisorCommand(ctx, kind, id)) : undefined;
  }

  private async resolveCampaign(ctx: CommandContext, externalId: string): Promise<string> {
    const known = await this.campaigns.findByExternalId(ctx.tenantId, externalId);
    if (known) return known.snapshot.id;
    const placeholder = Campaign.placeholder(ctx.tenantId, externalId);
    try {
      // A savepoint inside this command's transaction: losing the race rolls back only this insert.
      await this.uow.run(() => this.campaigns.add(placeholder, ctx));
      return placeholder.snapshot.id;
    } catch (error) {
      if (!(error instanceof CampaignDuplicateError)) throw error;
      const winner = await this.campaigns.findByExternalId(ctx.tenantId, externalId);
      if (!winner) throw error;
      return winner.snapshot.id;
    }
  }
}
