import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aKey, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import {
  RECORDING_MP3, sendZadarma, startZadarmaApi, zadarmaCall, type Signing, type ZadarmaApiStandIn,
} from '../support/stand-ins/zadarma.js';
import { callRows, callsOf, connectZadarma, deliverTo, opportunityOf, pbxId, settled, withAttempts } from '../support/telephony.js';

/** Zadarma PBX notifications end to end (contract §7, integrations §2), through the real signature check and the worker. */
let app: RunningApp;
let zadarmaApi: ZadarmaApiStandIn;
const db = sql();
const API_KEY = 'zadarma-test-key';
const API_SECRET = 'zadarma-test-secret';

beforeAll(async () => {
  zadarmaApi = await startZadarmaApi({ apiKey: API_KEY, apiSecret: API_SECRET });
  app = await startApp({ env: { RECORDINGS_DIR: mkdtempSync(join(tmpdir(), 'leadline-recordings-')) } });
});

afterAll(async () => {
  await app.close();
  await zadarmaApi.close();
  await db.end();
});

/** Zadarma writes international numbers as bare digits. */
const digits = (e164: string) => e164.replace(/^\+/, '');

async function zadarmaTenant(settings: Record<string, string> = {}) {
  const tenant = await aTenant(app);
  const connection = await connectZadarma(app, tenant, { api_key: API_KEY, api_secret: API_SECRET, api_base_url: zadarmaApi.baseUrl, ...settings });
  const send = (fields: Record<string, string>, signing: Signing = 'valid') =>
    sendZadarma(deliverTo(app), `/api/v1/webhooks/zadarma/${tenant.id}`, fields, connection.api_secret, signing);
  return { tenant, send };
}

async function callByPbxId(tenant: TestTenant, pbxCallId: string) {
  return (await callsOf(app, tenant)).find((call) => call.external_call_id === pbxCallId);
}

describe('the notification URL', () => {
  it('echoes zd_echo as plain text without authentication (Zadarma\'s URL check)', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().get(`/api/v1/webhooks/zadarma/${tenant.id}`).query({ zd_echo: 'f3a9c1' }).expect(200);
    expect(response.text).toBe('f3a9c1');
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('refuses a check without zd_echo and a tenant id that is not a UUID', async () => {
    expectProblem(await app.http().get(`/api/v1/webhooks/zadarma/${(await aTenant(app)).id}`), 400, 'request.invalid');
    expectProblem(await app.http().get('/api/v1/webhooks/zadarma/not-a-uuid').query({ zd_echo: 'x' }), 400, 'request.invalid');
  });
});

describe('Zadarma settings', () => {
  it('stores the secret sealed: the answer and the list show it masked, never whole', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().put('/api/v1/integrations/zadarma').set(tenant.auth)
      .send({ api_key: 'my-zadarma-key-123', api_secret: 'my-very-secret-zadarma-secret', timezone: 'Europe/Madrid' }).expect(200);
    expect(response.body).toMatchObject({ provider: 'zadarma', settings: { timezone: 'Europe/Madrid', api_base_url: null } });
    const list = await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200);
    for (const text of [response.text, list.text]) {
      expect(text).not.toContain('my-very-secret-zadarma-secret');
      expect(text).not.toContain('my-zadarma-key-123');
    }
    const { rows } = await db.query('select secrets_ciphertext::text as c from integration_settings where tenant_id = $1', [tenant.id]);
    expect(rows[0].c).not.toContain('my-very-secret');
  });

  it('refuses bad input with field errors, and keys that are not admin', async () => {
    const tenant = await aTenant(app);
    const put = (body: object) => app.http().put('/api/v1/integrations/zadarma').set(tenant.auth).send(body);
    for (const [body, field] of [
      [{ api_key: 'k' }, 'api_secret'],
      [{ api_secret: 's' }, 'api_key'],
      [{ api_key: '', api_secret: 's' }, 'api_key'],
      [{ api_key: 'k', api_secret: 's', timezone: 'Mars/Olympus' }, 'timezone'],
      [{ api_key: 'k', api_secret: 's', api_base_url: 'ftp://example.com' }, 'api_base_url'],
      [{ api_key: 'k', api_secret: 's', secret: 'x' }, 'secret'],
    ] as const) {
      const response = await put(body);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await app.http().put('/api/v1/integrations/zadarma').set(agent.auth).send({ api_key: 'k', api_secret: 's' }), 403, 'auth.forbidden');
    expectProblem(await app.http().put('/api/v1/integrations/zadarma').send({ api_key: 'k', api_secret: 's' }), 401, 'auth.unauthenticated');
  });
});

describe('the REST API base URL', () => {
  it('must be https to a public host, unless PROVIDER_TEST_HOSTS allows the host (stand-ins)', async () => {
    const tenant = await aTenant(app);
    const put = (api_base_url: string) => app.http().put('/api/v1/integrations/zadarma').set(tenant.auth)
      .send({ api_key: 'k', api_secret: 's', api_base_url });
    for (const url of [
      'http://api.zadarma.com', 'https://127.0.0.2', 'https://localhost:8443', 'https://10.1.2.3', 'https://169.254.169.254/latest',
      'https://192.168.1.10', 'https://[::1]', 'https://[::ffff:7f00:1]', 'http://127.0.0.2:8080', 'https://user:pw@api.zadarma.com',
    ]) {
      const response = await put(url);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors).toEqual([{ field: 'api_base_url', message: expect.stringContaining('api_base_url') }]);
    }
    expect((await put('https://api-sandbox.zadarma.com')).body).toMatchObject({ settings: { api_base_url: 'https://api-sandbox.zadarma.com' } });
    expect((await put(zadarmaApi.baseUrl)).body).toMatchObject({ settings: { api_base_url: zadarmaApi.baseUrl } });
  });
});

describe('signatures', () => {
  it('refuses a missing, a forged and another secret\'s signature with 401 and stores nothing', async () => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId());
    const contact = await aContact(app, tenant);
    for (const signing of ['missing', 'bad', { secret: 'not-the-secret' }] as Signing[]) {
      const response = await send(call.outStart(digits(contact.phone)), signing);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'telephony.zadarma_signature_invalid' });
    }
    expect(await callRows(db, tenant.id)).toBe(0);
  });

  it('refuses tenant A\'s signed notification on tenant B\'s URL, and on an unknown or unconfigured tenant', async () => {
    const a = await zadarmaTenant();
    const b = await zadarmaTenant({ api_secret: 'tenant-b-secret' });
    const unconfigured = await aTenant(app);
    const fields = zadarmaCall(pbxId()).outStart('525512345678');
    const deliver = deliverTo(app);
    for (const tenantId of [b.tenant.id, unconfigured.id, '0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b']) {
      const response = await sendZadarma(deliver, `/api/v1/webhooks/zadarma/${tenantId}`, fields, API_SECRET);
      expect(response.status).toBe(401);
    }
    expect(await callRows(db, b.tenant.id)).toBe(0);
    expect(await callRows(db, a.tenant.id)).toBe(0);
    expect((await a.send(fields)).status).toBe(200);
    expect(await callRows(db, a.tenant.id)).toBe(1);
  });

  it('acknowledges a signed event that is not about calls and stores nothing', async () => {
    const { tenant, send } = await zadarmaTenant();
    const response = await send({ event: 'SMS', result: '{"caller_id":"525512345678","text":"hola"}' });
    expect(response.status).toBe(200);
    expect(await callRows(db, tenant.id)).toBe(0);
  });

  it('answers 415 for a JSON body and 413 for a form over 1 MiB', async () => {
    const { tenant } = await zadarmaTenant();
    const path = `/api/v1/webhooks/zadarma/${tenant.id}`;
    expectProblem(await app.http().post(path).send({ event: 'NOTIFY_START', pbx_call_id: 'in_1' }), 415, 'request.unsupported_media_type');
    expectProblem(await app.http().post(path).type('form').send(`event=NOTIFY_START&pad=${'x'.repeat(1_100_000)}`), 413, 'request.too_large');
    expect(await callRows(db, tenant.id)).toBe(0);
  });

  it('answers 400 for a signed notification without pbx_call_id', async () => {
    const { tenant, send } = await zadarmaTenant();
    const { pbx_call_id: _id, ...withoutId } = zadarmaCall(pbxId()).outStart('525512345678');
    const response = await send(withoutId);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'telephony.notification_invalid' });
    expect(await callRows(db, tenant.id)).toBe(0);
  });
});

describe('an outbound call through the PBX', () => {
  it('creates the call from OUT_START, matches the contact by phone, and completes it on OUT_END (casos 1, 2, 6)', async () => {
    const { tenant, send } = await zadarmaTenant();
    const opp = await anOpportunity(app, tenant);
    const contact = (await app.http().get(`/api/v1/crm/contacts/${opp.contact_id}`).set(tenant.auth)).body;
    const call = zadarmaCall(pbxId(), { start: '2026-11-23 10:15:00' });

    expect((await send(call.outStart(digits(contact.phone)))).status).toBe(200);
    const started = await callByPbxId(tenant, call.pbxCallId);
    expect(started).toMatchObject({
      provider: 'zadarma', direction: 'outbound', call_status: 'initiated', entity_type: 'contacts', entity_id: contact.id,
      from_number: '100', to_number: digits(contact.phone), started_at: '2026-11-23T10:15:00.000Z',
    });
    const first = await withAttempts(app, tenant, opp.id, 1);
    expect(first.first_call_attempts['1']).toMatchObject({ status: 'orange', call_id: started!.id, attempted_at: '2026-11-23T10:15:00.000Z' });

    expect((await send(call.answer('442037691880', digits(contact.phone)))).status).toBe(200);
    expect((await send(call.outEnd(digits(contact.phone), 'answered', '73'))).status).toBe(200);
    const ended = await callByPbxId(tenant, call.pbxCallId);
    expect(ended).toMatchObject({ id: started!.id, call_status: 'completed', duration_seconds: 73, call_result: 'answered' });
    expect(ended!.answered_at).not.toBeNull();
    expect(ended!.ended_at).not.toBeNull();

    const done = await eventually(async () => {
      const view = await opportunityOf(app, tenant, opp.id);
      return view.first_call_completed ? view : undefined;
    });
    expect(Object.keys(done.first_call_attempts)).toEqual(['1']);
    expect(done).toMatchObject({ status: 'contacted', first_call_successful_attempt: 1, first_call_attempts: { 1: { status: 'green', call_id: started!.id } } });
  });

  it.each([
    ['answered', 'completed'], ['busy', 'busy'], ['no answer', 'no_answer'], ['cancel', 'cancelled'], ['failed', 'failed'],
    ['unallocated number', 'failed'], ['no money', 'failed'], ['no limit', 'failed'], ['no day limit', 'failed'],
    ['line limit', 'failed'], ['no money, no limit', 'failed'],
  ])('maps the disposition "%s" to %s and keeps it in call_result', async (disposition, status) => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId());
    expect((await send(call.outEnd('525512345678', disposition, '5'))).status).toBe(200);
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ call_status: status, call_result: disposition, duration_seconds: 5 });
  });

  it('reads call_start in the account\'s time zone', async () => {
    const { tenant, send } = await zadarmaTenant({ timezone: 'America/Mexico_City' });
    const call = zadarmaCall(pbxId(), { start: '2026-11-23 10:15:00' });
    await send(call.outStart('525512345678'));
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ started_at: '2026-11-23T16:15:00.000Z' });
  });

  it('changes nothing when a notification is delivered again', async () => {
    const { tenant, send } = await zadarmaTenant();
    const opp = await anOpportunity(app, tenant);
    const phone = (await app.http().get(`/api/v1/crm/contacts/${opp.contact_id}`).set(tenant.auth)).body.phone;
    const call = zadarmaCall(pbxId());
    await send(call.outEnd(digits(phone), 'no answer'));
    const first = await callByPbxId(tenant, call.pbxCallId);
    expect((await send(call.outEnd(digits(phone), 'no answer'))).status).toBe(200);
    await settled(app, tenant, db);
    const again = await callByPbxId(tenant, call.pbxCallId);
    expect(again).toEqual(first);
    expect(Object.keys((await withAttempts(app, tenant, opp.id, 1)).first_call_attempts)).toEqual(['1']);
  });

  it('never moves a final status back when OUT_END arrives before OUT_START and ANSWER', async () => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId());
    await send(call.outEnd('525512345678', 'answered', '40'));
    await send(call.answer('442037691880', '525512345678'));
    await send(call.outStart('525512345678'));
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({
      call_status: 'completed', duration_seconds: 40, call_result: 'answered', started_at: '2026-11-23T10:15:00.000Z',
    });
    expect(await callRows(db, tenant.id)).toBe(1);
  });

  it('makes one call of START, ANSWER and END delivered at the same time', async () => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId());
    const responses = await Promise.all([
      send(call.outStart('525512345678')), send(call.answer('442037691880', '525512345678')), send(call.outEnd('525512345678', 'busy')),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await callRows(db, tenant.id)).toBe(1);
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ call_status: 'busy' });
  });

  it('registers at most five attempts, in call order, and none after a successful one (casos 4, 5, 7)', async () => {
    const { tenant, send } = await zadarmaTenant();
    const opp = await anOpportunity(app, tenant);
    const phone = digits((await app.http().get(`/api/v1/crm/contacts/${opp.contact_id}`).set(tenant.auth)).body.phone);
    const ids: string[] = [];
    for (let n = 1; n <= 6; n += 1) {
      const call = zadarmaCall(pbxId(), { start: `2026-11-2${n} 10:00:00` });
      await send(call.outEnd(phone, 'no answer'));
      ids.push((await callByPbxId(tenant, call.pbxCallId))!.id);
      await settled(app, tenant, db);
    }
    const view = await withAttempts(app, tenant, opp.id, 5);
    expect(Object.entries(view.first_call_attempts).map(([n, a]) => [n, a.call_id, a.status]))
      .toEqual(ids.slice(0, 5).map((id, i) => [String(i + 1), id, 'orange']));

    const other = await anOpportunity(app, tenant);
    const otherPhone = digits((await app.http().get(`/api/v1/crm/contacts/${other.contact_id}`).set(tenant.auth)).body.phone);
    await send(zadarmaCall(pbxId()).outEnd(otherPhone, 'answered', '30'));
    await eventually(async () => ((await opportunityOf(app, tenant, other.id)).first_call_completed ? true : undefined));
    await send(zadarmaCall(pbxId()).outEnd(otherPhone, 'busy'));
    await settled(app, tenant, db);
    expect(Object.keys((await opportunityOf(app, tenant, other.id)).first_call_attempts)).toEqual(['1']);
  });
});

describe('direction and odd fields', () => {
  it('turns a call first heard of from an unprefixed ANSWER into outbound on OUT_END, and registers the attempt', async () => {
    const { tenant, send } = await zadarmaTenant();
    const opp = await anOpportunity(app, tenant);
    const phone = digits((await app.http().get(`/api/v1/crm/contacts/${opp.contact_id}`).set(tenant.auth)).body.phone);
    const call = zadarmaCall(pbxId('in'));
    await send(call.answer('442037691880', phone));
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ direction: 'inbound' });
    await send(call.outEnd(phone, 'no answer'));
    const ended = await callByPbxId(tenant, call.pbxCallId);
    expect(ended).toMatchObject({ direction: 'outbound', call_status: 'no_answer', entity_id: opp.contact_id });
    const view = await withAttempts(app, tenant, opp.id, 1);
    expect(view.first_call_attempts['1']).toMatchObject({ status: 'orange', call_id: ended!.id });
  });

  it('keeps the duration unknown when END carries none, rather than 0 seconds', async () => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId());
    const { duration: _duration, ...withoutDuration } = call.outEnd('525512345678', 'answered');
    expect((await send(withoutDuration)).status).toBe(200);
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ call_status: 'completed', duration_seconds: null });
  });

  it('takes a disposition named like an object property (constructor) as an unknown one: failed, kept raw', async () => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId());
    expect((await send(call.outEnd('525512345678', 'constructor', '3'))).status).toBe(200);
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ call_status: 'failed', call_result: 'constructor' });
  });
});

describe('an inbound call', () => {
  it('is recorded from START and END with the caller as its contact, and registers no attempt (caso 3)', async () => {
    const { tenant, send } = await zadarmaTenant();
    const opp = await anOpportunity(app, tenant);
    const phone = digits((await app.http().get(`/api/v1/crm/contacts/${opp.contact_id}`).set(tenant.auth)).body.phone);
    const call = zadarmaCall(pbxId('in'));
    await send(call.start(phone));
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ direction: 'inbound', call_status: 'ringing', entity_id: opp.contact_id, from_number: phone });
    await send(call.end(phone, 'answered', '61'));
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ direction: 'inbound', call_status: 'completed', duration_seconds: 61 });
    await settled(app, tenant, db);
    expect((await opportunityOf(app, tenant, opp.id)).first_call_attempts).toEqual({});
  });

  it('matches the contact when the PBX passes a national number', async () => {
    const { tenant, send } = await zadarmaTenant();
    const contact = await aContact(app, tenant);
    const national = contact.phone.replace(/^\+52/, '');
    const call = zadarmaCall(pbxId('in'));
    await send(call.start(national));
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ entity_id: contact.id, from_number: national });
  });

  it('keeps a call from an unknown number without a contact', async () => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId('in'));
    await send(call.start('5215599990000'));
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ entity_type: null, entity_id: null });
  });
});

describe('NOTIFY_RECORD', () => {
  it('has the worker fetch the link through the signed REST API, keep the audio and stream it back', async () => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId());
    await send(call.outEnd('525512345678', 'answered', '12'));
    const before = zadarmaApi.requests.length;
    expect((await send(call.record('1709280900.654321'))).status).toBe(200);
    const withRecording = await eventually(async () => {
      const found = await callByPbxId(tenant, call.pbxCallId);
      return found?.recording_url ? found : undefined;
    });
    // Our own stream, not Zadarma's expiring link, which viewers must not be handed.
    expect(withRecording.recording_url).toBe(`${app.config.publicBaseUrl}/api/v1/crm/calls/${withRecording.id}/recording`);
    expect(zadarmaApi.downloads).toContain('/recordings/1709280900.654321.mp3');
    expect(zadarmaApi.requests.slice(before)).toContainEqual({
      method: '/v1/pbx/record/request/', params: expect.objectContaining({ call_id: '1709280900.654321', format: 'json' }),
    });
    const audio = await app.http().get(`/api/v1/crm/calls/${withRecording.id}/recording`).set(tenant.auth)
      .buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
    expect(audio.headers['content-type']).toBe('audio/mpeg');
    expect(Buffer.compare(audio.body as Buffer, RECORDING_MP3)).toBe(0);
  });

  it('retries when Zadarma answers 429 and then an error envelope with HTTP 200', async () => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId());
    zadarmaApi.failNext('429');
    zadarmaApi.failNext('error-200');
    await send(call.record('1709280900.777'));
    const found = await eventually(async () => {
      const current = await callByPbxId(tenant, call.pbxCallId);
      return current?.recording_url ? current : undefined;
    }, 20_000);
    expect(found.recording_url).toBe(`${app.config.publicBaseUrl}/api/v1/crm/calls/${found.id}/recording`);
    expect(zadarmaApi.downloads).toContain('/recordings/1709280900.777.mp3');
    expect(zadarmaApi.requests.filter((r) => r.params.call_id === '1709280900.777').length).toBeGreaterThanOrEqual(3);
  });

  it('dead-letters the fetch when Zadarma keeps failing, and leaves the call without a link', async () => {
    const { tenant, send } = await zadarmaTenant();
    const call = zadarmaCall(pbxId());
    zadarmaApi.failNext('error-500', 3);
    await send(call.record('1709280900.999'));
    const dead = await eventually(async () => {
      const { rows } = await db.query('select error, attempts from dead_letters where tenant_id = $1', [tenant.id]);
      return rows.length > 0 ? rows : undefined;
    }, 20_000);
    expect(dead).toEqual([{ error: expect.stringContaining('Zadarma API 500'), attempts: 3 }]);
    expect(await callByPbxId(tenant, call.pbxCallId)).toMatchObject({ recording_url: null });
  });

  describe('fetches only Zadarma\'s own recordings', () => {
    let elsewhere: ZadarmaApiStandIn;
    beforeAll(async () => {
      elsewhere = await startZadarmaApi({ apiKey: API_KEY, apiSecret: API_SECRET });
    });
    afterAll(async () => {
      await elsewhere.close();
    });

    async function refusedRecording(link: string, reason: string) {
      const { tenant, send } = await zadarmaTenant();
      const call = zadarmaCall(pbxId());
      await send(call.outEnd('525512345678', 'answered', '12'));
      zadarmaApi.nextLink(link);
      await send(call.record(`1709280900.${Date.now()}`));
      // Refused at once: fetching the same link again cannot turn out differently.
      const dead = await eventually(async () => {
        const { rows } = await db.query('select error, attempts from dead_letters where tenant_id = $1', [tenant.id]);
        return rows.length > 0 ? rows : undefined;
      }, 20_000);
      expect(dead).toEqual([{ error: expect.stringContaining(reason), attempts: 1 }]);
      const stored = await callByPbxId(tenant, call.pbxCallId);
      expect(stored).toMatchObject({ recording_url: null });
      expect((await app.http().get(`/api/v1/crm/calls/${stored!.id}/recording`).set(tenant.auth)).status).toBe(404);
    }

    it('refuses a link to a host that is not the configured API\'s nor zadarma.com, without requesting it', async () => {
      await refusedRecording(`${elsewhere.baseUrl}/recordings/metadata.mp3`, 'is not on');
      expect(elsewhere.downloads).toEqual([]);
    });

    it('does not follow a redirect away from Zadarma', async () => {
      await refusedRecording(zadarmaApi.redirectingLink(`${elsewhere.baseUrl}/recordings/internal.mp3`), 'redirects');
      expect(elsewhere.downloads).toEqual([]);
    });

    it('stops reading a recording larger than 50 MiB and keeps none of it', async () => {
      await refusedRecording(zadarmaApi.oversizedLink(50 * 1024 * 1024 + 1), 'larger than');
    });
  });

  it('refuses a recording notification signed with another secret', async () => {
    const { tenant, send } = await zadarmaTenant();
    expect((await send(zadarmaCall(pbxId()).record('1.2'), { secret: 'other' })).status).toBe(401);
    expect(await callRows(db, tenant.id)).toBe(0);
  });
});
