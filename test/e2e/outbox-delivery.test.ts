import { afterAll, describe, expect, it } from '@jest/globals';
import { Injectable } from '@nestjs/common';
import {
  DELIVER_EVENT, deliveryJobId, DomainError, JobQueue, newId, Queues, SubscribesTo, type DeliveredEvent, type DomainEventSubscriber,
} from '@leadline/shared-kernel';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aTenant, anOpportunity, eventually } from '../support/builders.js';
import { aCall, opportunityOf, withAttempts } from '../support/telephony.js';
import { TEST_REDIS_URL } from '../support/config.js';
import { sql } from '../support/db.js';
import { TcpProxy } from '../support/tcp-proxy.js';

const db = sql();
afterAll(async () => {
  await db.end();
});

async function auditEntryFor(app: RunningApp, auth: Record<string, string>, entityId: string) {
  const response = await app.http().get('/api/v1/audit-log').query({ entity_id: entityId }).set(auth).expect(200);
  return response.body.data[0] as { action: string } | undefined;
}

describe('delivery when Redis is down', () => {
  const redis = new URL(TEST_REDIS_URL);
  const proxy = new TcpProxy({ host: redis.hostname, port: Number(redis.port) });
  let app: RunningApp;

  afterAll(async () => {
    await app?.close();
    await proxy.stop();
  });

  it('accepts writes during the outage, audited at once, and delivers their events once Redis is back', async () => {
    const port = await proxy.start();
    app = await startApp({ env: { REDIS_URL: `redis://127.0.0.1:${port}${redis.pathname}` } });
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);

    await proxy.stop();
    const call = await aCall(app, tenant, { entity_id: opportunity.contact_id, call_status: 'no_answer' });
    const ready = await app.http().get('/health/ready').expect(503);
    expect(ready.body.checks).toEqual({ postgres: 'up', redis: 'down' });
    // The audit entry is written with the change; the attempt needs the worker, which waits for Redis.
    expect((await auditEntryFor(app, tenant.auth, call.id))?.action).toBe('recorded');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await opportunityOf(app, tenant, opportunity.id)).first_call_attempts).toEqual({});
    const pending = await db.query(`select published_at from outbox_events where aggregate_id = $1`, [call.id]);
    expect(pending.rows).toEqual([{ published_at: null }]);

    await proxy.start();
    const registered = await withAttempts(app, tenant, opportunity.id, 1);
    expect(registered.first_call_attempts['1']).toMatchObject({ call_id: call.id, status: 'orange' });
    await app.http().get('/health/ready').expect(200);
  }, 60_000);
});

/** Test-only subscribers: one refuses by rule, one fails twice then works, one always breaks. */
const attemptsByEvent = new Map<string, number>();

@Injectable()
@SubscribesTo({ name: 'test-rules', events: ['test.*'] })
class RuleBreakingSubscriber implements DomainEventSubscriber {
  async handle(event: DeliveredEvent): Promise<void> {
    attemptsByEvent.set(event.id, (attemptsByEvent.get(event.id) ?? 0) + 1);
    const behaviour = (event.payload as { behaviour: string }).behaviour;
    if (behaviour === 'refuse') throw new DomainError('test.refused', 'refused by a business rule');
    if (behaviour === 'flaky' && attemptsByEvent.get(event.id)! < 3) throw new Error('temporarily unavailable');
    if (behaviour === 'broken') throw new Error('always broken');
    if (behaviour === 'refuse-once' && attemptsByEvent.get(event.id) === 1) throw new DomainError('test.refused', 'refused once');
    if (behaviour === 'mixed') throw new DomainError('test.refused', 'refused by a business rule');
  }
}

/** A second subscriber to the same events, failing transiently where the first refuses. */
@Injectable()
@SubscribesTo({ name: 'test-transient', events: ['test.*'] })
class TransientlyFailingSubscriber implements DomainEventSubscriber {
  async handle(event: DeliveredEvent): Promise<void> {
    if ((event.payload as { behaviour: string }).behaviour === 'mixed') throw new Error('connection reset');
  }
}

describe('retries and dead letters', () => {
  let app: RunningApp;

  afterAll(async () => {
    await app?.close();
  });

  /** Stores an event as a command would; the relay hands it to each subscriber. */
  async function deliver(tenantId: string, behaviour: string): Promise<string> {
    const id = newId();
    await db.query(
      `insert into outbox_events (id, tenant_id, type, aggregate_type, aggregate_id, payload, actor, occurred_at)
       values ($1, $2, 'test.happened', 'test', $1, $3, '{"type":"system","id":null,"name":"test"}', now())`,
      [id, tenantId, JSON.stringify({ behaviour })],
    );
    return id;
  }

  const deadLetter = async (eventId: string, subscriber = 'test-rules') =>
    (await db.query(`select error, attempts, tenant_id from dead_letters where payload->>'eventId' = $1 and payload->>'subscriber' = $2`,
      [eventId, subscriber])).rows[0];

  it('dead-letters a rule violation at once, retries a transient failure, and dead-letters an exhausted one', async () => {
    app = await startApp({ workerProviders: [RuleBreakingSubscriber, TransientlyFailingSubscriber], workerEnv: { LOG_LEVEL: 'debug' } });
    const tenant = await aTenant(app);

    const refused = await deliver(tenant.id, 'refuse');
    const flaky = await deliver(tenant.id, 'flaky');
    const broken = await deliver(tenant.id, 'broken');

    expect(await eventually(() => deadLetter(refused))).toMatchObject({ attempts: 1, tenant_id: tenant.id });
    expect((await deadLetter(refused)).error).toContain('refused by a business rule');

    const done = await eventually(async () =>
      (await db.query(`select 1 from processed_events where event_id = $1 and handler = 'test-rules'`, [flaky])).rows[0]);
    expect(done).toBeDefined();
    expect(attemptsByEvent.get(flaky)).toBe(3);
    expect(await deadLetter(flaky)).toBeUndefined();

    const exhausted = await eventually(() => deadLetter(broken));
    expect(exhausted).toMatchObject({ attempts: 3 });
    expect(exhausted.error).toContain('always broken');
    expect(attemptsByEvent.get(broken)).toBe(3);
  }, 30_000);

  it('retries and dead-letters per subscriber: the one refusing at once, the one failing transiently after its attempts', async () => {
    const tenant = await aTenant(app);
    const event = await deliver(tenant.id, 'mixed');
    expect(await eventually(() => deadLetter(event, 'test-rules'))).toMatchObject({ attempts: 1 });
    expect(await eventually(() => deadLetter(event, 'test-transient'))).toMatchObject({ attempts: 3 });
    await waitForQuiescence(app);
    const letters = await db.query(`select count(*)::int as n from dead_letters where payload->>'eventId' = $1`, [event]);
    expect(letters.rows[0].n).toBe(2);
  });

  it('redelivers a dead-lettered event replayed through POST /dead-letters/:id/replay', async () => {
    const tenant = await aTenant(app);
    const event = await deliver(tenant.id, 'refuse-once');
    const dead = await eventually(async () =>
      (await db.query(`select id from dead_letters where payload->>'eventId' = $1`, [event])).rows[0]);

    await app.http().post(`/api/v1/dead-letters/${dead.id}/replay`).set(tenant.auth).expect(202);

    await eventually(async () =>
      (await db.query(`select 1 from processed_events where event_id = $1 and handler = 'test-rules'`, [event])).rows[0]);
    expect(attemptsByEvent.get(event)).toBe(2);
  });

  it('does not run a subscriber again when an event is delivered twice', async () => {
    const tenant = await aTenant(app);
    const event = await deliver(tenant.id, 'counted');
    await eventually(async () =>
      (await db.query(`select 1 from processed_events where event_id = $1 and handler = 'test-rules'`, [event])).rows[0]);
    await app.worker!.get(JobQueue).add([{
      queue: Queues.domainEvents,
      name: DELIVER_EVENT,
      id: `again-${deliveryJobId(event, 'test-rules')}`,
      payload: { eventId: event, tenantId: tenant.id, subscriber: 'test-rules' },
      retry: { attempts: 1, backoffMs: 100 },
    }]);
    await waitForQuiescence(app);
    expect(attemptsByEvent.get(event)).toBe(1);
  });
});
