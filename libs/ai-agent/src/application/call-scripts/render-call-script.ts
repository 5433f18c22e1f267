import { Inject } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  leadValues, MessagingError, MessagingErrorCodes, renderTemplate, TEMPLATE_ENGINE, TemplateTooLongError,
  type RenderValues, type TemplateEngine, type TemplateState,
} from '@leadline/messaging';
import { AI_AGENT_REPOSITORY, opportunityUnknown, type AgentState, type AgentType, type AiAgentRepository } from '../../domain/index.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';

export interface CallScript {
  /** The agent's instructions for this lead: the system prompt of the call; null while a variable is missing. */
  readonly prompt: string | null;
  /** The agent's greeting for this lead: what the bot says first; null while a variable is missing. */
  readonly initialScript: string | null;
  /** The variables with no value and no default (contract §13): a script with a hole in it is never produced. */
  readonly missing: readonly string[];
  readonly agentVersion: number;
}

export class RenderCallScriptQuery extends Query<CallScript> {
  constructor(readonly tenantId: string, readonly opportunityId: string, readonly agentType: AgentType) {
    super();
  }
}

/**
 * POST /ai/call-scripts (seed 004's "prompts de llamada" and "scripts iniciales"): the agent's two
 * texts rendered by messaging's template rendering over crm-domain's render context for the
 * opportunity, as a `call` template would be (≤ 10 000 characters, defaults inline). No model call.
 */
@QueryHandler(RenderCallScriptQuery)
export class RenderCallScriptHandler implements IQueryHandler<RenderCallScriptQuery> {
  constructor(
    @Inject(AI_AGENT_REPOSITORY) private readonly agents: AiAgentRepository,
    @Inject(TEMPLATE_ENGINE) private readonly engine: TemplateEngine,
    private readonly connections: AiConnections,
    private readonly queries: QueryBus,
  ) {}

  async execute({ tenantId, opportunityId, agentType }: RenderCallScriptQuery): Promise<CallScript> {
    await this.connections.require(tenantId);
    const agent = (await this.agents.get(tenantId, agentType)).snapshot;
    const values = await this.lead(tenantId, opportunityId);
    const prompt = renderTemplate(asCallTemplate(agent, 'instructions'), values, this.engine);
    const greeting = renderTemplate(asCallTemplate(agent, 'greeting'), values, this.engine);
    const missing = [...new Set([...prompt.missing, ...greeting.missing])];
    if (missing.length > 0) return { prompt: null, initialScript: null, missing, agentVersion: agent.version };
    for (const outcome of [prompt, greeting]) if (!outcome.ok) throw new TemplateTooLongError('call', outcome.length ?? 0, outcome.limit);
    return { prompt: prompt.rendered!, initialScript: greeting.rendered!.trim(), missing: [], agentVersion: agent.version };
  }

  private async lead(tenantId: string, opportunityId: string): Promise<RenderValues> {
    try {
      return await leadValues(this.queries, tenantId, { opportunityId });
    } catch (error) {
      if (error instanceof MessagingError && error.code === MessagingErrorCodes.opportunityUnknown) throw opportunityUnknown(opportunityId);
      throw error;
    }
  }
}

/** One of the agent's texts as the `call` template messaging renders. */
function asCallTemplate(agent: AgentState, text: 'instructions' | 'greeting'): TemplateState {
  const at = agent.updatedAt ?? new Date(0);
  return {
    id: `${agent.agentType}:${text}`,
    tenantId: agent.tenantId,
    name: `${agent.agentType} ${text}`,
    channel: 'call',
    agentType: agent.agentType,
    subject: null,
    content: agent[text],
    defaults: {},
    whatsapp: null,
    variables: [],
    version: agent.version,
    createdAt: at,
    updatedAt: at,
  };
}
