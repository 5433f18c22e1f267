import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { RunningApp } from './app.js';
import { aCampaign, type TestTenant } from './builders.js';

export interface StepSpec {
  action: 'send_message' | 'make_call' | 'schedule_meeting' | 'update_stage';
  delay_hours: number;
  template_id?: string;
  channel?: string;
  conditions?: object;
  stage?: string;
  agent_type?: string;
  meeting?: { title: string; duration_minutes: number; due_in_hours?: number };
}

export interface CampaignAutomation {
  name?: string;
  channel?: string;
  trigger?: string;
  trigger_condition?: object;
  reentry?: 'never' | 'after_exit';
  exit_on?: string[];
  send_window?: object;
}

/**
 * An active e-mail campaign with these steps. The automation fields and steps are written in SQL
 * here: the definition endpoints (PUT /campaigns/:id, /steps) are tested on their own, and these
 * tests are about running what is defined.
 */
export async function aCampaignWithSteps(app: RunningApp, db: Pool, tenant: TestTenant, steps: StepSpec[], automation: CampaignAutomation = {}) {
  const campaign = await aCampaign(app, tenant, { name: automation.name ?? `Campaña ${randomUUID()}`, status: 'active' });
  await db.query(
    `update campaigns set channel = $3, trigger = $4, trigger_condition = $5, reentry = $6, exit_on = $7, send_window = $8
      where tenant_id = $1 and id = $2`,
    [tenant.id, campaign.id, automation.channel ?? 'email', automation.trigger ?? 'manual',
      automation.trigger_condition ? JSON.stringify(automation.trigger_condition) : null, automation.reentry ?? 'never',
      JSON.stringify(automation.exit_on ?? ['reply', 'meeting_booked', 'won', 'lost', 'opt_out']),
      automation.send_window ? JSON.stringify(automation.send_window) : null],
  );
  for (const [index, step] of steps.entries()) {
    await db.query(
      `insert into campaign_steps (id, tenant_id, campaign_id, step_number, action, channel, delay_hours, template_id, conditions, stage, agent_type, meeting)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [randomUUID(), tenant.id, campaign.id, index + 1, step.action, step.channel ?? null, step.delay_hours, step.template_id ?? null,
        step.conditions ? JSON.stringify(step.conditions) : null, step.stage ?? null, step.agent_type ?? null,
        step.meeting ? JSON.stringify(step.meeting) : null],
    );
  }
  return campaign;
}

export interface EnrollmentJson {
  id: string;
  status: string;
  exit_reason: string | null;
  current_step_number: number;
  next_step_at: string | null;
  [field: string]: unknown;
}

export interface LogJson {
  id: string;
  step_number: number;
  status: string;
  reason: string | null;
  due_at: string;
  executed_at: string | null;
  message_id: string | null;
  activity_id: string | null;
  [field: string]: unknown;
}

export async function enrollmentsOf(app: RunningApp, tenant: TestTenant, campaignId: string): Promise<EnrollmentJson[]> {
  return (await app.http().get(`/api/v1/campaigns/${campaignId}/enrollments`).set(tenant.auth).expect(200)).body.data as EnrollmentJson[];
}

export async function logsOf(app: RunningApp, tenant: TestTenant, campaignId: string): Promise<LogJson[]> {
  return (await app.http().get(`/api/v1/campaigns/${campaignId}/logs`).set(tenant.auth).expect(200)).body.data as LogJson[];
}
