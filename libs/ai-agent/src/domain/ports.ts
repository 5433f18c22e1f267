import type { CommandContext } from '@leadline/shared-kernel/domain';
import type { AiAgent } from './agent.js';
import type { AgentType } from './agent-types.js';

export interface AiAgentRepository {
  /** The tenant's agent of that type: its stored version, else the shipped default (never stored). */
  get(tenantId: string, agentType: AgentType): Promise<AiAgent>;
  save(agent: AiAgent, context: CommandContext): Promise<void>;
}
export const AI_AGENT_REPOSITORY = Symbol('AiAgentRepository');

/**
 * Whether a JSON value is a JSON Schema the extraction can use (a validator library decides; the
 * domain only counts properties and depth). Answers the problems found, empty when it is usable.
 */
export interface ExtractionSchemaChecker {
  problems(schema: Readonly<Record<string, unknown>>): string[];
}
export const EXTRACTION_SCHEMA_CHECKER = Symbol('ExtractionSchemaChecker');
