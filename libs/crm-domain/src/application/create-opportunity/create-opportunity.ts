import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, UnitOfWork, violatedConstraint, type CommandContext } from '@leadline/shared-kernel';
import {
  CrmError, CrmErrorCodes, Opportunity, OPPORTUNITY_REPOSITORY, PIPELINE_REPOSITORY,
  type NewOpportunity, type OpportunityRepository, type PipelineRepository,
} from '../../domain/index.js';

export class CreateOpportunityCommand extends Command<Opportunity> {
  constructor(
    readonly context: CommandContext,
    readonly input: NewOpportunity & { pipelineId?: string },
  ) {
    super();
  }
}

/**
 * Creates the opportunity and its pipeline stage (the pipeline's initial stage) in one transaction.
 * The contact is not read first: the (contact_id, tenant_id) foreign key refuses an unknown or
 * foreign contact on insert, which saves a query on the busiest write.
 */
@CommandHandler(CreateOpportunityCommand)
export class CreateOpportunityHandler implements ICommandHandler<CreateOpportunityCommand> {
  constructor(
    @Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository,
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute({ context, input }: CreateOpportunityCommand): Promise<Opportunity> {
    const { tenantId } = context;
    try {
      return await this.uow.run(async () => {
        const pipeline = input.pipelineId
          ? await this.pipelines.find(tenantId, input.pipelineId, 'share')
          : await this.pipelines.findDefault(tenantId, 'share');
        if (!pipeline) {
          throw new CrmError(CrmErrorCodes.pipelineUnknown, `Pipeline ${input.pipelineId ?? '(default)'} does not exist`, {
            pipeline_id: input.pipelineId ?? null,
          });
        }
        const opportunity = Opportunity.create(tenantId, pipeline, input, this.clock.now());
        await this.opportunities.add(opportunity, context);
        return opportunity;
      });
    } catch (error) {
      if (violatedConstraint(error) === 'fk_lead_opportunity_contact') throw unknownContact(input.contactId);
      throw error;
    }
  }
}

function unknownContact(contactId: string): CrmError {
  return new CrmError(CrmErrorCodes.contactUnknown, `Contact ${contactId} does not exist`, { contact_id: contactId });
}
