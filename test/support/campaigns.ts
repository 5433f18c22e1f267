import { randomUUID } from 'node:crypto';
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

/** An active e-mail campaign with these steps, defined through the API (POST /campaigns, POST …/steps). */
export async function aCampaignWithSteps(app: RunningApp, tenant: TestTenant, steps: StepSpec[], automation: CampaignAutomation = {}) {
  const { name, ...fields } = automation;
  const campaign = await aCampaign(app, tenant, { name: name ?? `Campaña ${randomUUID()}`, channel: 'email', ...fields });
  for (const step of steps) {
    const response = await app.http().post(`/api/v1/campaigns/${campaign.id}/steps`).set(tenant.auth).send(step);
    if (response.status !== 201) throw new Error(`step: ${response.status} ${JSON.stringify(response.body)}`);
  }
  await app.http().patch(`/api/v1/campaigns/${campaign.id}`).set(tenant.auth).send({ status: 'active' }).expect(200);
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
