import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { TenantReader } from '@leadline/shared-kernel';
import { AGENT_TYPES, AiAgent, DEFAULT_AGENTS, type AgentState, type AgentType } from '../../domain/index.js';
import { AiConnections } from '../../infrastructure/ai-connections.js';
import { toAgentState, type AiAgentRow } from '../../infrastructure/agent.persistence.js';

export class GetAiAgentQuery extends Query<AgentState> {
  constructor(readonly tenantId: string, readonly agentType: AgentType) {
    super();
  }
}

/** All four agent types, in contract order: the tenant's version of each, else the shipped default. */
export class ListAiAgentsQuery extends Query<AgentState[]> {
  constructor(readonly tenantId: string) {
    super();
  }
}

@QueryHandler(GetAiAgentQuery)
export class GetAiAgentHandler implements IQueryHandler<GetAiAgentQuery> {
  constructor(private readonly reader: TenantReader, private readonly connections: AiConnections) {}

  async execute({ tenantId, agentType }: GetAiAgentQuery): Promise<AgentState> {
    await this.connections.require(tenantId);
    const [agent] = await agentsOf(this.reader, tenantId, [agentType]);
    return agent!;
  }
}

@QueryHandler(ListAiAgentsQuery)
export class ListAiAgentsHandler implements IQueryHandler<ListAiAgentsQuery> {
  constructor(private readonly reader: TenantReader, private readonly connections: AiConnections) {}

  async execute({ tenantId }: ListAiAgentsQuery): Promise<AgentState[]> {
    await this.connections.require(tenantId);
    return agentsOf(this.reader, tenantId, AGENT_TYPES);
  }
}

async function agentsOf(reader: TenantReader, tenantId: string, types: readonly AgentType[]): Promise<AgentState[]> {
  const rows = await reader.rows<AiAgentRow>(tenantId, {
    select: 'a.*', from: ['ai_agents', 'a'], where: [[`a.agent_type in (${types.map(() => '?').join(', ')})`, ...types]],
  });
  const stored = new Map(rows.map((row) => [row.agent_type, toAgentState(row)]));
  return types.map((type) => stored.get(type) ?? AiAgent.shippedDefault(tenantId, type, DEFAULT_AGENTS[type]).snapshot);
}
