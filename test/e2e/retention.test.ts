import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RetentionJob } from '../../apps/worker/src/jobs/retention.job.js';
import { ScheduledJobsRelay } from '../../apps/worker/src/relays/scheduled-jobs-relay.js';
import { FakeClock, startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aPhone, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';

/** Retention (RETENTION_DAYS, 7 here; RETENTION_BATCH 2, so every rule needs several batches), a scheduled job of the worker. */
let app: RunningApp;
const clock = new FakeClock();
const db = sql();

beforeAll(async () => {
  app = await startApp({ clock, env: { RETENTION_BATCH: '2' } });
});

afterAll(async () => {
  await app.close();
  await db.end();
});

const count = async (query: string, params: unknown[]) => (await db.query(query, params)).rows[0].n as number;

/** A tenant whose three ManyChat events were processed, their outbox events published and delivered. */
async function aDeliveredTenant(): Promise<{ tenant: TestTenant; eventIds: string[]; inboxIds: string[] }> {
  const tenant = await aTenant(app);
  const inbox = await Promise.all([0, 1, 2].map(() => app.http().post('/api/v1/manychat/webhook/contact').set(tenant.auth).send({
    manychat_id: `MC${randomUUID().slice(0, 8)}`, nombre_lead: 'Ana', apellido_lead: 'García', whatsapp: aPhone(),
    datetime_suscripcion: '2025-06-10T10:00:00Z', datetime_actual: '2025-06-10T10:05:00Z', ultimo_estado: 'Nuevo Lead',
    canal_entrada: 'Facebook', estado_inicial: 'Nuevo',
  }).expect(202)));
  const inboxIds = inbox.map((response) => response.body.event_id as string);
  await eventually(async () => (await count(
    `select count(*)::int as n from manychat_inbox where tenant_id = $1 and status = 'processed'`, [tenant.id])) === 3 ? true : undefined);
  const { rows } = await db.query(`select id from outbox_events where tenant_id = $1 and type = 'manychat.event_received'`, [tenant.id]);
  const eventIds = rows.map((row) => row.id as string);
  await eventually(async () => (await count(
    `select count(*)::int as n from outbox_events o where o.id = any($1::uuid[]) and published_at is not null
       and exists (select 1 from processed_events p where p.event_id = o.id)`, [eventIds])) === eventIds.length ? true : undefined);
  return { tenant, eventIds, inboxIds };
}

describe('retention', () => {
  it('deletes what is older than RETENTION_DAYS, in batches, keeps the rest and what is still needed, and counts it', async () => {
    const { tenant, eventIds, inboxIds } = await aDeliveredTenant();
    const [keptByDeadLetter, ...prunable] = eventIds;
    await db.query(`update outbox_events set published_at = now() - interval '8 days' where id = any($1::uuid[])`, [eventIds]);
    await db.query(`update processed_events set processed_at = now() - interval '8 days' where event_id = any($1::uuid[])`, [eventIds]);
    await db.query(
      `insert into dead_letters (id, tenant_id, queue, job_name, payload, error, attempts) values ($1, $2, 'domain-events', 'deliver-event', $3, 'x', 1)`,
      [randomUUID(), tenant.id, { eventId: keptByDeadLetter, tenantId: tenant.id }],
    );
    // Two processed ManyChat events are old; the third is old but still failed (work to do).
    await db.query(`update manychat_inbox set received_at = now() - interval '8 days' where id = any($1::uuid[])`, [inboxIds]);
    await db.query(`update manychat_inbox set status = 'failed' where id = $1`, [inboxIds[2]]);
    for (const [age, id] of [['8 days', 'old-1'], ['8 days', 'old-2'], ['8 days', 'old-3'], ['6 days', 'recent']]) {
      await db.query(
        `insert into call_provider_events (id, tenant_id, provider, external_call_id, event_key, received_at)
         values ($1, $2, 'zadarma', $3, 'NOTIFY_START', now() - $4::interval)`,
        [randomUUID(), tenant.id, `${id}-${tenant.id}`, age],
      );
    }
    // Messaging webhook events: applied and ignored old ones go; a pending one and a recent one stay.
    for (const [status, age, id] of [['processed', '8 days', 'applied'], ['ignored', '8 days', 'ignored'], ['pending', '8 days', 'pending'], ['processed', '6 days', 'recent']]) {
      await db.query(
        `insert into messaging_inbox (id, tenant_id, channel, provider_event_id, event, status, received_at)
         values ($1, $2, 'telegram', $3, '{}', $4, now() - $5::interval)`,
        [randomUUID(), tenant.id, id, status, age],
      );
    }
    await db.query(
      `insert into idempotency_keys (scope, key, request_fingerprint, created_at) values ($1, 'old', 'f', now() - interval '25 hours'), ($1, 'new', 'f', now())`,
      [tenant.id],
    );
    const finished = await db.query(
      `insert into scheduled_jobs (id, tenant_id, queue, name, payload, status, due_at, finished_at)
       values ($1, $3, 'background', 'probe', '{}', 'done', now() - interval '9 days', now() - interval '8 days'),
              ($2, $3, 'background', 'probe', '{}', 'failed', now() - interval '9 days', now() - interval '8 days')
       returning id`,
      [randomUUID(), randomUUID(), tenant.id],
    );

    await app.worker!.get(RetentionJob).prune();

    expect(await count('select count(*)::int as n from outbox_events where id = any($1::uuid[])', [prunable])).toBe(0);
    expect(await count('select count(*)::int as n from outbox_events where id = $1', [keptByDeadLetter])).toBe(1);
    expect(await count('select count(*)::int as n from processed_events where event_id = any($1::uuid[])', [eventIds])).toBe(0);
    expect((await db.query('select id, status from manychat_inbox where id = any($1::uuid[]) order by id', [inboxIds])).rows)
      .toEqual([{ id: inboxIds[2], status: 'failed' }]);
    expect((await db.query('select external_call_id from call_provider_events where tenant_id = $1', [tenant.id])).rows)
      .toEqual([{ external_call_id: `recent-${tenant.id}` }]);
    expect((await db.query('select key from idempotency_keys where scope = $1', [tenant.id])).rows).toEqual([{ key: 'new' }]);
    expect((await db.query('select provider_event_id from messaging_inbox where tenant_id = $1 order by provider_event_id', [tenant.id])).rows)
      .toEqual([{ provider_event_id: 'pending' }, { provider_event_id: 'recent' }]);
    // A failed row stays: its dead letter may run it again.
    expect((await db.query('select id, status from scheduled_jobs where id = any($1::uuid[])', [finished.rows.map((row) => row.id)])).rows)
      .toEqual([{ id: finished.rows[1].id, status: 'failed' }]);

    const metrics = (await app.http().get('/metrics').expect(200)).text;
    const pruned = (what: string) => Number(new RegExp(`^leadline_retention_pruned_total\\{what="${what}"\\} (\\d+)`, 'm').exec(metrics)?.[1]);
    expect(pruned('call_provider_events')).toBeGreaterThanOrEqual(3);
    expect(pruned('manychat_inbox')).toBeGreaterThanOrEqual(2);
    expect(metrics).toMatch(/^leadline_retention_last_run_timestamp_seconds \d/m);
  });

  it('is scheduled work: a row a minute after the worker starts, which runs and schedules the next hour\'s', async () => {
    const rows = () => db.query(
      `select status, key, due_at from scheduled_jobs where name = 'maintenance.retention' and tenant_id is null order by due_at`,
    ).then((result) => result.rows as Array<{ status: string; key: string; due_at: Date }>);
    const pending = (await rows()).filter((row) => row.status === 'pending');
    expect(pending.length).toBeGreaterThanOrEqual(1);
    const first = pending.at(-1)!;
    expect(first.key).toBe(`hour:${first.due_at.toISOString().slice(0, 13)}`);

    clock.advance(first.due_at.getTime() - clock.now().getTime() + 1000);
    app.worker!.get(ScheduledJobsRelay).wake();
    await eventually(async () => ((await rows()).some((row) => row.key === first.key && row.status === 'done') ? true : undefined));
    await waitForQuiescence(app);
    const next = (await rows()).find((row) => row.status === 'pending' && row.due_at.getTime() > first.due_at.getTime());
    expect(next?.due_at.getTime()).toBeGreaterThanOrEqual(clock.now().getTime() + 3_599_000);
    expect(next?.key).toBe(`hour:${next!.due_at.toISOString().slice(0, 13)}`);
  });
});
