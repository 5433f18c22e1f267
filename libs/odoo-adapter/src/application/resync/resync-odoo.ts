import { Command, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import {
  GetOpportunityQuery, ListOpportunitiesQuery, ListPipelinesQuery, type OpportunityView, type Pipeline,
} from '@leadline/crm-domain';
import { newId, NotFoundError } from '@leadline/shared-kernel';
import { OdooError, OdooErrorCodes } from '../../domain/index.js';
import { isMirrored } from '../mirrored-opportunities.js';
import { OdooSyncScheduler } from '../schedule-sync/odoo-sync-scheduler.js';

export interface ResyncResult {
  /** Queued: they will be written to Odoo even if nothing changed since the last sync. */
  readonly queued: string[];
  /** Named but in a pipeline without Odoo stage ids, so not mirrored. */
  readonly skipped: string[];
}

export class ResyncOdooCommand extends Command<ResyncResult> {
  constructor(readonly tenantId: string, readonly opportunityIds?: readonly string[]) {
    super();
  }
}

/** Queues forced syncs for the named opportunities, or for every one in a mirrored pipeline. */
@CommandHandler(ResyncOdooCommand)
export class ResyncOdooHandler implements ICommandHandler<ResyncOdooCommand> {
  constructor(
    private readonly queries: QueryBus,
    private readonly scheduler: OdooSyncScheduler,
  ) {}

  async execute({ tenantId, opportunityIds }: ResyncOdooCommand): Promise<ResyncResult> {
    if (!(await this.scheduler.isConnected(tenantId))) {
      throw new OdooError(OdooErrorCodes.notConfigured, 'This tenant has no Odoo connection: PUT /api/v1/integrations/odoo first');
    }
    const pipelines = await this.pipelines(tenantId);
    const opportunities = opportunityIds ? await this.named(tenantId, [...new Set(opportunityIds)]) : await this.allMirrored(tenantId, pipelines);
    const queued: string[] = [];
    const skipped: string[] = [];
    for (const opportunity of opportunities) {
      const pipeline = pipelines.get(opportunity.pipelineId);
      if (!pipeline || !isMirrored(pipeline)) {
        skipped.push(opportunity.id);
        continue;
      }
      await this.scheduler.enqueueForced(opportunity, `resync-${newId()}`);
      queued.push(opportunity.id);
    }
    return { queued, skipped };
  }

  /** Unknown and other tenants' ids are refused together, the same way (no existence leak). */
  private async named(tenantId: string, ids: string[]): Promise<OpportunityView[]> {
    const found: OpportunityView[] = [];
    const unknown: string[] = [];
    for (const id of ids) {
      try {
        found.push(await this.queries.execute(new GetOpportunityQuery(tenantId, id)));
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        unknown.push(id);
      }
    }
    if (unknown.length > 0) {
      throw new OdooError(OdooErrorCodes.unknownOpportunities, `No opportunity ${unknown.join(', ')} in this tenant`, {
        unknown_opportunity_ids: unknown,
      });
    }
    return found;
  }

  private async allMirrored(tenantId: string, pipelines: Map<string, Pipeline>): Promise<OpportunityView[]> {
    const all: OpportunityView[] = [];
    for (const pipeline of pipelines.values()) {
      if (!isMirrored(pipeline)) continue;
      let after: string | undefined;
      do {
        const page = await this.queries.execute(new ListOpportunitiesQuery(tenantId, { pipelineId: pipeline.id }, { limit: 200, after }));
        all.push(...page.data);
        after = page.nextCursor ?? undefined;
      } while (after);
    }
    return all;
  }

  private async pipelines(tenantId: string): Promise<Map<string, Pipeline>> {
    const pipelines = new Map<string, Pipeline>();
    let after: string | undefined;
    do {
      const page = await this.queries.execute(new ListPipelinesQuery(tenantId, { limit: 200, after }));
      for (const pipeline of page.data) pipelines.set(pipeline.id, pipeline);
      after = page.nextCursor ?? undefined;
    } while (after);
    return pipelines;
  }
}
