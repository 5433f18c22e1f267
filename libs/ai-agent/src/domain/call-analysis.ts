import type { JsonObject } from './extraction-schema.js';
import type { TranscriptLine } from './ai-call.js';

/**
 * Post-call analysis (contract §13): one row per (call, version), queued → running → completed,
 * failed or skipped. The rules that need no I/O live here: which calls are worth analysing, the
 * strict JSON Schema the model must answer, the prompt, and what a completed analysis moves.
 */
export const ANALYSIS_STATUSES = ['queued', 'running', 'completed', 'failed', 'skipped'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];
/** What asked for the analysis: an AI call that ended, a transcript PUT, or POST …/analyze. */
export type AnalysisTrigger = 'call_ended' | 'transcript' | 'request';
/** How the model was asked: strict structured output, or JSON mode checked here (servers without json_schema). */
export type AnalysisOutputMode = 'json_schema' | 'json_object';

/** Fewer customer lines than this: nothing to analyse (contract §13: `skipped`, `too_short`). */
export const MIN_CUSTOMER_LINES = 2;
export const TOO_SHORT = 'too_short';
/** The agent type a call without an AI agent of its own is analysed with, unless the request names one. */
export const DEFAULT_ANALYSIS_AGENT = 'perfilador';

export interface AnalysisApplied {
  readonly stageFrom: string | null;
  readonly stageTo: string | null;
  readonly scoreFrom: number | null;
  readonly scoreTo: number | null;
  readonly qualificationFields: readonly string[];
}

export interface CallAnalysis {
  readonly id: string;
  readonly tenantId: string;
  readonly callId: string;
  readonly version: number;
  readonly status: AnalysisStatus;
  readonly requestedBy: AnalysisTrigger;
  readonly agentType: string;
  readonly agentVersion: number;
  readonly extractionSchema: JsonObject;
  readonly advanceToStage: string | null;
  readonly opportunityId: string | null;
  readonly model: string | null;
  readonly outputMode: AnalysisOutputMode | null;
  readonly summary: string | null;
  readonly extracted: JsonObject | null;
  readonly suggestedStage: string | null;
  readonly applied: AnalysisApplied | null;
  readonly error: string | null;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly completedAt: Date | null;
}

/** What the model answers: the summary, the agent's fields, and the stage it would move the lead to. */
export interface AnalysisOutput {
  readonly summary: string;
  readonly extracted: JsonObject;
  readonly suggestedStage: string | null;
}

/** A stage as the prompt names it: in pipeline order, open stages only are suggestible. */
export interface PromptStage {
  readonly key: string;
  readonly name: string;
  readonly kind: 'open' | 'won' | 'lost';
}

/**
 * The lines the customer may have said: theirs, and those of an unknown speaker — a transcribed
 * recording does not say who spoke, and its lines are not "too short" for that.
 */
export function customerLines(lines: readonly Pick<TranscriptLine, 'speaker'>[]): number {
  return lines.filter((line) => line.speaker === 'customer' || line.speaker === 'unknown').length;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The agent's extraction schema as OpenAI's strict mode wants it (integrations §6.2): every object
 * lists all its properties in `required` and allows no others, and every property may be null
 * ("unknown" is null, never a guess). The agent's own constraints (types, enums, descriptions) stay.
 */
export function strictSchemaOf(schema: JsonObject): JsonObject {
  return strictNode(schema) as JsonObject;
}

function strictNode(node: unknown): unknown {
  if (!isObject(node)) return node;
  const copy: Record<string, unknown> = { ...node };
  delete copy.$schema;
  delete copy.$id;
  if (isObject(node.properties)) {
    copy.properties = Object.fromEntries(Object.entries(node.properties).map(([name, property]) => [name, nullable(strictNode(property))]));
    copy.required = Object.keys(node.properties);
    copy.additionalProperties = false;
  } else if (node.type === 'object') {
    copy.properties = {};
    copy.required = [];
    copy.additionalProperties = false;
  }
  if (node.items !== undefined) copy.items = strictNode(node.items);
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(node[keyword])) copy[keyword] = (node[keyword] as unknown[]).map(strictNode);
  }
  for (const keyword of ['$defs', 'definitions'] as const) {
    if (isObject(node[keyword])) copy[keyword] = Object.fromEntries(Object.entries(node[keyword]).map(([name, def]) => [name, strictNode(def)]));
  }
  return copy;
}

function nullable(node: unknown): unknown {
  if (!isObject(node)) return node;
  const { type } = node;
  if (typeof type === 'string') {
    if (type === 'null') return node;
    return withNullEnum({ ...node, type: [type, 'null'] });
  }
  if (Array.isArray(type)) return type.includes('null') ? withNullEnum(node) : withNullEnum({ ...node, type: [...type, 'null'] });
  if (Array.isArray(node.anyOf)) {
    return node.anyOf.some((branch) => isObject(branch) && branch.type === 'null') ? node : { ...node, anyOf: [...node.anyOf, { type: 'null' }] };
  }
  return node;
}

function withNullEnum(node: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(node.enum) && !node.enum.includes(null) ? { ...node, enum: [...node.enum, null] } : node;
}

/** The schema of the whole answer: summary, the agent's fields under `extracted`, and the suggested stage. */
export function analysisSchema(extractionSchema: JsonObject, stages: readonly PromptStage[]): JsonObject {
  const open = stages.filter((stage) => stage.kind === 'open').map((stage) => stage.key);
  return {
    type: 'object',
    additionalProperties: false,
    required: ['summary', 'extracted', 'suggested_stage'],
    properties: {
      summary: { type: 'string', description: 'Resumen de la llamada en dos a cuatro frases, en español, para el asesor' },
      extracted: strictSchemaOf(extractionSchema),
      suggested_stage: open.length > 0
        ? { type: ['string', 'null'], enum: [...open, null], description: 'La etapa a la que la llamada justifica mover al cliente, o null' }
        : { type: 'null', description: 'No hay etapas que sugerir' },
    },
  };
}

const SPEAKER_NAMES: Readonly<Record<TranscriptLine['speaker'], string>> = { bot: 'Agente', agent: 'Asesor', customer: 'Cliente', unknown: 'Desconocido' };

/** The messages that ask for the analysis. In JSON mode the schema travels in the prompt, as the server will not enforce it. */
export function analysisPrompt(input: {
  readonly lines: readonly Pick<TranscriptLine, 'speaker' | 'text'>[];
  readonly stages: readonly PromptStage[];
  readonly currentStage: string | null;
  readonly schema: JsonObject;
  readonly mode: AnalysisOutputMode;
}): { system: string; user: string } {
  const stages = input.stages.map((stage) => `- ${stage.key} (${stage.name})${stage.kind === 'open' ? '' : ` [${stage.kind === 'won' ? 'ganado' : 'perdido'}: no sugerible]`}`);
  const system = [
    'Usted analiza la transcripción de una llamada de ventas entre un agente y un cliente.',
    'Responda solo con un objeto JSON con: "summary" (resumen breve en español para el asesor), "extracted" (los datos que el',
    'cliente dio en la llamada; null en cada dato que no se dijo claramente, nunca lo invente) y "suggested_stage" (la etapa del',
    'embudo a la que la llamada justifica mover al cliente, solo hacia adelante, o null si no hay motivo claro).',
    stages.length > 0 ? `Etapas del embudo, en orden:\n${stages.join('\n')}` : 'El cliente no tiene embudo: "suggested_stage" es null.',
    input.currentStage ? `Etapa actual del cliente: ${input.currentStage}.` : '',
    input.mode === 'json_object' ? `El objeto debe cumplir este JSON Schema:\n${JSON.stringify(input.schema)}` : '',
  ].filter(Boolean).join('\n');
  const user = input.lines.map((line) => `${SPEAKER_NAMES[line.speaker]}: ${line.text}`).join('\n');
  return { system, user };
}

/** The model's answer, once it fits the schema: `extracted` fields that are null are no news. */
export function analysisOutputOf(value: Record<string, unknown>): AnalysisOutput {
  return {
    summary: String(value.summary ?? '').trim(),
    extracted: isObject(value.extracted) ? value.extracted : {},
    suggestedStage: typeof value.suggested_stage === 'string' ? value.suggested_stage : null,
  };
}

/** The fields a completed analysis merges into the opportunity's qualification: the non-null ones. */
export function qualificationOf(extracted: JsonObject): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extracted).filter(([, value]) => value !== null && value !== undefined));
}

/** Where a completed analysis tries to move the lead, in order: the agent's `advance_to_stage`, then the model's suggestion. */
export function stageCandidates(advanceToStage: string | null, suggestedStage: string | null): string[] {
  return [...new Set([advanceToStage, suggestedStage].filter((stage): stage is string => stage !== null))];
}
