import { SetMetadata, type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { OPPORTUNITY_STATUSES, PRIORITIES, STAGE_KINDS, TREATMENT_TYPES } from '@leadline/crm-domain';
import type { ErrorCode } from './error-codes.js';

const PROBLEMS = 'leadline:openapi:problems';
const NO_DEPENDENCY_PROBLEM = 'leadline:openapi:no-dependency-problem';

/**
 * The error codes an operation answers besides those every operation of its kind answers (body
 * parsing, validation, authentication, idempotency, an unavailable database: openapi-document.ts
 * adds those). Statuses, examples and the listed codes all come from the one code map.
 */
export const ApiProblems = (...codes: ErrorCode[]) => SetMetadata(PROBLEMS, codes);

/**
 * The operation answers without the database, or reports the dependencies' state in its own body
 * (readiness), so it never answers the problem 503 dependency.unavailable.
 */
export const ApiNoDependencyProblem = () => SetMetadata(NO_DEPENDENCY_PROBLEM, true);

export function declaredProblems(handler: object): { codes: ErrorCode[]; dependencies: boolean } {
  return {
    codes: (Reflect.getMetadata(PROBLEMS, handler) as ErrorCode[] | undefined) ?? [],
    dependencies: Reflect.getMetadata(NO_DEPENDENCY_PROBLEM, handler) !== true,
  };
}

/**
 * Ids in request examples stand for resources of the caller's own tenant. Swagger UI users replace
 * them (each example says with what); the example-execution test does the same with ids it creates.
 */
export const EXAMPLE_IDS = {
  contact: '01970000-0000-7000-8000-000000000001',
  opportunity: '01970000-0000-7000-8000-000000000002',
  pipeline: '01970000-0000-7000-8000-000000000003',
  channel: '01970000-0000-7000-8000-000000000004',
  advisor: '01970000-0000-7000-8000-000000000005',
} as const;

const WHERE_IDS_COME_FROM: Record<keyof typeof EXAMPLE_IDS, string> = {
  contact: 'one of your contacts (`POST /api/v1/crm/contacts`)',
  opportunity: "one of that contact's opportunities (`POST /api/v1/crm/opportunities`)",
  pipeline: 'one of your pipelines (`GET /api/v1/pipelines`)',
  channel: 'one of your channels (`POST /api/v1/channels`)',
  advisor: 'one of your advisors (`POST /api/v1/advisors`)',
};

/**
 * Named request examples; the first is the one Swagger UI fills in. Each is accepted as it stands
 * by a fresh tenant, once the ids it names are replaced by the caller's own, which its description
 * lists (test/e2e/openapi-examples.test.ts runs every one).
 */
export function requestExamples(examples: Record<string, { summary: string; value: unknown }>) {
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => {
    const json = JSON.stringify(example.value);
    const ids = (Object.keys(EXAMPLE_IDS) as (keyof typeof EXAMPLE_IDS)[]).filter((kind) => json.includes(EXAMPLE_IDS[kind]));
    const description = ids.map((kind) => `Replace \`${EXAMPLE_IDS[kind]}\` with the id of ${WHERE_IDS_COME_FROM[kind]}.`).join(' ');
    return [name, description ? { ...example, description } : example];
  }));
}

const pageTypes = new Map<Type, Type>();

/** A named `{data, next_cursor}` schema for a list endpoint. */
export function pageOf(item: Type): Type {
  let page = pageTypes.get(item);
  if (!page) {
    class Page {
      @ApiProperty({ type: [item] }) data!: unknown[];
      @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' })
      next_cursor!: string | null;
    }
    Object.defineProperty(Page, 'name', { value: `${item.name.replace(/View$/, '')}Page` });
    page = Page;
    pageTypes.set(item, page);
  }
  return page;
}

export class ContactView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, example: 'María' }) first_name!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'López' }) last_name!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+525512345678' }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) manychat_id!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) channel_id!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) subscribed_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) last_state!: string | null;
  @ApiProperty({ nullable: true, type: String }) initial_state!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '123456789', description: 'Read-only: set when the lead opens the Telegram link (POST …/telegram-link) or shares this phone with the bot' })
  telegram_chat_id!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '525512345678', description: 'Read-only: the WhatsApp id the lead wrote from, else the E.164 digits of the phone' })
  whatsapp_id!: string | null;

  @ApiProperty({
    type: 'object', additionalProperties: { type: 'string', format: 'date-time' }, example: { whatsapp: '2025-07-12T09:30:00.000Z' },
    description: 'The channels (telegram, whatsapp, email, call) the lead opted out of, and when: a stop word, a block, or POST …/opt-out',
  })
  opt_outs!: Record<string, string>;

  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

/**
 * A stage's auto-advance rule, inline: an object schema that may be null (a nullable `$ref` loses
 * its null in OpenAPI 3.0).
 */
export const AUTO_ADVANCE_SCHEMA = {
  type: 'object',
  nullable: true,
  properties: {
    when: { type: 'object', additionalProperties: true, description: "JsonLogic over the lead's render context", example: { '==': [{ var: 'first_call_completed' }, true] } },
    to: { type: 'string', nullable: true, description: 'The target stage; null: the next open stage by position', example: 'perfilamiento' },
  },
} as const;

export class StageView {
  @ApiProperty({ example: 'perfilamiento' }) key!: string;
  @ApiProperty({ example: 'Perfilamiento' }) name!: string;
  @ApiProperty({ example: 1 }) position!: number;
  @ApiProperty({ enum: STAGE_KINDS }) kind!: string;
  @ApiProperty({ nullable: true, type: Number, example: null }) odoo_stage_id!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 15, description: 'Chance of winning from this stage (%)' }) probability!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 7, description: 'Days without activity after which a lead here is inactive (7 when null)' })
  rotting_days!: number | null;
  @ApiProperty({ example: 1, description: 'Multiplies the lead score while in this stage' }) score_multiplier!: number;
  @ApiProperty({ ...AUTO_ADVANCE_SCHEMA, description: 'Move on by itself when `when` holds (contract §11); null: no rule' })
  auto_advance!: { when: Record<string, unknown>; to: string | null } | null;
}

export class PipelineView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Sales' }) name!: string;
  @ApiProperty() is_default!: boolean;
  @ApiProperty({ example: 'agent_initial' }) initial_stage!: string;
  @ApiProperty({ type: [StageView] }) stages!: StageView[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class PipelineStageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['leads'] }) entity_type!: string;
  @ApiProperty({ format: 'uuid', description: 'The opportunity id' }) entity_id!: string;
  @ApiProperty({ example: 'agent_initial' }) current_stage!: string;
  @ApiProperty({ format: 'date-time' }) stage_entered_at!: string;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class FirstCallAttemptView {
  @ApiProperty({ enum: ['green', 'orange', 'red'] }) status!: string;
  @ApiProperty({ format: 'uuid' }) call_id!: string;
  @ApiProperty({ format: 'date-time' }) attempted_at!: string;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
}

export class OdooView {
  @ApiProperty({ nullable: true, type: Number }) lead_id!: number | null;
  @ApiProperty({ enum: ['not_configured', 'pending', 'success', 'error'] }) sync_status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) last_synced_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) last_error!: string | null;
}

/** `lead_score` on an opportunity, inline because it may be null (a nullable `$ref` loses its null in OpenAPI 3.0). */
export const LEAD_SCORE_SCHEMA = {
  type: 'object',
  nullable: true,
  properties: {
    value: { type: 'integer', minimum: 0, maximum: 100, example: 68, description: 'clamp(round((base + Σ points) × multiplier), 0, 100)' },
    components: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rule: { type: 'string', example: 'first_call_completed', description: 'A rule that held, or stage_score: what the stage multiplier added or took' },
          points: { type: 'number', example: 15 },
        },
        additionalProperties: false,
      },
    },
    base: { type: 'number', example: 37.5, description: 'opportunity_score × base_weight' },
    multiplier: { type: 'number', example: 1.1, description: "The current stage's score_multiplier" },
    model_version: { type: 'integer', example: 1 },
    computed_at: { type: 'string', format: 'date-time' },
  },
} as const;

export class ScoreComponentView {
  @ApiProperty({ example: 'first_call_completed', description: 'A rule that held, or stage_score: what the stage multiplier added or took' })
  rule!: string;
  @ApiProperty({ example: 15 }) points!: number;
}

export class LeadScoreView {
  @ApiProperty({ minimum: 0, maximum: 100, example: 68, description: 'clamp(round((base + Σ points) × multiplier), 0, 100)' }) value!: number;
  @ApiProperty({ type: [ScoreComponentView] }) components!: ScoreComponentView[];
  @ApiProperty({ example: 37.5, description: 'opportunity_score × base_weight' }) base!: number;
  @ApiProperty({ example: 1.1, description: "The current stage's score_multiplier" }) multiplier!: number;
  @ApiProperty({ example: 1 }) model_version!: number;
  @ApiProperty({ format: 'date-time' }) computed_at!: string;
}

/** One enrollment of the opportunity in a campaign (contract §10). */
export class CampaignHistoryView {
  @ApiProperty({ format: 'uuid' }) campaign_id!: string;
  @ApiProperty({ format: 'uuid' }) enrollment_id!: string;
  @ApiProperty({ format: 'date-time' }) applied_at!: string;
  @ApiProperty({ example: 2 }) steps_completed!: number;
  @ApiProperty({ enum: ['active', 'completed', 'exited', 'failed'] }) status!: string;
}

export class OpportunityView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contact_id!: string;
  @ApiProperty({ format: 'uuid' }) pipeline_id!: string;
  @ApiProperty({ format: 'uuid' }) pipeline_stage_id!: string;
  @ApiProperty({ type: PipelineStageView }) pipeline_stage!: PipelineStageView;
  @ApiProperty({ nullable: true, type: Number, minimum: 0, maximum: 100, example: 75 }) opportunity_score!: number | null;
  @ApiProperty({ nullable: true, type: String }) detection_reason!: string | null;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiProperty({ enum: OPPORTUNITY_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) detected_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) assigned_advisor_id!: string | null;
  @ApiProperty({ nullable: true, enum: TREATMENT_TYPES }) treatment_type!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) next_action_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/FirstCallAttemptView' },
    description: 'Attempts keyed "1" … "5"',
    example: {},
  })
  first_call_attempts!: Record<string, FirstCallAttemptView>;
  @ApiProperty() first_call_completed!: boolean;
  @ApiProperty({ nullable: true, type: Number }) first_call_successful_attempt!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) last_contact_attempt_at!: string | null;
  @ApiProperty({ ...LEAD_SCORE_SCHEMA, description: 'The computed lead score (contract §12); null until first scored' })
  lead_score!: LeadScoreView | null;
  @ApiProperty({
    type: 'object', additionalProperties: true, example: { budget: 2500000, currency: 'MXN', location: 'Zapopan' },
    description: "What calls found out about the lead (contract §13): an AI call's set_qualification tool and a completed call " +
      'analysis merge their non-null fields in; also template variables and scoring inputs under their own names',
  })
  qualification!: Record<string, unknown>;
  @ApiProperty({ type: OdooView }) odoo!: OdooView;
  @ApiProperty({ type: [CampaignHistoryView], description: "Seed 003's campaign history: the campaigns the lead was enrolled in, newest first" })
  campaign_history!: CampaignHistoryView[];

  @ApiProperty({ description: 'Optimistic-locking version; send it as If-Match to refuse stale writes' }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class StageChangeView {
  @ApiProperty({ nullable: true, type: String }) from_stage!: string | null;
  @ApiProperty() to_stage!: string;
  @ApiProperty({ format: 'date-time' }) changed_at!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ example: 'api' }) source!: string;
}

export const EXTRA_MODELS = [FirstCallAttemptView];
