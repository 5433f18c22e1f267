import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aKey, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import { emitTwilioStatus, signTwilio, startTwilio, type CallbackOptions, type CallbackStatus, type TwilioStandIn } from '../support/stand-ins/twilio.js';
import { callRows, callsOf, deliverTo, opportunityOf, settled, withAttempts } from '../support/telephony.js';

/** Outbound calls through Twilio (contract §6 initiate, §7 status callbacks; integrations §3) with the official SDK against a stand-in. */
let app: RunningApp;
let twilio: TwilioStandIn;
let otherTwilio: TwilioStandIn;
const db = sql();
const PUBLIC_BASE_URL = 'https://leadline.example.test';
const FROM = '+14155550100';

beforeAll(async () => {
  twilio = await startTwilio({ ownedNumbers: [FROM] });
  otherTwilio = await startTwilio({ ownedNumbers: [FROM] });
  app = await startApp({ env: { PUBLIC_BASE_URL } });
});

afterAll(async () => {
  await app.close();
  await twilio.close();
  await otherTwilio.close();
  await db.end();
});

async function twilioTenant(account: TwilioStandIn = twilio, settings: Record<string, string> = {}) {
  const tenant = await aTenant(app);
  await app.http().put('/api/v1/integrations/twilio').set(tenant.auth).send({
    account_sid: account.accountSid, auth_token: account.authToken, from_number: FROM, api_base_url: account.baseUrl, ...settings,
  }).expect(200);
  return tenant;
}

function initiate(tenant: TestTenant, body: Record<string, unknown>) {
  return app.http().post('/api/v1/crm/calls/initiate').set(tenant.auth).send(body);
}

function placed(sid: string) {
  const call = twilio.calls.find((c) => c.sid === sid);
  if (!call) throw new Error(`the stand-in has no call ${sid}`);
  return call;
}

const emit = (sid: string, status: CallbackStatus, options: CallbackOptions = {}) =>
  emitTwilioStatus(twilio, placed(sid), status, deliverTo(app), options);

async function callOf(tenant: TestTenant, id: string) {
  return (await app.http().get(`/api/v1/crm/calls/${id}`).set(tenant.auth).expect(200)).body;
}

describe('Twilio settings', () => {
  it('keeps the auth token out of every answer', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().put('/api/v1/integrations/twilio').set(tenant.auth).send({
      account_sid: 'AC0123456789abcdef0123456789abcdef', auth_token: 'super-secret-auth-token-value', from_number: FROM,
    }).expect(200);
    expect(response.body).toMatchObject({
      provider: 'twilio', settings: { account_sid: 'AC0123456789abcdef0123456789abcdef', from_number: FROM, api_base_url: null },
    });
    const list = await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200);
    expect(response.text + list.text).not.toContain('super-secret-auth-token-value');
  });

  it('refuses bad input with field errors, and keys that are not admin', async () => {
    const tenant = await aTenant(app);
    const valid = { account_sid: 'AC0123456789abcdef0123456789abcdef', auth_token: 't', from_number: FROM };
    for (const [change, field] of [
      [{ account_sid: 'XX0123' }, 'account_sid'],
      [{ auth_token: '' }, 'auth_token'],
      [{ from_number: '4155550100' }, 'from_number'],
      [{ api_base_url: 'not a url' }, 'api_base_url'],
      [{ api_base_url: 'javascript:alert(1)' }, 'api_base_url'],
      // Our server would call these with the tenant's auth token: only public https, or a PROVIDER_TEST_HOSTS host.
      [{ api_base_url: 'http://api.twilio.com' }, 'api_base_url'],
      [{ api_base_url: 'https://169.254.169.254' }, 'api_base_url'],
      [{ api_base_url: 'https://172.16.0.1:8443' }, 'api_base_url'],
      [{ api_base_url: 'https://localhost' }, 'api_base_url'],
      [{ region: 'ie1' }, 'region'],
    ] as const) {
      const response = await app.http().put('/api/v1/integrations/twilio').set(tenant.auth).send({ ...valid, ...change });
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const viewer = await aKey(app, tenant, 'viewer');
    expectProblem(await app.http().put('/api/v1/integrations/twilio').set(viewer.auth).send(valid), 403, 'auth.forbidden');
    const proxied = await app.http().put('/api/v1/integrations/twilio').set(tenant.auth).send({ ...valid, api_base_url: 'https://twilio-proxy.example.com' });
    expect(proxied.body).toMatchObject({ settings: { api_base_url: 'https://twilio-proxy.example.com' } });
  });
});

describe('placing a call', () => {
  it('places it through Twilio and follows its status callbacks to completed; the attempt shows on the opportunity (casos 1, 2, 6)', async () => {
    const tenant = await twilioTenant();
    const opp = await anOpportunity(app, tenant);
    const contact = (await app.http().get(`/api/v1/crm/contacts/${opp.contact_id}`).set(tenant.auth)).body;

    const response = await initiate(tenant, { contact_id: contact.id, opportunity_id: opp.id }).expect(202);
    expect(response.body).toMatchObject({
      provider: 'twilio', direction: 'outbound', call_status: 'initiated', entity_type: 'contacts', entity_id: contact.id,
      from_number: FROM, to_number: contact.phone, external_call_id: expect.stringMatching(/^CA[0-9a-f]{32}$/),
    });
    const sent = placed(response.body.external_call_id);
    expect(sent).toMatchObject({
      to: contact.phone, from: FROM, statusCallbackMethod: 'POST',
      statusCallback: `${PUBLIC_BASE_URL}/api/v1/webhooks/twilio/${tenant.id}/status`,
      statusCallbackEvents: ['initiated', 'ringing', 'answered', 'completed'],
    });
    const first = await withAttempts(app, tenant, opp.id, 1);
    expect(first.first_call_attempts['1']).toMatchObject({ status: 'orange', call_id: response.body.id });

    const sid = response.body.external_call_id as string;
    expect((await emit(sid, 'initiated')).status).toBe(204);
    expect((await emit(sid, 'ringing')).status).toBe(204);
    expect(await callOf(tenant, response.body.id)).toMatchObject({ call_status: 'ringing' });
    expect((await emit(sid, 'in-progress')).status).toBe(204);
    const answered = await callOf(tenant, response.body.id);
    expect(answered).toMatchObject({ call_status: 'answered', answered_at: expect.any(String) });
    expect((await emit(sid, 'completed', { duration: 47 })).status).toBe(204);
    expect(await callOf(tenant, response.body.id)).toMatchObject({
      call_status: 'completed', duration_seconds: 47, ended_at: expect.any(String), call_result: 'completed',
    });

    const done = await eventually(async () => {
      const view = await opportunityOf(app, tenant, opp.id);
      return view.first_call_completed ? view : undefined;
    });
    expect(done).toMatchObject({ status: 'contacted', first_call_successful_attempt: 1 });
    expect(Object.keys(done.first_call_attempts)).toEqual(['1']);
    expect(done.first_call_attempts['1']).toMatchObject({ status: 'green', call_id: response.body.id });
  });

  it.each([
    ['busy', 'busy'], ['no-answer', 'no_answer'], ['failed', 'failed'], ['canceled', 'cancelled'],
  ] as const)('maps the final status %s to %s', async (twilioStatus, status) => {
    const tenant = await twilioTenant();
    const contact = await aContact(app, tenant);
    const call = (await initiate(tenant, { contact_id: contact.id }).expect(202)).body;
    await emit(call.external_call_id, 'ringing');
    expect((await emit(call.external_call_id, twilioStatus)).status).toBe(204);
    expect(await callOf(tenant, call.id)).toMatchObject({ call_status: status, duration_seconds: 0, call_result: twilioStatus });
  });

  it('registers five attempts for six calls, in call order, and none once one succeeded (casos 4, 5, 7)', async () => {
    const tenant = await twilioTenant();
    const opp = await anOpportunity(app, tenant);
    const ids: string[] = [];
    for (let n = 0; n < 6; n += 1) {
      const call = (await initiate(tenant, { contact_id: opp.contact_id }).expect(202)).body;
      ids.push(call.id);
      await emit(call.external_call_id, 'no-answer');
      await settled(app, tenant, db);
    }
    const view = await withAttempts(app, tenant, opp.id, 5);
    expect(Object.values(view.first_call_attempts).map((a) => a.call_id)).toEqual(ids.slice(0, 5));

    const other = await anOpportunity(app, tenant);
    const good = (await initiate(tenant, { contact_id: other.contact_id }).expect(202)).body;
    await emit(good.external_call_id, 'completed', { duration: 30 });
    await eventually(async () => ((await opportunityOf(app, tenant, other.id)).first_call_completed ? true : undefined));
    await initiate(tenant, { contact_id: other.contact_id }).expect(202);
    await settled(app, tenant, db);
    expect(Object.keys((await opportunityOf(app, tenant, other.id)).first_call_attempts)).toEqual(['1']);
  });
});

describe('initiate errors', () => {
  it('answers 422 without Twilio settings', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    expectProblem(await initiate(tenant, { contact_id: contact.id }), 422, 'telephony.provider_not_configured');
    expect(await callRows(db, tenant.id)).toBe(0);
  });

  it('carries Twilio\'s code when Twilio refuses the call, and stores no call', async () => {
    const tenant = await twilioTenant();
    const contact = await aContact(app, tenant);
    twilio.failNext({ status: 400, code: 21211, message: "The 'To' number is not a valid phone number." });
    const refused = await initiate(tenant, { contact_id: contact.id });
    expectProblem(refused, 422, 'telephony.provider_rejected');
    expect(refused.body).toMatchObject({ provider: 'twilio', provider_code: 21211 });

    const unowned = await twilioTenant(twilio, { from_number: '+14155550199' });
    const unownedContact = await aContact(app, unowned);
    const notVerified = await initiate(unowned, { contact_id: unownedContact.id });
    expectProblem(notVerified, 422, 'telephony.provider_rejected');
    expect(notVerified.body.provider_code).toBe(21210);

    const wrongToken = await twilioTenant(twilio, { auth_token: 'wrong-token' });
    const wrongTokenContact = await aContact(app, wrongToken);
    const unauthenticated = await initiate(wrongToken, { contact_id: wrongTokenContact.id });
    expectProblem(unauthenticated, 422, 'telephony.provider_rejected');
    expect(unauthenticated.body.provider_code).toBe(20003);

    for (const t of [tenant, unowned, wrongToken]) expect(await callRows(db, t.id)).toBe(0);
  });

  it('answers 502 with Twilio\'s code when Twilio fails on its side', async () => {
    const tenant = await twilioTenant();
    const contact = await aContact(app, tenant);
    twilio.failNext({ status: 503, code: 20503, message: 'Service unavailable' });
    const response = await initiate(tenant, { contact_id: contact.id });
    expectProblem(response, 502, 'telephony.provider_unavailable');
    expect(response.body.provider_code).toBe(20503);
    expect(await callRows(db, tenant.id)).toBe(0);
  });

  it('answers 422 for a contact without phone, an unknown contact, another tenant\'s contact, and a foreign opportunity', async () => {
    const tenant = await twilioTenant();
    const noPhone = await aContact(app, tenant, { phone: null, email: 'sin-telefono@example.com' });
    expectProblem(await initiate(tenant, { contact_id: noPhone.id }), 422, 'telephony.contact_without_phone');
    expectProblem(await initiate(tenant, { contact_id: '0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b' }), 422, 'call.contact_unknown');
    const stranger = await aContact(app, await aTenant(app));
    expectProblem(await initiate(tenant, { contact_id: stranger.id }), 422, 'call.contact_unknown');
    const contact = await aContact(app, tenant);
    const someoneElses = await anOpportunity(app, tenant);
    expectProblem(await initiate(tenant, { contact_id: contact.id, opportunity_id: someoneElses.id }), 422, 'telephony.opportunity_not_of_contact');
    expect(await callRows(db, tenant.id)).toBe(0);
  });

  it('refuses bad bodies with 400 and viewer keys with 403', async () => {
    const tenant = await twilioTenant();
    for (const body of [{}, { contact_id: 'nope' }, { contact_id: '0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b', to: '+1555' }, { contact_id: '0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b', opportunity_id: 7 }]) {
      expectProblem(await initiate(tenant, body), 400, 'request.invalid');
    }
    const viewer = await aKey(app, tenant, 'viewer');
    const contact = await aContact(app, tenant);
    expectProblem(await app.http().post('/api/v1/crm/calls/initiate').set(viewer.auth).send({ contact_id: contact.id }), 403, 'auth.forbidden');
  });
});

describe('status callbacks', () => {
  async function aPlacedCall() {
    const tenant = await twilioTenant();
    const contact = await aContact(app, tenant);
    const call = (await initiate(tenant, { contact_id: contact.id }).expect(202)).body;
    return { tenant, call, sid: call.external_call_id as string };
  }

  it('refuses a wrong or missing signature with 403 and changes nothing', async () => {
    const { tenant, call, sid } = await aPlacedCall();
    for (const signature of ['wrong', 'missing'] as const) {
      const response = await emit(sid, 'completed', { signature, duration: 10 });
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'telephony.twilio_signature_invalid' });
    }
    expect(await callOf(tenant, call.id)).toMatchObject({ call_status: 'initiated', version: call.version });
  });

  it('refuses tenant A\'s callback posted to tenant B\'s URL', async () => {
    const a = await aPlacedCall();
    const b = await twilioTenant(otherTwilio);
    const response = await emit(a.sid, 'completed', { url: `${PUBLIC_BASE_URL}/api/v1/webhooks/twilio/${b.id}/status` });
    expect(response.status).toBe(403);
    expect(await callOf(a.tenant, a.call.id)).toMatchObject({ call_status: 'initiated' });
  });

  it('changes nothing on a duplicate and never moves back on an out-of-order callback', async () => {
    const { tenant, call, sid } = await aPlacedCall();
    await emit(sid, 'ringing', { sequenceNumber: 1 });
    await emit(sid, 'completed', { sequenceNumber: 3, duration: 20 });
    const completed = await callOf(tenant, call.id);
    expect((await emit(sid, 'completed', { sequenceNumber: 3, duration: 20 })).status).toBe(204);
    expect(await callOf(tenant, call.id)).toEqual(completed);
    expect((await emit(sid, 'in-progress', { sequenceNumber: 2 })).status).toBe(204);
    expect((await emit(sid, 'ringing', { sequenceNumber: 1 })).status).toBe(204);
    expect(await callOf(tenant, call.id)).toMatchObject({ call_status: 'completed', duration_seconds: 20 });
  });

  it('applies a callback delivered twice at the same time once', async () => {
    const { tenant, call, sid } = await aPlacedCall();
    const responses = await Promise.all([
      emit(sid, 'completed', { sequenceNumber: 3, duration: 12 }), emit(sid, 'completed', { sequenceNumber: 3, duration: 12 }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([204, 204]);
    expect(await callOf(tenant, call.id)).toMatchObject({ call_status: 'completed', duration_seconds: 12, version: call.version + 1 });
    const { rows } = await db.query('select event_key from call_provider_events where tenant_id = $1', [tenant.id]);
    expect(rows).toEqual([{ event_key: 'completed:3' }]);
  });

  it('answers 415 for a JSON callback', async () => {
    const { tenant, call, sid } = await aPlacedCall();
    const response = await app.http().post(`/api/v1/webhooks/twilio/${tenant.id}/status`).send({ CallSid: sid, CallStatus: 'completed' });
    expectProblem(response, 415, 'request.unsupported_media_type');
    expect(await callOf(tenant, call.id)).toMatchObject({ call_status: 'initiated' });
  });

  it('answers 404 for a CallSid it never placed, and 400 without CallSid', async () => {
    const { tenant, sid } = await aPlacedCall();
    const call = placed(sid);
    const ghost = { ...call, sid: 'CA00000000000000000000000000000000', sequence: 0 };
    expect((await emitTwilioStatus(twilio, ghost, 'completed', deliverTo(app))).status).toBe(404);
    expect((await callsOf(app, tenant)).length).toBe(1);

    const url = `${PUBLIC_BASE_URL}/api/v1/webhooks/twilio/${tenant.id}/status`;
    const params = { AccountSid: twilio.accountSid, CallStatus: 'completed' };
    const withoutSid = await app.http().post(new URL(url).pathname)
      .set({ 'content-type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signTwilio(twilio.authToken, url, params) })
      .send(new URLSearchParams(params).toString());
    expectProblem(withoutSid, 400, 'telephony.notification_invalid');
  });
});
