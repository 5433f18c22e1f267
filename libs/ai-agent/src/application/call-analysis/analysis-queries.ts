import { Query, QueryHandler, QueryBus, type IQueryHandler } from '@nestjs/cqrs';
import { GetOpportunityQuery } from '@leadline/crm-domain';
import { NotFoundError, type Page, type PageRequest } from '@leadline/shared-kernel';
import { ListCallsQuery, type Call } from '@leadline/telephony';
import type { CallAnalysis } from '../../domain/index.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';
import { CallAnalysisStore } from '../../infrastructure/call-analysis.store.js';

/** GET /crm/calls/:id/analysis: the latest version, or the one asked for; 404 when there is none. */
export class GetCallAnalysisQuery extends Query<CallAnalysis> {
  constructor(readonly tenantId: string, readonly callId: string, readonly version?: number) {
    super();
  }
}

@QueryHandler(GetCallAnalysisQuery)
export class GetCallAnalysisHandler implements IQueryHandler<GetCallAnalysisQuery> {
  constructor(private readonly connections: AiConnections, private readonly store: CallAnalysisStore) {}

  async execute({ tenantId, callId, version }: GetCallAnalysisQuery): Promise<CallAnalysis> {
    await this.connections.require(tenantId);
    const analysis = version === undefined ? await this.store.latest(tenantId, callId) : await this.store.version(tenantId, callId, version);
    if (!analysis) throw new NotFoundError('call analysis', callId);
    return analysis;
  }
}

export interface LeadCall {
  readonly call: Call;
  /** The latest analysis, null when none was asked for. */
  readonly analysis: CallAnalysis | null;
  readonly hasTranscript: boolean;
}

/**
 * GET /crm/opportunities/:id/calls (seed 004's call history per lead): the calls to the
 * opportunity's contact, newest first, each with its latest analysis' status. A CRM read, so it
 * answers without an AI connection too (no analysis then).
 */
export class ListOpportunityCallsQuery extends Query<Page<LeadCall>> {
  constructor(readonly tenantId: string, readonly opportunityId: string, readonly page: PageRequest) {
    super();
  }
}

@QueryHandler(ListOpportunityCallsQuery)
export class ListOpportunityCallsHandler implements IQueryHandler<ListOpportunityCallsQuery> {
  constructor(private readonly queries: QueryBus, private readonly store: CallAnalysisStore) {}

  async execute({ tenantId, opportunityId, page }: ListOpportunityCallsQuery): Promise<Page<LeadCall>> {
    const opportunity = await this.queries.execute(new GetOpportunityQuery(tenantId, opportunityId));
    const calls = await this.queries.execute(new ListCallsQuery(tenantId, { entityId: opportunity.contactId }, page));
    const ids = calls.data.map((call) => call.snapshot.id);
    const analyses = await this.store.latestOf(tenantId, ids);
    const transcripts = await this.store.transcribed(tenantId, ids);
    return {
      data: calls.data.map((call) => ({ call, analysis: analyses.get(call.snapshot.id) ?? null, hasTranscript: transcripts.has(call.snapshot.id) })),
      nextCursor: calls.nextCursor,
    };
  }
}
