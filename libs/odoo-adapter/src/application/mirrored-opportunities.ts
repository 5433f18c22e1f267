import type { QueryBus } from '@nestjs/cqrs';
import { GetOpportunityQuery, type OpportunityView, type Pipeline } from '@leadline/crm-domain';
import { orNullIfNotFound } from '@leadline/shared-kernel';

/** Pipelines whose stages carry Odoo stage ids are the ones mirrored (the manychat_odoo template). */
export function isMirrored(pipeline: Pipeline): boolean {
  return pipeline.snapshot.stages.some((stage) => stage.odooStageId !== null);
}

/** The opportunity as it is now, or null once it has been deleted: nothing left to mirror. */
export function currentOpportunity(queries: QueryBus, tenantId: string, id: string): Promise<OpportunityView | null> {
  return orNullIfNotFound(queries.execute(new GetOpportunityQuery(tenantId, id)));
}
