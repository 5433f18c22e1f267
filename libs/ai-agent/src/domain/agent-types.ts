/**
 * Seed 003/004's agent types, one AI agent each (contract §13). Messaging's templates name the same
 * four (`agent_type`); the domain keeps its own list because a domain may not import another lib.
 */
export const AGENT_TYPES = ['perfilador', 'calificador_financiero', 'agendador', 'seguimiento'] as const;
export type AgentType = (typeof AGENT_TYPES)[number];

/** What an agent may do during a call (contract §13); the relay slice runs them. */
export const AGENT_TOOLS = ['set_qualification', 'schedule_meeting', 'update_stage', 'end_call'] as const;
export type AgentTool = (typeof AGENT_TOOLS)[number];

export const AGENT_LIMITS = {
  /** A call prompt is a `call` text of contract §9: at most 10 000 characters rendered, so written too. */
  instructionsMaxLength: 10_000,
  /** Spoken first by the bot (ConversationRelay's welcomeGreeting): short. */
  greetingMaxLength: 1000,
  maxTurns: { min: 1, max: 100 },
  maxDurationSeconds: { min: 30, max: 3600 },
  schemaMaxProperties: 50,
  schemaMaxDepth: 4,
  /** A schema's JSON text: enough for 50 described properties, too small to be a way to store blobs. */
  schemaMaxLength: 20_000,
} as const;

export function isAgentType(value: string): value is AgentType {
  return (AGENT_TYPES as readonly string[]).includes(value);
}
