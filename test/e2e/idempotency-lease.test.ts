import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aTenant, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import { startTwilio, type TwilioStandIn } from '../support/stand-ins/twilio.js';

/** Idempotency-Key claims are leases (IDEMPOTENCY_LEASE_MS, 600 ms here): a dead request's key comes free, a live one's does not. */
const LEASE_MS = 600;
const FROM = '+14155550100';
let app: RunningApp;
let twilio: TwilioStandIn;
const db = sql();

beforeAll(async () => {
  twilio = await startTwilio({ ownedNumbers: [FROM] });
  app = await startApp({ worker: false, env: { IDEMPOTENCY_LEASE_MS: String(LEASE_MS) } });
});

afterAll(async () => {
  await app.close();
  await twilio.close();
  await db.end();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The claim a request leaves when its process is killed after its command committed and before its answer was stored. */
async function claimOfADeadRequest(tenant: TestTenant, key: string, path: string, body: unknown, ageMs: number) {
  const fingerprint = createHash('sha256').update(`POST ${path}\n`).update(JSON.stringify(body)).digest('hex');
  await db.query(
    `insert into idempotency_keys (scope, key, request_fingerprint, created_at) values ($1, $2, $3, now() - $4 * interval '1 millisecond')`,
    [tenant.id, key, fingerprint, ageMs],
  );
}

describe('Idempotency-Key leases', () => {
  it('a key whose request died midway answers 409 in_progress within the lease, and is claimed afresh after it', async () => {
    const tenant = await aTenant(app);
    const key = `dead-${randomUUID()}`;
    const body = { first_name: 'Ana', last_name: 'Ruiz' };
    await claimOfADeadRequest(tenant, key, '/api/v1/crm/contacts', body, 0);

    const early = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Idempotency-Key', key).send(body);
    expectProblem(early, 409, 'idempotency.in_progress');

    await sleep(LEASE_MS + 100);
    const retried = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Idempotency-Key', key).send(body).expect(201);
    const replayed = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Idempotency-Key', key).send(body).expect(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body).toEqual(retried.body);
  });

  it('a lapsed claim is still refused to another body (409 key_reused once the key has its answer)', async () => {
    const tenant = await aTenant(app);
    const key = `dead-${randomUUID()}`;
    await claimOfADeadRequest(tenant, key, '/api/v1/crm/contacts', { first_name: 'Ana' }, LEASE_MS * 2);
    await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Idempotency-Key', key).send({ first_name: 'Eva' }).expect(201);
    const other = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Idempotency-Key', key).send({ first_name: 'Ana' });
    expectProblem(other, 409, 'idempotency.key_reused');
  });

  it('a live request slower than the lease keeps its key: a retry meanwhile gets 409 and Twilio places one call', async () => {
    const tenant = await aTenant(app);
    await app.http().put('/api/v1/integrations/twilio').set(tenant.auth).send({
      account_sid: twilio.accountSid, auth_token: twilio.authToken, from_number: FROM, api_base_url: twilio.baseUrl,
    }).expect(200);
    const contact = await aContact(app, tenant);
    const key = `slow-${randomUUID()}`;
    const placedBefore = twilio.calls.length;
    twilio.delayNext(LEASE_MS * 3);

    // supertest sends on then(): start the first request now.
    const first = app.http().post('/api/v1/crm/calls/initiate').set(tenant.auth).set('Idempotency-Key', key).send({ contact_id: contact.id })
      .then((response) => response);
    await sleep(LEASE_MS * 2);
    const meanwhile = await app.http().post('/api/v1/crm/calls/initiate').set(tenant.auth).set('Idempotency-Key', key).send({ contact_id: contact.id });
    expectProblem(meanwhile, 409, 'idempotency.in_progress');

    expect((await first).status).toBe(202);
    const replay = await app.http().post('/api/v1/crm/calls/initiate').set(tenant.auth).set('Idempotency-Key', key).send({ contact_id: contact.id });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(twilio.calls.length - placedBefore).toBe(1);
  });
});
