import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { InactivitySweepJob, TriggerCatchUpJob } from '@leadline/campaigns';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aCampaign, anOpportunity, eventually, type TestTenant } from '../support/builders.js';
import { aCampaignWithSteps, enrollmentsOf, logsOf, type StepSpec } from '../support/campaigns.js';
import { sql } from '../support/db.js';
import { aTemplate, emailLeads, timeline } from '../support/messaging.js';
import { expectProblem } from '../support/problems.js';
import { startSmtp, type SmtpStandIn } from '../support/stand-ins/smtp.js';

let app: RunningApp;
let smtp: SmtpStandIn;
let db: Pool;

beforeAll(async () => {
  app = await startApp();
  smtp = await startSmtp();
  db = sql();
});

afterAll(async () => {
  await app.close();
  await smtp.close();
  await db.end();
});

const receivedBy = (address: string) => smtp.received.filter((email) => email.rcptTo.includes(address));
const apply = (tenant: TestTenant, campaignId: string, leadId: string) =>
  app.http().post(`/api/v1/campaigns/${campaignId}/apply-to-lead/${leadId}`).set(tenant.auth);

/** A tenant with e-mail connected, a greeting template and a lead with an address and an opportunity. */
async function aLead() {
  const { tenant, template, leads: [lead] } = await emailLeads(app, smtp, {
    template: { name: 'Hola', subject: 'Hola {{ name }}', content: 'Hola {{ name }}, de {{ campaign_name }}.' },
  });
  return { tenant, ...lead!, template: template! };
}

const email = (templateId: string, fields: Partial<StepSpec> = {}): StepSpec => ({ action: 'send_message', template_id: templateId, delay_hours: 0, ...fields });

/** Lets a pending step fall due now, as time passing would: its log and its scheduled row. */
async function makeDue(tenantId: string, logId: string): Promise<void> {
  await db.query(`update campaign_logs set due_at = now() where tenant_id = $1 and id = $2`, [tenantId, logId]);
  await db.query(`update scheduled_jobs set due_at = now() where tenant_id = $1 and key like $2 and status = 'pending'`, [tenantId, `${logId}@%`]);
}

const stepLog = (tenant: TestTenant, campaignId: string, stepNumber: number, status?: string) => eventually(async () => {
  const log = (await logsOf(app, tenant, campaignId)).find((entry) => entry.step_number === stepNumber);
  return log && (status === undefined || log.status === status) ? log : undefined;
}, 20_000);

describe('POST /campaigns/:id/apply-to-lead/:lead_id', () => {
  it('enrolls once: 201, then 200 with the same enrollment while it is active', async () => {
    const { tenant, opportunity, template } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })]);
    const first = await apply(tenant, campaign.id, opportunity.id).expect(201);
    expect(first.body).toMatchObject({
      campaign_id: campaign.id, opportunity_id: opportunity.id, status: 'active', current_step_number: 0, rotation: 1,
      next_step_at: expect.any(String), exit_reason: null,
    });
    expect(new Date(first.body.next_step_at).getTime() - new Date(first.body.enrolled_at).getTime()).toBe(3600_000);
    const again = await apply(tenant, campaign.id, opportunity.id).expect(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('fifty concurrent applies make one enrollment and one first step', async () => {
    const { tenant, opportunity, template } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })]);
    const answers = await Promise.all(Array.from({ length: 50 }, () => apply(tenant, campaign.id, opportunity.id)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([...Array(49).fill(200), 201]);
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(await enrollmentsOf(app, tenant, campaign.id)).toHaveLength(1);
    expect(await logsOf(app, tenant, campaign.id)).toHaveLength(1);
  });

  it('refuses a campaign that is not active, a closed opportunity, and a lead who already went through it (reentry never)', async () => {
    const { tenant, opportunity, template, contact } = await aLead();
    const draft = await aCampaign(app, tenant, { name: `Borrador ${randomUUID()}` });
    expectProblem(await apply(tenant, draft.id, opportunity.id), 409, 'campaign.not_active');
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })]);
    const won = await anOpportunity(app, tenant, { contact_id: contact.id });
    await app.http().patch(`/api/v1/crm/opportunities/${won.id}`).set(tenant.auth).send({ status: 'won' }).expect(200);
    expectProblem(await apply(tenant, campaign.id, won.id), 422, 'campaign.opportunity_closed');

    const enrolled = await apply(tenant, campaign.id, opportunity.id).expect(201);
    const exited = await app.http().post(`/api/v1/campaigns/${campaign.id}/enrollments/${enrolled.body.id}/exit`).set(tenant.auth).expect(200);
    expect(exited.body).toMatchObject({ status: 'exited', exit_reason: 'manual', ended_at: expect.any(String) });
    expect(await stepLog(tenant, campaign.id, 1)).toMatchObject({ status: 'skipped', reason: 'exited:manual' });
    expectProblem(await apply(tenant, campaign.id, opportunity.id), 409, 'campaign.already_applied');
    expectProblem(await app.http().post(`/api/v1/campaigns/${campaign.id}/enrollments/${enrolled.body.id}/exit`).set(tenant.auth), 409, 'campaign.enrollment_ended');

    const again = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })], { reentry: 'after_exit' });
    const one = await apply(tenant, again.id, opportunity.id).expect(201);
    await app.http().post(`/api/v1/campaigns/${again.id}/enrollments/${one.body.id}/exit`).set(tenant.auth).expect(200);
    expect((await apply(tenant, again.id, opportunity.id).expect(201)).body).toMatchObject({ rotation: 2, status: 'active' });
  });
});

describe('running the steps', () => {
  it("sends each step once, rendered with the lead's data and the campaign's name, then completes; stats count it", async () => {
    const { tenant, opportunity, template, email: address, contact } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id), email(template.id, { delay_hours: 2 })], { name: 'Invierno' });
    await apply(tenant, campaign.id, opportunity.id).expect(201);

    const first = await stepLog(tenant, campaign.id, 1, 'sent');
    expect(first).toMatchObject({ action: 'send_message', channel: 'email', template_id: template.id, template_version: 1, message_id: expect.any(String) });
    const second = await stepLog(tenant, campaign.id, 2, 'pending');
    expect(new Date(second.due_at).getTime() - new Date(first.executed_at!).getTime()).toBe(2 * 3600_000);
    await eventually(async () => (receivedBy(address).length === 1 ? true : undefined));
    expect(receivedBy(address)[0]!.parsed.text).toBe('Hola Ana, de Invierno.\n');
    const [message] = await timeline(app, tenant, contact.id);
    expect(message).toMatchObject({ campaign_id: campaign.id, enrollment_id: expect.any(String), opportunity_id: opportunity.id });

    await makeDue(tenant.id, second.id);
    await stepLog(tenant, campaign.id, 2, 'sent');
    const [enrollment] = await eventually(async () => {
      const all = await enrollmentsOf(app, tenant, campaign.id);
      return all[0]?.status === 'completed' ? all : undefined;
    });
    expect(enrollment).toMatchObject({ current_step_number: 2, next_step_at: null, ended_at: expect.any(String) });
    await waitForQuiescence(app);
    expect(receivedBy(address)).toHaveLength(2);
    const stats = (await app.http().get(`/api/v1/campaigns/${campaign.id}/stats`).set(tenant.auth).expect(200)).body;
    expect(stats).toMatchObject({
      enrolled: 1, completed: 1, active: 0, sent: 2, failed: 0, skipped: 0, pending: 0, steps_executed: 2, unique_leads_contacted: 1,
      success_rate: 1, failure_rate: 0,
    });
    expect(stats.per_step.map((step: { step_number: number; sent: number }) => [step.step_number, step.sent])).toEqual([[1, 1], [2, 1]]);
  });

  it('a job replayed for a step that ran finds it done: nothing is sent twice', async () => {
    const { tenant, opportunity, template, email: address } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id)]);
    await apply(tenant, campaign.id, opportunity.id).expect(201);
    const sent = await stepLog(tenant, campaign.id, 1, 'sent');
    await waitForQuiescence(app);
    // The same job again, as a replayed queue entry or a duplicate scheduled row would bring it.
    await db.query(
      `insert into scheduled_jobs (id, tenant_id, queue, name, payload, key, due_at)
       select gen_random_uuid(), tenant_id, queue, name, payload, key || ':replay', now() from scheduled_jobs
        where tenant_id = $1 and key like $2 limit 1`, [tenant.id, `${sent.id}@%`]);
    await eventually(async () => {
      const { rows } = await db.query(`select status from scheduled_jobs where tenant_id = $1 and key like '%:replay'`, [tenant.id]);
      return rows[0]?.status === 'done' ? true : undefined;
    });
    await waitForQuiescence(app);
    expect(receivedBy(address)).toHaveLength(1);
    expect((await app.http().get(`/api/v1/campaigns/${campaign.id}/stats`).set(tenant.auth).expect(200)).body.sent).toBe(1);
  });

  it('a condition that does not hold skips the step (condition_not_met) and the next one runs', async () => {
    const { tenant, opportunity, template, email: address } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [
      email(template.id, { conditions: { '>=': [{ var: 'score' }, 99] } }),
      { action: 'update_stage', stage: 'perfilamiento', delay_hours: 0 },
    ]);
    await apply(tenant, campaign.id, opportunity.id).expect(201);
    expect(await stepLog(tenant, campaign.id, 1, 'skipped')).toMatchObject({ reason: 'condition_not_met', message_id: null });
    expect(await stepLog(tenant, campaign.id, 2, 'sent')).toMatchObject({ action: 'update_stage', response: { stage: 'perfilamiento' } });
    const moved = (await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200)).body;
    expect(moved.pipeline_stage.current_stage).toBe('perfilamiento');
    expect(receivedBy(address)).toEqual([]);
  });

  it('a step refused for this lead ends as skipped (opted out) or failed (a missing variable), and the campaign goes on', async () => {
    const { tenant, opportunity, template, contact } = await aLead();
    const holey = await aTemplate(app, tenant, { name: 'Asesor', channel: 'email', subject: 'Cita', content: 'Soy {{ advisor_name }}.' });
    const campaign = await aCampaignWithSteps(app, tenant, [email(holey.id), email(template.id)]);
    await app.http().post(`/api/v1/crm/contacts/${contact.id}/opt-out`).set(tenant.auth).send({ channel: 'whatsapp' }).expect(200);
    await apply(tenant, campaign.id, opportunity.id).expect(201);
    expect(await stepLog(tenant, campaign.id, 1, 'failed')).toMatchObject({ reason: 'template.missing_variable' });
    expect(await stepLog(tenant, campaign.id, 2, 'sent')).toBeDefined();

    const optedOut = await aLead();
    await app.http().post(`/api/v1/crm/contacts/${optedOut.contact.id}/opt-out`).set(optedOut.tenant.auth).send({ channel: 'email' }).expect(200);
    const other = await aCampaignWithSteps(app, optedOut.tenant, [email(optedOut.template.id)], { exit_on: ['reply'] });
    await apply(optedOut.tenant, other.id, optedOut.opportunity.id).expect(201);
    expect(await stepLog(optedOut.tenant, other.id, 1, 'skipped')).toMatchObject({ reason: 'message.channel_unreachable' });
  });

  it('schedule_meeting books a planned meeting, which ends the enrollment (meeting_booked); make_call gives the advisor a call to make', async () => {
    const { tenant, opportunity } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [
      { action: 'make_call', delay_hours: 0 },
      { action: 'schedule_meeting', delay_hours: 0, meeting: { title: 'Visita', duration_minutes: 45, due_in_hours: 48 } },
      { action: 'update_stage', stage: 'perfilamiento', delay_hours: 1 },
    ]);
    await apply(tenant, campaign.id, opportunity.id).expect(201);
    const call = await stepLog(tenant, campaign.id, 1, 'sent');
    const meeting = await stepLog(tenant, campaign.id, 2, 'sent');
    const activities = (await app.http().get(`/api/v1/crm/activities?opportunity_id=${opportunity.id}`).set(tenant.auth).expect(200)).body.data;
    expect(activities).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: call.activity_id, type: 'call', source: 'campaign', status: 'planned' }),
      expect.objectContaining({ id: meeting.activity_id, type: 'meeting', title: 'Visita', duration_minutes: 45, source: 'campaign' }),
    ]));
    const [enrollment] = await eventually(async () => {
      const all = await enrollmentsOf(app, tenant, campaign.id);
      return all[0]?.status === 'exited' ? all : undefined;
    });
    expect(enrollment!.exit_reason).toBe('meeting_booked');
    expect(await stepLog(tenant, campaign.id, 3, 'skipped')).toMatchObject({ reason: 'exited:meeting_booked' });
  });
});

describe('exits, windows, the daily cap and the campaign status', () => {
  it("a reply ends the enrollment; its pending step is skipped and never runs", async () => {
    const { tenant, opportunity, template, email: address } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id), email(template.id, { delay_hours: 1 })]);
    await apply(tenant, campaign.id, opportunity.id).expect(201);
    await stepLog(tenant, campaign.id, 1, 'sent');
    const pending = await stepLog(tenant, campaign.id, 2, 'pending');
    await app.http().post(`/api/v1/webhooks/email/${tenant.id}/inbound`).set(tenant.auth).set('Content-Type', 'message/rfc822')
      .send(`From: <${address}>\r\nSubject: Re\r\nMessage-ID: <reply.${randomUUID()}@x.org>\r\n\r\nMe interesa\r\n`).expect(202);
    expect(await stepLog(tenant, campaign.id, 2, 'skipped')).toMatchObject({ reason: 'exited:reply' });
    expect((await enrollmentsOf(app, tenant, campaign.id))[0]).toMatchObject({ status: 'exited', exit_reason: 'reply' });
    await makeDue(tenant.id, pending.id);
    await waitForQuiescence(app);
    expect(receivedBy(address)).toHaveLength(1);
    const stats = (await app.http().get(`/api/v1/campaigns/${campaign.id}/stats`).set(tenant.auth).expect(200)).body;
    expect(stats).toMatchObject({ exited: 1, exit_reasons: { reply: 1 }, replies: 1, reply_rate: 1, sent: 1, skipped: 1 });
  });

  it('a step due outside the send window waits for its next opening', async () => {
    const { tenant, opportunity, template } = await aLead();
    const today = new Date().getUTCDay() || 7;
    const otherDay = (today % 7) + 1;
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id)], {
      send_window: { start: '09:00', end: '10:00', days: [otherDay], timezone: 'UTC' },
    });
    const enrolled = await apply(tenant, campaign.id, opportunity.id).expect(201);
    const postponed = await eventually(async () => {
      const log = (await logsOf(app, tenant, campaign.id))[0];
      return log && new Date(log.due_at).getTime() > Date.now() + 60_000 ? log : undefined;
    });
    const due = new Date(postponed.due_at);
    expect([due.getUTCHours(), due.getUTCMinutes(), due.getUTCDay() || 7]).toEqual([9, 0, otherDay]);
    expect(postponed.status).toBe('pending');
    const [enrollment] = await enrollmentsOf(app, tenant, campaign.id);
    expect(enrollment).toMatchObject({ id: enrolled.body.id, status: 'active', next_step_at: postponed.due_at });
  });

  it('over the daily cap of campaign messages a step is deferred a day, not dropped', async () => {
    const { tenant, opportunity, template, email: address } = await aLead();
    await app.http().put('/api/v1/settings').set(tenant.auth).send({ timezone: 'America/Mexico_City', max_messages_per_lead_per_day: 1 }).expect(200);
    const first = await aCampaignWithSteps(app, tenant, [email(template.id)]);
    const second = await aCampaignWithSteps(app, tenant, [email(template.id)]);
    await apply(tenant, first.id, opportunity.id).expect(201);
    const sent = await stepLog(tenant, first.id, 1, 'sent');
    await apply(tenant, second.id, opportunity.id).expect(201);
    const deferred = await eventually(async () => {
      const log = (await logsOf(app, tenant, second.id))[0];
      return log && new Date(log.due_at).getTime() > Date.now() + 3600_000 ? log : undefined;
    });
    expect(new Date(deferred.due_at).getTime() - new Date(sent.executed_at!).getTime()).toBeGreaterThanOrEqual(24 * 3600_000);
    expect(deferred.status).toBe('pending');
    await waitForQuiescence(app);
    expect(receivedBy(address)).toHaveLength(1);
  });

  it('a step runs the campaign as it is now: an edit of a step and a change of the settings reach steps of a running enrollment', async () => {
    const { tenant, opportunity, template, email: address } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id), email(template.id, { delay_hours: 1 }), email(template.id, { delay_hours: 1 })]);
    await apply(tenant, campaign.id, opportunity.id).expect(201);
    await stepLog(tenant, campaign.id, 1, 'sent');
    // The engine keeps the plan it read at the campaign's version; the edit bumps the version.
    const steps = (await app.http().get(`/api/v1/campaigns/${campaign.id}/steps`).set(tenant.auth).expect(200)).body.data as Array<{ id: string; step_number: number }>;
    const second = steps.find((step) => step.step_number === 2)!;
    await app.http().put(`/api/v1/campaigns/${campaign.id}/steps/${second.id}`).set(tenant.auth)
      .send(email(template.id, { delay_hours: 1, conditions: { '==': [1, 2] } })).expect(200);
    await makeDue(tenant.id, (await stepLog(tenant, campaign.id, 2, 'pending')).id);
    expect(await stepLog(tenant, campaign.id, 2, 'skipped')).toMatchObject({ reason: 'condition_not_met' });

    // The daily cap is read with the step: lowered to the one message already sent, the third step waits a day.
    await app.http().put('/api/v1/settings').set(tenant.auth).send({ timezone: 'America/Mexico_City', max_messages_per_lead_per_day: 1 }).expect(200);
    const third = await stepLog(tenant, campaign.id, 3, 'pending');
    await makeDue(tenant.id, third.id);
    await eventually(async () => {
      const log = (await logsOf(app, tenant, campaign.id)).find((entry) => entry.step_number === 3);
      return log && new Date(log.due_at).getTime() > Date.now() + 3600_000 ? log : undefined;
    });
    await waitForQuiescence(app);
    expect(receivedBy(address)).toHaveLength(1);
  });

  it('a paused campaign holds its steps and runs them when resumed; completing it ends every enrollment', async () => {
    const { tenant, opportunity, template, email: address } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 }), email(template.id, { delay_hours: 1 })]);
    await apply(tenant, campaign.id, opportunity.id).expect(201);
    const pending = await stepLog(tenant, campaign.id, 1, 'pending');
    await app.http().patch(`/api/v1/campaigns/${campaign.id}`).set(tenant.auth).send({ status: 'paused' }).expect(200);
    await makeDue(tenant.id, pending.id);
    await waitForQuiescence(app);
    expect((await stepLog(tenant, campaign.id, 1)).status).toBe('pending');
    expect(receivedBy(address)).toEqual([]);

    await app.http().patch(`/api/v1/campaigns/${campaign.id}`).set(tenant.auth).send({ status: 'active' }).expect(200);
    await stepLog(tenant, campaign.id, 1, 'sent');
    await stepLog(tenant, campaign.id, 2, 'pending');
    await app.http().patch(`/api/v1/campaigns/${campaign.id}`).set(tenant.auth).send({ status: 'completed' }).expect(200);
    expect(await stepLog(tenant, campaign.id, 2, 'skipped')).toMatchObject({ reason: 'exited:campaign_completed' });
    expect((await enrollmentsOf(app, tenant, campaign.id))[0]).toMatchObject({ status: 'exited', exit_reason: 'campaign_completed' });
  });
});

describe('triggers', () => {
  it('a stage_change campaign enrolls an opportunity entering its stage', async () => {
    const { tenant, opportunity, template } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })], {
      trigger: 'stage_change', trigger_condition: { to_stage: 'perfilamiento' },
    });
    expect(await enrollmentsOf(app, tenant, campaign.id)).toEqual([]);
    await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth).send({ stage: 'perfilamiento' }).expect(200);
    const [enrollment] = await eventually(async () => {
      const all = await enrollmentsOf(app, tenant, campaign.id);
      return all.length > 0 ? all : undefined;
    });
    expect(enrollment).toMatchObject({ opportunity_id: opportunity.id, status: 'active' });
  });
});

describe('the inactivity trigger', () => {
  it('enrolls open opportunities idle for its hours, once, and leaves active ones alone', async () => {
    const { tenant, opportunity, template, contact } = await aLead();
    const busy = await anOpportunity(app, tenant, { contact_id: contact.id });
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })], {
      trigger: 'inactivity', trigger_condition: { hours: 1, stages: ['agent_initial'] },
    });
    await db.query(`update opportunity_stage_history set last_activity_at = now() - interval '2 hours' where tenant_id = $1 and opportunity_id = $2`,
      [tenant.id, opportunity.id]);
    const sweep = app.worker!.get(InactivitySweepJob);
    await sweep.sweep();
    await sweep.sweep();
    const enrollments = await enrollmentsOf(app, tenant, campaign.id);
    expect(enrollments.map((enrollment) => enrollment.opportunity_id)).toEqual([opportunity.id]);
    expect(enrollments.map((enrollment) => enrollment.opportunity_id)).not.toContain(busy.id);
  });
});

describe('the trigger catch-up sweep (hourly)', () => {
  const moveTo = (tenant: TestTenant, opportunityId: string, stage: string) =>
    app.http().post(`/api/v1/crm/opportunities/${opportunityId}/stage`).set(tenant.auth).send({ stage }).expect(200);
  /** The sweep over transitions up to now (the hourly run leaves the last minutes to the events), for this tenant only. */
  const sweepFor = async (tenant: TestTenant) =>
    (await app.worker!.get(TriggerCatchUpJob).sweep(new Date(Date.now() + 1000))).filter((caught) => caught.tenantId === tenant.id);

  it('is scheduled by the worker as a row due within the hour', async () => {
    const { rows } = await db.query<{ due_at: Date }>(
      `select due_at from scheduled_jobs where name = 'campaigns.trigger-catch-up' and status = 'pending' and tenant_id is null`);
    // Earlier files' workers ran on moved clocks and left their own next rows further ahead: this worker's is within the hour.
    expect(rows.some((row) => row.due_at.getTime() <= Date.now() + 3600_000)).toBe(true);
  });

  it('finds nothing after the events did their work; catches an entry whose enrollment is missing, once; leaves transitions before activation alone', async () => {
    const { tenant, opportunity, template, contact } = await aLead();
    const before = await anOpportunity(app, tenant, { contact_id: contact.id });
    await moveTo(tenant, before.id, 'perfilamiento');
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })], {
      trigger: 'stage_change', trigger_condition: { to_stage: 'perfilamiento' },
    });
    const missed = await anOpportunity(app, tenant, { contact_id: contact.id });
    await moveTo(tenant, opportunity.id, 'perfilamiento');
    await moveTo(tenant, missed.id, 'perfilamiento');
    await eventually(async () => ((await enrollmentsOf(app, tenant, campaign.id)).length === 2 ? true : undefined));
    await waitForQuiescence(app);
    expect(await sweepFor(tenant)).toEqual([]);

    // As if the trigger's delivery had been lost: the enrollment is not there.
    await db.query(`delete from campaign_enrollments where tenant_id = $1 and opportunity_id = $2`, [tenant.id, missed.id]);
    expect(await sweepFor(tenant)).toEqual([{ tenantId: tenant.id, campaignId: campaign.id, opportunityId: missed.id }]);
    expect(await sweepFor(tenant)).toEqual([]);
    const enrolled = (await enrollmentsOf(app, tenant, campaign.id)).map((enrollment) => enrollment.opportunity_id);
    expect(enrolled.sort()).toEqual([opportunity.id, missed.id].sort());
    expect(enrolled).not.toContain(before.id);
  });

  it('catches a score crossing into the range whose event was never delivered, not a move within the range, not a lead that left it, not another tenant\'s', async () => {
    const { tenant, opportunity, template, contact } = await aLead();
    const within = await anOpportunity(app, tenant, { contact_id: contact.id });
    const left = await anOpportunity(app, tenant, { contact_id: contact.id });
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })], {
      trigger: 'lead_score', trigger_condition: { min: 60, max: 100 },
    });
    const other = await aLead();
    // Score changes recorded and marked published, as if the relay had handed them over and the delivery was lost.
    const scoreChanged = (tenantId: string, opportunityId: string, from: number | null, to: number) => db.query(
      `insert into outbox_events (id, tenant_id, type, aggregate_type, aggregate_id, payload, actor, occurred_at, published_at)
       values (gen_random_uuid(), $1, 'opportunity.score_changed', 'opportunity', $2, $3, '{"type":"system","id":null,"name":"test"}',
               clock_timestamp(), now())`,
      [tenantId, opportunityId, JSON.stringify({ from, to, model_version: 1, changes: { lead_score: { from, to } } })]);
    await scoreChanged(tenant.id, opportunity.id, 20, 70);
    await scoreChanged(tenant.id, within.id, 65, 75);
    await scoreChanged(tenant.id, left.id, null, 80);
    await scoreChanged(tenant.id, left.id, 80, 30);
    await scoreChanged(other.tenant.id, other.opportunity.id, 10, 90);

    expect(await sweepFor(tenant)).toEqual([{ tenantId: tenant.id, campaignId: campaign.id, opportunityId: opportunity.id }]);
    expect(await sweepFor(tenant)).toEqual([]);
    expect((await enrollmentsOf(app, tenant, campaign.id)).map((enrollment) => enrollment.opportunity_id)).toEqual([opportunity.id]);
  });
});

describe('tenant isolation and bad input', () => {
  it("another tenant's campaign or lead is not found, whatever the route", async () => {
    const { tenant, opportunity, template } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })]);
    const enrolled = await apply(tenant, campaign.id, opportunity.id).expect(201);
    const other = await aLead();
    expectProblem(await apply(other.tenant, campaign.id, other.opportunity.id), 404, 'resource.not_found');
    const theirs = await aCampaignWithSteps(app, other.tenant, [email(other.template.id, { delay_hours: 1 })]);
    expectProblem(await apply(other.tenant, theirs.id, opportunity.id), 404, 'resource.not_found');
    for (const path of ['enrollments', 'logs', 'stats']) {
      expectProblem(await app.http().get(`/api/v1/campaigns/${campaign.id}/${path}`).set(other.tenant.auth), 404, 'resource.not_found');
    }
    expectProblem(await app.http().post(`/api/v1/campaigns/${campaign.id}/enrollments/${enrolled.body.id}/exit`).set(other.tenant.auth), 404, 'resource.not_found');
    expectProblem(await app.http().post(`/api/v1/campaigns/${theirs.id}/enrollments/${enrolled.body.id}/exit`).set(other.tenant.auth), 404, 'resource.not_found');
  });

  it('refuses malformed ids and filters', async () => {
    const { tenant, template } = await aLead();
    const campaign = await aCampaignWithSteps(app, tenant, [email(template.id, { delay_hours: 1 })]);
    expectProblem(await apply(tenant, campaign.id, 'not-a-uuid'), 400, 'request.invalid');
    expectProblem(await app.http().get(`/api/v1/campaigns/${campaign.id}/enrollments?status=gone`).set(tenant.auth), 400, 'request.invalid');
    expectProblem(await app.http().get(`/api/v1/campaigns/${campaign.id}/logs?status=sent&step_id=x`).set(tenant.auth), 400, 'request.invalid');
    expectProblem(await apply(tenant, campaign.id, randomUUID()), 404, 'resource.not_found');
  });
});
