import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetOpportunityQuery, type OpportunityView } from '@leadline/crm-domain';
import { Clock, NotFoundError, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { alreadyApplied, campaignNotActive, Enrollment, opportunityClosed } from '../../domain/index.js';
import { CampaignEngineStore, EnrollmentRaceLost, EnrollmentRepository } from '../../infrastructure/engine.persistence.js';
import { EnrollmentSteps } from '../run-campaign-step/run-campaign-step.job.js';

export interface Applied {
  readonly enrollment: Enrollment;
  /** False when the lead was already enrolled: the same enrollment is answered. */
  readonly created: boolean;
}

export class ApplyCampaignCommand extends Command<Applied> {
  constructor(readonly context: CommandContext, readonly campaignId: string, readonly opportunityId: string) {
    super();
  }
}

/**
 * Enrolls a lead (contract §10, seed 004's apply-to-lead): one active enrollment per lead and
 * campaign, enforced by a unique index, so fifty concurrent applies make one and the others answer
 * it. The first step is scheduled in the same transaction.
 */
@CommandHandler(ApplyCampaignCommand)
export class ApplyCampaignHandler implements ICommandHandler<ApplyCampaignCommand> {
  constructor(
    private readonly store: CampaignEngineStore,
    private readonly enrollments: EnrollmentRepository,
    private readonly steps: EnrollmentSteps,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute({ context, campaignId, opportunityId }: ApplyCampaignCommand): Promise<Applied> {
    const { tenantId } = context;
    const opportunity: OpportunityView = await this.queries.execute(new GetOpportunityQuery(tenantId, opportunityId));
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.uow.run(async () => {
          const plan = await this.store.plan(tenantId, campaignId);
          if (!plan) throw new NotFoundError('campaign', campaignId);
          const latest = await this.enrollments.latest(tenantId, campaignId, opportunityId);
          if (latest?.active) return { enrollment: latest, created: false };
          if (plan.status !== 'active') throw campaignNotActive(plan.status);
          if (opportunity.status === 'won' || opportunity.status === 'lost') throw opportunityClosed(opportunity.status);
          if (latest && plan.reentry === 'never') throw alreadyApplied(latest.snapshot.id);
          const now = this.clock.now();
          const enrollment = Enrollment.enroll({ tenantId, campaignId, opportunityId, contactId: opportunity.contactId }, (latest?.snapshot.rotation ?? 0) + 1, now);
          const next = this.steps.advance(enrollment, plan, 0, now);
          await this.enrollments.add(enrollment, context);
          await this.steps.schedule(enrollment, next);
          return { enrollment, created: true };
        });
      } catch (error) {
        // Another apply won the race: the next round reads its enrollment.
        if (error instanceof EnrollmentRaceLost && attempt < 3) continue;
        throw error;
      }
    }
  }
}
