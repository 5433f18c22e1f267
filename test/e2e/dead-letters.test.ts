import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable } from '@nestjs/common';
import {
  DomainError, newId, SubscribesTo, type DeliveredEvent, type DomainEventSubscriber,
} from '@leadline/shared-kernel';
import { startApp, type RunningApp } from '../support/app.js';
import { aKey, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { anOdooTenant, eventuallyOdoo, leadsOf } from '../support/odoo-tenant.js';
import { expectProblem } from '../support/problems.js';
import type { OdooStandIn } from '../support/stand-ins/odoo.js';

/** Test-only subscriber: refuses an event by rule the first time it sees it, handles it afterwards. */
const seen = new Map<string, number>();

@Injectable()
@SubscribesTo({ name: 'test-refuse-once', events: ['test.dead_letter_replay'] })
class RefuseOnceSubscriber implements DomainEventSubscriber {
  async handle(event: DeliveredEvent): Promise<void> {
    seen.set(event.id, (seen.get(event.id) ?? 0) + 1);
    if (seen.get(event.id) === 1) throw new DomainError('test.refused', 'refused the first time');
  }
}

let app: RunningApp;
const standIns: OdooStandIn[] = [];
const db = sql();

beforeAll(async () => {
  app = await startApp({ env: { ODOO_TIMEOUT_MS: '1000' }, workerProviders: [RefuseOnceSubscriber] });
});

afterAll(async () => {
  await app.close();
  await Promise.all(standIns.map((odoo) => odoo.stop()));
  await db.end();
});

const list = (tenant: TestTenant, query: Record<string, string | number> = {}) =>
  app.http().get('/api/v1/dead-letters').query(query).set(tenant.auth);
const replay = (tenant: TestTenant, id: string) => app.http().post(`/api/v1/dead-letters/${id}/replay`).set(tenant.auth);

/** An opportunity whose sync Odoo refuses (the key was rotated in Odoo), dead-lettered at once. */
async function aRefusedSync() {
  const connected = await anOdooTenant(app, standIns);
  const goodKey = connected.odoo.apiKey;
  connected.odoo.apiKey = 'rotated-in-odoo';
  const opportunity = await anOpportunity(app, connected.tenant, { pipeline_id: connected.pipelineId });
  await eventuallyOdoo(app, connected.tenant, opportunity.id, 'error');
  const letter = await eventually(async () => (await list(connected.tenant).expect(200)).body.data[0]);
  return { ...connected, opportunity, letter, goodKey };
}

describe('dead letters over HTTP', () => {
  it('lists a tenant\'s dead letters, newest first, and replays an Odoo sync once the cause is fixed', async () => {
    const { tenant, odoo, opportunity, letter, goodKey } = await aRefusedSync();
    expect(letter).toEqual({
      id: expect.any(String),
      queue: 'odoo-sync',
      job_name: 'sync-odoo-lead',
      payload: { tenantId: tenant.id, opportunityId: opportunity.id },
      error: expect.stringContaining('check the username and API key'),
      attempts: 1,
      failed_at: expect.any(String),
      replayed_at: null,
    });

    odoo.apiKey = goodKey; // the admin fixed the key in Odoo
    const replayed = await replay(tenant, letter.id).expect(202);
    expect(replayed.body).toMatchObject({ id: letter.id, replayed_at: expect.any(String) });

    const synced = await eventuallyOdoo(app, tenant, opportunity.id, 'success');
    expect(leadsOf(odoo, opportunity.id)).toEqual([expect.objectContaining({ id: synced.lead_id, stage_id: 16 })]);
    expect((await list(tenant).expect(200)).body.data).toEqual([expect.objectContaining({ id: letter.id, replayed_at: replayed.body.replayed_at })]);

    expectProblem(await replay(tenant, letter.id), 409, 'dead_letter.already_replayed');
  }, 30_000);

  it('pages newest first and filters by queue', async () => {
    const { tenant, pipelineId, letter: older } = await aRefusedSync();
    const second = await anOpportunity(app, tenant, { pipeline_id: pipelineId });
    await eventuallyOdoo(app, tenant, second.id, 'error');
    const newer = await eventually(async () => {
      const data = (await list(tenant).expect(200)).body.data;
      return data.length === 2 ? data[0] : undefined;
    });
    expect(newer.payload.opportunityId).toBe(second.id);

    const first = await list(tenant, { limit: 1 }).expect(200);
    expect(first.body.data.map((l: { id: string }) => l.id)).toEqual([newer.id]);
    const next = await list(tenant, { limit: 1, cursor: first.body.next_cursor }).expect(200);
    expect(next.body).toEqual({ data: [expect.objectContaining({ id: older.id })], next_cursor: null });
    expect((await list(tenant, { queue: 'domain-events' }).expect(200)).body.data).toEqual([]);
    expectProblem(await list(tenant, { queue: 'nope' }), 400, 'request.invalid');
  }, 30_000);

  it('keeps dead letters to their tenant: not listed elsewhere, and another tenant\'s id answers 404', async () => {
    const { tenant, letter } = await aRefusedSync();
    const other = await aTenant(app);

    expect((await list(other).expect(200)).body.data.map((l: { id: string }) => l.id)).not.toContain(letter.id);
    expectProblem(await replay(other, letter.id), 404, 'resource.not_found');
    expectProblem(await replay(tenant, newId()), 404, 'resource.not_found');
    expectProblem(await replay(tenant, 'not-a-uuid'), 400, 'request.invalid');
    const { rows } = await db.query(`select replayed_at from dead_letters where id = $1`, [letter.id]);
    expect(rows[0].replayed_at).toBeNull();
  }, 30_000);

  it('replays a dead letter once when two admins replay it at the same time', async () => {
    const { tenant, odoo, opportunity, letter, goodKey } = await aRefusedSync();
    odoo.apiKey = goodKey;
    const answers = await Promise.all([replay(tenant, letter.id), replay(tenant, letter.id)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409]);
    await eventuallyOdoo(app, tenant, opportunity.id, 'success');
    expect(leadsOf(odoo, opportunity.id)).toHaveLength(1);
  }, 30_000);

  it('is for admins only', async () => {
    const { tenant, letter } = await aRefusedSync();
    for (const role of ['agent', 'viewer'] as const) {
      const key = await aKey(app, tenant, role);
      expectProblem(await list({ ...tenant, auth: key.auth }), 403, 'auth.forbidden');
      expectProblem(await replay({ ...tenant, auth: key.auth }, letter.id), 403, 'auth.forbidden');
    }
  }, 30_000);

  it('replays a dead-lettered domain event to the subscriber that refused it', async () => {
    const tenant = await aTenant(app);
    const eventId = newId();
    await db.query(
      `insert into outbox_events (id, tenant_id, type, aggregate_type, aggregate_id, payload, actor, occurred_at)
       values ($1, $2, 'test.dead_letter_replay', 'test', $1, '{}', '{"type":"system","id":null,"name":"test"}', now())`,
      [eventId, tenant.id],
    );
    const letter = await eventually(async () => (await list(tenant).expect(200)).body.data[0]);
    expect(letter).toMatchObject({ queue: 'domain-events', payload: { eventId, subscriber: 'test-refuse-once' }, attempts: 1, error: expect.stringContaining('refused the first time') });

    await replay(tenant, letter.id).expect(202);

    await eventually(async () =>
      (await db.query(`select 1 from processed_events where event_id = $1 and handler = 'test-refuse-once'`, [eventId])).rows[0]);
    expect(seen.get(eventId)).toBe(2);
    expect((await list(tenant).expect(200)).body.data).toHaveLength(1);
  }, 30_000);
});
