import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { PlaceCampaignCallJob } from '@leadline/campaigns';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aContact, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { aCampaignWithSteps, logsOf, type LogJson } from '../support/campaigns.js';
import { sql } from '../support/db.js';
import { startOpenAi, type OpenAiStandIn } from '../support/stand-ins/openai.js';
import { startTwilio, type TwilioStandIn } from '../support/stand-ins/twilio.js';

/**
 * A campaign's `make_call` step with `agent_type` (contract §10, §13) places the AI call through
 * ai-agent's StartAiCallCommand, at most once, against the Twilio and OpenAI stand-ins.
 */
let app: RunningApp;
let twilio: TwilioStandIn;
let openai: OpenAiStandIn;
let db: Pool;
const FROM = '+14155550100';
const API_KEY = 'sk-test-standin';

beforeAll(async () => {
  twilio = await startTwilio({ ownedNumbers: [FROM] });
  openai = await startOpenAi({ apiKey: API_KEY });
  app = await startApp({ env: { PUBLIC_BASE_URL: 'https://leadline.example.test' } });
  db = sql();
});

afterAll(async () => {
  await app.close();
  await twilio.close();
  await openai.close();
  await db.end();
});

async function aTenantWith({ ai }: { ai: boolean }): Promise<TestTenant> {
  const tenant = await aTenant(app);
  await app.http().put('/api/v1/integrations/twilio').set(tenant.auth).send({
    account_sid: twilio.accountSid, auth_token: twilio.authToken, from_number: FROM, api_base_url: twilio.baseUrl,
  }).expect(200);
  if (ai) {
    await app.http().put('/api/v1/integrations/ai').set(tenant.auth)
      .send({ api_key: API_KEY, base_url: openai.baseUrl, model: 'gpt-4o-mini', language: 'es' }).expect(200);
  }
  return tenant;
}

/** A lead in an active campaign whose one step is an AI call by the `agendador` agent. */
async function anAiCallStep(tenant: TestTenant) {
  const contact = await aContact(app, tenant, { first_name: 'Lucía' });
  const opportunity = await anOpportunity(app, tenant, { contact_id: contact.id });
  const campaign = await aCampaignWithSteps(app, tenant, [{ action: 'make_call', agent_type: 'agendador', delay_hours: 0 }]);
  await app.http().post(`/api/v1/campaigns/${campaign.id}/apply-to-lead/${opportunity.id}`).set(tenant.auth).expect(201);
  return { contact, opportunity, campaign };
}

const settledLog = (tenant: TestTenant, campaignId: string, done: (log: LogJson) => boolean) => eventually(async () => {
  const [log] = await logsOf(app, tenant, campaignId);
  return log && done(log) ? log : undefined;
}, 20_000);

const callsTo = (phone: string) => twilio.calls.filter((call) => call.to === phone);
const stats = async (tenant: TestTenant, campaignId: string) =>
  (await app.http().get(`/api/v1/campaigns/${campaignId}/stats`).set(tenant.auth).expect(200)).body;

describe('make_call with agent_type', () => {
  it('places the AI call once through Twilio with the agent on the relay; the step log names the call; a replayed job places nothing more', async () => {
    const tenant = await aTenantWith({ ai: true });
    const { contact, opportunity, campaign } = await anAiCallStep(tenant);
    const log = await settledLog(tenant, campaign.id, (entry) => entry.call_id !== null);
    expect(log).toMatchObject({ action: 'make_call', status: 'sent', reason: null, response: { call: 'placed', agent_type: 'agendador' } });
    const [placed, ...more] = callsTo(contact.phone);
    expect(more).toEqual([]);
    expect(placed!.form.get('Twiml')).toContain('<ConversationRelay');
    expect(placed!.form.get('Twiml')).toContain('agendador');
    const call = (await app.http().get(`/api/v1/crm/calls/${log.call_id}`).set(tenant.auth).expect(200)).body;
    expect(call).toMatchObject({ provider: 'twilio', external_call_id: placed!.sid, entity_id: contact.id });
    expect((log.response as { external_call_id: string }).external_call_id).toBe(placed!.sid);

    await app.worker!.get(PlaceCampaignCallJob).run({ tenantId: tenant.id, logId: log.id, agentType: 'agendador' });
    // The worker serves every tenant of this jest worker's database, so earlier files' leftovers can keep it busy a while.
    await waitForQuiescence(app, 40_000);
    expect(callsTo(contact.phone)).toHaveLength(1);
    expect((await stats(tenant, campaign.id)).per_step[0]).toMatchObject({ sent: 1, failed: 0 });
    expect(opportunity.id).toBe(log.opportunity_id);
  }, 60_000);

  it('is skipped ai.not_configured when the tenant has no AI connection, and nothing is placed', async () => {
    const tenant = await aTenantWith({ ai: false });
    const { contact, campaign } = await anAiCallStep(tenant);
    expect(await settledLog(tenant, campaign.id, (entry) => entry.status !== 'pending')).toMatchObject({ status: 'skipped', reason: 'ai.not_configured', call_id: null });
    await waitForQuiescence(app, 40_000);
    expect(callsTo(contact.phone)).toEqual([]);
  }, 60_000);

  it('a call Twilio refuses fails the step with the refusal, counters included', async () => {
    const tenant = await aTenantWith({ ai: true });
    twilio.failNext({ status: 400, code: 21215, message: 'Geographic permission to call this number is not enabled' });
    const { campaign } = await anAiCallStep(tenant);
    const log = await settledLog(tenant, campaign.id, (entry) => entry.status === 'failed');
    expect(log).toMatchObject({ reason: 'telephony.provider_rejected', response: { call: 'failed' } });
    expect((await stats(tenant, campaign.id)).per_step[0]).toMatchObject({ sent: 0, failed: 1 });
  });

  it('a run that died after claiming the call leaves it failed outcome_unknown, never placed again (the next run, or the sweeper)', async () => {
    const tenant = await aTenantWith({ ai: true });
    const { contact, campaign } = await anAiCallStep(tenant);
    const log = await settledLog(tenant, campaign.id, (entry) => entry.call_id !== null);
    const job = app.worker!.get(PlaceCampaignCallJob);
    // As a run that claimed the call and stopped before recording it would leave the log.
    const interrupted = () => db.query(`update campaign_logs set call_id = null, response = response || '{"call": "placing"}' where tenant_id = $1 and id = $2`,
      [tenant.id, log.id]);
    await interrupted();
    await job.run({ tenantId: tenant.id, logId: log.id, agentType: 'agendador' });
    expect((await settledLog(tenant, campaign.id, (entry) => entry.status === 'failed'))).toMatchObject({ reason: 'outcome_unknown', response: { call: 'failed' } });
    expect(callsTo(contact.phone)).toHaveLength(1);
    expect((await stats(tenant, campaign.id)).per_step[0]).toMatchObject({ sent: 0, failed: 1 });

    const other = await anAiCallStep(tenant);
    const second = await settledLog(tenant, other.campaign.id, (entry) => entry.call_id !== null);
    await db.query(`update campaign_logs set call_id = null, response = response || '{"call": "placing"}' where tenant_id = $1 and id = $2`, [tenant.id, second.id]);
    await job.abandoned({ tenantId: tenant.id, logId: second.id, agentType: 'agendador' });
    expect((await logsOf(app, tenant, other.campaign.id))[0]).toMatchObject({ status: 'failed', reason: 'outcome_unknown' });
    expect(callsTo(other.contact.phone)).toHaveLength(1);
  });
});
