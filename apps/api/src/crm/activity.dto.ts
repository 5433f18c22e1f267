import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  ACTIVITY_MAX_DURATION_MINUTES, ACTIVITY_SOURCES, ACTIVITY_STATUSES, ACTIVITY_TITLE_MAX_LENGTH, ACTIVITY_TYPES,
  type ActivityState, type ActivityStatus, type ActivityType,
} from '@leadline/crm-domain';
import { EXAMPLE_IDS, requestExamples } from '../http/openapi.js';
import { NotBlank, PageQuery, whenSent } from '../http/validation.js';

/** A call, meeting or task on an opportunity or a contact (contract §10). */
export class ActivityView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for an activity of the contact alone, or once its opportunity is deleted' })
  opportunity_id!: string | null;
  @ApiProperty({ format: 'uuid', description: "The opportunity's contact, or the contact named at creation" }) contact_id!: string;
  @ApiProperty({ enum: ACTIVITY_TYPES, description: 'A meeting created for an opportunity is "meeting booked" (campaign exit rule, score rule)' })
  type!: string;
  @ApiProperty({ example: 'Llamada de seguimiento' }) title!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Preguntar por el presupuesto' }) notes!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) due_at!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 30 }) duration_minutes!: number | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Cleared when the advisor is deleted' })
  assigned_advisor_id!: string | null;
  @ApiProperty({ enum: ACTIVITY_STATUSES, description: 'planned → done or cancelled; never back' }) status!: string;
  @ApiProperty({ enum: ACTIVITY_SOURCES, description: 'Set by the system: manual (the API), campaign (a campaign step), ai_call (the AI call agent)' })
  source!: string;
  @ApiProperty({ example: 1, description: 'Goes up with every change; the ETag, for If-Match' }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export function presentActivity(activity: ActivityState) {
  return {
    id: activity.id,
    opportunity_id: activity.opportunityId,
    contact_id: activity.contactId,
    type: activity.type,
    title: activity.title,
    notes: activity.notes,
    due_at: activity.dueAt?.toISOString() ?? null,
    duration_minutes: activity.durationMinutes,
    assigned_advisor_id: activity.assignedAdvisorId,
    status: activity.status,
    source: activity.source,
    version: activity.version,
    created_at: activity.createdAt.toISOString(),
    updated_at: activity.updatedAt.toISOString(),
  };
}

/** What both POST and PATCH may set. */
class ActivityFields {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 10_000, example: 'Preguntar por el presupuesto' })
  @IsOptional() @IsString() @MaxLength(10_000)
  notes?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-12-15T10:00:00-06:00', description: 'When it is due (any ISO-8601 offset)' })
  @IsOptional() @IsISO8601({ strict: true })
  due_at?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: ACTIVITY_MAX_DURATION_MINUTES, example: 30 })
  @IsOptional() @IsInt() @Min(1) @Max(ACTIVITY_MAX_DURATION_MINUTES)
  duration_minutes?: number | null;

  @ApiPropertyOptional({
    format: 'uuid', nullable: true, type: String,
    description: 'An advisor of this tenant (unknown → 422 advisor.unknown). On creation, absent means the opportunity\'s assigned advisor; null means nobody',
  })
  @IsOptional() @IsUUID()
  assigned_advisor_id?: string | null;
}

export class CreateActivityBody extends ActivityFields {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The opportunity it is about (unknown → 422 opportunity.unknown); its contact becomes the activity\'s. Give opportunity_id, contact_id or both',
  })
  @ValidateIf(whenSent) @IsUUID()
  opportunity_id?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The contact (unknown → 422 contact.unknown). With opportunity_id it must be that opportunity\'s contact (else 422 activity.opportunity_not_of_contact)',
  })
  @ValidateIf(whenSent) @IsUUID()
  contact_id?: string;

  @ApiProperty({ enum: ACTIVITY_TYPES, example: 'call', description: 'Fixed once created' }) @IsIn(ACTIVITY_TYPES)
  type!: ActivityType;

  @ApiProperty({ example: 'Llamada de seguimiento', maxLength: ACTIVITY_TITLE_MAX_LENGTH })
  @IsString() @MaxLength(ACTIVITY_TITLE_MAX_LENGTH) @NotBlank()
  title!: string;

  @ApiPropertyOptional({ enum: ['planned', 'done'], default: 'planned', description: 'done: logging one that already happened' })
  @ValidateIf(whenSent) @IsIn(['planned', 'done'])
  status?: 'planned' | 'done';
}

export class UpdateActivityBody extends ActivityFields {
  @ApiPropertyOptional({ example: 'Llamada de seguimiento', maxLength: ACTIVITY_TITLE_MAX_LENGTH })
  @ValidateIf(whenSent) @IsString() @MaxLength(ACTIVITY_TITLE_MAX_LENGTH) @NotBlank()
  title?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES, description: 'planned → done or cancelled; a done or cancelled activity stays so (422)' })
  @ValidateIf(whenSent) @IsIn(ACTIVITY_STATUSES)
  status?: ActivityStatus;
}

export class ActivityListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() opportunity_id?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() contact_id?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() assigned_advisor_id?: string;
  @ApiPropertyOptional({ enum: ACTIVITY_TYPES }) @IsOptional() @IsIn(ACTIVITY_TYPES) type?: ActivityType;
  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES }) @IsOptional() @IsIn(ACTIVITY_STATUSES) status?: ActivityStatus;
  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'due_at at or after this (activities without due_at are left out)' })
  @IsOptional() @IsISO8601({ strict: true })
  due_from?: string;
  @ApiPropertyOptional({ example: '2026-12-08T00:00:00Z', description: 'due_at before this (activities without due_at are left out)' })
  @IsOptional() @IsISO8601({ strict: true })
  due_to?: string;
}

export const CREATE_ACTIVITY_EXAMPLES = requestExamples({
  call: {
    summary: "A call on an opportunity, for the opportunity's advisor",
    value: { opportunity_id: EXAMPLE_IDS.opportunity, type: 'call', title: 'Llamada de seguimiento', due_at: '2026-12-15T10:00:00-06:00' },
  },
  meeting: {
    summary: 'A meeting booked on an opportunity, with an advisor and a duration',
    value: {
      opportunity_id: EXAMPLE_IDS.opportunity, type: 'meeting', title: 'Cita en consultorio', due_at: '2026-12-16T17:00:00-06:00',
      duration_minutes: 45, assigned_advisor_id: EXAMPLE_IDS.advisor, notes: 'Traer estudios previos',
    },
  },
  contact: {
    summary: 'A task about a contact, already done',
    value: { contact_id: EXAMPLE_IDS.contact, type: 'task', title: 'Enviar cotización por correo', status: 'done' },
  },
});

export const UPDATE_ACTIVITY_EXAMPLES = requestExamples({
  done: { summary: 'Mark it done, with notes', value: { status: 'done', notes: 'Confirmó la cita del martes' } },
  reschedule: { summary: 'Move it to another time', value: { due_at: '2026-12-17T12:00:00-06:00', duration_minutes: 60 } },
  cancel: { summary: 'Cancel it', value: { status: 'cancelled' } },
});
