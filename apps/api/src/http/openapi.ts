import { applyDecorators, type Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { OPPORTUNITY_STATUSES, PRIORITIES, STAGE_KINDS, TREATMENT_TYPES } from '@leadline/crm-domain';
import { TITLES } from './error-codes.js';

export class FieldErrorView {
  @ApiProperty({ example: 'phone' }) field!: string;
  @ApiProperty({ example: 'must be a valid phone number' }) message!: string;
}

export class ProblemView {
  @ApiProperty({ example: 'urn:leadline:problem:contact.duplicate' }) type!: string;
  @ApiProperty({ example: 'Conflict' }) title!: string;
  @ApiProperty({ example: 409 }) status!: number;
  @ApiPropertyOptional({ example: 'contact.duplicate', description: 'Stable error code' }) code?: string;
  @ApiProperty({ example: 'A contact with this phone already exists' }) detail!: string;
  @ApiPropertyOptional({ type: [FieldErrorView] }) errors?: FieldErrorView[];
  @ApiProperty({ example: '0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b' }) request_id!: string;
}

const PROBLEM_MEANING: Record<number, string> = {
  400: 'Invalid input: unknown fields, wrong types, malformed ids or JSON (errors[] names the fields)',
  401: 'Missing, unknown or revoked API key',
  403: 'The API key\'s role is too low (viewers may only read)',
  404: 'No such resource in this tenant (another tenant\'s resource answers the same)',
  409: 'Conflict: uniqueness (existing_id), stale version, resource still in use, or Idempotency-Key reuse',
  413: 'Body over 1 MiB',
  415: 'Body is not application/json',
  422: 'A business rule refused the request',
  503: 'The database is unreachable; retry shortly',
  502: 'An external provider (e.g. Twilio) failed or could not be reached; its code is in provider_code',
};

/** Documents the problem+json answers an endpoint can give; any of them may answer 503 while the database is down. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...[...statuses, 503].map((status) =>
      ApiResponse({
        status,
        description: `${TITLES[status]}: ${PROBLEM_MEANING[status] ?? ''}`,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemView' } } },
      }),
    ),
  );
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
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class StageView {
  @ApiProperty({ example: 'perfilamiento' }) key!: string;
  @ApiProperty({ example: 'Perfilamiento' }) name!: string;
  @ApiProperty({ example: 1 }) position!: number;
  @ApiProperty({ enum: STAGE_KINDS }) kind!: string;
  @ApiProperty({ nullable: true, type: Number, example: null }) odoo_stage_id!: number | null;
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
  @ApiProperty({ type: OdooView }) odoo!: OdooView;
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

export const EXTRA_MODELS = [ProblemView, FieldErrorView, FirstCallAttemptView];
