import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { retryOnStaleVersion, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  CrmError, CrmErrorCodes, Opportunity, OPPORTUNITY_REPOSITORY, PIPELINE_REPOSITORY,
  type OpportunityRepository, type Pipeline, type PipelineRepository,
} from '../../domain/index.js';

export interface StagePlacement {
  readonly opportunity: Opportunity;
  readonly created: boolean;
  readonly moved: boolean;
}

/**
 * Puts a contact's open opportunity into the stage that maps an Odoo CRM stage id (the ids
 * ManyChat flows send, 16 … 26 in the `manychat_odoo` template), creating the opportunity in a
 * pipeline that maps it when the contact has none open there. A stage it is already in is a no-op.
 */
export class PlaceContactInOdooStageCommand extends Command<StagePlacement> {
  constructor(
    readonly context: CommandContext,
    readonly input: { contactId: string; odooStageId: number; reason: string | null; source: string },
  ) {
    super();
  }
}

const ALL = { limit: 200 };

@CommandHandler(PlaceContactInOdooStageCommand)
export class PlaceContactInOdooStageHandler implements ICommandHandler<PlaceContactInOdooStageCommand> {
  constructor(
    @Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository,
    @Inject(OPPORTUNITY_REPOSITORY) private readonly opportunities: OpportunityRepository,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, input }: PlaceContactInOdooStageCommand): Promise<StagePlacement> {
    const { tenantId } = context;
    return retryOnStaleVersion(() => this.uow.run(async () => {
      const mapping = (await this.pipelines.list(tenantId, ALL)).data.filter((pipeline) => stageKeyOf(pipeline, input.odooStageId));
      if (mapping.length === 0) throw unmapped(input.odooStageId);
      const open = (await this.opportunities.ofContact(tenantId, input.contactId)).find((opportunity) =>
        !['won', 'lost'].includes(opportunity.snapshot.status) && mapping.some((p) => p.id === opportunity.snapshot.pipelineId));
      // The default pipeline when it maps the stage, else the oldest that does (lists are newest first).
      const pipelineId = open?.snapshot.pipelineId ?? (mapping.find((p) => p.snapshot.isDefault) ?? mapping.at(-1)!).id;
      const pipeline = await this.pipelines.find(tenantId, pipelineId, 'share');
      const stageKey = pipeline && stageKeyOf(pipeline, input.odooStageId);
      if (!pipeline || !stageKey) throw unmapped(input.odooStageId); // redefined since the unlocked read
      const opportunity = open ?? Opportunity.create(tenantId, pipeline, { contactId: input.contactId });
      const moved = opportunity.moveTo(pipeline, stageKey, input.source, input.reason);
      if (!open) await this.opportunities.add(opportunity, context);
      else if (moved) await this.opportunities.save(opportunity, context);
      return { opportunity, created: !open, moved };
    }));
  }
}

function stageKeyOf(pipeline: Pipeline, odooStageId: number): string | undefined {
  return pipeline.snapshot.stages.find((stage) => stage.odooStageId === odooStageId)?.key;
}

function unmapped(odooStageId: number): CrmError {
  return new CrmError(
    CrmErrorCodes.odooStageUnmapped,
    `No pipeline of this tenant maps Odoo stage ${odooStageId}; create one (e.g. from the manychat_odoo template) and replay`,
    { odoo_stage_id: odooStageId },
  );
}
