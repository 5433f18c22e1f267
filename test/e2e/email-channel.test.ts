import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { TransportSweeper } from '../../apps/worker/src/jobs/transport-sweeper.js';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aContact, aKey, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { aTemplate, connectEmail, emailLeads, sendMessage, settled, timeline } from '../support/messaging.js';
import { expectProblem } from '../support/problems.js';
import { startSmtp, type SmtpStandIn } from '../support/stand-ins/smtp.js';

let app: RunningApp;
let smtp: SmtpStandIn;
let db: Pool;

beforeAll(async () => {
  app = await startApp();
  smtp = await startSmtp();
  db = sql();
});

afterAll(async () => {
  await app.close();
  await smtp.close();
  await db.end();
});

const receivedBy = (address: string) => smtp.received.filter((email) => email.rcptTo.includes(address));

/** A tenant with e-mail connected, and a lead with an e-mail address and an opportunity. */
async function aLeadByEmail(fields: Record<string, unknown> = {}) {
  const { tenant, leads: [lead] } = await emailLeads(app, smtp, { contact: fields });
  return { tenant, ...lead! };
}

async function sentEmail(tenant: TestTenant, contactId: string, body: Record<string, unknown>) {
  const queued = await sendMessage(app, tenant, contactId, body).expect(202);
  return eventually(() => settled(app, tenant, contactId, queued.body.id as string));
}

function reply(fields: { from: string; inReplyTo?: string; references?: string; messageId: string; text: string }) {
  return [
    `From: Ana <${fields.from}>`,
    'To: ventas@example.com',
    'Subject: Re: Tu cita',
    'Date: Tue, 10 Jun 2025 10:20:00 +0000',
    `Message-ID: ${fields.messageId}`,
    ...(fields.inReplyTo ? [`In-Reply-To: ${fields.inReplyTo}`] : []),
    ...(fields.references ? [`References: ${fields.references}`] : []),
    'Content-Type: text/plain; charset=utf-8',
    '',
    fields.text,
    '',
    'El lun, 9 jun 2025 a las 18:00, Ventas Acme escribió:',
    '> Hola Ana, ¿te llamo mañana?',
    '',
  ].join('\r\n');
}

const postReply = (tenant: TestTenant, raw: string) => app.http().post(`/api/v1/webhooks/email/${tenant.id}/inbound`)
  .set(tenant.auth).set('Content-Type', 'message/rfc822').send(raw);

describe('PUT /integrations/email', () => {
  it('checks the SMTP login live, then saves the connection with the password masked', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().put('/api/v1/integrations/email').set(tenant.auth).send({
      smtp_host: smtp.host, smtp_port: smtp.port, secure: false, username: smtp.username, password: 'a-long-app-password-1234',
      from_address: 'Ventas@Example.com',
    });
    expectProblem(response, 422, 'channel.credentials_rejected');
    expect((await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200)).body.data).toEqual([]);

    await connectEmail(app, tenant, smtp, { password: smtp.password });
    const [saved] = (await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200)).body.data;
    expect(saved).toMatchObject({
      provider: 'email',
      settings: { smtp_host: '127.0.0.1', smtp_port: String(smtp.port), from_address: 'ventas@example.com', reply_to_domain: 'reply.example.com' },
      secrets: { password: expect.not.stringContaining(smtp.password) },
    });
  });

  it('answers 503 when the server cannot be reached and 400 for a private host not allowed for tests; nothing is saved', async () => {
    const tenant = await aTenant(app);
    const closed = await startSmtp();
    await closed.close();
    const unreachable = await app.http().put('/api/v1/integrations/email').set(tenant.auth)
      .send({ smtp_host: '127.0.0.1', smtp_port: closed.port, secure: false, from_address: 'ventas@example.com' });
    expectProblem(unreachable, 503, 'channel.provider_unavailable');
    const internal = await app.http().put('/api/v1/integrations/email').set(tenant.auth)
      .send({ smtp_host: '10.1.2.3', smtp_port: 25, secure: false, from_address: 'ventas@example.com' });
    expectProblem(internal, 400, 'request.invalid');
    expect((await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200)).body.data).toEqual([]);
  });

  it('is for admins only', async () => {
    const tenant = await aTenant(app);
    const agent = await aKey(app, tenant, 'agent');
    const response = await app.http().put('/api/v1/integrations/email').set(agent.auth)
      .send({ smtp_host: smtp.host, smtp_port: smtp.port, secure: false, from_address: 'ventas@example.com' });
    expect(response.status).toBe(403);
  });
});

describe('POST /crm/contacts/:id/messages on email', () => {
  it("renders the template with the lead's data and sends it once, with our Message-ID and a tokenised Reply-To", async () => {
    const { tenant, contact, opportunity, email } = await aLeadByEmail();
    const template = await aTemplate(app, tenant, {
      name: 'Seguimiento', channel: 'email', subject: 'Hola {{ name }}', content: 'Tu presupuesto: {{ budget | default: "por definir" }}.',
    });
    const queued = await sendMessage(app, tenant, contact.id, { channel: 'email', template_id: template.id }).expect(202);
    expect(queued.body).toMatchObject({
      direction: 'outbound', channel: 'email', status: 'queued', subject: 'Hola Ana', body: 'Tu presupuesto: por definir.',
      template_id: template.id, template_version: 1, opportunity_id: opportunity.id,
    });

    const sent = await eventually(() => settled(app, tenant, contact.id, queued.body.id as string));
    const messageId = `<${queued.body.id as string}@reply.example.com>`;
    expect(sent).toMatchObject({ status: 'sent', provider_message_id: messageId, error: null, sent_at: expect.any(String) });
    await waitForQuiescence(app);
    const [delivered, ...more] = receivedBy(email);
    expect(more).toEqual([]);
    expect(delivered!.parsed).toMatchObject({
      subject: 'Hola Ana', messageId, text: 'Tu presupuesto: por definir.\n',
      replyTo: { value: [{ address: `reply+${queued.body.id as string}@reply.example.com` }] },
      from: { value: [{ address: 'ventas@example.com', name: 'Ventas Acme' }] },
    });
  });

  it('never sends a message with a hole in it: a variable with no value and no default is a 422, and nothing is queued', async () => {
    const { tenant, contact, email } = await aLeadByEmail();
    const template = await aTemplate(app, tenant, { name: 'Asesor', channel: 'email', subject: 'Cita', content: 'Soy {{ advisor_name }}.' });
    const response = await sendMessage(app, tenant, contact.id, { channel: 'email', template_id: template.id });
    expectProblem(response, 422, 'template.missing_variable');
    expect(response.body.variables).toEqual(['advisor_name']);
    await waitForQuiescence(app);
    expect(await timeline(app, tenant, contact.id)).toEqual([]);
    expect(receivedBy(email)).toEqual([]);
  });

  it('refuses a contact without an e-mail address, a template of another channel, and a tenant without e-mail', async () => {
    const { tenant, contact: withEmail } = await aLeadByEmail();
    const noAddress = await aContact(app, tenant, { first_name: 'Luis' });
    expectProblem(await sendMessage(app, tenant, noAddress.id, { channel: 'email', subject: 'Hola', body: 'Hola' }), 422, 'message.channel_unreachable');
    const telegram = await aTemplate(app, tenant, { name: 'TG', channel: 'telegram', content: 'Hola' });
    expectProblem(await sendMessage(app, tenant, withEmail.id, { channel: 'email', template_id: telegram.id }), 400, 'request.invalid');

    const unconnected = await aTenant(app);
    const lead = await aContact(app, unconnected, { email: 'luis@example.org' });
    expectProblem(await sendMessage(app, unconnected, lead.id, { channel: 'email', subject: 'Hola', body: 'Hola' }), 409, 'channel.not_configured');
  });

  it('a greylisting server (4xx) delays the send to the time it suggests; it goes out then, once', async () => {
    const { tenant, contact, email } = await aLeadByEmail();
    smtp.failDataNext(451);
    const queued = await sendMessage(app, tenant, contact.id, { channel: 'email', subject: 'Hola', body: 'Primer intento' }).expect(202);
    const retry = await eventually(async () => {
      const { rows } = await db.query<{ due_at: Date; created_at: Date }>(
        `select due_at, created_at from scheduled_jobs where tenant_id = $1 and key = $2 and status = 'pending'`, [tenant.id, `${queued.body.id as string}:2`]);
      return rows[0];
    });
    expect(retry.due_at.getTime() - retry.created_at.getTime()).toBeGreaterThanOrEqual(59_000);
    expect((await timeline(app, tenant, contact.id))[0]).toMatchObject({ status: 'queued', error: null });
    expect(receivedBy(email)).toEqual([]);

    await db.query(`update scheduled_jobs set due_at = now() where tenant_id = $1 and key = $2`, [tenant.id, `${queued.body.id as string}:2`]);
    expect(await eventually(() => settled(app, tenant, contact.id, queued.body.id as string))).toMatchObject({ status: 'sent' });
    expect(receivedBy(email)).toHaveLength(1);
  });

  it('a recipient the server refuses for good (5xx) fails the send and marks the contact unreachable on e-mail', async () => {
    const { tenant, contact } = await aLeadByEmail({ email: `bounce.${Date.now()}@example.org` });
    const failed = await sentEmail(tenant, contact.id, { channel: 'email', subject: 'Hola', body: 'Hola' });
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'email.recipient_rejected' } });
    expectProblem(await sendMessage(app, tenant, contact.id, { channel: 'email', subject: 'Hola', body: 'Otra vez' }), 422, 'message.channel_unreachable');
  });

  it('a send interrupted after the provider was called is failed with outcome_unknown and never repeated', async () => {
    const { tenant, contact, email } = await aLeadByEmail();
    const queued = await sendMessage(app, tenant, contact.id, { channel: 'email', subject: 'Hola', body: 'Una vez' }).expect(202);
    await eventually(() => settled(app, tenant, contact.id, queued.body.id as string));
    // As a worker that died mid-call leaves it: the message claimed for sending, its job running since long ago.
    await db.query(`update messages set status = 'sending', provider_message_id = null where id = $1`, [queued.body.id]);
    await db.query(`update scheduled_jobs set status = 'running', started_at = now() - interval '1 hour' where tenant_id = $1 and key = $2`,
      [tenant.id, queued.body.id]);
    await app.worker!.get(TransportSweeper).sweepNow();

    const failed = await eventually(() => settled(app, tenant, contact.id, queued.body.id as string));
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'outcome_unknown' } });
    await waitForQuiescence(app);
    expect(receivedBy(email)).toHaveLength(1);
  });
});

describe('replies: POST /webhooks/email/:tenant_id/inbound', () => {
  it('matches a reply to the message it answers, keeps only the new text, stores it once and publishes message.received', async () => {
    const { tenant, contact, opportunity, email } = await aLeadByEmail();
    const sent = await sentEmail(tenant, contact.id, { channel: 'email', subject: 'Tu cita', body: 'Hola Ana, ¿te llamo mañana?' });
    const raw = reply({ from: email.toUpperCase(), inReplyTo: sent.provider_message_id!, messageId: `<r1.${sent.id}@mail.example.org>`, text: 'Sí, a las 10.' });

    expect((await postReply(tenant, raw).expect(202)).body).toEqual({ accepted: true, provider_message_id: `<r1.${sent.id}@mail.example.org>` });
    expect((await postReply(tenant, raw).expect(202)).body.accepted).toBe(false);
    const inbound = await eventually(async () => (await timeline(app, tenant, contact.id)).find((m) => m.direction === 'inbound'));
    expect(inbound).toMatchObject({
      channel: 'email', status: 'received', body: 'Sí, a las 10.', subject: 'Re: Tu cita', opportunity_id: opportunity.id,
      provider_message_id: `<r1.${sent.id}@mail.example.org>`,
    });
    await waitForQuiescence(app);
    expect((await timeline(app, tenant, contact.id)).filter((m) => m.direction === 'inbound')).toHaveLength(1);
    const { rows } = await db.query(`select payload from outbox_events where tenant_id = $1 and type = 'message.received'`, [tenant.id]);
    expect(rows).toEqual([{ payload: expect.objectContaining({ message_id: inbound.id, contact_id: contact.id, in_reply_to: sent.id, channel: 'email' }) }]);
    // crm-domain counts the reply once: the lead's score gains its `replies` rule.
    const breakdown = await eventually(async () => {
      const body = (await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}/score`).set(tenant.auth).expect(200)).body;
      return (body.components as { rule: string }[]).some((component) => component.rule === 'replies') ? body : undefined;
    });
    expect(breakdown.components).toEqual(expect.arrayContaining([{ rule: 'replies', points: 10 }]));
    const { rows: [counted] } = await db.query(`select replies from lead_opportunities where id = $1`, [opportunity.id]);
    expect(counted).toEqual({ replies: 1 });
  });

  it('finds the message through References when the client dropped In-Reply-To, and else the contact by the sender address', async () => {
    const { tenant, contact, email } = await aLeadByEmail();
    const sent = await sentEmail(tenant, contact.id, { channel: 'email', subject: 'Tu cita', body: 'Hola' });
    await postReply(tenant, reply({ from: 'someone-else@example.org', references: `<old@x.org> ${sent.provider_message_id!}`, messageId: '<r2@x.org>', text: 'Reenviado' })).expect(202);
    await postReply(tenant, reply({ from: email, messageId: '<r3@x.org>', text: 'Otra cosa' })).expect(202);
    const inbound = await eventually(async () => {
      const messages = (await timeline(app, tenant, contact.id)).filter((m) => m.direction === 'inbound');
      return messages.length === 2 ? messages : undefined;
    });
    expect(inbound.map((m) => m.body).sort()).toEqual(['Otra cosa', 'Reenviado']);
  });

  it('a reply that is only a stop word opts the contact out of e-mail, and later sends are refused', async () => {
    const { tenant, contact, email } = await aLeadByEmail();
    await postReply(tenant, reply({ from: email, messageId: '<stop@x.org>', text: '  Unsubscribe. ' })).expect(202);
    const optedOut = await eventually(async () => {
      const body = (await app.http().get(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).expect(200)).body;
      return body.opt_outs.email ? body : undefined;
    });
    expect(Object.keys(optedOut.opt_outs)).toEqual(['email']);
    expectProblem(await sendMessage(app, tenant, contact.id, { channel: 'email', subject: 'Hola', body: 'Hola' }), 422, 'message.channel_unreachable');
    const { rows } = await db.query(`select type from outbox_events where tenant_id = $1 and type in ('message.received', 'contact.opted_out')`, [tenant.id]);
    expect(rows).toEqual([{ type: 'contact.opted_out' }]);
  });

  it('refuses a body that is not an e-mail and another media type', async () => {
    const { tenant } = await aLeadByEmail();
    expectProblem(await postReply(tenant, ''), 422, 'message.inbound_email_invalid');
    expectProblem(await postReply(tenant, 'Subject: sin remitente\r\n\r\nhola'), 422, 'message.inbound_email_invalid');
    const json = await app.http().post(`/api/v1/webhooks/email/${tenant.id}/inbound`).set(tenant.auth).send({ text: 'hola' });
    expectProblem(json, 415, 'request.unsupported_media_type');
  });
});

describe('opt-out, opt-in and tenant isolation', () => {
  it('an agent records an opt-out and an opt-in; the contact shows opt_outs and sends follow them', async () => {
    const { tenant, contact } = await aLeadByEmail();
    const out = await app.http().post(`/api/v1/crm/contacts/${contact.id}/opt-out`).set(tenant.auth).send({ channel: 'email' }).expect(200);
    expect(out.body.opt_outs).toEqual({ email: expect.any(String) });
    expectProblem(await sendMessage(app, tenant, contact.id, { channel: 'email', subject: 'Hola', body: 'Hola' }), 422, 'message.channel_unreachable');
    const back = await app.http().post(`/api/v1/crm/contacts/${contact.id}/opt-in`).set(tenant.auth).send({ channel: 'email' }).expect(200);
    expect(back.body.opt_outs).toEqual({});
    await sendMessage(app, tenant, contact.id, { channel: 'email', subject: 'Hola', body: 'Hola' }).expect(202);
    expectProblem(await app.http().post(`/api/v1/crm/contacts/${contact.id}/opt-out`).set(tenant.auth).send({ channel: 'sms' }), 400, 'request.invalid');
  });

  it("another tenant cannot read, send to or opt out a contact, nor post replies to this tenant's inbox", async () => {
    const { tenant, contact, email } = await aLeadByEmail();
    await sentEmail(tenant, contact.id, { channel: 'email', subject: 'Hola', body: 'Hola' });
    const other = await aTenant(app);
    await connectEmail(app, other, smtp);
    expectProblem(await app.http().get(`/api/v1/crm/contacts/${contact.id}/messages`).set(other.auth), 404, 'resource.not_found');
    expectProblem(await sendMessage(app, other, contact.id, { channel: 'email', subject: 'Hola', body: 'Hola' }), 404, 'resource.not_found');
    expectProblem(await app.http().post(`/api/v1/crm/contacts/${contact.id}/opt-out`).set(other.auth).send({ channel: 'email' }), 404, 'resource.not_found');
    const crossPath = await app.http().post(`/api/v1/webhooks/email/${tenant.id}/inbound`).set(other.auth)
      .set('Content-Type', 'message/rfc822').send(reply({ from: email, messageId: '<cross@x.org>', text: 'hola' }));
    expectProblem(crossPath, 404, 'resource.not_found');
    // The other tenant's own inbox does not know this tenant's contact.
    await postReply(other, reply({ from: email, messageId: '<own@x.org>', text: 'hola' })).expect(202);
    await waitForQuiescence(app);
    expect((await timeline(app, tenant, contact.id)).filter((m) => m.direction === 'inbound')).toEqual([]);
  });

  it('validates the send body: channel, template_id or body (not both), ids', async () => {
    const { tenant, contact } = await aLeadByEmail();
    const bad = [
      { channel: 'sms', body: 'hola' },
      { channel: 'email', subject: 'x' },
      { channel: 'email', subject: 'x', body: 'hola', template_id: '01970000-0000-7000-8000-000000000001' },
      { channel: 'email', template_id: 'not-a-uuid' },
      { channel: 'email', body: 'sin asunto' },
    ];
    for (const body of bad) expectProblem(await sendMessage(app, tenant, contact.id, body), 400, 'request.invalid');
    expectProblem(await sendMessage(app, tenant, contact.id, { channel: 'email', template_id: '01970000-0000-7000-8000-000000000001' }), 422, 'message.template_unknown');
    expectProblem(await app.http().get('/api/v1/crm/opportunities/01970000-0000-7000-8000-000000000009/messages').set(tenant.auth), 404, 'resource.not_found');
  });
});
