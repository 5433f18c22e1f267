import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Pool } from 'pg';
import { redisOptions } from '@leadline/shared-kernel';
import { TransportSweeper } from '../../apps/worker/src/jobs/transport-sweeper.js';
import { startApp, startWorker, waitForQuiescence, type RunningApp } from '../support/app.js';
import { eventually, type TestTenant } from '../support/builders.js';
import { aCampaignWithSteps, logsOf, type StepSpec } from '../support/campaigns.js';
import { TEST_REDIS_URL, testConfig } from '../support/config.js';
import { sql } from '../support/db.js';
import { emailLeads, timeline } from '../support/messaging.js';
import { startSmtp, type SmtpStandIn } from '../support/stand-ins/smtp.js';

// Contract §10's guarantees under faults: every step that falls due ends once, and the SMTP
// stand-in's count is the proof that nothing was sent twice or lost.

let app: RunningApp;
let smtp: SmtpStandIn;
let db: Pool;
const extraWorkers: INestApplicationContext[] = [];

beforeAll(async () => {
  app = await startApp();
  smtp = await startSmtp();
  db = sql();
});

afterAll(async () => {
  await Promise.all(extraWorkers.map((worker) => worker.close()));
  await app.close();
  await smtp.close();
  await db.end();
});

const delivered = (addresses: readonly string[]) => smtp.received.filter((email) => email.rcptTo.some((to) => addresses.includes(to)));

/** A tenant with e-mail, a template, and `count` leads with an e-mail address each. */
async function leads(count: number) {
  const { tenant, template, leads: people } = await emailLeads(app, smtp, {
    count, template: { name: 'Hola', subject: 'Hola {{ name }}', content: 'Hola {{ name }}.' },
  });
  return { tenant, template: template!, people: people.map((lead) => ({ ...lead, contactId: lead.contact.id })) };
}

const emailStep = (templateId: string, delayHours = 0): StepSpec => ({ action: 'send_message', template_id: templateId, delay_hours: delayHours });
const apply = (tenant: TestTenant, campaignId: string, leadId: string) =>
  app.http().post(`/api/v1/campaigns/${campaignId}/apply-to-lead/${leadId}`).set(tenant.auth).expect(201);

async function finished(tenant: TestTenant, campaignId: string, expected: number) {
  return eventually(async () => {
    const logs = await logsOf(app, tenant, campaignId);
    return logs.length === expected && logs.every((log) => log.status !== 'pending') ? logs : undefined;
  }, 60_000);
}

async function flushQueues(): Promise<number> {
  const redis = new Redis(redisOptions(TEST_REDIS_URL));
  try {
    const keys = await redis.keys(`${app.config.queuePrefix}:*`);
    return keys.length > 0 ? await redis.del(...keys) : 0;
  } finally {
    redis.disconnect();
  }
}

describe('campaign steps under faults', () => {
  it('three workers on the same due steps send each one once', async () => {
    for (let index = 0; index < 2; index++) extraWorkers.push(await startWorker(testConfig()));
    const { tenant, template, people } = await leads(12);
    const campaign = await aCampaignWithSteps(app, tenant, [emailStep(template.id), emailStep(template.id)]);
    await Promise.all(people.map(({ opportunity }) => apply(tenant, campaign.id, opportunity.id)));
    const logs = await finished(tenant, campaign.id, 24);
    expect(logs.filter((log) => log.status === 'sent')).toHaveLength(24);
    await waitForQuiescence(app);
    expect(delivered(people.map((person) => person.email))).toHaveLength(24);
  }, 120_000);

  it('a step job replayed three times runs once', async () => {
    const { tenant, template, people: [lead] } = await leads(1);
    const campaign = await aCampaignWithSteps(app, tenant, [emailStep(template.id)]);
    await apply(tenant, campaign.id, lead!.opportunity.id);
    const [log] = await finished(tenant, campaign.id, 1);
    for (const replay of [1, 2, 3]) {
      await db.query(
        `insert into scheduled_jobs (id, tenant_id, queue, name, payload, key, due_at)
         select gen_random_uuid(), tenant_id, queue, name, payload, key || ':replay${replay}', now() from scheduled_jobs
          where tenant_id = $1 and key like $2 and key not like '%:replay%' limit 1`, [tenant.id, `${log!.id}@%`]);
    }
    await eventually(async () => {
      const { rows } = await db.query(`select count(*)::int as n from scheduled_jobs where tenant_id = $1 and key like '%:replay%' and status = 'done'`, [tenant.id]);
      return rows[0].n === 3 ? true : undefined;
    });
    await waitForQuiescence(app);
    expect(delivered([lead!.email])).toHaveLength(1);
    expect((await logsOf(app, tenant, campaign.id)).map((entry) => entry.status)).toEqual(['sent']);
  });

  it('Redis flushed while steps are due loses none and repeats none', async () => {
    const { tenant, template, people } = await leads(6);
    const campaign = await aCampaignWithSteps(app, tenant, [emailStep(template.id, 1)]);
    await Promise.all(people.map(({ opportunity }) => apply(tenant, campaign.id, opportunity.id)));
    // Every step falls due at once, and the queue loses its state as the relay hands them over.
    await db.query(`update campaign_logs set due_at = now() where tenant_id = $1`, [tenant.id]);
    await db.query(`update scheduled_jobs set due_at = now() where tenant_id = $1 and status = 'pending'`, [tenant.id]);
    await flushQueues();
    await app.worker!.get(TransportSweeper).sweepNow();
    const logs = await finished(tenant, campaign.id, 6);
    expect(logs.every((log) => log.status === 'sent')).toBe(true);
    await waitForQuiescence(app);
    expect(delivered(people.map((person) => person.email))).toHaveLength(6);
  });

  it('a reply committed just before a step falls due skips that step', async () => {
    const { tenant, template, people: [lead] } = await leads(1);
    const campaign = await aCampaignWithSteps(app, tenant, [emailStep(template.id, 1)]);
    await apply(tenant, campaign.id, lead!.opportunity.id);
    const [pending] = await logsOf(app, tenant, campaign.id);
    await app.http().post(`/api/v1/webhooks/email/${tenant.id}/inbound`).set(tenant.auth).set('Content-Type', 'message/rfc822')
      .send(`From: <${lead!.email}>\r\nSubject: Hola\r\nMessage-ID: <r.${randomUUID()}@x.org>\r\n\r\nLlámenme\r\n`).expect(202);
    // The reply is committed once the worker has put it in the lead's timeline; the step falls due right after.
    await eventually(async () => ((await timeline(app, tenant, lead!.contactId)).some((m) => m.direction === 'inbound') ? true : undefined));
    await db.query(`update campaign_logs set due_at = now() where tenant_id = $1 and id = $2`, [tenant.id, pending!.id]);
    await db.query(`update scheduled_jobs set due_at = now() where tenant_id = $1 and key like $2 and status = 'pending'`, [tenant.id, `${pending!.id}@%`]);
    const [log] = await finished(tenant, campaign.id, 1);
    expect(log).toMatchObject({ status: 'skipped', reason: 'exited:reply' });
    await waitForQuiescence(app);
    expect(delivered([lead!.email])).toEqual([]);
  });
});
