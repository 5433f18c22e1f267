import { randomUUID } from 'node:crypto';
import type { RunningApp } from './app.js';
import { aContact, anOpportunity, aTenant, type TestTenant } from './builders.js';
import type { SmtpStandIn } from './stand-ins/smtp.js';

type Json = Record<string, unknown>;

export async function aTemplate(app: RunningApp, tenant: TestTenant, body: Json) {
  const response = await app.http().post('/api/v1/templates').set(tenant.auth).send(body);
  if (response.status !== 201) throw new Error(`template: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; [field: string]: unknown };
}

/** The tenant's e-mail goes out through this SMTP stand-in, replies addressed to reply.example.com. */
export async function connectEmail(app: RunningApp, tenant: TestTenant, smtp: SmtpStandIn, fields: Json = {}) {
  await app.http().put('/api/v1/integrations/email').set(tenant.auth).send({
    smtp_host: smtp.host, smtp_port: smtp.port, secure: false, username: smtp.username, password: smtp.password,
    from_address: 'ventas@example.com', from_name: 'Ventas Acme', reply_to_domain: 'reply.example.com', ...fields,
  }).expect(200);
}

export interface EmailLead {
  readonly contact: { id: string; [field: string]: unknown };
  readonly opportunity: { id: string; [field: string]: unknown };
  /** The contact's own address: what the SMTP stand-in's deliveries are matched on. */
  readonly email: string;
}

/**
 * A tenant with e-mail connected through the SMTP stand-in, `count` leads (a contact named Ana with
 * an address of its own, `contact` fields added, and an opportunity), and, when given, an e-mail
 * template: the setup of the e-mail channel's and the campaign engine's tests.
 */
export async function emailLeads(app: RunningApp, smtp: SmtpStandIn, options: { count?: number; contact?: Json; template?: Json } = {}) {
  const tenant = await aTenant(app);
  await connectEmail(app, tenant, smtp);
  const template = options.template ? await aTemplate(app, tenant, { channel: 'email', ...options.template }) : null;
  const leads: EmailLead[] = [];
  for (let index = 0; index < (options.count ?? 1); index++) {
    const email = `lead.${randomUUID()}@example.org`;
    const contact = await aContact(app, tenant, { first_name: 'Ana', email, ...options.contact });
    leads.push({ contact, opportunity: await anOpportunity(app, tenant, { contact_id: contact.id }), email });
  }
  return { tenant, template, leads };
}

export function sendMessage(app: RunningApp, tenant: TestTenant, contactId: string, body: Json) {
  return app.http().post(`/api/v1/crm/contacts/${contactId}/messages`).set(tenant.auth).send(body);
}

export interface MessageJson {
  id: string;
  contact_id: string;
  opportunity_id: string | null;
  direction: 'outbound' | 'inbound';
  channel: string;
  subject: string | null;
  body: string;
  status: string;
  provider_message_id: string | null;
  error: { code: string; message: string } | null;
  template_id: string | null;
  template_version: number | null;
  [field: string]: unknown;
}

export async function timeline(app: RunningApp, tenant: TestTenant, contactId: string): Promise<MessageJson[]> {
  const response = await app.http().get(`/api/v1/crm/contacts/${contactId}/messages`).set(tenant.auth).expect(200);
  return response.body.data as MessageJson[];
}

/** The message once the worker is done with it (sent, failed, …: anything but queued). */
export async function settled(app: RunningApp, tenant: TestTenant, contactId: string, messageId: string): Promise<MessageJson | undefined> {
  const message = (await timeline(app, tenant, contactId)).find((m) => m.id === messageId);
  return message && message.status !== 'queued' ? message : undefined;
}
