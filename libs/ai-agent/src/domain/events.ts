import type { Changes } from '@leadline/shared-kernel/domain';

/** The audit trail reads `changes` (aggregate type `ai_agent`, id the stored row's). */
export const AiAgentEvents = { updated: 'ai_agent.updated' } as const;

export interface AiAgentEventPayloads {
  'ai_agent.updated': { readonly agent_type: string; readonly version: number; readonly changes: Changes };
}
