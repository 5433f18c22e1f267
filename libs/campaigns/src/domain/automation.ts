import { InvalidInputError } from '@leadline/shared-kernel/domain';
import { CampaignError, CampaignErrorCodes } from './errors.js';

export const CAMPAIGN_CHANNELS = ['telegram', 'whatsapp', 'email', 'call'] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

export const CAMPAIGN_TRIGGERS = ['manual', 'lead_score', 'stage_change', 'inactivity'] as const;
export type CampaignTrigger = (typeof CAMPAIGN_TRIGGERS)[number];

export const REENTRY_POLICIES = ['never', 'after_exit'] as const;
export type ReentryPolicy = (typeof REENTRY_POLICIES)[number];

export const EXIT_EVENTS = ['reply', 'meeting_booked', 'won', 'lost', 'opt_out'] as const;
export type ExitEvent = (typeof EXIT_EVENTS)[number];

export interface LeadScoreCondition {
  readonly min: number;
  readonly max: number;
}

export interface StageChangeCondition {
  readonly to_stage: string;
  readonly from_stage?: string;
  readonly pipeline_id?: string;
}

export interface InactivityCondition {
  readonly hours: number;
  readonly stages?: readonly string[];
  readonly pipeline_id?: string;
}

/** Stored and answered as the API spells it (snake_case): it is a JSON document, not a set of columns. */
export type TriggerCondition = LeadScoreCondition | StageChangeCondition | InactivityCondition;

/** At most a year, as a step's delay: a longer silence is not a campaign any more. */
export const MAX_INACTIVITY_HOURS = 8760;

const STAGE_KEY = /^[a-z0-9_]{1,50}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function triggerInvalid(trigger: CampaignTrigger, reason: string): CampaignError {
  return new CampaignError(CampaignErrorCodes.triggerInvalid, `trigger_condition does not fit trigger ${trigger}: ${reason}`, {
    field: 'trigger_condition',
    trigger,
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that `raw` is the condition its trigger reads and answers it with only the known keys.
 * Stage existence is the application's concern (pipelines belong to crm-domain); this decides the shape.
 */
export function parseTriggerCondition(trigger: CampaignTrigger, raw: unknown): TriggerCondition | null {
  if (trigger === 'manual') {
    if (raw !== null && raw !== undefined) throw triggerInvalid(trigger, 'a manual campaign has no condition (null)');
    return null;
  }
  if (!isPlainObject(raw)) throw triggerInvalid(trigger, 'an object is required');
  const allowed = { lead_score: ['min', 'max'], stage_change: ['to_stage', 'from_stage', 'pipeline_id'], inactivity: ['hours', 'stages', 'pipeline_id'] }[trigger];
  const extra = Object.keys(raw).filter((key) => !allowed.includes(key));
  if (extra.length > 0) throw triggerInvalid(trigger, `unknown key(s) ${extra.join(', ')}; it takes ${allowed.join(', ')}`);
  const pipelineId = (): string | undefined => {
    if (raw.pipeline_id === undefined || raw.pipeline_id === null) return undefined;
    if (typeof raw.pipeline_id !== 'string' || !UUID.test(raw.pipeline_id)) throw triggerInvalid(trigger, 'pipeline_id must be a UUID');
    return raw.pipeline_id.toLowerCase();
  };
  const stageKey = (name: string, value: unknown): string => {
    if (typeof value !== 'string' || !STAGE_KEY.test(value)) throw triggerInvalid(trigger, `${name} must be a stage key (a-z, 0-9, _)`);
    return value;
  };
  switch (trigger) {
    case 'lead_score': {
      const { min, max } = raw;
      for (const [name, value] of [['min', min], ['max', max]] as const) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
          throw triggerInvalid(trigger, `${name} must be a number from 0 to 100`);
        }
      }
      if ((min as number) > (max as number)) throw triggerInvalid(trigger, 'min must not be greater than max');
      return { min: min as number, max: max as number };
    }
    case 'stage_change': {
      const condition: { to_stage: string; from_stage?: string; pipeline_id?: string } = { to_stage: stageKey('to_stage', raw.to_stage) };
      if (raw.from_stage !== undefined && raw.from_stage !== null) condition.from_stage = stageKey('from_stage', raw.from_stage);
      if (condition.from_stage === condition.to_stage) throw triggerInvalid(trigger, 'from_stage and to_stage must differ');
      const pipeline = pipelineId();
      if (pipeline) condition.pipeline_id = pipeline;
      return condition;
    }
    case 'inactivity': {
      const { hours } = raw;
      if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0 || hours > MAX_INACTIVITY_HOURS) {
        throw triggerInvalid(trigger, `hours must be a number above 0 and at most ${MAX_INACTIVITY_HOURS}`);
      }
      const condition: { hours: number; stages?: string[]; pipeline_id?: string } = { hours };
      if (raw.stages !== undefined && raw.stages !== null) {
        if (!Array.isArray(raw.stages) || raw.stages.length === 0 || raw.stages.length > 100) {
          throw triggerInvalid(trigger, 'stages must be a list of 1 to 100 stage keys');
        }
        const stages = raw.stages.map((stage, index) => stageKey(`stages[${index}]`, stage));
        condition.stages = [...new Set(stages)];
      }
      const pipeline = pipelineId();
      if (pipeline) condition.pipeline_id = pipeline;
      return condition;
    }
  }
}

/** The stage keys a condition names, which must exist in its pipeline. */
export function stagesNamedBy(condition: TriggerCondition | null): string[] {
  if (condition === null) return [];
  if ('to_stage' in condition) return [condition.to_stage, ...(condition.from_stage ? [condition.from_stage] : [])];
  if ('hours' in condition) return [...(condition.stages ?? [])];
  return [];
}

/** The pipeline a condition names; undefined means the tenant's default pipeline. */
export function pipelineNamedBy(condition: TriggerCondition | null): string | undefined {
  return condition !== null && 'pipeline_id' in condition ? condition.pipeline_id : undefined;
}

export interface SendWindow {
  /** "HH:MM", 00:00–23:59; an end before the start is an overnight window (22:00–06:00). */
  readonly start: string;
  readonly end: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, of the day the window opens. */
  readonly days: readonly number[];
  /** IANA name; absent = the tenant's time zone at the time a step runs. */
  readonly timezone?: string;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `name` is an IANA time zone this runtime knows (what the engine will compute with). */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Minutes after midnight of an "HH:MM" clock time. */
export function clockMinutes(clock: string): number {
  const match = CLOCK.exec(clock);
  if (!match) throw new InvalidInputError('send_window', `"${clock}" is not a time of day HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Checks a send window; days come back sorted and without repeats, the time zone in its canonical spelling. */
export function parseSendWindow(raw: unknown): SendWindow | null {
  if (raw === null || raw === undefined) return null;
  if (!isPlainObject(raw)) throw new InvalidInputError('send_window', 'send_window must be an object or null');
  const extra = Object.keys(raw).filter((key) => !['start', 'end', 'days', 'timezone'].includes(key));
  if (extra.length > 0) throw new InvalidInputError('send_window', `send_window has unknown key(s) ${extra.join(', ')}`);
  const { start, end, days, timezone } = raw;
  for (const [name, value] of [['start', start], ['end', end]] as const) {
    if (typeof value !== 'string' || !CLOCK.test(value)) throw new InvalidInputError(`send_window.${name}`, `send_window.${name} must be a time HH:MM`);
  }
  if (start === end) throw new InvalidInputError('send_window.end', 'send_window.end must differ from start (null means any time)');
  if (!Array.isArray(days) || days.length === 0 || days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    throw new InvalidInputError('send_window.days', 'send_window.days must list weekdays 1 (Monday) to 7 (Sunday)');
  }
  const window: { start: string; end: string; days: number[]; timezone?: string } = {
    start: start as string,
    end: end as string,
    days: [...new Set(days as number[])].sort((a, b) => a - b),
  };
  if (timezone !== undefined && timezone !== null) {
    if (!isTimeZone(timezone)) throw new InvalidInputError('send_window.timezone', `"${String(timezone)}" is not an IANA time zone`);
    window.timezone = timezone;
  }
  return window;
}

/** Every exit event, in the contract's order, when none is given. */
export function parseExitOn(raw: readonly string[] | undefined): ExitEvent[] {
  if (raw === undefined) return [...EXIT_EVENTS];
  const unknown = raw.filter((event) => !(EXIT_EVENTS as readonly string[]).includes(event));
  if (unknown.length > 0) throw new InvalidInputError('exit_on', `exit_on takes ${EXIT_EVENTS.join(', ')}; not ${unknown.join(', ')}`);
  return EXIT_EVENTS.filter((event) => raw.includes(event));
}
