import { ApiProperty } from '@nestjs/swagger';
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES, CAMPAIGN_TRIGGERS, EXIT_EVENTS, REENTRY_POLICIES } from '@leadline/campaigns';
import { CampaignStepView, SEND_WINDOW_SCHEMA, TRIGGER_CONDITION_SCHEMA } from './campaign-automation.dto.js';
import { ADVISOR_KINDS } from '@leadline/crm-domain';

export class ChannelView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Facebook Messenger' }) name!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Canal oficial de Facebook' }) description!: string | null;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class AdvisorView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Dra. Laura' }) name!: string;
  @ApiProperty({ nullable: true, type: String, example: 'laura@ejemplo.com' }) email!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+521234567891' }) phone!: string | null;
  @ApiProperty({ enum: ADVISOR_KINDS }) kind!: string;
  @ApiProperty({ nullable: true, type: String, example: '101', description: 'ManyChat comercial_id / medico_id; unique per kind' })
  external_id!: string | null;
  @ApiProperty({ description: 'Created automatically from an external id seen in a ManyChat event; details still to fill in' })
  auto_created!: boolean;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class CampaignView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Campaña Invierno 2025' }) name!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2025-06-12T14:49:28.163Z' }) date_start!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2025-12-31T23:59:59.000Z' }) date_end!: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 50000 }) budget!: number | null;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) channel_id!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '85', description: 'ManyChat campaign_id; unique per tenant' })
  external_id!: string | null;
  @ApiProperty({ description: 'Created automatically from a ManyChat campaign_id we had not seen' }) auto_created!: boolean;
  @ApiProperty({ enum: CAMPAIGN_CHANNELS, nullable: true, type: String, description: 'The default channel of its steps' }) channel!: string | null;
  @ApiProperty({ enum: CAMPAIGN_TRIGGERS }) trigger!: string;
  @ApiProperty(TRIGGER_CONDITION_SCHEMA) trigger_condition!: Record<string, unknown> | null;
  @ApiProperty({ enum: REENTRY_POLICIES }) reentry!: string;
  @ApiProperty({ type: [String], enum: EXIT_EVENTS }) exit_on!: string[];
  @ApiProperty(SEND_WINDOW_SCHEMA) send_window!: unknown;
  @ApiProperty({ type: [CampaignStepView], description: 'Read-only here, in order 1…n; changed through /campaigns/:id/steps' })
  steps!: CampaignStepView[];
  @ApiProperty({ example: 1, description: 'Moves on every change of the campaign or of its steps' }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class CampaignMemberView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) campaign_id!: string;
  @ApiProperty({ format: 'uuid' }) contact_id!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) commercial_advisor_id!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) medical_advisor_id!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the current medical advisor was assigned' })
  medical_assignment_date!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Asignado a médico' }) last_state!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Conversación finalizada, cliente agendó consulta.' }) summary!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'medico', description: 'ManyChat tipo_asignacion' }) assignment_type!: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the latest assignment happened at the source' }) assigned_at!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}
