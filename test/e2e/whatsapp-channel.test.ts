import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aContact, aKey, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import type { Deliver } from '../support/stand-ins/http.js';
import { aTemplate, sendMessage, settled, timeline } from '../support/messaging.js';
import { deliverTo } from '../support/telephony.js';
import {
  handshakeQuery, inboundText, META_ERRORS, postWebhook, signMeta, startWhatsapp, statusUpdate, type WebhookPostOptions,
  type WhatsappStandIn,
} from '../support/stand-ins/whatsapp.js';

/** The WhatsApp Cloud API channel (contract §9a; integrations-2 §2): connection, handshake, signed webhooks, inbound processing. */
let app: RunningApp;
let wa: WhatsappStandIn;
let otherWa: WhatsappStandIn;
const db = sql();

beforeAll(async () => {
  wa = await startWhatsapp();
  otherWa = await startWhatsapp();
  app = await startApp();
});

afterAll(async () => {
  await app.close();
  await wa.close();
  await otherWa.close();
  await db.end();
});

async function whatsappTenant(account: WhatsappStandIn = wa): Promise<TestTenant> {
  const tenant = await aTenant(app);
  await app.http().put('/api/v1/integrations/whatsapp').set(tenant.auth).send(account.settings()).expect(200);
  return tenant;
}

const post = (tenant: TestTenant, payload: unknown, options: WebhookPostOptions = {}, account = wa) =>
  postWebhook(account, deliverTo(app), tenant.id, payload, options);

/** The whole answer (headers too), for problem checks. */
const fullDeliver = (): Deliver => ((path: string, body: string, headers: Record<string, string>) =>
  app.http().post(path).set(headers).send(body)) as unknown as Deliver;
const postFull = async (tenantId: string, payload: unknown, options: WebhookPostOptions = {}) =>
  (await postWebhook(wa, fullDeliver(), tenantId, payload, options)) as unknown as Response;

const digits = (phone: string) => phone.replace(/^\+/, '');

async function inboxCount(tenantId: string): Promise<number> {
  const { rows } = await db.query('select count(*)::int as n from messaging_inbox where tenant_id = $1', [tenantId]);
  return rows[0].n;
}

async function messagesOf(tenantId: string, contactId: string) {
  const { rows } = await db.query(
    'select direction, channel, body, status, provider_message_id, opportunity_id, error from messages where tenant_id = $1 and contact_id = $2 order by created_at',
    [tenantId, contactId],
  );
  return rows;
}

async function whatsappChannel(tenantId: string, contactId: string) {
  const { rows } = await db.query(
    `select address, opted_out_at, last_inbound_at from contact_channels where tenant_id = $1 and contact_id = $2 and channel = 'whatsapp'`,
    [tenantId, contactId],
  );
  return rows[0] ?? null;
}

describe('connecting WhatsApp', () => {
  it('checks the token live with the phone number, saves the secrets sealed and answers them masked', async () => {
    const tenant = await aTenant(app);
    const before = wa.requests.length;
    const response = await app.http().put('/api/v1/integrations/whatsapp').set(tenant.auth).send(wa.settings()).expect(200);
    expect(response.body).toMatchObject({
      provider: 'whatsapp',
      settings: { phone_number_id: wa.phoneNumberId, api_base_url: wa.baseUrl, graph_version: wa.graphVersion },
      secrets: { access_token: expect.any(String), app_secret: expect.any(String), verify_token: expect.any(String) },
    });
    expect(wa.requests.slice(before)).toEqual([
      expect.objectContaining({ method: 'GET', path: `/${wa.graphVersion}/${wa.phoneNumberId}`, authorization: `Bearer ${wa.accessToken}` }),
    ]);
    const list = await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200);
    for (const secret of [wa.accessToken, wa.appSecret, wa.verifyToken]) expect(response.text + list.text).not.toContain(secret);
    const { rows } = await db.query(`select secrets_ciphertext from integration_settings where tenant_id = $1 and provider = 'whatsapp'`, [tenant.id]);
    expect(rows[0].secrets_ciphertext).not.toContain(wa.accessToken);
  });

  it('refuses a token or phone number id Meta refuses (422) and an unreachable API (503), saving nothing', async () => {
    const tenant = await aTenant(app);
    const put = (overrides: Record<string, string>) => app.http().put('/api/v1/integrations/whatsapp').set(tenant.auth).send(wa.settings(overrides));
    expectProblem(await put({ access_token: 'EAAGwrong' }), 422, 'channel.credentials_rejected');
    expectProblem(await put({ phone_number_id: '999' }), 422, 'channel.credentials_rejected');
    expectProblem(await put({ api_base_url: 'http://127.0.0.1:1' }), 503, 'channel.provider_unavailable');
    const list = await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200);
    expect(list.body.data.filter((i: { provider: string }) => i.provider === 'whatsapp')).toEqual([]);
  });

  it('refuses bad input with field errors, and keys that are not admin', async () => {
    const tenant = await aTenant(app);
    for (const [change, field] of [
      [{ phone_number_id: '+1 555 0100' }, 'phone_number_id'],
      [{ access_token: '' }, 'access_token'],
      [{ app_secret: '' }, 'app_secret'],
      [{ verify_token: 7 }, 'verify_token'],
      [{ graph_version: '21' }, 'graph_version'],
      [{ api_base_url: 'not a url' }, 'api_base_url'],
      [{ api_base_url: 'http://graph.facebook.com' }, 'api_base_url'],
      [{ api_base_url: 'https://169.254.169.254' }, 'api_base_url'],
      [{ region: 'eu' }, 'region'],
    ] as const) {
      const response = await app.http().put('/api/v1/integrations/whatsapp').set(tenant.auth).send({ ...wa.settings(), ...change });
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const viewer = await aKey(app, tenant, 'viewer');
    expectProblem(await app.http().put('/api/v1/integrations/whatsapp').set(viewer.auth).send(wa.settings()), 403, 'auth.forbidden');
  });
});

describe('the subscription handshake', () => {
  const handshake = (tenantId: string, query: Record<string, string>) =>
    app.http().get(`/api/v1/webhooks/whatsapp/${tenantId}`).query(query);

  it('echoes hub.challenge verbatim as text/plain for the saved verify token', async () => {
    const tenant = await whatsappTenant();
    const response = await handshake(tenant.id, handshakeQuery(wa.verifyToken, '1158201444')).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toBe('1158201444');
  });

  it('refuses a wrong verify token, another mode, another tenant\'s token and an unconnected tenant with 403', async () => {
    const tenant = await whatsappTenant();
    const other = await whatsappTenant(otherWa);
    const unconnected = await aTenant(app);
    expectProblem(await handshake(tenant.id, handshakeQuery(`${wa.verifyToken}x`)), 403, 'channel.verify_token_invalid');
    expectProblem(await handshake(tenant.id, { ...handshakeQuery(wa.verifyToken), 'hub.mode': 'unsubscribe' }), 403, 'channel.verify_token_invalid');
    expectProblem(await handshake(other.id, handshakeQuery(wa.verifyToken)), 403, 'channel.verify_token_invalid');
    expectProblem(await handshake(unconnected.id, handshakeQuery(wa.verifyToken)), 403, 'channel.verify_token_invalid');
    expectProblem(await handshake(randomUUID(), handshakeQuery(wa.verifyToken)), 403, 'channel.verify_token_invalid');
    const { 'hub.challenge': _challenge, ...noChallenge } = handshakeQuery(wa.verifyToken);
    expectProblem(await handshake(tenant.id, noChallenge), 400, 'request.invalid');
  });
});

describe('webhook signatures', () => {
  it('refuses a forged, a missing and another tenant\'s signature with 401, storing nothing', async () => {
    const tenant = await whatsappTenant();
    const other = await whatsappTenant(otherWa);
    const contact = await aContact(app, tenant);
    const { payload } = inboundText(wa, digits(contact.phone), 'Hola');
    for (const options of [{ signature: 'wrong' }, { signature: 'missing' }, { appSecret: otherWa.appSecret }] as WebhookPostOptions[]) {
      expectProblem(await postFull(tenant.id, payload, options), 401, 'channel.webhook_signature_invalid');
    }
    // Tenant A's secret is good only on tenant A's path; an unconnected or unknown tenant verifies nothing.
    expectProblem(await postFull(other.id, payload), 401, 'channel.webhook_signature_invalid');
    expectProblem(await postFull((await aTenant(app)).id, payload), 401, 'channel.webhook_signature_invalid');
    expectProblem(await postFull(randomUUID(), payload), 401, 'channel.webhook_signature_invalid');
    await waitForQuiescence(app);
    expect(await inboxCount(tenant.id)).toBe(0);
    expect(await inboxCount(other.id)).toBe(0);
    expect(await messagesOf(tenant.id, contact.id)).toEqual([]);
  });

  it('verifies the exact bytes Meta sent: non-ASCII escaped as \\uXXXX, a signature over a re-serialisation fails', async () => {
    const tenant = await whatsappTenant();
    const contact = await aContact(app, tenant);
    const text = '¿Sigue vigente la oferta? Привіт 😀';
    const { payload } = inboundText(wa, digits(contact.phone), text);
    const escaped = JSON.stringify(payload).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    // Signed over the decoded form, sent escaped: what a server hashing JSON.stringify(req.body) would accept.
    const forged = await deliverTo(app)(`/api/v1/webhooks/whatsapp/${tenant.id}`, escaped, {
      'content-type': 'application/json', 'X-Hub-Signature-256': signMeta(wa.appSecret, JSON.stringify(payload)),
    });
    expect(forged.status).toBe(401);
    expect((await post(tenant, payload)).status).toBe(200);
    await waitForQuiescence(app);
    expect(await messagesOf(tenant.id, contact.id)).toEqual([expect.objectContaining({ direction: 'inbound', body: text })]);
  });
});

describe('inbound messages', () => {
  it('stores a text from a contact\'s phone in their timeline, publishes message.received, and a redelivery stores nothing new', async () => {
    const tenant = await whatsappTenant();
    const contact = await aContact(app, tenant);
    const opportunity = (await app.http().post('/api/v1/crm/opportunities').set(tenant.auth).send({ contact_id: contact.id }).expect(201)).body;
    const { id, payload } = inboundText(wa, digits(contact.phone), 'Hola, ¿sigue vigente la oferta?', { name: 'Ana' });

    const first = await post(tenant, payload);
    expect(first).toEqual({ status: 200, body: { new_events: 1 } });
    await waitForQuiescence(app);
    expect(await messagesOf(tenant.id, contact.id)).toEqual([{
      direction: 'inbound', channel: 'whatsapp', body: 'Hola, ¿sigue vigente la oferta?', status: 'received',
      provider_message_id: id, opportunity_id: opportunity.id, error: null,
    }]);
    const channel = await whatsappChannel(tenant.id, contact.id);
    expect(channel).toMatchObject({ address: digits(contact.phone), opted_out_at: null, last_inbound_at: expect.any(Date) });
    const { rows: events } = await db.query(
      `select payload from outbox_events where tenant_id = $1 and type = 'message.received'`, [tenant.id],
    );
    expect(events).toEqual([{ payload: expect.objectContaining({ contact_id: contact.id, channel: 'whatsapp' }) }]);

    const again = await post(tenant, payload);
    expect(again).toEqual({ status: 200, body: { new_events: 0 } });
    await waitForQuiescence(app);
    expect(await messagesOf(tenant.id, contact.id)).toHaveLength(1);
    expect(await inboxCount(tenant.id)).toBe(1);
  });

  it('shows button and list replies by their text, media by a placeholder with the caption', async () => {
    const tenant = await whatsappTenant();
    const contact = await aContact(app, tenant);
    const wa_id = digits(contact.phone);
    const payloads = [
      inboundText(wa, wa_id, '', {}, { type: 'button', text: undefined, button: { text: 'Sí, me interesa', payload: 'YES' } }),
      inboundText(wa, wa_id, '', {}, { type: 'interactive', text: undefined, interactive: { type: 'list_reply', list_reply: { id: 'p2', title: 'Plan Pro' } } }),
      inboundText(wa, wa_id, '', {}, { type: 'image', text: undefined, image: { id: '1234', mime_type: 'image/jpeg', caption: 'mi INE' } }),
      inboundText(wa, wa_id, '', {}, { type: 'audio', text: undefined, audio: { id: '5678', mime_type: 'audio/ogg' } }),
    ];
    for (const { payload } of payloads) expect((await post(tenant, payload)).status).toBe(200);
    await waitForQuiescence(app);
    expect((await messagesOf(tenant.id, contact.id)).map((m) => m.body).sort()).toEqual(['Plan Pro', 'Sí, me interesa', '[audio]', '[image] mi INE'].sort());
  });

  it('opts the contact out of WhatsApp on the stop word "Cancelar"', async () => {
    const tenant = await whatsappTenant();
    const contact = await aContact(app, tenant);
    const { payload } = inboundText(wa, digits(contact.phone), '  cancelar ');
    expect((await post(tenant, payload)).status).toBe(200);
    await waitForQuiescence(app);
    expect(await whatsappChannel(tenant.id, contact.id)).toMatchObject({ opted_out_at: expect.any(Date) });
  });

  it('keeps tenants apart: a message to tenant A from a phone only tenant B knows reaches nobody; the same wamid is per tenant', async () => {
    const tenantA = await whatsappTenant();
    const tenantB = await whatsappTenant(otherWa);
    const contactB = await aContact(app, tenantB);
    const { id, payload } = inboundText(wa, digits(contactB.phone), 'Hola A');
    expect(await post(tenantA, payload)).toEqual({ status: 200, body: { new_events: 1 } });
    await waitForQuiescence(app);
    expect(await messagesOf(tenantB.id, contactB.id)).toEqual([]);
    const { rows } = await db.query(`select tenant_id, status from messaging_inbox where provider_event_id = $1`, [`message:${id}`]);
    expect(rows).toEqual([{ tenant_id: tenantA.id, status: 'ignored' }]);
    // The same event on B's own path, signed with B's secret, is B's.
    expect(await post(tenantB, payload, {}, otherWa)).toEqual({ status: 200, body: { new_events: 1 } });
    await waitForQuiescence(app);
    expect(await messagesOf(tenantB.id, contactB.id)).toEqual([expect.objectContaining({ body: 'Hola A', provider_message_id: id })]);
  });
});

describe('statuses', () => {
  async function outboundMessage(tenant: TestTenant, contactId: string) {
    const providerId = `wamid.${randomUUID()}`;
    const id = randomUUID();
    await db.query(
      `insert into messages (id, tenant_id, contact_id, direction, channel, body, status, provider_message_id, sent_at)
       values ($1, $2, $3, 'outbound', 'whatsapp', 'Hola', 'sent', $4, now())`,
      [id, tenant.id, contactId, providerId],
    );
    return { id, providerId };
  }
  const statusOf = async (id: string) => (await db.query('select status, error from messages where id = $1', [id])).rows[0];

  it('moves our message to delivered then read; a late delivered changes nothing', async () => {
    const tenant = await whatsappTenant();
    const contact = await aContact(app, tenant);
    const message = await outboundMessage(tenant, contact.id);
    const to = digits(contact.phone);
    expect((await post(tenant, statusUpdate(wa, message.providerId, to, 'delivered'))).status).toBe(200);
    await waitForQuiescence(app);
    expect(await statusOf(message.id)).toMatchObject({ status: 'delivered' });
    expect((await post(tenant, statusUpdate(wa, message.providerId, to, 'read'))).status).toBe(200);
    await waitForQuiescence(app);
    expect(await statusOf(message.id)).toMatchObject({ status: 'read' });
    // Meta re-sends: the same (wamid, status) is stored once.
    expect(await post(tenant, statusUpdate(wa, message.providerId, to, 'delivered'))).toEqual({ status: 200, body: { new_events: 0 } });

    // Out of order: read arrives before delivered; the late delivered is stored and changes nothing.
    const second = await outboundMessage(tenant, contact.id);
    expect((await post(tenant, statusUpdate(wa, second.providerId, to, 'read'))).status).toBe(200);
    await waitForQuiescence(app);
    expect(await post(tenant, statusUpdate(wa, second.providerId, to, 'delivered'))).toEqual({ status: 200, body: { new_events: 1 } });
    await waitForQuiescence(app);
    expect(await statusOf(second.id)).toMatchObject({ status: 'read' });
    expect(await statusOf(message.id)).toMatchObject({ status: 'read' });
  });

  it('marks our message failed with Meta\'s error', async () => {
    const tenant = await whatsappTenant();
    const contact = await aContact(app, tenant);
    const message = await outboundMessage(tenant, contact.id);
    const payload = statusUpdate(wa, message.providerId, digits(contact.phone), 'failed', {
      code: 131047, title: 'Re-engagement message', details: 'Message failed to send because more than 24 hours have passed',
    });
    expect((await post(tenant, payload)).status).toBe(200);
    await waitForQuiescence(app);
    expect(await statusOf(message.id)).toMatchObject({
      status: 'failed', error: expect.objectContaining({ code: '131047', message: expect.stringContaining('Re-engagement message') }),
    });
  });
});

describe('bad input', () => {
  it('answers 4xx, never 500, and stores nothing', async () => {
    const tenant = await whatsappTenant();
    const deliver = deliverTo(app);
    const path = `/api/v1/webhooks/whatsapp/${tenant.id}`;
    const signed = (body: string) => ({ 'content-type': 'application/json', 'X-Hub-Signature-256': signMeta(wa.appSecret, body) });
    expect((await deliver(path, '{"object":"whatsapp_business_account"}', signed('{"object":"whatsapp_business_account"}'))).status).toBe(400);
    expect((await deliver(path, '[1,2]', signed('[1,2]'))).status).toBe(400);
    expect((await deliver(path, '{"entry":', signed('{"entry":'))).status).toBe(400);
    expect((await deliver(path, 'entry=1', { ...signed('entry=1'), 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await deliver('/api/v1/webhooks/whatsapp/not-a-uuid', '{}', signed('{}'))).status).toBe(400);
    // Signed and well-formed, but nothing for us in it (another field, a malformed message): 200 and nothing stored.
    const nothing = { object: 'whatsapp_business_account', entry: [{ id: '1', changes: [
      { field: 'account_update', value: { event: 'VERIFIED_ACCOUNT' } },
      { field: 'messages', value: { messages: [{ type: 'text' }], statuses: [{ id: 'wamid.x', status: 'deleted' }] } },
    ] }] };
    expect(await post(tenant, nothing)).toEqual({ status: 200, body: { new_events: 0 } });
    expect(await inboxCount(tenant.id)).toBe(0);
  });
});

describe('sending through the API (POST /crm/contacts/:id/messages)', () => {
  const FOLLOW_UP = {
    name: 'Seguimiento', channel: 'whatsapp', content: 'Hola {{ first_name }}, soy {{ advisor_name }}. ¿Seguimos con tu plan?',
    defaults: { advisor_name: 'tu asesor' },
    whatsapp: { template_name: 'seguimiento_plan', language: 'es_MX', parameters: ['first_name', 'advisor_name'] },
  };

  /** A contact who wrote to us on WhatsApp just now: inside the 24-hour window. */
  async function contactWhoWrote(tenant: TestTenant) {
    const contact = await aContact(app, tenant, { first_name: 'Lucía' });
    expect((await post(tenant, inboundText(wa, digits(contact.phone), 'Hola, tengo una duda').payload)).status).toBe(200);
    await waitForQuiescence(app);
    expect(await whatsappChannel(tenant.id, contact.id)).toMatchObject({ last_inbound_at: expect.any(Date) });
    return contact;
  }

  async function sentMessage(tenant: TestTenant, contactId: string, body: Record<string, unknown>) {
    const response = await sendMessage(app, tenant, contactId, { channel: 'whatsapp', ...body }).expect(202);
    return eventually(() => settled(app, tenant, contactId, response.body.id as string), 20_000);
  }

  it('inside the 24-hour window sends the rendered text, and the statuses Meta reports move it', async () => {
    const tenant = await whatsappTenant();
    const contact = await contactWhoWrote(tenant);
    const template = await aTemplate(app, tenant, FOLLOW_UP);
    const message = await sentMessage(tenant, contact.id, { template_id: template.id });
    expect(message).toMatchObject({ status: 'sent', body: 'Hola Lucía, soy tu asesor. ¿Seguimos con tu plan?', provider_message_id: expect.stringMatching(/^wamid\./) });
    expect(wa.sent.find((s) => s.id === message.provider_message_id)).toMatchObject({
      to: digits(contact.phone), type: 'text', text: 'Hola Lucía, soy tu asesor. ¿Seguimos con tu plan?',
    });
    expect((await post(tenant, statusUpdate(wa, message.provider_message_id!, digits(contact.phone), 'delivered'))).status).toBe(200);
    await waitForQuiescence(app);
    expect((await timeline(app, tenant, contact.id)).find((m) => m.id === message.id)).toMatchObject({ status: 'delivered' });
  });

  it('outside the window sends the approved template with its positional parameters', async () => {
    const tenant = await whatsappTenant();
    const contact = await aContact(app, tenant, { first_name: 'Marta' });
    const template = await aTemplate(app, tenant, FOLLOW_UP);
    const message = await sentMessage(tenant, contact.id, { template_id: template.id });
    expect(message).toMatchObject({ status: 'sent' });
    expect(wa.sent.find((s) => s.id === message.provider_message_id)).toMatchObject({
      to: digits(contact.phone), type: 'template', text: null,
      template: { name: 'seguimiento_plan', language: 'es_MX', parameters: ['Marta', 'tu asesor'] },
    });
    // Free text cannot go outside the window at all.
    expectProblem(await sendMessage(app, tenant, contact.id, { channel: 'whatsapp', body: 'Hola' }), 422, 'whatsapp.outside_window');
  });

  it('130429 delays the send, which is tried again later and sent', async () => {
    const tenant = await whatsappTenant();
    const contact = await contactWhoWrote(tenant);
    wa.failNext(META_ERRORS.throughput);
    const before = wa.requests.filter((r) => r.body?.to === digits(contact.phone)).length;
    const message = await sentMessage(tenant, contact.id, { body: 'Te confirmo la cita del martes' });
    expect(message).toMatchObject({ status: 'sent', body: 'Te confirmo la cita del martes', error: null });
    expect(wa.requests.filter((r) => r.body?.to === digits(contact.phone)).length - before).toBe(2);
    expect(wa.sent.filter((s) => s.to === digits(contact.phone) && s.text === 'Te confirmo la cita del martes')).toHaveLength(1);
  });

  it('131026 fails the send and marks the contact unreachable on WhatsApp', async () => {
    const tenant = await whatsappTenant();
    const contact = await contactWhoWrote(tenant);
    wa.failNext(META_ERRORS.undeliverable);
    const message = await sentMessage(tenant, contact.id, { body: 'Hola' });
    expect(message).toMatchObject({ status: 'failed', error: expect.objectContaining({ code: 'whatsapp.undeliverable' }) });
    const { rows } = await db.query(
      `select unreachable_at, unreachable_reason from contact_channels where tenant_id = $1 and contact_id = $2 and channel = 'whatsapp'`,
      [tenant.id, contact.id],
    );
    expect(rows[0]).toMatchObject({ unreachable_at: expect.any(Date), unreachable_reason: 'whatsapp.undeliverable' });
    expectProblem(await sendMessage(app, tenant, contact.id, { channel: 'whatsapp', body: 'Hola otra vez' }), 422, 'message.channel_unreachable');
  });
});
