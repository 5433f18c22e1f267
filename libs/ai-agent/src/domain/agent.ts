import { diff, InvalidInputError, newId, RecordedEvents, StaleVersionError, type DomainEvent } from '@leadline/shared-kernel/domain';
import { AGENT_LIMITS, AGENT_TOOLS, type AgentTool, type AgentType } from './agent-types.js';
import { extractionSchemaInvalid } from './errors.js';
import type { AiAgentEventPayloads } from './events.js';
import { extractionSchemaShapeProblems, type JsonObject } from './extraction-schema.js';
import type { ExtractionSchemaChecker } from './ports.js';

/** A stage key as pipelines name them (`calificacion_financiera`). */
export const STAGE_KEY = /^[a-z0-9_]{1,50}$/;

/** What a PUT writes: the whole agent. */
export interface AgentDefinition {
  /** The call prompt: Liquid output tags over the lead's render context (contract §9). */
  readonly instructions: string;
  /** What the bot says first, Liquid too. */
  readonly greeting: string;
  readonly extractionSchema: JsonObject;
  readonly tools: readonly AgentTool[];
  /** The stage a completed analysis moves the lead to (forward only, never won or lost), or null. */
  readonly advanceToStage: string | null;
  readonly maxTurns: number;
  readonly maxDurationSeconds: number;
}

export interface AgentState extends AgentDefinition {
  /** The row's id (the audit trail's entity id); a default gets the one it will be stored under. */
  readonly id: string;
  readonly tenantId: string;
  readonly agentType: AgentType;
  /** 1 for the shipped default; every PUT adds one. */
  readonly version: number;
  /** Null while the tenant runs the shipped default. */
  readonly updatedAt: Date | null;
}

const EDITABLE = ['instructions', 'greeting', 'extractionSchema', 'tools', 'advanceToStage', 'maxTurns', 'maxDurationSeconds'] as const;

/**
 * One agent type's configuration for a tenant (contract §13). Every tenant starts on the shipped
 * Spanish default (version 1, not stored, so an improved default reaches tenants who never changed
 * theirs); the first PUT stores version 2. A definition is checked whole when it is written, so a
 * stored agent can always be rendered and its schema always compiled.
 */
export class AiAgent {
  readonly #events = new RecordedEvents<AiAgentEventPayloads>();
  /** The version as read: 1 for a default, the stored one otherwise (optimistic concurrency). */
  readonly persistedVersion: number;
  readonly stored: boolean;

  private constructor(private state: AgentState, stored: boolean) {
    this.persistedVersion = state.version;
    this.stored = stored;
  }

  static shippedDefault(tenantId: string, agentType: AgentType, definition: AgentDefinition): AiAgent {
    return new AiAgent({ ...definition, id: newId(), tenantId, agentType, version: 1, updatedAt: null }, false);
  }

  static rehydrate(state: AgentState): AiAgent {
    return new AiAgent(state, true);
  }

  get snapshot(): AgentState {
    return this.state;
  }

  assertVersion(expected: number | undefined): void {
    if (expected !== undefined && expected !== this.state.version) throw new StaleVersionError('ai agent', this.state.agentType);
  }

  /** PUT: the whole definition is replaced and the version goes up by one, changed or not (as templates). */
  replace(definition: AgentDefinition, schemas: ExtractionSchemaChecker, now = new Date()): void {
    const clean = checked(definition, schemas);
    const next: AgentState = { ...this.state, ...clean, version: this.persistedVersion + 1, updatedAt: now };
    const changes = diff(this.state, next, EDITABLE);
    this.state = next;
    this.#events.record({
      type: 'ai_agent.updated',
      aggregateType: 'ai_agent',
      aggregateId: this.state.id,
      tenantId: this.state.tenantId,
      payload: { agent_type: this.state.agentType, version: next.version, changes },
      occurredAt: now,
    });
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }
}

function checked(definition: AgentDefinition, schemas: ExtractionSchemaChecker): AgentDefinition {
  const { instructions, greeting, extractionSchema, tools, advanceToStage, maxTurns, maxDurationSeconds } = definition;
  if (!instructions.trim() || instructions.length > AGENT_LIMITS.instructionsMaxLength) {
    throw new InvalidInputError('instructions', `instructions must be 1-${AGENT_LIMITS.instructionsMaxLength} characters, not blank`);
  }
  if (!greeting.trim() || greeting.length > AGENT_LIMITS.greetingMaxLength) {
    throw new InvalidInputError('greeting', `greeting must be 1-${AGENT_LIMITS.greetingMaxLength} characters, not blank`);
  }
  const unknownTool = tools.find((tool) => !AGENT_TOOLS.includes(tool));
  if (unknownTool !== undefined) throw new InvalidInputError('tools', `tools are a subset of ${AGENT_TOOLS.join(', ')}`);
  if (advanceToStage !== null && !STAGE_KEY.test(advanceToStage)) {
    throw new InvalidInputError('advance_to_stage', 'advance_to_stage is a stage key (a-z, 0-9, _), or null');
  }
  const turns = AGENT_LIMITS.maxTurns;
  if (!Number.isInteger(maxTurns) || maxTurns < turns.min || maxTurns > turns.max) {
    throw new InvalidInputError('max_turns', `max_turns must be a whole number from ${turns.min} to ${turns.max}`);
  }
  const seconds = AGENT_LIMITS.maxDurationSeconds;
  if (!Number.isInteger(maxDurationSeconds) || maxDurationSeconds < seconds.min || maxDurationSeconds > seconds.max) {
    throw new InvalidInputError('max_duration_seconds', `max_duration_seconds must be a whole number from ${seconds.min} to ${seconds.max}`);
  }
  const shape = extractionSchemaShapeProblems(extractionSchema);
  const problems = shape.length > 0 ? shape : schemas.problems(extractionSchema);
  if (problems.length > 0) throw extractionSchemaInvalid(problems);
  return { ...definition, tools: [...new Set(tools)] };
}
