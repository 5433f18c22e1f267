import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { JobScheduler, NotFoundError, UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import {
  AI_AGENT_REPOSITORY, callWithoutTranscript, DEFAULT_ANALYSIS_AGENT, isAgentType, type AgentType, type AiAgentRepository,
  type AnalysisTrigger, type CallAnalysis, type TranscriptLine,
} from '../../domain/index.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';
import { CallAnalysisStore, type NewAnalysis } from '../../infrastructure/call-analysis.store.js';
import { AnalyzeCallJob } from './analyze-call.job.js';

export interface AnalysisRequest {
  readonly trigger: AnalysisTrigger;
  /** Analyse with this agent type's current version rather than the agent that handled the call. */
  readonly agentType?: AgentType;
  /** A new version even though one was already done. */
  readonly force?: boolean;
}

/**
 * Asks for an analysis of a call: a `call_analyses` row (queued) and its scheduled job, written in
 * the caller's transaction, so the request exists exactly when what caused it committed (an AI
 * call's end, a transcript, a POST). One version at a time per call (the call row is locked while
 * the next number is taken):
 *
 * - a queued or running analysis is the answer to any request (it reads the transcript when it runs);
 * - an AI call's end asks once; a POST without `force` answers the latest; a new transcript, and
 *   `force`, make a new version.
 *
 * Which agent: the request's `agent_type` at its current version; else, for an AI call, the very
 * agent version that handled it (its schema was copied onto the call), so a re-analysis does not
 * run a newer prompt than the one the call had; else the latest analysis' agent type, else
 * perfilador, at the current version.
 */
@Injectable()
export class CallAnalysisRequests {
  constructor(
    private readonly store: CallAnalysisStore,
    private readonly scheduler: JobScheduler,
    @Inject(AI_AGENT_REPOSITORY) private readonly agents: AiAgentRepository,
  ) {}

  /** Must run inside a transaction. */
  async request(tenantId: string, callId: string, request: AnalysisRequest): Promise<CallAnalysis> {
    if (!await this.store.lockCall(tenantId, callId)) throw new NotFoundError('call', callId);
    const latest = await this.store.latest(tenantId, callId);
    if (latest) {
      const inFlight = latest.status === 'queued' || latest.status === 'running';
      if (inFlight || request.trigger === 'call_ended' || (request.trigger === 'request' && !request.force)) return latest;
    }
    const created = await this.store.insert(await this.draft(tenantId, callId, request, latest), (latest?.version ?? 0) + 1);
    await this.scheduler.schedule(AnalyzeCallJob, { tenantId, analysisId: created.id }, { tenantId, key: created.id });
    return created;
  }

  /**
   * A call has a new transcript (PUT …/transcript, or its recording transcribed): its lines replace
   * the call's, and its analysis is asked for, in the caller's transaction, so the analysis exists
   * exactly when the transcript does. Must run inside a transaction.
   */
  async transcriptArrived(tenantId: string, callId: string, source: 'provided' | 'transcription', language: string | null, lines: readonly TranscriptLine[]): Promise<CallAnalysis> {
    if (!await this.store.lockCall(tenantId, callId)) throw new NotFoundError('call', callId);
    await this.store.replaceTranscript(tenantId, callId, source, language, lines);
    return this.request(tenantId, callId, { trigger: 'transcript' });
  }

  /**
   * No transcript could be made for the call (its recording's transcription failed): a new version,
   * `failed` at once with why, so the call's analysis says what happened rather than nothing. An
   * analysis still queued or running is left alone. Must run inside a transaction.
   */
  async transcriptFailed(tenantId: string, callId: string, model: string | null, error: string): Promise<CallAnalysis | null> {
    if (!await this.store.lockCall(tenantId, callId)) return null;
    const latest = await this.store.latest(tenantId, callId);
    if (latest?.status === 'queued' || latest?.status === 'running') return latest;
    const draft = await this.draft(tenantId, callId, { trigger: 'transcript' }, latest);
    return this.store.insertFailed(draft, (latest?.version ?? 0) + 1, model, error);
  }

  /** Which agent the analysis runs with (see the class comment). */
  private async draft(tenantId: string, callId: string, request: AnalysisRequest, latest: CallAnalysis | null): Promise<NewAnalysis> {
    const ai = await this.store.aiCall(tenantId, callId);
    const base = { tenantId, callId, requestedBy: request.trigger, opportunityId: ai?.opportunityId ?? null };
    if (!request.agentType && ai?.extractionSchema) {
      return { ...base, agentType: ai.agentType, agentVersion: ai.agentVersion, extractionSchema: ai.extractionSchema, advanceToStage: ai.advanceToStage };
    }
    const named = request.agentType ?? ai?.agentType ?? latest?.agentType ?? DEFAULT_ANALYSIS_AGENT;
    const agent = (await this.agents.get(tenantId, isAgentType(named) ? named : DEFAULT_ANALYSIS_AGENT)).snapshot;
    return {
      ...base, agentType: agent.agentType, agentVersion: agent.version, extractionSchema: agent.extractionSchema, advanceToStage: agent.advanceToStage,
    };
  }
}

/** POST /crm/calls/:id/analyze (contract §13) → 202 with the analysis that answers it. */
export class RequestCallAnalysisCommand extends Command<CallAnalysis> {
  constructor(readonly context: CommandContext, readonly callId: string, readonly agentType: AgentType | undefined, readonly force: boolean) {
    super();
  }
}

@CommandHandler(RequestCallAnalysisCommand)
export class RequestCallAnalysisHandler implements ICommandHandler<RequestCallAnalysisCommand> {
  constructor(
    private readonly connections: AiConnections,
    private readonly requests: CallAnalysisRequests,
    private readonly store: CallAnalysisStore,
    private readonly uow: UnitOfWork,
  ) {}

  async execute({ context, callId, agentType, force }: RequestCallAnalysisCommand): Promise<CallAnalysis> {
    const { tenantId } = context;
    await this.connections.require(tenantId);
    return this.uow.run(async () => {
      if (!await this.store.lockCall(tenantId, callId)) throw new NotFoundError('call', callId);
      if (!await this.store.transcript(tenantId, callId)) throw callWithoutTranscript(callId);
      return this.requests.request(tenantId, callId, { trigger: 'request', agentType, force });
    });
  }
}
