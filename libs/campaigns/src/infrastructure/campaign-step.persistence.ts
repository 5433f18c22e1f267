import { EntitySchema } from '@mikro-orm/core';
import type {
  CallAgentType, CampaignChannel, CampaignStepState, MeetingPlan, StepAction,
} from '../domain/index.js';

export interface CampaignStepRow {
  id: string;
  tenant_id: string;
  campaign_id: string;
  step_number: number;
  action: StepAction;
  channel: CampaignChannel | null;
  /** numeric(10,4): the driver answers a string. */
  delay_hours: string;
  template_id: string | null;
  conditions: unknown;
  stage: string | null;
  agent_type: CallAgentType | null;
  meeting: MeetingPlan | null;
  created_at: Date;
  updated_at: Date;
}

/** Steps are written only through their campaign (MikroOrmCampaignRepository): they are part of that aggregate. */
export const CampaignStepSchema = new EntitySchema<CampaignStepRow>({
  name: 'CampaignStep',
  tableName: 'campaign_steps',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    campaign_id: { type: 'uuid' },
    step_number: { type: 'integer' },
    action: { type: 'text' },
    channel: { type: 'text', nullable: true },
    delay_hours: { type: 'decimal' },
    template_id: { type: 'uuid', nullable: true },
    conditions: { type: 'json', nullable: true },
    stage: { type: 'text', nullable: true },
    agent_type: { type: 'text', nullable: true },
    meeting: { type: 'json', nullable: true },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

export function toStepState(row: CampaignStepRow): CampaignStepState {
  return {
    id: row.id,
    stepNumber: row.step_number,
    action: row.action,
    channel: row.channel,
    delayHours: Number(row.delay_hours),
    templateId: row.template_id,
    conditions: row.conditions ?? null,
    stage: row.stage,
    agentType: row.agent_type,
    // In the domain's key order (jsonb sorts keys), so that an unchanged meeting diffs as unchanged.
    meeting: row.meeting === null
      ? null
      : { title: row.meeting.title, duration_minutes: row.meeting.duration_minutes, due_in_hours: row.meeting.due_in_hours },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toStepRow(tenantId: string, campaignId: string, step: CampaignStepState): CampaignStepRow {
  return {
    id: step.id,
    tenant_id: tenantId,
    campaign_id: campaignId,
    step_number: step.stepNumber,
    action: step.action,
    channel: step.channel,
    delay_hours: step.delayHours.toFixed(4),
    template_id: step.templateId,
    conditions: step.conditions,
    stage: step.stage,
    agent_type: step.agentType,
    meeting: step.meeting,
    created_at: step.createdAt,
    updated_at: step.updatedAt,
  };
}
