import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, anOpportunity } from '../support/builders.js';
import { TEST_REDIS_URL } from '../support/config.js';
import { sql } from '../support/db.js';
import { anOdooTenant, eventuallyOdoo } from '../support/odoo-tenant.js';
import { expectProblem } from '../support/problems.js';
import type { OdooStandIn } from '../support/stand-ins/odoo.js';
import { TcpProxy } from '../support/tcp-proxy.js';

/**
 * The two requests that put work straight on a queue (an Odoo resync, a dead-letter replay) when
 * Redis does not answer: a 503 naming the queue, and nothing left claiming work that was not queued.
 */
const redis = new URL(TEST_REDIS_URL);
const proxy = new TcpProxy({ host: redis.hostname, port: Number(redis.port) });
const standIns: OdooStandIn[] = [];
const db = sql();
let app: RunningApp;

beforeAll(async () => {
  const port = await proxy.start();
  app = await startApp({ env: { REDIS_URL: `redis://127.0.0.1:${port}${redis.pathname}` } });
});

afterAll(async () => {
  await app.close();
  await proxy.stop();
  await Promise.all(standIns.map((odoo) => odoo.stop()));
  await db.end();
});

describe('with the queue down', () => {
  it('a resync answers 503 and leaves the opportunity in error, not pending with nothing queued', async () => {
    const { tenant, pipelineId } = await anOdooTenant(app, standIns);
    const contact = await aContact(app, tenant);
    const opportunity = await anOpportunity(app, tenant, { contact_id: contact.id, pipeline_id: pipelineId });
    await eventuallyOdoo(app, tenant, opportunity.id, 'success');

    await proxy.stop();
    try {
      const response = await app.http().post('/api/v1/integrations/odoo/resync').set(tenant.auth)
        .send({ opportunity_ids: [opportunity.id] });
      expectProblem(response, 503, 'dependency.unavailable');
      expect(response.body.detail).toMatch(/queue/);
    } finally {
      await proxy.start();
    }

    const view = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    expect(view.body.odoo).toMatchObject({ sync_status: 'error', last_error: expect.stringMatching(/could not be queued/) });
  });

  it('a dead-letter replay answers 503 and the letter stays replayable', async () => {
    const { tenant, pipelineId } = await anOdooTenant(app, standIns);
    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipelineId });
    // An Odoo sync that ran out of attempts: replaying it puts a job straight back on its queue.
    const { rows: [letter] } = await db.query(
      `insert into dead_letters (id, tenant_id, queue, job_name, payload, error, attempts, failed_at)
       values (gen_random_uuid(), $1, 'odoo-sync', 'sync-odoo-lead', $2, 'odoo.unavailable: down', 8, now()) returning id`,
      [tenant.id, { tenantId: tenant.id, opportunityId: opportunity.id }],
    );

    await proxy.stop();
    try {
      expectProblem(await app.http().post(`/api/v1/dead-letters/${letter.id}/replay`).set(tenant.auth).send({}), 503, 'dependency.unavailable');
    } finally {
      await proxy.start();
    }

    const { rows: [after] } = await db.query(`select replayed_at from dead_letters where id = $1`, [letter.id]);
    expect(after.replayed_at).toBeNull();
  });
});
