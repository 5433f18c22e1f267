import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { CampaignLogView, CampaignStats, EnrollmentState } from '@leadline/campaigns';
import { PageQuery } from '../http/validation.js';

const ENROLLMENT_STATUSES = ['active', 'completed', 'exited', 'failed'] as const;
const EXIT_REASONS = ['reply', 'meeting_booked', 'won', 'lost', 'opt_out', 'manual', 'campaign_completed', 'opportunity_deleted'] as const;
const LOG_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;

/** A lead going through a campaign (contract §10). */
export class EnrollmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) campaign_id!: string;
  @ApiProperty({ format: 'uuid' }) opportunity_id!: string;
  @ApiProperty({ format: 'uuid' }) contact_id!: string;
  @ApiProperty({ enum: ENROLLMENT_STATUSES }) status!: string;
  @ApiProperty({ example: 1, description: 'The last step that ran (0 before the first)' }) current_step_number!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the next step falls due (a send window or the daily cap may move it)' })
  next_step_at!: string | null;

  @ApiProperty({ format: 'date-time' }) enrolled_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) ended_at!: string | null;
  @ApiProperty({ nullable: true, enum: EXIT_REASONS, type: String }) exit_reason!: string | null;
  @ApiProperty({ example: 1, description: "1 for the lead's first enrollment in the campaign, +1 for each re-entry" }) rotation!: number;
}

export function presentEnrollment(enrollment: EnrollmentState) {
  return {
    id: enrollment.id,
    campaign_id: enrollment.campaignId,
    opportunity_id: enrollment.opportunityId,
    contact_id: enrollment.contactId,
    status: enrollment.status,
    current_step_number: enrollment.currentStepNumber,
    next_step_at: enrollment.nextStepAt?.toISOString() ?? null,
    enrolled_at: enrollment.enrolledAt.toISOString(),
    ended_at: enrollment.endedAt?.toISOString() ?? null,
    exit_reason: enrollment.exitReason,
    rotation: enrollment.rotation,
  };
}

export class EnrollmentListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ENROLLMENT_STATUSES }) @IsOptional() @IsIn(ENROLLMENT_STATUSES)
  status?: (typeof ENROLLMENT_STATUSES)[number];
}

/** One step of one enrollment: what ran, or why not. */
export class CampaignLogItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) enrollment_id!: string;
  @ApiProperty({ format: 'uuid' }) opportunity_id!: string;
  @ApiProperty({ format: 'uuid' }) contact_id!: string;
  @ApiProperty({ format: 'uuid' }) step_id!: string;
  @ApiProperty({ example: 1 }) step_number!: number;
  @ApiProperty({ enum: ['send_message', 'make_call', 'schedule_meeting', 'update_stage'] }) action!: string;
  @ApiProperty({ nullable: true, type: String, example: 'email' }) channel!: string | null;
  @ApiProperty({ enum: LOG_STATUSES, description: 'For actions other than send_message, sent means the action was carried out' }) status!: string;
  @ApiProperty({
    nullable: true, type: String, example: 'condition_not_met',
    description: 'Why a step was skipped or failed: condition_not_met, exited:<reason>, message.channel_unreachable, template.missing_variable, '
      + 'ai.not_configured (an AI call step without an AI connection), outcome_unknown, a provider refusal, …',
  })
  reason!: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String }) template_id!: string | null;
  @ApiProperty({ nullable: true, type: Number }) template_version!: number | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) message_id!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) activity_id!: string | null;
  @ApiProperty({
    format: 'uuid', nullable: true, type: String,
    description: 'The AI call a make_call step with agent_type placed (GET /api/v1/crm/calls/:id); null until it is placed',
  })
  call_id!: string | null;

  @ApiProperty({
    type: 'object', nullable: true, additionalProperties: true,
    description: 'What the action answered. An AI call step: {call: queued | placing | placed | failed, agent_type, external_call_id?, detail?}; '
      + 'a step whose call failed, or whose run stopped mid-call (reason outcome_unknown), is failed and never placed again',
    example: { call: 'placed', agent_type: 'agendador', external_call_id: 'CA0123456789abcdef0123456789abcdef' },
  })
  response!: object | null;
  @ApiProperty({ format: 'date-time' }) due_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) executed_at!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

export function presentLog(log: CampaignLogView) {
  return { ...log, due_at: iso(log.due_at)!, executed_at: iso(log.executed_at), created_at: iso(log.created_at)! };
}

export class CampaignLogQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LOG_STATUSES }) @IsOptional() @IsIn(LOG_STATUSES)
  status?: (typeof LOG_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  opportunity_id?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  step_id?: string;
}

class StepStatsView {
  @ApiProperty({ format: 'uuid' }) step_id!: string;
  @ApiProperty() step_number!: number;
  @ApiProperty() action!: string;
  @ApiProperty() sent!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() skipped!: number;
  @ApiProperty() pending!: number;
}

export class CampaignStatsView {
  @ApiProperty({ description: 'Enrollments ever made' }) enrolled!: number;
  @ApiProperty() active!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() exited!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { reply: 3, manual: 1 } }) exit_reasons!: Record<string, number>;
  @ApiProperty({ description: 'sent + failed + skipped' }) steps_executed!: number;
  @ApiProperty() sent!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() skipped!: number;
  @ApiProperty() pending!: number;
  @ApiProperty({ description: 'Opportunities with at least one sent step' }) unique_leads_contacted!: number;
  @ApiProperty({ description: 'sent / (sent + failed); 0 when none' }) success_rate!: number;
  @ApiProperty({ description: 'failed / (sent + failed); 0 when none' }) failure_rate!: number;
  @ApiProperty({ description: 'Enrollments that ended on a reply' }) replies!: number;
  @ApiProperty({ description: 'replies / enrolled' }) reply_rate!: number;
  @ApiProperty({ description: 'Enrollments that ended with the opportunity won' }) won_after_enrollment!: number;
  @ApiProperty({ type: [StepStatsView] }) per_step!: StepStatsView[];
}

export function presentStats(stats: CampaignStats) {
  return {
    enrolled: stats.enrolled,
    active: stats.active,
    completed: stats.completed,
    exited: stats.exited,
    exit_reasons: stats.exitReasons,
    steps_executed: stats.stepsExecuted,
    sent: stats.sent,
    failed: stats.failed,
    skipped: stats.skipped,
    pending: stats.pending,
    unique_leads_contacted: stats.uniqueLeadsContacted,
    success_rate: stats.successRate,
    failure_rate: stats.failureRate,
    replies: stats.replies,
    reply_rate: stats.replyRate,
    won_after_enrollment: stats.wonAfterEnrollment,
    per_step: stats.perStep.map((step) => ({
      step_id: step.stepId, step_number: step.stepNumber, action: step.action, sent: step.sent, failed: step.failed, skipped: step.skipped, pending: step.pending,
    })),
  };
}
