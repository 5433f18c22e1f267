import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aContact, aKey, aTenant, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';
import {
  aTelegramUser, BLOCKED, deliverUpdate, startTelegram, tooManyRequests, updates, type DeliveryOptions, type TelegramBot, type TelegramStandIn, type TelegramUser,
} from '../support/stand-ins/telegram.js';
import { deliverTo } from '../support/telephony.js';
import { aTemplate, sendMessage, settled, timeline } from '../support/messaging.js';
import { eventually } from '../support/builders.js';

/** The Telegram channel end to end (contract §9a; integrations-2 §1): the connection, deep links and inbound updates. */
let app: RunningApp;
let telegram: TelegramStandIn;
const db = sql();
const PUBLIC_BASE_URL = 'https://leadline.example.test';

beforeAll(async () => {
  telegram = await startTelegram();
  app = await startApp({ env: { PUBLIC_BASE_URL } });
});

afterAll(async () => {
  await app.close();
  await telegram.close();
  await db.end();
});

async function telegramTenant(): Promise<{ tenant: TestTenant; bot: TelegramBot }> {
  const tenant = await aTenant(app);
  const bot = telegram.bot();
  await app.http().put('/api/v1/integrations/telegram').set(tenant.auth).send({ bot_token: bot.token, api_base_url: telegram.baseUrl }).expect(200);
  return { tenant, bot };
}

const deliver = (bot: TelegramBot, update: Record<string, unknown>, options?: DeliveryOptions) => deliverUpdate(bot, update, deliverTo(app), options);

async function linkUrl(tenant: TestTenant, contactId: string): Promise<string> {
  return (await app.http().post(`/api/v1/crm/contacts/${contactId}/telegram-link`).set(tenant.auth).expect(200)).body.url;
}

const startToken = (url: string) => new URL(url).searchParams.get('start')!;

/** A contact whose chat is linked through its deep link, as a lead pressing Start does. */
async function linkedContact(tenant: TestTenant, bot: TelegramBot, user: TelegramUser = aTelegramUser()) {
  const contact = await aContact(app, tenant);
  const url = await linkUrl(tenant, contact.id);
  expect((await deliver(bot, updates.text(user, `/start ${startToken(url)}`))).status).toBe(200);
  await waitForQuiescence(app);
  return { contact, user };
}

async function channelRow(tenantId: string, contactId: string) {
  const { rows } = await db.query(
    `select address, opted_out_at, unreachable_at from contact_channels where tenant_id = $1 and contact_id = $2 and channel = 'telegram'`,
    [tenantId, contactId],
  );
  return rows[0] as { address: string | null; opted_out_at: Date | null; unreachable_at: Date | null } | undefined;
}

async function inboxCount(tenantId: string): Promise<number> {
  const { rows } = await db.query(`select count(*)::int as n from messaging_inbox where tenant_id = $1`, [tenantId]);
  return rows[0].n;
}

async function inboundMessages(tenantId: string, contactId?: string) {
  const { rows } = await db.query(
    `select contact_id, direction, channel, body, status, provider_message_id from messages
      where tenant_id = $1 and ($2::uuid is null or contact_id = $2) order by created_at`,
    [tenantId, contactId ?? null],
  );
  return rows as Array<{ contact_id: string; direction: string; channel: string; body: string; status: string; provider_message_id: string }>;
}

describe('connecting a bot', () => {
  it('checks the token with getMe, registers the webhook with a generated secret, and answers the bot username with secrets masked', async () => {
    const tenant = await aTenant(app);
    const bot = telegram.bot('ventas_clinica_bot');
    const response = await app.http().put('/api/v1/integrations/telegram').set(tenant.auth)
      .send({ bot_token: bot.token, api_base_url: telegram.baseUrl }).expect(200);
    expect(response.body).toMatchObject({
      provider: 'telegram',
      settings: { bot_username: 'ventas_clinica_bot', api_base_url: telegram.baseUrl },
      secrets: { bot_token: expect.stringMatching(/^•+/), webhook_secret: expect.stringMatching(/^•+/) },
    });
    expect(bot.webhook).toEqual({ url: `${PUBLIC_BASE_URL}/api/v1/webhooks/telegram/${tenant.id}`, secretToken: expect.stringMatching(/^[A-Za-z0-9_-]{32,256}$/) });
    const list = await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200);
    expect(list.body.data).toEqual([expect.objectContaining({ provider: 'telegram' })]);
    expect(response.text + list.text).not.toContain(bot.token.split(':')[1]);
    expect(response.text + list.text).not.toContain(bot.webhook!.secretToken);

    // Connecting again replaces the secret: the old one no longer opens the webhook.
    const oldSecret = bot.webhook!.secretToken;
    await app.http().put('/api/v1/integrations/telegram').set(tenant.auth).send({ bot_token: bot.token, api_base_url: telegram.baseUrl }).expect(200);
    expect(bot.webhook!.secretToken).not.toBe(oldSecret);
    const stale = await app.http().post(`/api/v1/webhooks/telegram/${tenant.id}`)
      .set({ 'X-Telegram-Bot-Api-Secret-Token': oldSecret! }).send(updates.text(aTelegramUser(), 'hola'));
    expectProblem(stale, 401, 'channel.webhook_signature_invalid');
  });

  it('answers 422 when Telegram refuses the token and 503 when it cannot be reached, saving nothing', async () => {
    const tenant = await aTenant(app);
    const unknownToken = '123456789:AAunknownTokenThatTelegramDoesNotKnow_x';
    const refused = await app.http().put('/api/v1/integrations/telegram').set(tenant.auth).send({ bot_token: unknownToken, api_base_url: telegram.baseUrl });
    expectProblem(refused, 422, 'channel.credentials_rejected');

    const gone = await startTelegram();
    const goneBot = gone.bot();
    await gone.close();
    const unreachable = await app.http().put('/api/v1/integrations/telegram').set(tenant.auth).send({ bot_token: goneBot.token, api_base_url: gone.baseUrl });
    expectProblem(unreachable, 503, 'channel.provider_unavailable');

    const failing = telegram.bot();
    telegram.failNext({ errorCode: 500, description: 'Internal Server Error' });
    expectProblem(await app.http().put('/api/v1/integrations/telegram').set(tenant.auth)
      .send({ bot_token: failing.token, api_base_url: telegram.baseUrl }), 503, 'channel.provider_unavailable');

    expect((await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200)).body.data).toEqual([]);
  });

  it('refuses bad input with field errors, and keys that are not admin', async () => {
    const tenant = await aTenant(app);
    const bot = telegram.bot();
    for (const [body, field] of [
      [{}, 'bot_token'],
      [{ bot_token: 'not-a-token' }, 'bot_token'],
      [{ bot_token: '123:short' }, 'bot_token'],
      [{ bot_token: `${bot.token}/../../x` }, 'bot_token'],
      [{ bot_token: bot.token, api_base_url: 'ftp://api.telegram.org' }, 'api_base_url'],
      [{ bot_token: bot.token, api_base_url: 'https://169.254.169.254' }, 'api_base_url'],
      [{ bot_token: bot.token, webhook_url: 'https://x.example' }, 'webhook_url'],
    ] as const) {
      const response = await app.http().put('/api/v1/integrations/telegram').set(tenant.auth).send(body);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const agent = await aKey(app, tenant, 'agent');
    expectProblem(await app.http().put('/api/v1/integrations/telegram').set(agent.auth).send({ bot_token: bot.token }), 403, 'auth.forbidden');
    expect(bot.webhook).toBeNull();
  });
});

describe('deep links', () => {
  it('gives a t.me link to the tenant bot whose start token is short, URL-safe and the same each time', async () => {
    const { tenant, bot } = await telegramTenant();
    const contact = await aContact(app, tenant);
    const url = await linkUrl(tenant, contact.id);
    expect(url).toMatch(new RegExp(`^https://t\\.me/${bot.username}\\?start=[A-Za-z0-9_-]{1,64}$`));
    expect(await linkUrl(tenant, contact.id)).toBe(url);
    expect(await linkUrl(tenant, (await aContact(app, tenant)).id)).not.toBe(url);
    const agent = await aKey(app, tenant, 'agent');
    await app.http().post(`/api/v1/crm/contacts/${contact.id}/telegram-link`).set(agent.auth).expect(200);
  });

  it('answers 404 for an unknown or foreign contact, 409 without a bot, 400 for a malformed id', async () => {
    const { tenant } = await telegramTenant();
    const other = await aTenant(app);
    const foreign = await aContact(app, other);
    expectProblem(await app.http().post(`/api/v1/crm/contacts/${foreign.id}/telegram-link`).set(tenant.auth), 404, 'resource.not_found');
    expectProblem(await app.http().post('/api/v1/crm/contacts/01970000-0000-7000-8000-00000000dead/telegram-link').set(tenant.auth), 404, 'resource.not_found');
    expectProblem(await app.http().post(`/api/v1/crm/contacts/${foreign.id}/telegram-link`).set(other.auth), 409, 'channel.not_configured');
    expectProblem(await app.http().post('/api/v1/crm/contacts/not-a-uuid/telegram-link').set(tenant.auth), 400, 'request.invalid');
    const viewer = await aKey(app, tenant, 'viewer');
    expectProblem(await app.http().post(`/api/v1/crm/contacts/${foreign.id}/telegram-link`).set(viewer.auth), 403, 'auth.forbidden');
  });
});

describe('the webhook', () => {
  it('refuses a forged, missing or another tenant\'s secret token, and an unknown tenant, storing nothing', async () => {
    const { tenant, bot } = await telegramTenant();
    const { tenant: otherTenant, bot: otherBot } = await telegramTenant();
    const user = aTelegramUser();
    expectProblemBody(await deliver(bot, updates.text(user, 'hola'), { secret: 'wrong' }));
    expectProblemBody(await deliver(bot, updates.text(user, 'hola'), { secret: 'missing' }));
    // Tenant B's bot secret, delivered to tenant A's URL.
    expectProblemBody(await deliver(otherBot, updates.text(user, 'hola'), { url: bot.webhook!.url }));
    expectProblemBody(await deliver(bot, updates.text(user, 'hola'), { url: `${PUBLIC_BASE_URL}/api/v1/webhooks/telegram/01970000-0000-7000-8000-00000000beef` }));
    const unconfigured = await aTenant(app);
    expectProblemBody(await deliver(bot, updates.text(user, 'hola'), { url: `${PUBLIC_BASE_URL}/api/v1/webhooks/telegram/${unconfigured.id}` }));
    await waitForQuiescence(app);
    expect(await inboxCount(tenant.id)).toBe(0);
    expect(await inboxCount(otherTenant.id)).toBe(0);

    function expectProblemBody(response: { status: number; body: unknown }) {
      expect(response).toMatchObject({ status: 401, body: { code: 'channel.webhook_signature_invalid' } });
    }
  });

  it('links the chat by /start <token>, then a text message lands in the contact\'s messages and publishes message.received', async () => {
    const { tenant, bot } = await telegramTenant();
    const { contact, user } = await linkedContact(tenant, bot);
    expect(await channelRow(tenant.id, contact.id)).toMatchObject({ address: String(user.id), opted_out_at: null });

    const update = updates.text(user, 'Hola, ¿cuánto cuesta la consulta?');
    expect(await deliver(bot, update)).toMatchObject({ status: 200 });
    await waitForQuiescence(app);
    const messageId = (update.message as { message_id: number }).message_id;
    expect(await inboundMessages(tenant.id, contact.id)).toEqual([{
      contact_id: contact.id, direction: 'inbound', channel: 'telegram', body: 'Hola, ¿cuánto cuesta la consulta?', status: 'received',
      provider_message_id: `${user.id}:${messageId}`,
    }]);
    const { rows } = await db.query(`select payload from outbox_events where tenant_id = $1 and type = 'message.received'`, [tenant.id]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0].payload)).toContain(contact.id);
  });

  it('stores a redelivered update (same update_id) once', async () => {
    const { tenant, bot } = await telegramTenant();
    const { contact, user } = await linkedContact(tenant, bot);
    const before = await inboxCount(tenant.id);
    const update = updates.text(user, 'Me interesa');
    for (let i = 0; i < 3; i++) expect((await deliver(bot, update)).status).toBe(200);
    await waitForQuiescence(app);
    expect(await inboxCount(tenant.id)).toBe(before + 1);
    expect(await inboundMessages(tenant.id, contact.id)).toHaveLength(1);
  });

  it('opts the contact out on a stop word, accents and case aside ("Bájá", "STOP")', async () => {
    const { tenant, bot } = await telegramTenant();
    for (const word of ['Bájá', 'STOP']) {
      const { contact, user } = await linkedContact(tenant, bot);
      expect((await deliver(bot, updates.text(user, word))).status).toBe(200);
      await waitForQuiescence(app);
      expect((await channelRow(tenant.id, contact.id))?.opted_out_at).toBeInstanceOf(Date);
    }
    // A message that merely contains the word is an ordinary message.
    const { contact, user } = await linkedContact(tenant, bot);
    await deliver(bot, updates.text(user, 'no me den de baja todavía'));
    await waitForQuiescence(app);
    expect((await channelRow(tenant.id, contact.id))?.opted_out_at).toBeNull();
  });

  it('opts the contact out when the user blocks the bot (my_chat_member kicked)', async () => {
    const { tenant, bot } = await telegramTenant();
    const { contact, user } = await linkedContact(tenant, bot);
    const { contact: bystander } = await linkedContact(tenant, bot);
    expect((await deliver(bot, updates.memberStatus(user, bot, 'kicked'))).status).toBe(200);
    await waitForQuiescence(app);
    expect((await channelRow(tenant.id, contact.id))?.opted_out_at).toBeInstanceOf(Date);
    expect((await channelRow(tenant.id, bystander.id))?.opted_out_at).toBeNull();
  });

  it('links by a shared contact only when it is the user\'s own phone', async () => {
    const { tenant, bot } = await telegramTenant();
    const contact = await aContact(app, tenant);
    const stranger = aTelegramUser('Luis');
    // Someone else's contact card (user_id of another user), and one without a user_id: not the sender's phone.
    await deliver(bot, updates.contact(stranger, contact.phone.slice(1), stranger.id + 1));
    await deliver(bot, updates.contact(stranger, contact.phone.slice(1), null));
    await waitForQuiescence(app);
    expect((await channelRow(tenant.id, contact.id))?.address ?? null).toBeNull();

    const user = aTelegramUser();
    // Telegram sends the phone without "+".
    expect((await deliver(bot, updates.contact(user, contact.phone.slice(1)))).status).toBe(200);
    await waitForQuiescence(app);
    expect(await channelRow(tenant.id, contact.id)).toMatchObject({ address: String(user.id) });
  });

  it('ignores a forged or another tenant\'s /start token, plain /start, a text from an unknown chat and unknown update types', async () => {
    const { tenant, bot } = await telegramTenant();
    const { tenant: otherTenant } = await telegramTenant();
    const contact = await aContact(app, tenant);
    const token = startToken(await linkUrl(tenant, contact.id));
    const foreignContact = await aContact(app, otherTenant);
    const foreignToken = startToken(await linkUrl(otherTenant, foreignContact.id));
    const user = aTelegramUser();
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const update of [
      updates.text(user, `/start ${forged}`),
      updates.text(user, `/start ${foreignToken}`),
      updates.text(user, '/start'),
      updates.text(user, `/start ${'x'.repeat(65)}`),
      updates.reaction(user),
      { update_id: 42, edited_message: { message_id: 1, chat: { id: user.id, type: 'private' }, date: 1, text: 'x' } },
    ]) {
      expect((await deliver(bot, update)).status).toBe(200);
    }
    await waitForQuiescence(app);
    expect(await inboxCount(tenant.id)).toBe(0);
    expect(await channelRow(tenant.id, contact.id)).toBeUndefined();
    // A text from a chat no contact is linked to is stored, and applied as nothing.
    await deliver(bot, updates.text(user, 'hola'));
    await waitForQuiescence(app);
    expect(await inboundMessages(tenant.id)).toEqual([]);
    expect(await inboxCount(otherTenant.id)).toBe(0);
  });

  it('answers 400 for a body that is not a JSON object, 415 for another content type, and 400 for a malformed tenant id', async () => {
    const { tenant, bot } = await telegramTenant();
    const headers = { 'X-Telegram-Bot-Api-Secret-Token': bot.webhook!.secretToken! };
    const path = `/api/v1/webhooks/telegram/${tenant.id}`;
    expectProblem(await app.http().post(path).set(headers).set('Content-Type', 'application/json').send('[1,2]'), 400, 'request.invalid');
    expectProblem(await app.http().post(path).set(headers).set('Content-Type', 'application/json').send('"update"'), 400, 'request.malformed_json');
    expectProblem(await app.http().post(path).set(headers).set('Content-Type', 'application/json').send('{"update_id":'), 400, 'request.malformed_json');
    expectProblem(await app.http().post(path).set(headers), 400, 'request.invalid');
    expectProblem(await app.http().post(path).set(headers).set('Content-Type', 'text/plain').send('hola'), 415, 'request.unsupported_media_type');
    expectProblem(await app.http().post('/api/v1/webhooks/telegram/not-a-uuid').set(headers).send({ update_id: 1 }), 400, 'request.invalid');
    // Fields of the wrong type are ignored, never a 500.
    for (const update of [
      { update_id: 'x', message: {} },
      { update_id: 7, message: { message_id: 1, chat: { id: 'abc', type: 'private' }, from: { id: 1 }, text: 'x' } },
      { update_id: 8, message: { message_id: 1, chat: { id: 5, type: 'private' }, from: { id: 5 }, date: 1e300, text: 'x' } },
      { update_id: 9, message: { message_id: 2, chat: { id: 5, type: 'private' }, from: { id: 5 }, contact: { phone_number: 12, user_id: 5 } } },
      { update_id: 10, my_chat_member: { chat: null, new_chat_member: { status: 'kicked' } } },
    ]) {
      expect((await app.http().post(path).set(headers).send(update)).status).toBe(200);
    }
  });
});

describe('tenant isolation', () => {
  it("keeps each tenant's chats, messages and opt-outs to itself, even for the same Telegram user", async () => {
    const a = await telegramTenant();
    const b = await telegramTenant();
    const user = aTelegramUser();
    const { contact: contactA } = await linkedContact(a.tenant, a.bot, user);
    const { contact: contactB } = await linkedContact(b.tenant, b.bot, user);
    await deliver(a.bot, updates.text(user, 'para A'));
    await deliver(b.bot, updates.memberStatus(user, b.bot, 'kicked'));
    await waitForQuiescence(app);
    expect((await inboundMessages(a.tenant.id)).map((m) => m.body)).toEqual(['para A']);
    expect(await inboundMessages(b.tenant.id)).toEqual([]);
    expect((await channelRow(a.tenant.id, contactA.id))?.opted_out_at).toBeNull();
    expect((await channelRow(b.tenant.id, contactB.id))?.opted_out_at).toBeInstanceOf(Date);
  });
});

describe('sending through the API', () => {
  async function aLinkedLead() {
    const { tenant, bot } = await telegramTenant();
    const { contact, user } = await linkedContact(tenant, bot);
    const template = await aTemplate(app, tenant, { name: 'Saludo', channel: 'telegram', content: 'Hola {{name}}' });
    return { tenant, bot, contact, user, template };
  }

  it('renders the template with the lead\'s data and the bot sends it to the linked chat', async () => {
    const { tenant, bot, contact, user, template } = await aLinkedLead();
    const queued = await sendMessage(app, tenant, contact.id, { channel: 'telegram', template_id: template.id }).expect(202);
    const sent = await eventually(() => settled(app, tenant, contact.id, queued.body.id as string));
    expect(bot.sent).toEqual([expect.objectContaining({ chatId: String(user.id), text: 'Hola Ana' })]);
    expect(sent).toMatchObject({ status: 'sent', channel: 'telegram', body: 'Hola Ana', provider_message_id: `${user.id}:${bot.sent[0]!.messageId}` });
  });

  it('a 429 delays the send by its retry_after; it goes out then, once', async () => {
    const { tenant, bot, contact, template } = await aLinkedLead();
    telegram.failNext(tooManyRequests(5));
    const queued = await sendMessage(app, tenant, contact.id, { channel: 'telegram', template_id: template.id }).expect(202);
    const messageId = queued.body.id as string;
    const retry = await eventually(async () => {
      const { rows } = await db.query<{ due_at: Date; created_at: Date }>(
        `select due_at, created_at from scheduled_jobs where tenant_id = $1 and key = $2 and status = 'pending'`, [tenant.id, `${messageId}:2`]);
      return rows[0];
    });
    expect(retry.due_at.getTime() - retry.created_at.getTime()).toBeGreaterThanOrEqual(4_900);
    expect(retry.due_at.getTime() - retry.created_at.getTime()).toBeLessThan(7_000);
    expect((await timeline(app, tenant, contact.id)).find((m) => m.id === messageId)).toMatchObject({ status: 'queued', error: null });
    expect(bot.sent).toEqual([]);

    await db.query(`update scheduled_jobs set due_at = now() where tenant_id = $1 and key = $2`, [tenant.id, `${messageId}:2`]);
    expect(await eventually(() => settled(app, tenant, contact.id, messageId))).toMatchObject({ status: 'sent' });
    await waitForQuiescence(app);
    expect(bot.sent.map((m) => m.text)).toEqual(['Hola Ana']);
  });

  it('a 403 (the user blocked the bot) fails the send and marks the contact unreachable on telegram', async () => {
    const { tenant, bot, contact, user, template } = await aLinkedLead();
    telegram.failChat(String(user.id), BLOCKED);
    const queued = await sendMessage(app, tenant, contact.id, { channel: 'telegram', template_id: template.id }).expect(202);
    const failed = await eventually(() => settled(app, tenant, contact.id, queued.body.id as string));
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'telegram.blocked' } });
    expect((await channelRow(tenant.id, contact.id))?.unreachable_at).toBeInstanceOf(Date);
    expectProblem(await sendMessage(app, tenant, contact.id, { channel: 'telegram', template_id: template.id }), 422, 'message.channel_unreachable');
    expect(bot.sent).toEqual([]);
  });
});
