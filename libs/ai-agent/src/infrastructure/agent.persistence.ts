import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import { Outbox, StaleVersionError, TenantTable, violatedConstraint, type CommandContext } from '@leadline/shared-kernel';
import {
  AiAgent, DEFAULT_AGENTS, type AgentState, type AgentTool, type AgentType, type AiAgentRepository, type JsonObject,
} from '../domain/index.js';

export interface AiAgentRow {
  id: string;
  tenant_id: string;
  agent_type: AgentType;
  instructions: string;
  greeting: string;
  extraction_schema: JsonObject;
  tools: AgentTool[];
  advance_to_stage: string | null;
  max_turns: number;
  max_duration_seconds: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const AiAgentSchema = new EntitySchema<AiAgentRow>({
  name: 'AiAgent',
  tableName: 'ai_agents',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    agent_type: { type: 'text' },
    instructions: { type: 'text' },
    greeting: { type: 'text' },
    extraction_schema: { type: 'json' },
    tools: { type: 'json' },
    advance_to_stage: { type: 'text', nullable: true },
    max_turns: { type: 'integer' },
    max_duration_seconds: { type: 'integer' },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

/** A tenant's agents: a row once the tenant changed one, the shipped default until then. */
@Injectable()
export class MikroOrmAiAgentRepository implements AiAgentRepository {
  private readonly table: TenantTable<AiAgentRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, AiAgentSchema);
  }

  async get(tenantId: string, agentType: AgentType): Promise<AiAgent> {
    const row = await this.table.findOne(tenantId, { agent_type: agentType });
    return row ? AiAgent.rehydrate(toAgentState(row)) : AiAgent.shippedDefault(tenantId, agentType, DEFAULT_AGENTS[agentType]);
  }

  /**
   * The first save inserts (two racing first saves: the second is stale, as any lost update);
   * later ones update where the version is still the one read.
   */
  async save(agent: AiAgent, context: CommandContext): Promise<void> {
    const state = agent.snapshot;
    const row = toRow(state);
    if (!agent.stored) {
      try {
        await this.table.insert(state.tenantId, { ...row, id: state.id, created_at: row.updated_at });
      } catch (error) {
        if (violatedConstraint(error) === 'uq_ai_agents_tenant_type') throw new StaleVersionError('ai agent', state.agentType);
        throw error;
      }
    } else {
      const { id: _id, created_at: _createdAt, ...changes } = row;
      const updated = await this.table.update(state.tenantId, { agent_type: state.agentType, version: agent.persistedVersion }, changes);
      if (updated === 0) throw new StaleVersionError('ai agent', state.agentType);
    }
    await this.outbox.append(context, agent.pullEvents());
  }
}

/** Rows read raw (the read side) answer timestamps as strings; the ORM answers dates. */
export function toAgentState(row: Omit<AiAgentRow, 'created_at' | 'updated_at'> & { updated_at: Date | string }): AgentState {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    agentType: row.agent_type,
    instructions: row.instructions,
    greeting: row.greeting,
    extractionSchema: row.extraction_schema,
    tools: row.tools,
    advanceToStage: row.advance_to_stage,
    maxTurns: row.max_turns,
    maxDurationSeconds: row.max_duration_seconds,
    version: row.version,
    updatedAt: new Date(row.updated_at),
  };
}

function toRow(state: AgentState): AiAgentRow {
  const now = state.updatedAt ?? new Date();
  return {
    id: state.id,
    tenant_id: state.tenantId,
    agent_type: state.agentType,
    instructions: state.instructions,
    greeting: state.greeting,
    extraction_schema: state.extractionSchema,
    tools: [...state.tools],
    advance_to_stage: state.advanceToStage,
    max_turns: state.maxTurns,
    max_duration_seconds: state.maxDurationSeconds,
    version: state.version,
    created_at: now,
    updated_at: now,
  };
}
