import { Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  CrmError, CrmErrorCodes, GetPipelineQuery, GetOpportunityQuery, ListOpportunitiesQuery, MergeQualificationCommand, MoveOpportunityStageCommand,
  QUALIFICATION_FIELD, RescoreOpportunityCommand, type OpportunityView, type Pipeline,
} from '@leadline/crm-domain';
import {
  DomainError, HandlesJob, NotFoundError, Outbox, Queues, RecordedEvents, UnitOfWork, type CommandContext, type JobHandler,
} from '@leadline/shared-kernel';
import { GetCallQuery, UpdateCallCommand } from '@leadline/telephony';
import {
  analysisOutputOf, analysisPrompt, analysisSchema, customerLines, MIN_CUSTOMER_LINES, qualificationOf, stageCandidates, TOO_SHORT,
  type AiAgentEventPayloads, type AnalysisApplied, type AnalysisOutput, type AnalysisOutputMode, type CallAnalysis, type JsonObject,
  type PromptStage, type TranscriptLine,
} from '../../domain/index.js';
import { AjvJsonValidator } from '../../infrastructure/ajv/ajv-json-validator.js';
import { AiConnections, type AiConnection } from '../../infrastructure/ai-connections.js';
import { CallAnalysisStore } from '../../infrastructure/call-analysis.store.js';
import { completeJson, StructuredOutputUnsupported, type JsonAnswer } from '../../infrastructure/openai/structured-output.js';
import { AI_CALL_SOURCE } from '../ai-calls/agent-tools.js';

export interface AnalyzeCallPayload {
  readonly tenantId: string;
  readonly analysisId: string;
}

interface Lead {
  readonly opportunity: OpportunityView;
  readonly pipeline: Pipeline | null;
}

type Asked = { readonly output: AnalysisOutput; readonly mode: AnalysisOutputMode } | { readonly error: string };

const SYSTEM = (tenantId: string): CommandContext => ({ tenantId, actor: { type: 'system', id: null, name: 'call analysis' }, requestId: null });

/** A stage move an analysis may not make: it tries the next candidate, or leaves the stage. */
const NOT_A_MOVE: readonly string[] = [CrmErrorCodes.stageNotForward, CrmErrorCodes.stageNotInPipeline, CrmErrorCodes.invalidStatusTransition];

/**
 * Runs one call analysis (contract §13): claim → ask the model → apply, no model call inside a
 * transaction. The row is claimed (`queued → running`) and committed first; a replayed job finds
 * nothing to claim and returns. The model is asked for strict structured output against the
 * agent's extraction schema plus summary and suggested stage; a server that refuses `json_schema`
 * (400/422) is asked again in JSON mode, and that answer is checked here with ajv and, when it does
 * not fit, repaired once. Whatever the mode, nothing is applied unless the answer fits the schema:
 * a refusal, a truncated answer, invalid JSON or a wrong shape make the analysis `failed`.
 *
 * Applying is crm-domain's and telephony's own commands, each its own transaction: the call's
 * summary (which reaches its first-call attempt's notes), the non-null fields merged into the
 * opportunity's qualification, a forward move (never won or lost) to the agent's
 * `advance_to_stage` or the model's suggestion, and the lead rescored. Each is idempotent, so a run
 * that died half-way and is run again ends in the same state.
 */
@Injectable()
@HandlesJob({ queue: Queues.background, name: 'ai.analyze-call', leaseMs: 10 * 60_000, attempts: 3 })
export class AnalyzeCallJob implements JobHandler<AnalyzeCallPayload> {
  private readonly logger = new Logger(AnalyzeCallJob.name);

  constructor(
    private readonly store: CallAnalysisStore,
    private readonly connections: AiConnections,
    private readonly validator: AjvJsonValidator,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
  ) {}

  async run({ tenantId, analysisId }: AnalyzeCallPayload): Promise<void> {
    const claimed = await this.uow.run(() => this.store.claim(tenantId, analysisId));
    // Not queued: done already (a replay), or a run that died mid-way left it running, which is run again.
    const analysis = claimed ?? await this.store.get(tenantId, analysisId);
    if (analysis?.status !== 'running') return;
    const connection = await this.connections.find(tenantId);
    if (!connection) return this.store.end(tenantId, analysisId, 'failed', 'ai.not_configured: the AI connection was removed', null);
    const lines = await this.store.lines(tenantId, analysis.callId);
    if (customerLines(lines) < MIN_CUSTOMER_LINES) return this.store.end(tenantId, analysisId, 'skipped', TOO_SHORT, null);

    const lead = await this.leadOf(tenantId, analysis);
    const stages: PromptStage[] = [...(lead?.pipeline?.snapshot.stages ?? [])]
      .sort((a, b) => a.position - b.position).map((stage) => ({ key: stage.key, name: stage.name, kind: stage.kind }));
    const schema = analysisSchema(analysis.extractionSchema, stages);
    const asked = await this.ask(connection, lines, stages, lead?.opportunity.stage.currentStage ?? null, schema);
    if ('error' in asked) return this.store.end(tenantId, analysisId, 'failed', asked.error, connection.model);
    await this.store.recordOutput(tenantId, analysisId, connection.model, asked.mode, asked.output, lead?.opportunity.id ?? null);
    let applied: AnalysisApplied;
    try {
      applied = await this.apply(tenantId, analysis, asked.output, lead);
    } catch (error) {
      // A broken rule fails the same way every time: the analysis says so. Anything else is retried by the runner.
      if (!(error instanceof DomainError)) throw error;
      return this.store.end(tenantId, analysisId, 'failed', `apply_failed: ${error.message}`, connection.model);
    }
    await this.uow.run(async () => {
      await this.store.complete(tenantId, analysisId, applied);
      if (lead) await this.outbox.append(SYSTEM(tenantId), this.completed(analysis, asked.output, applied, lead.opportunity.id));
    });
  }

  /** `call_analysis.completed`, for the lead's stage rule (contract §11: auto-advance runs after a call analysis). */
  private completed(analysis: CallAnalysis, output: AnalysisOutput, applied: AnalysisApplied, opportunityId: string) {
    const events = new RecordedEvents<AiAgentEventPayloads>();
    events.record({
      type: 'call_analysis.completed', aggregateType: 'call_analysis', aggregateId: analysis.id, tenantId: analysis.tenantId,
      payload: {
        call_id: analysis.callId, opportunity_id: opportunityId, version: analysis.version, agent_type: analysis.agentType,
        suggested_stage: output.suggestedStage, stage_from: applied.stageFrom, stage_to: applied.stageTo,
        qualification_fields: [...applied.qualificationFields],
      },
    });
    return events.pull();
  }

  private async ask(connection: AiConnection, lines: readonly TranscriptLine[], stages: readonly PromptStage[], currentStage: string | null, schema: JsonObject): Promise<Asked> {
    const client = this.connections.client(connection);
    const { model } = connection;
    const strict = analysisPrompt({ lines, stages, currentStage, schema, mode: 'json_schema' });
    try {
      const answer = await completeJson(client, {
        model, messages: [{ role: 'system', content: strict.system }, { role: 'user', content: strict.user }],
        format: { type: 'json_schema', name: 'call_analysis', schema },
      });
      return this.checked(answer, schema, 'json_schema');
    } catch (error) {
      if (!(error instanceof StructuredOutputUnsupported)) return { error: `provider_unavailable: ${(error as Error).message}` };
      this.logger.log(`the model server refused json_schema (${error.message}); asking in JSON mode`);
    }
    const loose = analysisPrompt({ lines, stages, currentStage, schema, mode: 'json_object' });
    const messages = [{ role: 'system' as const, content: loose.system }, { role: 'user' as const, content: loose.user }];
    try {
      const first = await completeJson(client, { model, messages, format: { type: 'json_object' } });
      const checked = this.checked(first, schema, 'json_object');
      if (!('error' in checked) || first.kind !== 'text') return checked;
      // One repair: the answer and what is wrong with it go back, once.
      const repaired = await completeJson(client, {
        model, format: { type: 'json_object' },
        messages: [...messages, { role: 'assistant', content: first.text }, {
          role: 'user', content: `Su respuesta no es válida (${checked.error}). Responda de nuevo solo con el objeto JSON corregido, que cumpla el esquema.`,
        }],
      });
      const again = this.checked(repaired, schema, 'json_object');
      return 'error' in again ? { error: `${again.error} (after one repair)` } : again;
    } catch (error) {
      return { error: `provider_unavailable: ${(error as Error).message}` };
    }
  }

  private checked(answer: JsonAnswer, schema: JsonObject, mode: AnalysisOutputMode): Asked {
    switch (answer.kind) {
      case 'refused': return { error: `refused: ${answer.message}`.slice(0, 1000) };
      case 'cut': return { error: `truncated: the answer ended with finish_reason ${answer.reason}` };
      case 'empty': return { error: 'invalid_output: the answer was empty' };
      default: break;
    }
    let value: unknown;
    try {
      value = JSON.parse(answer.text);
    } catch {
      return { error: 'invalid_output: the answer is not JSON' };
    }
    const problems = this.validator.problems(schema, value);
    if (problems.length > 0) return { error: `invalid_output: ${problems.join('; ')}`.slice(0, 1000) };
    return { output: analysisOutputOf(value as Record<string, unknown>), mode };
  }

  private async apply(tenantId: string, analysis: CallAnalysis, output: AnalysisOutput, lead: Lead | null): Promise<AnalysisApplied> {
    const context = SYSTEM(tenantId);
    const call = await this.queries.execute(new GetCallQuery(tenantId, analysis.callId));
    if (output.summary && call.snapshot.summary !== output.summary) {
      await this.commands.execute(new UpdateCallCommand(context, analysis.callId, { summary: output.summary.slice(0, 5000) }));
    }
    if (!lead) return { stageFrom: null, stageTo: null, scoreFrom: null, scoreTo: null, qualificationFields: [] };
    const opportunityId = lead.opportunity.id;
    const before = await this.queries.execute(new GetOpportunityQuery(tenantId, opportunityId));
    const fields = Object.fromEntries(Object.entries(qualificationOf(output.extracted)).filter(([name]) => QUALIFICATION_FIELD.test(name)));
    if (Object.keys(fields).length > 0) await this.commands.execute(new MergeQualificationCommand(context, opportunityId, fields));
    for (const stage of stageCandidates(analysis.advanceToStage, output.suggestedStage)) {
      try {
        await this.commands.execute(new MoveOpportunityStageCommand(context, opportunityId, stage,
          `AI call analysis v${analysis.version} (${analysis.agentType})`, AI_CALL_SOURCE, undefined, 'forward_open'));
        break;
      } catch (error) {
        if (!(error instanceof CrmError && NOT_A_MOVE.includes(error.code))) throw error;
      }
    }
    const score = await this.commands.execute(new RescoreOpportunityCommand(context, opportunityId));
    const after = await this.queries.execute(new GetOpportunityQuery(tenantId, opportunityId));
    return {
      stageFrom: before.stage.currentStage, stageTo: after.stage.currentStage,
      scoreFrom: before.leadScore?.value ?? null, scoreTo: score.value, qualificationFields: Object.keys(fields),
    };
  }

  /**
   * The lead the call is about: the AI call's opportunity; else the contact's opportunity that has
   * the call as a first-call attempt; else the contact's newest open one. None: only the summary is applied.
   */
  private async leadOf(tenantId: string, analysis: CallAnalysis): Promise<Lead | null> {
    let opportunity: OpportunityView | null = null;
    try {
      if (analysis.opportunityId) {
        opportunity = await this.queries.execute(new GetOpportunityQuery(tenantId, analysis.opportunityId));
      } else {
        const call = await this.queries.execute(new GetCallQuery(tenantId, analysis.callId));
        const contactId = call.snapshot.entityType === 'contacts' ? call.snapshot.entityId : null;
        if (contactId) {
          const { data } = await this.queries.execute(new ListOpportunitiesQuery(tenantId, { contactId }, { limit: 50 }));
          opportunity = data.find((candidate) => Object.values(candidate.firstCallAttempts).some((attempt) => attempt.callId === analysis.callId))
            ?? data.find((candidate) => candidate.status !== 'won' && candidate.status !== 'lost') ?? null;
        }
      }
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    if (!opportunity) return null;
    let pipeline: Pipeline | null = null;
    try {
      pipeline = await this.queries.execute(new GetPipelineQuery(tenantId, opportunity.pipelineId));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    return { opportunity, pipeline };
  }
}
