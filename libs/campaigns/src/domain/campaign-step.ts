import jsonLogic from 'json-logic-js';
import { jsonLogicProblem, newId, type JsonLogicRule } from '@leadline/shared-kernel/domain';
import type { CampaignChannel } from './automation.js';
import { CampaignError, CampaignErrorCodes } from './errors.js';

export const STEP_ACTIONS = ['send_message', 'make_call', 'schedule_meeting', 'update_stage'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export const CALL_AGENT_TYPES = ['perfilador', 'calificador_financiero', 'agendador', 'seguimiento'] as const;
export type CallAgentType = (typeof CALL_AGENT_TYPES)[number];

/** A step's delay is at most a year; fractions of an hour are allowed (0.25 = 15 minutes). */
export const MAX_DELAY_HOURS = 8760;
export const DEFAULT_MEETING_DUE_IN_HOURS = 24;

export interface MeetingPlan {
  readonly title: string;
  readonly duration_minutes: number;
  readonly due_in_hours: number;
}

/** What a step does; the fields an action does not use are null. */
export interface StepDefinition {
  readonly action: StepAction;
  /** Null: the campaign's channel. */
  readonly channel: CampaignChannel | null;
  readonly delayHours: number;
  readonly templateId: string | null;
  readonly conditions: JsonLogicRule | null;
  readonly stage: string | null;
  readonly agentType: CallAgentType | null;
  readonly meeting: MeetingPlan | null;
}

export interface CampaignStepState extends StepDefinition {
  readonly id: string;
  readonly stepNumber: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A step as a client describes it (the API's fields, before the per-action rules). */
export interface StepInput {
  action: StepAction;
  channel?: CampaignChannel | null;
  delayHours?: number;
  templateId?: string | null;
  conditions?: JsonLogicRule | null;
  stage?: string | null;
  agentType?: CallAgentType | null;
  meeting?: { title: string; duration_minutes: number; due_in_hours?: number | null } | null;
}

export function stepInvalid(field: string, reason: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.stepInvalid, `${field}: ${reason}`, { field });
}

/**
 * Applies the per-action rules of contract §10 and answers the step's definition. What depends on
 * other contexts (the template's channel, the stage's pipeline) is checked by the application.
 */
export function defineStep(input: StepInput): StepDefinition {
  const { action } = input;
  if (!(STEP_ACTIONS as readonly string[]).includes(action)) throw stepInvalid('action', `must be one of ${STEP_ACTIONS.join(', ')}`);
  const delayHours = input.delayHours ?? 0;
  if (!Number.isFinite(delayHours) || delayHours < 0 || delayHours > MAX_DELAY_HOURS) {
    throw stepInvalid('delay_hours', `must be from 0 to ${MAX_DELAY_HOURS}`);
  }
  const conditions = input.conditions ?? null;
  if (conditions !== null) conditionProblem(conditions);
  const unused = (field: string, value: unknown) => {
    if (value !== undefined && value !== null) throw stepInvalid(field, `${action} does not take ${field}`);
  };
  const base = {
    action, channel: input.channel ?? null, delayHours: roundDelay(delayHours), conditions,
    templateId: null, stage: null, agentType: null, meeting: null,
  };
  switch (action) {
    case 'send_message':
      if (!input.templateId) throw stepInvalid('template_id', 'send_message needs a template_id');
      unused('stage', input.stage); unused('agent_type', input.agentType); unused('meeting', input.meeting);
      return { ...base, templateId: input.templateId };
    case 'make_call':
      unused('stage', input.stage); unused('meeting', input.meeting);
      if (input.agentType != null && !(CALL_AGENT_TYPES as readonly string[]).includes(input.agentType)) {
        throw stepInvalid('agent_type', `must be one of ${CALL_AGENT_TYPES.join(', ')}`);
      }
      // A call script is optional: the advisor or the AI agent may read one.
      return { ...base, templateId: input.templateId ?? null, agentType: input.agentType ?? null };
    case 'schedule_meeting': {
      unused('template_id', input.templateId); unused('stage', input.stage); unused('agent_type', input.agentType);
      const meeting = input.meeting;
      if (!meeting) throw stepInvalid('meeting', 'schedule_meeting needs meeting {title, duration_minutes, due_in_hours?}');
      const title = typeof meeting.title === 'string' ? meeting.title.trim() : '';
      if (!title || title.length > 200) throw stepInvalid('meeting.title', 'must be 1 to 200 characters');
      if (!Number.isInteger(meeting.duration_minutes) || meeting.duration_minutes < 1 || meeting.duration_minutes > 1440) {
        throw stepInvalid('meeting.duration_minutes', 'must be a whole number of minutes from 1 to 1440');
      }
      const due = meeting.due_in_hours ?? DEFAULT_MEETING_DUE_IN_HOURS;
      if (!Number.isFinite(due) || due < 0 || due > MAX_DELAY_HOURS) throw stepInvalid('meeting.due_in_hours', `must be from 0 to ${MAX_DELAY_HOURS}`);
      return { ...base, meeting: { title, duration_minutes: meeting.duration_minutes, due_in_hours: due } };
    }
    case 'update_stage':
      unused('template_id', input.templateId); unused('agent_type', input.agentType); unused('meeting', input.meeting);
      if (!input.stage) throw stepInvalid('stage', 'update_stage needs a stage');
      if (!/^[a-z0-9_]{1,50}$/.test(input.stage)) throw stepInvalid('stage', 'must be a stage key (a-z, 0-9, _)');
      return { ...base, stage: input.stage };
  }
}

/**
 * A condition is a rule (an operation) or a constant true/false; a string or number alone is a
 * mistake, not a rule. It must also apply: run against an empty context, a rule that throws
 * (json-logic-js rejects some argument shapes only when evaluating) would fail every lead.
 */
function conditionProblem(conditions: JsonLogicRule): void {
  if (typeof conditions !== 'boolean' && (typeof conditions !== 'object' || Array.isArray(conditions))) {
    throw stepInvalid('conditions', 'must be a JsonLogic rule (an object such as {">=": [{"var": "score"}, 60]}), true, false or null');
  }
  const problem = jsonLogicProblem(conditions);
  if (problem) throw stepInvalid('conditions', `not a JsonLogic rule: ${problem}`);
  try {
    jsonLogic.apply(conditions as jsonLogic.RulesLogic, {});
  } catch (error) {
    throw stepInvalid('conditions', `the rule does not apply: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The column keeps four decimals (numeric(10,4)): the domain keeps what will be read back. */
function roundDelay(hours: number): number {
  return Math.round(hours * 10_000) / 10_000;
}

export function newStep(definition: StepDefinition, now: Date): CampaignStepState {
  return { ...definition, id: newId(), stepNumber: 0, createdAt: now, updatedAt: now };
}

/**
 * The steps in order with `step` placed at `position` (1-based; past the end or absent = appended),
 * every step renumbered 1…n: inserting at a taken number shifts the later ones, and a step already
 * in the list moves. The list never has a gap.
 */
export function placeStep(steps: readonly CampaignStepState[], step: CampaignStepState, position?: number): CampaignStepState[] {
  const others = ordered(steps).filter((existing) => existing.id !== step.id);
  const index = position === undefined ? others.length : Math.min(Math.max(position, 1), others.length + 1) - 1;
  others.splice(index, 0, step);
  return renumber(others);
}

/** The steps without `stepId`, renumbered so that the gap closes. */
export function withoutStep(steps: readonly CampaignStepState[], stepId: string): CampaignStepState[] {
  return renumber(ordered(steps).filter((step) => step.id !== stepId));
}

function ordered(steps: readonly CampaignStepState[]): CampaignStepState[] {
  return [...steps].sort((a, b) => a.stepNumber - b.stepNumber);
}

function renumber(steps: CampaignStepState[]): CampaignStepState[] {
  return steps.map((step, index) => (step.stepNumber === index + 1 ? step : { ...step, stepNumber: index + 1 }));
}
