import type { IntegrationEvents } from '@leadline/integration-events';
import type { Changes } from '@leadline/shared-kernel/domain';

/** The audit trail reads `changes` (aggregate type `ai_agent`, id the stored row's). */
export const AiAgentEvents = { updated: 'ai_agent.updated', analysisCompleted: 'call_analysis.completed' } as const;

export interface AiAgentEventPayloads {
  'ai_agent.updated': { readonly agent_type: string; readonly version: number; readonly changes: Changes };
  /** Announced to crm-domain's auto-advance (not audited: the analysis row is its own record). */
  'call_analysis.completed': IntegrationEvents['call_analysis.completed'];
}
