import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Injectable } from '@nestjs/common';
import { RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import {
  HandlesJob, JobQueue, JobScheduler, newId, Queues, redisOptions, SubscribesTo, UnitOfWork,
  type DeliveredEvent, type DomainEventSubscriber, type JobHandler,
} from '@leadline/shared-kernel';
import { TransportSweeper } from '../../apps/worker/src/jobs/transport-sweeper.js';
import { ScheduledJobsRelay } from '../../apps/worker/src/relays/scheduled-jobs-relay.js';
import { FakeClock, startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aTenant, eventually } from '../support/builders.js';
import { TEST_REDIS_URL } from '../support/config.js';
import { sql } from '../support/db.js';

/** Test-only work: counts every run, and can be held at a gate to keep jobs in flight. */
const runs = new Map<string, number>();
let gate: Promise<void> | null = null;
let openGate: () => void = () => undefined;
function closeGate(): void {
  gate = new Promise((resolve) => {
    openGate = resolve;
  });
}
const count = (key: string) => runs.set(key, (runs.get(key) ?? 0) + 1);

@Injectable()
@HandlesJob({ queue: Queues.background, name: 'test-probe', attempts: 2, backoffMs: 50 })
class ProbeJob implements JobHandler<{ probe: string }> {
  async run({ probe }: { probe: string }): Promise<void> {
    count(probe);
    await gate;
  }
}

@Injectable()
@HandlesJob({ queue: Queues.background, name: 'test-outside-call', atMostOnce: true, leaseMs: 60_000 })
class OutsideCallJob implements JobHandler<{ probe: string }> {
  async run({ probe }: { probe: string }): Promise<void> {
    count(probe);
  }
}

@Injectable()
@SubscribesTo({ name: 'test-records', events: ['runtime_test.*'] })
class RecordingSubscriber implements DomainEventSubscriber {
  async handle(event: DeliveredEvent): Promise<void> {
    count(`records:${event.id}`);
    await gate;
  }
}

@Injectable()
@SubscribesTo({ name: 'test-always-down', events: ['runtime_test.isolation'] })
class AlwaysDownSubscriber implements DomainEventSubscriber {
  async handle(event: DeliveredEvent): Promise<void> {
    count(`down:${event.id}`);
    throw new Error('the downstream system is down');
  }
}

const db = sql();
const clock = new FakeClock();
let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ clock, workerProviders: [ProbeJob, OutsideCallJob, RecordingSubscriber, AlwaysDownSubscriber] });
});

afterAll(async () => {
  openGate();
  await app.close();
  await db.end();
});

beforeEach(() => {
  gate = null;
});

/** Schedules through the product's JobScheduler, as a command handler does: in a transaction. */
async function schedule(jobClass: typeof ProbeJob | typeof OutsideCallJob, probe: string, options: { tenantId: string; dueAt?: Date; key?: string }) {
  const em = app.api.get(EntityManager);
  return RequestContext.create(em, () => app.api.get(UnitOfWork).run(() =>
    app.api.get(JobScheduler).schedule(jobClass, { probe }, { dueAt: clock.now(), ...options })));
}

async function cancel(tenantId: string, key: string) {
  const em = app.api.get(EntityManager);
  return RequestContext.create(em, () => app.api.get(UnitOfWork).run(() => app.api.get(JobScheduler).cancel(ProbeJob, { tenantId, key })));
}

async function rowsOf(tenantId: string) {
  const { rows } = await db.query(`select payload->>'probe' as probe, status, attempts from scheduled_jobs where tenant_id = $1 order by payload->>'probe'`, [tenantId]);
  return rows as { probe: string; status: string; attempts: number }[];
}

async function anEvent(tenantId: string, type: string): Promise<string> {
  const id = newId();
  await db.query(
    `insert into outbox_events (id, tenant_id, type, aggregate_type, aggregate_id, payload, actor, occurred_at)
     values ($1, $2, $3, 'runtime_test', $1, '{}', '{"type":"system","id":null,"name":"test"}', now())`,
    [id, tenantId, type],
  );
  return id;
}

/** Deletes every key of this app's queues in Redis, as FLUSHDB or a restart without persistence would. */
async function flushQueues(): Promise<number> {
  const redis = new Redis(redisOptions(TEST_REDIS_URL));
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${app.config.queuePrefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}

const relay = () => app.worker!.get(ScheduledJobsRelay);
const sweeper = () => app.worker!.get(TransportSweeper);

describe('one delivery per subscriber', () => {
  it('a subscriber that keeps failing leaves the others delivered once; only it is retried, then dead-lettered', async () => {
    const tenant = await aTenant(app);
    const event = await anEvent(tenant.id, 'runtime_test.isolation');

    // Three attempts with backoff for the failing subscriber: more than the default budget on a loaded machine.
    await waitForQuiescence(app, 45_000);
    expect(runs.get(`records:${event}`)).toBe(1);
    expect(runs.get(`down:${event}`)).toBe(3); // EVENT_MAX_ATTEMPTS in the tests
    const { rows: markers } = await db.query(`select handler from processed_events where event_id = $1 order by handler`, [event]);
    expect(markers.map((row) => row.handler)).toEqual(['test-records']);
    const { rows: letters } = await db.query(`select payload->>'subscriber' as subscriber, attempts from dead_letters where payload->>'eventId' = $1`, [event]);
    expect(letters).toEqual([{ subscriber: 'test-always-down', attempts: 3 }]);
  }, 60_000);
});

describe('scheduled work', () => {
  it('runs a job due a year ahead when its time comes, and only then, once', async () => {
    const tenant = await aTenant(app);
    const probe = newId();
    await schedule(ProbeJob, probe, { tenantId: tenant.id, dueAt: new Date(clock.now().getTime() + 365 * 24 * 3600_000) });

    clock.advance(364 * 24 * 3600_000);
    relay().wake();
    await waitForQuiescence(app);
    expect(runs.get(probe)).toBeUndefined();
    expect(await rowsOf(tenant.id)).toEqual([{ probe, status: 'pending', attempts: 0 }]);

    clock.advance(2 * 24 * 3600_000);
    relay().wake();
    await eventually(async () => (runs.get(probe) ? true : undefined));
    await waitForQuiescence(app);
    expect(runs.get(probe)).toBe(1);
    expect(await rowsOf(tenant.id)).toEqual([{ probe, status: 'done', attempts: 1 }]);
  });

  it('a job cancelled in the transaction of the fact that cancels it never runs; a key names one tenant\'s job', async () => {
    const [tenant, other] = [await aTenant(app), await aTenant(app)];
    const [mine, theirs] = [newId(), newId()];
    const dueAt = new Date(clock.now().getTime() + 3600_000);
    await schedule(ProbeJob, mine, { tenantId: tenant.id, dueAt, key: 'follow-up' });
    await schedule(ProbeJob, theirs, { tenantId: other.id, dueAt, key: 'follow-up' });
    // A second schedule under a live key is a no-op.
    expect(await schedule(ProbeJob, newId(), { tenantId: tenant.id, dueAt, key: 'follow-up' })).toBe(false);

    expect(await cancel(tenant.id, 'follow-up')).toBe(1);
    clock.advance(2 * 3600_000);
    relay().wake();
    await eventually(async () => (runs.get(theirs) ? true : undefined));
    await waitForQuiescence(app);

    expect(runs.get(mine)).toBeUndefined();
    expect(await rowsOf(tenant.id)).toEqual([{ probe: mine, status: 'cancelled', attempts: 0 }]);
    expect(await rowsOf(other.id)).toEqual([{ probe: theirs, status: 'done', attempts: 1 }]);
  });

  it('a job handed to the queue twice runs once', async () => {
    const tenant = await aTenant(app);
    const probe = newId();
    closeGate();
    await schedule(ProbeJob, probe, { tenantId: tenant.id });
    relay().wake();
    await eventually(async () => (runs.get(probe) ? true : undefined));
    const { rows: [row] } = await db.query(`select id from scheduled_jobs where tenant_id = $1`, [tenant.id]);
    // Replayed by the transport while the first run is still going, and again after it ended.
    const again = { queue: Queues.background, name: 'test-probe', payload: { scheduledJobId: row.id }, retry: { attempts: 1, backoffMs: 10 } };
    await app.worker!.get(JobQueue).add([{ ...again, id: `again-1-${row.id}` }]);
    openGate();
    await waitForQuiescence(app);
    await app.worker!.get(JobQueue).add([{ ...again, id: `again-2-${row.id}` }]);
    await waitForQuiescence(app);
    expect(runs.get(probe)).toBe(1);
  });
});

describe('Redis is only a transport', () => {
  it('flushed with scheduled jobs waiting in it: every due job still runs, exactly once', async () => {
    const tenant = await aTenant(app);
    const probes = Array.from({ length: 30 }, () => newId());
    for (const probe of probes) await schedule(ProbeJob, probe, { tenantId: tenant.id });
    closeGate();
    relay().wake();
    // Two run (the background lane's concurrency) and wait at the gate; the rest wait in Redis.
    await eventually(async () => ((await rowsOf(tenant.id)).every((row) => row.status !== 'pending') ? true : undefined));
    expect(await flushQueues()).toBeGreaterThan(0);
    openGate();

    await sweeper().sweepNow();
    await waitForQuiescence(app);
    expect(probes.map((probe) => runs.get(probe))).toEqual(probes.map(() => 1));
    expect((await rowsOf(tenant.id)).map((row) => row.status)).toEqual(probes.map(() => 'done'));
  });

  it('flushed with event deliveries waiting in it: every subscriber still gets each event, exactly once', async () => {
    const tenant = await aTenant(app);
    closeGate();
    const events = [];
    for (let i = 0; i < 20; i++) events.push(await anEvent(tenant.id, 'runtime_test.happened'));
    await eventually(async () => {
      const { rows: [row] } = await db.query(`select count(*)::int as n from outbox_events where tenant_id = $1 and published_at is null`, [tenant.id]);
      return row.n === 0 ? true : undefined;
    });
    expect(await flushQueues()).toBeGreaterThan(0);
    openGate();

    await sweeper().sweepNow();
    await waitForQuiescence(app);
    expect(events.map((event) => runs.get(`records:${event}`))).toEqual(events.map(() => 1));
    const { rows: [markers] } = await db.query(
      `select count(*)::int as n from processed_events where handler = 'test-records' and event_id = any($1::uuid[])`, [events]);
    expect(markers.n).toBe(20);
  });
});

describe('a worker that died mid-job', () => {
  /** A row as a dead worker leaves it: claimed and started long ago, never finished. */
  async function abandoned(tenantId: string, name: string, probe: string): Promise<string> {
    const id = newId();
    await db.query(
      `insert into scheduled_jobs (id, tenant_id, queue, name, payload, due_at, status, attempts, queued_at, started_at)
       values ($1, $2, 'background', $3, $4, $5, 'running', 1, $5, $5)`,
      [id, tenantId, name, JSON.stringify({ probe }), new Date(clock.now().getTime() - 3600_000)],
    );
    return id;
  }

  it('its job runs again once the lease has passed; a job that talks to the outside world at most once is marked outcome_unknown for a human instead', async () => {
    const tenant = await aTenant(app);
    const [retried, outside] = [newId(), newId()];
    await abandoned(tenant.id, 'test-probe', retried);
    const unknown = await abandoned(tenant.id, 'test-outside-call', outside);

    await sweeper().sweepNow();
    await waitForQuiescence(app);

    expect(runs.get(retried)).toBe(1);
    expect(runs.get(outside)).toBeUndefined();
    expect(await rowsOf(tenant.id)).toEqual(expect.arrayContaining([
      { probe: retried, status: 'done', attempts: 2 },
      { probe: outside, status: 'outcome_unknown', attempts: 1 },
    ]));
    const { rows: letters } = await db.query(`select job_name, scheduled_job_id, error from dead_letters where tenant_id = $1`, [tenant.id]);
    expect(letters).toEqual([{ job_name: 'test-outside-call', scheduled_job_id: unknown, error: expect.stringContaining('outcome unknown') }]);
  });
});
