/**
 * An AI phone call (contract §13): what the relay needs to run one call, and its transcript lines.
 * The call itself (status, numbers, the first-call attempt) is telephony's; this is the agent's side.
 */

export const AI_CALL_STATUSES = ['placing', 'placed', 'live', 'ended', 'failed'] as const;
export type AiCallStatus = (typeof AI_CALL_STATUSES)[number];

export const TRANSCRIPT_SPEAKERS = ['bot', 'customer', 'agent', 'unknown'] as const;
export type TranscriptSpeaker = (typeof TRANSCRIPT_SPEAKERS)[number];

/** Why the relay sent `end` (ConversationRelay's `handoffData.reason`). */
export type AiCallEndReason = 'max_turns' | 'max_duration' | 'end_call' | 'hangup' | 'setup_mismatch';

export interface AiCallSession {
  readonly callId: string;
  readonly tenantId: string;
  readonly opportunityId: string;
  readonly contactId: string;
  readonly agentType: string;
  readonly agentVersion: number;
  /** The agent's instructions rendered for the lead: the conversation's system message. */
  readonly systemPrompt: string;
  /** The rendered greeting, spoken by Twilio as `welcomeGreeting`: the bot's first line. */
  readonly greeting: string;
  /** BCP-47, as ConversationRelay takes it. */
  readonly language: string;
  readonly maxTurns: number;
  readonly maxDurationSeconds: number;
  /** The agent's tools when the call was placed (the relay offers the model those it can run). */
  readonly tools: readonly string[];
  /** The agent's extraction schema when the call was placed (null for calls placed before it was kept). */
  readonly extractionSchema: Readonly<Record<string, unknown>> | null;
  /** The agent's `advance_to_stage` when the call was placed. */
  readonly advanceToStage: string | null;
  /** The CallSid Twilio gave the placed call; the relay's `setup` must carry the same one. */
  readonly callSid: string | null;
  readonly status: AiCallStatus;
}

export interface TranscriptLine {
  readonly seq: number;
  readonly speaker: TranscriptSpeaker;
  readonly text: string;
  readonly startSeconds: number | null;
  readonly endSeconds: number | null;
  readonly confidence: number | null;
  /** A bot line the caller cut short: its text is what the caller heard. */
  readonly interrupted: boolean;
  /** Bot lines: the caller's final words → the first token sent to Twilio. */
  readonly latencyMs: number | null;
}

/**
 * The relay's URL as Twilio is given it and signs it: the public host, the call in the path and no
 * query string, so both of Twilio's signing conventions (with or without query params) agree.
 */
export function relayUrl(publicBaseUrl: string, callId: string): string {
  return `wss://${new URL(publicBaseUrl).host}/api/v1/ai-calls/${callId}/relay`;
}

/** ConversationRelay wants a BCP-47 tag; the connection stores ISO-639-1. Regions are the product's markets. */
const REGIONS: Readonly<Record<string, string>> = { es: 'es-MX', en: 'en-US', pt: 'pt-BR' };

export function relayLanguage(language: string | null): string {
  if (!language) return 'es-MX';
  return language.includes('-') ? language : (REGIONS[language] ?? language);
}
