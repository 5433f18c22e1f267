import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow, ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  ValidateIf, ValidateNested,
} from 'class-validator';
import {
  CALL_AGENT_TYPES, CAMPAIGN_CHANNELS, EXIT_EVENTS, MAX_DELAY_HOURS, STEP_ACTIONS,
  type CallAgentType, type CampaignChannel, type CampaignStepState, type StepAction, type StepInput, type StepPlacement,
} from '@leadline/campaigns';
import { IsStageKey, whenSent } from '../http/validation.js';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Documented inline by SEND_WINDOW_SCHEMA (nullable). */
export class SendWindowBody {
  @IsString() @Matches(CLOCK, { message: 'start must be a time HH:MM (00:00–23:59)' })
  start!: string;

  @IsString() @Matches(CLOCK, { message: 'end must be a time HH:MM (00:00–23:59)' })
  end!: string;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(7) @IsInt({ each: true }) @Min(1, { each: true }) @Max(7, { each: true })
  days!: number[];

  @IsOptional() @IsString() @MaxLength(64)
  timezone?: string | null;
}

/** Documented inline by MEETING_SCHEMA (nullable). */
export class MeetingBody {
  @IsString() @MaxLength(200)
  title!: string;

  @IsInt() @Min(1) @Max(1440)
  duration_minutes!: number;

  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(MAX_DELAY_HOURS)
  due_in_hours?: number | null;
}

export const SEND_WINDOW_SCHEMA = {
  type: 'object',
  nullable: true,
  additionalProperties: false,
  required: ['start', 'end', 'days'],
  properties: {
    start: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', example: '09:00', description: 'Local time the window opens' },
    end: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', example: '19:00', description: 'Local time it closes; before start = overnight (22:00–06:00)' },
    days: {
      type: 'array', items: { type: 'integer', minimum: 1, maximum: 7 }, minItems: 1, maxItems: 7, example: [1, 2, 3, 4, 5],
      description: 'ISO weekdays the window opens on: 1 = Monday … 7 = Sunday',
    },
    timezone: {
      type: 'string', nullable: true, example: 'America/Mexico_City',
      description: "IANA time zone; absent or null = the tenant's (`PUT /api/v1/settings`)",
    },
  },
} as ApiPropertyOptions;

export const TRIGGER_CONDITION_SCHEMA = {
  type: 'object',
  nullable: true,
  additionalProperties: true,
  example: { min: 60, max: 100 },
  description: 'Depends on `trigger` (anything else → 422 `campaign.trigger_invalid`): `manual` → null; ' +
    '`lead_score` → `{min, max}` (0–100, min ≤ max; enrolls when the score moves into [min, max]); ' +
    '`stage_change` → `{to_stage, from_stage?, pipeline_id?}`; `inactivity` → `{hours, stages?, pipeline_id?}` (hours > 0, ≤ 8760). ' +
    "Stages must be stages of `pipeline_id`, or of the tenant's default pipeline when it is absent (else 422 `campaign.stage_unknown`).",
} as ApiPropertyOptions;

export const MEETING_SCHEMA = {
  type: 'object',
  nullable: true,
  additionalProperties: false,
  required: ['title', 'duration_minutes'],
  properties: {
    title: { type: 'string', maxLength: 200, example: 'Visita al desarrollo' },
    duration_minutes: { type: 'integer', minimum: 1, maximum: 1440, example: 45 },
    due_in_hours: { type: 'number', minimum: 0, maximum: MAX_DELAY_HOURS, example: 24, description: 'After the step runs; default 24' },
  },
} as ApiPropertyOptions;

const CONDITIONS_SCHEMA = {
  oneOf: [{ type: 'object', nullable: true, additionalProperties: true }, { type: 'boolean' }],
  example: { '>=': [{ var: 'score' }, 60] },
  description: 'A JsonLogic rule over the render context of §9 (score, stage, budget, …), or null. ' +
    'False when the step is due → the step is skipped (`condition_not_met`). Not a valid rule → 422 `campaign.step_invalid`.',
} as ApiPropertyOptions;

/** The automation fields of a campaign body (POST, PATCH and PUT). */
export class CampaignAutomationBody {
  @ApiPropertyOptional({ enum: CAMPAIGN_CHANNELS, nullable: true, type: String, description: 'The default channel of its steps' })
  @IsOptional() @IsIn(CAMPAIGN_CHANNELS)
  channel?: CampaignChannel | null;

  @ApiPropertyOptional({ enum: ['manual', 'lead_score', 'stage_change', 'inactivity'], default: 'manual', description: 'Changing it without trigger_condition clears the condition' })
  @ValidateIf(whenSent) @IsIn(['manual', 'lead_score', 'stage_change', 'inactivity'])
  trigger?: 'manual' | 'lead_score' | 'stage_change' | 'inactivity';

  @ApiPropertyOptional(TRIGGER_CONDITION_SCHEMA)
  @IsOptional() @IsObject({ message: 'trigger_condition must be an object or null' })
  trigger_condition?: Record<string, unknown> | null;

  @ApiPropertyOptional({ enum: ['never', 'after_exit'], default: 'never', description: 'Whether a lead can be enrolled again after its enrollment ended' })
  @ValidateIf(whenSent) @IsIn(['never', 'after_exit'])
  reentry?: 'never' | 'after_exit';

  @ApiPropertyOptional({
    type: [String], enum: EXIT_EVENTS, example: ['reply', 'meeting_booked', 'won', 'lost', 'opt_out'],
    description: 'What ends an enrollment; default all five',
  })
  @ValidateIf(whenSent) @IsArray() @ArrayMaxSize(5) @IsIn(EXIT_EVENTS, { each: true })
  exit_on?: string[];

  @ApiPropertyOptional(SEND_WINDOW_SCHEMA)
  @IsOptional() @ValidateNested() @Type(() => SendWindowBody)
  send_window?: SendWindowBody | null;
}

export class StepBody {
  @ApiPropertyOptional({
    minimum: 1, example: 1,
    description: '1-based position; a taken number shifts that step and the later ones down; absent = after the last step. ' +
      'Past the end = the last position.',
  })
  @ValidateIf(whenSent) @IsInt() @Min(1) @Max(1000)
  step_number?: number;

  @ApiProperty({ enum: STEP_ACTIONS }) @IsIn(STEP_ACTIONS)
  action!: StepAction;

  @ApiPropertyOptional({ enum: CAMPAIGN_CHANNELS, nullable: true, type: String, description: "Null or absent: the campaign's channel" })
  @IsOptional() @IsIn(CAMPAIGN_CHANNELS)
  channel?: CampaignChannel | null;

  @ApiPropertyOptional({
    minimum: 0, maximum: MAX_DELAY_HOURS, default: 0, example: 24,
    description: 'Hours after the previous step ran (step 1: after enrollment); fractions allowed (0.25 = 15 min), kept to 4 decimals',
  })
  @ValidateIf(whenSent) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(MAX_DELAY_HOURS)
  delay_hours?: number;

  @ApiPropertyOptional({
    format: 'uuid', nullable: true, type: String,
    description: "send_message: required, a template of the step's channel (else 422 `campaign.template_channel_mismatch`); " +
      'make_call: optional, a `call` script; other actions: null',
  })
  @IsOptional() @IsUUID()
  template_id?: string | null;

  @ApiPropertyOptional(CONDITIONS_SCHEMA)
  @Allow()
  conditions?: unknown;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'seguimiento', description: "update_stage: required, a stage of the campaign's pipeline" })
  @IsOptional() @IsStageKey()
  stage?: string | null;

  @ApiPropertyOptional({ enum: CALL_AGENT_TYPES, nullable: true, type: String, description: 'make_call: the AI agent that calls; null = a call activity for the advisor' })
  @IsOptional() @IsIn(CALL_AGENT_TYPES)
  agent_type?: CallAgentType | null;

  @ApiPropertyOptional({ ...MEETING_SCHEMA, description: 'schedule_meeting: required, the meeting activity to plan' })
  @IsOptional() @ValidateNested() @Type(() => MeetingBody)
  meeting?: MeetingBody | null;
}

export function toStepPlacement(body: StepBody): StepPlacement {
  const input: StepInput = {
    action: body.action,
    channel: body.channel,
    delayHours: body.delay_hours,
    templateId: body.template_id,
    conditions: body.conditions,
    stage: body.stage,
    agentType: body.agent_type,
    meeting: body.meeting,
  };
  return { input, stepNumber: body.step_number };
}

export class CampaignStepView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) campaign_id!: string;
  @ApiProperty({ minimum: 1, example: 1 }) step_number!: number;
  @ApiProperty({ enum: STEP_ACTIONS }) action!: string;
  @ApiProperty({ enum: CAMPAIGN_CHANNELS, nullable: true, type: String, description: "Null: the campaign's channel" }) channel!: string | null;
  @ApiProperty({ example: 24 }) delay_hours!: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) template_id!: string | null;
  @ApiProperty(CONDITIONS_SCHEMA) conditions!: unknown;
  @ApiProperty({ nullable: true, type: String, example: null }) stage!: string | null;
  @ApiProperty({ enum: CALL_AGENT_TYPES, nullable: true, type: String }) agent_type!: string | null;
  @ApiProperty(MEETING_SCHEMA) meeting!: unknown;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export function presentStep(campaignId: string, step: CampaignStepState) {
  return {
    id: step.id,
    campaign_id: campaignId,
    step_number: step.stepNumber,
    action: step.action,
    channel: step.channel,
    delay_hours: step.delayHours,
    template_id: step.templateId,
    conditions: step.conditions ?? null,
    stage: step.stage,
    agent_type: step.agentType,
    meeting: step.meeting,
    created_at: step.createdAt.toISOString(),
    updated_at: step.updatedAt.toISOString(),
  };
}
