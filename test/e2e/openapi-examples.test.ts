import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EXAMPLE_IDS } from '../../apps/api/src/http/openapi.js';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aKey, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';
import { ADMIN_KEY } from '../support/config.js';
import { OdooStandIn } from '../support/stand-ins/odoo.js';
import { signTwilio, startTwilio, type TwilioStandIn } from '../support/stand-ins/twilio.js';
import { startSmtp } from '../support/stand-ins/smtp.js';
import { signMeta, startWhatsapp } from '../support/stand-ins/whatsapp.js';
import { signZadarma } from '../support/stand-ins/zadarma.js';
import { startTelegram, type TelegramBot } from '../support/stand-ins/telegram.js';
import { startOpenAi } from '../support/stand-ins/openai.js';

// Swagger UI on the first click: every operation of the served document is called with each of its
// request examples, as it stands, for a fresh tenant. The only changes are the ones each example's
// description asks a person to make (its placeholder ids become ids of the tenant's own resources,
// created here first) and what no example can know: path ids, a provider's signature, and the
// address of the Odoo server. Every call must succeed (2xx), and app.http() checks each answer
// against the document too.

type Json = Record<string, unknown>;
interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; example?: unknown; schema?: { example?: unknown } }[];
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }>; schema?: { example?: unknown } }> };
}
interface Case { route: string; template: string; method: string; name: string; mediaType?: string; body?: unknown; operation: Operation }

let app: RunningApp;
let cases: Case[];
const standIns: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  app = await startApp();
  const document = (await app.http().get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, Operation>> };
  cases = Object.entries(document.paths).flatMap(([template, item]) => Object.entries(item).flatMap(([method, operation]) => {
    const route = `${method.toUpperCase()} ${template}`;
    const [mediaType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
    if (!media) return [{ route, template, method, name: '(no body)', operation }];
    const examples = media.examples ? Object.entries(media.examples).map(([name, example]) => ({ name, body: example.value }))
      : [{ name: 'schema example', body: media.schema?.example }];
    return examples.map(({ name, body }) => ({ route, template, method, name, mediaType, body, operation }));
  }));
});

afterAll(async () => {
  await app.close();
  await Promise.all(standIns.map((standIn) => standIn.close()));
});

/** A fresh tenant whose resources are created the first time an example needs them. */
class Workspace {
  private readonly made = new Map<string, Promise<unknown>>();

  constructor(readonly tenant: TestTenant) {}

  static async fresh() {
    return new Workspace(await aTenant(app));
  }

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.made.has(key)) this.made.set(key, make());
    return this.made.get(key) as Promise<T>;
  }

  private async post(path: string, body: Json, status = 201): Promise<Json> {
    return (await app.http().post(path).set(this.tenant.auth).send(body).expect(status)).body as Json;
  }

  contact = () => this.once('contact', () => aContact(app, this.tenant, { manychat_id: '1234567890123456' }));
  opportunity = () => this.once('opportunity', async () => anOpportunity(app, this.tenant, { contact_id: (await this.contact()).id }));
  pipeline = () => this.once('pipeline', () => this.post('/api/v1/pipelines', { name: 'Otra', template: 'sales' }));
  channel = () => this.once('channel', () => this.post('/api/v1/channels', { name: 'Facebook' }));
  advisor = () => this.once('advisor', () => this.post('/api/v1/advisors', { name: 'Dra. Laura', kind: 'medical' }));
  campaign = () => this.once('campaign', () => this.post('/api/v1/campaigns', { name: 'Invierno', external_id: '85' }));
  /** An active campaign with a step a day after enrollment, and a lead enrolled in it. */
  activeCampaign = () => this.once('activeCampaign', async () => {
    const campaign = await this.post('/api/v1/campaigns', { name: 'Seguimiento activo' });
    await this.post(`/api/v1/campaigns/${campaign.id as string}/steps`, { action: 'make_call', delay_hours: 24 });
    await app.http().patch(`/api/v1/campaigns/${campaign.id as string}`).set(this.tenant.auth).send({ status: 'active' }).expect(200);
    return campaign;
  });
  enrollment = () => this.once('enrollment', async () => {
    const [campaign, lead] = [await this.activeCampaign(), await anOpportunity(app, this.tenant)];
    return this.post(`/api/v1/campaigns/${campaign.id as string}/apply-to-lead/${lead.id}`, {});
  });
  call = () => this.once('call', () => this.post('/api/v1/crm/calls', { direction: 'outbound' }));
  agentKey = () => this.once('agentKey', () => aKey(app, this.tenant, 'agent'));
  template = () => this.once('template', () => this.post('/api/v1/templates', {
    name: 'Bienvenida', channel: 'telegram', content: 'Hola {{ name }}, soy {{ advisor_name }}.',
  }));
  step = () => this.once('step', async () => {
    const campaign = await this.campaign();
    return { campaign, step: await this.post(`/api/v1/campaigns/${campaign.id as string}/steps`, { action: 'make_call' }) };
  });
  member = () => this.once('member', async () => {
    const [campaign, contact] = [await this.campaign(), await this.contact()];
    await this.post(`/api/v1/campaigns/${campaign.id as string}/contacts`, { contact_id: contact.id });
    return { campaign, contact };
  });

  manychatEvent = () => this.once('manychatEvent', () => this.post('/api/v1/manychat/webhook/contact', {
    manychat_id: '987654321', nombre_lead: 'Luis', apellido_lead: 'Pérez', whatsapp: '+52 55 1111 2222',
    datetime_suscripcion: '2025-06-10T10:00:00Z', datetime_actual: '2025-06-10T10:05:00Z', ultimo_estado: 'Nuevo Lead',
    canal_entrada: 'Facebook', estado_inicial: 'Nuevo',
  }, 202));

  /** A ManyChat stage no pipeline of the tenant maps: the worker dead-letters the event at once. */
  deadLetter = () => this.once('deadLetter', async () => {
    await this.post('/api/v1/manychat/webhook/crm-opportunity', {
      manychat_id: '555000111', first_name: 'Rosa', last_name: 'Díaz', phone: '+52 55 3333 4444', channel: 'WhatsApp',
      entry_date: '2025-07-11T17:14:31.220Z', medical_advisor_id: 0, commercial_advisor_id: 0,
      state: { stage_id: 17, summary: 'Pidió cotización', date: '2025-07-11T17:14:31.220Z' },
    }, 202);
    return eventually(async () => ((await app.http().get('/api/v1/dead-letters').set(this.tenant.auth).expect(200)).body.data as Json[])[0], 20_000);
  });

  /** The tenant's Twilio account is a local stand-in with the settings example's credentials. */
  twilio = (settings: Json) => this.once('twilio', async () => {
    const twilio: TwilioStandIn = await startTwilio({
      accountSid: settings.account_sid as string, authToken: settings.auth_token as string, ownedNumbers: [settings.from_number as string],
    });
    standIns.push(twilio);
    await app.http().put('/api/v1/integrations/twilio').set(this.tenant.auth).send({ ...settings, api_base_url: twilio.baseUrl }).expect(200);
    return twilio;
  });

  /** An SMTP stand-in that accepts the connection example's login: its address replaces smtp.example.com. */
  smtp = () => this.once('smtp', async () => {
    const example = exampleOf('PUT /api/v1/integrations/email');
    const smtp = await startSmtp({ username: example.username as string, password: example.password as string });
    standIns.push(smtp);
    return { smtp_host: smtp.host, smtp_port: smtp.port };
  });

  /** The tenant's WhatsApp Cloud API is a local stand-in with the settings example's credentials. */
  whatsappApi = (settings: Json) => this.once('whatsappApi', async () => {
    const wa = await startWhatsapp({
      phoneNumberId: settings.phone_number_id as string, accessToken: settings.access_token as string,
      appSecret: settings.app_secret as string, verifyToken: settings.verify_token as string,
    });
    standIns.push(wa);
    return wa;
  });

  whatsapp = (settings: Json) => this.once('whatsapp', async () => {
    const wa = await this.whatsappApi(settings);
    await app.http().put('/api/v1/integrations/whatsapp').set(this.tenant.auth).send({ ...settings, api_base_url: wa.baseUrl }).expect(200);
    return wa;
  });

  zadarma = (settings: Json) => this.once('zadarma', async () => {
    await app.http().put('/api/v1/integrations/zadarma').set(this.tenant.auth).send(settings).expect(200);
    return settings;
  });

  /** An Odoo stand-in holding the connection example's database, login and key. */
  odoo = (connection: Json) => this.once('odoo', async () => {
    const odoo = new OdooStandIn();
    odoo.apiKey = connection.api_key as string;
    await odoo.start();
    standIns.push({ close: () => odoo.stop() });
    expect({ db: odoo.db, username: odoo.username }).toEqual({ db: connection.db, username: connection.username });
    return odoo;
  });

  /** A Telegram Bot API stand-in knowing the settings example's token, and the tenant connected to it. */
  telegram = (settings: Json, connect = true) => this.once('telegram', async () => {
    const telegram = await startTelegram();
    standIns.push(telegram);
    const bot: TelegramBot = telegram.bot('leadline_bot', settings.bot_token as string);
    if (connect) {
      await app.http().put('/api/v1/integrations/telegram').set(this.tenant.auth).send({ ...settings, api_base_url: telegram.baseUrl }).expect(200);
    }
    return { telegram, bot };
  });

  activity = () => this.once('activity', async () => this.post('/api/v1/crm/activities', {
    opportunity_id: (await this.opportunity()).id, type: 'call', title: 'Llamada',
  }));
  /** An OpenAI-compatible stand-in that knows the connection example's key and model (its address replaces base_url). */
  openai = () => this.once('openai', async () => {
    const example = exampleOf('PUT /api/v1/integrations/ai');
    const openai = await startOpenAi({ apiKey: example.api_key as string, models: [example.model as string] });
    standIns.push(openai);
    return openai;
  });

  ai = () => this.once('ai', async () => {
    await app.http().put('/api/v1/integrations/ai').set(this.tenant.auth)
      .send({ ...exampleOf('PUT /api/v1/integrations/ai'), base_url: (await this.openai()).baseUrl }).expect(200);
  });

  /** A call an AI agent placed (its transcript exists from the start). */
  aiCall = () => this.once('aiCall', async () => {
    await this.twilio(exampleOf('PUT /api/v1/integrations/twilio'));
    await this.ai();
    return this.post('/api/v1/crm/calls/initiate', {
      contact_id: (await this.contact()).id, opportunity_id: (await this.opportunity()).id, agent_type: 'perfilador',
    }, 202);
  });

  /** An AI call whose analysis was asked for. */
  analysedCall = () => this.once('analysedCall', async () => {
    const call = await this.aiCall();
    await app.http().post(`/api/v1/crm/calls/${call.id as string}/analyze`).set(this.tenant.auth).send({}).expect(202);
    return call;
  });

  recordedCall = (email: string) => this.once('recordedCall', () => app.http()
    .post(`/api/v1/webhooks/zadarma/${this.tenant.id}/recording-email`).set(this.tenant.auth)
    .set('Content-Type', 'message/rfc822').send(email).expect(201).then((response) => response.body as Json));
}

/** Example bodies by route, for the fixtures that need another operation's example. */
const exampleOf = (route: string) => cases.find((c) => c.route === route)!.body as Json;

/** The tenant's own resources for each path template's ids. */
const PATH_IDS: Record<string, (w: Workspace) => Promise<Record<string, string>>> = {
  '/api/v1/api-keys/{id}': async (w) => ({ id: (await w.agentKey()).id }),
  '/api/v1/crm/contacts/{id}': async (w) => ({ id: (await w.contact()).id }),
  '/api/v1/pipelines/{id}': async (w) => ({ id: (await w.pipeline()).id as string }),
  '/api/v1/crm/opportunities/{id}': async (w) => ({ id: (await w.opportunity()).id }),
  '/api/v1/crm/opportunities/{id}/stage': async (w) => ({ id: (await w.opportunity()).id }),
  '/api/v1/crm/opportunities/{id}/stage-history': async (w) => ({ id: (await w.opportunity()).id }),
  '/api/v1/pipeline/leads/{id}/move-stage': async (w) => ({ id: (await w.opportunity()).id }),
  '/api/v1/pipeline/leads/{id}/auto-advance': async (w) => ({ id: (await w.opportunity()).id }),
  '/api/v1/pipeline/stages/{stage}/leads': async () => ({ stage: 'agent_initial' }),
  '/api/v1/pipeline/stages/{stage}/inactive': async () => ({ stage: 'agent_initial' }),
  '/api/v1/crm/opportunities/{id}/score': async (w) => ({ id: (await w.opportunity()).id }),
  '/api/v1/scoring/recompute/{id}': async (w) => ({
    id: (await app.http().post('/api/v1/scoring/recompute').set(w.tenant.auth).expect(202)).body.id as string,
  }),
  '/api/v1/crm/calls/{id}': async (w) => ({ id: (await w.call()).id as string }),
  '/api/v1/crm/calls/{id}/recording': async (w) => ({
    id: (await w.recordedCall(exampleOf('POST /api/v1/webhooks/zadarma/{tenant_id}/recording-email') as unknown as string)).id as string,
  }),
  '/api/v1/channels/{id}': async (w) => ({ id: (await w.channel()).id as string }),
  '/api/v1/advisors/{id}': async (w) => ({ id: (await w.advisor()).id as string }),
  '/api/v1/campaigns/{id}': async (w) => ({ id: (await w.campaign()).id as string }),
  '/api/v1/campaigns/{id}/contacts': async (w) => ({ id: (await w.campaign()).id as string }),
  '/api/v1/campaigns/{id}/steps': async (w) => ({ id: (await w.campaign()).id as string }),
  '/api/v1/campaigns/{id}/steps/{stepId}': async (w) => {
    const { campaign, step } = await w.step();
    return { id: campaign.id as string, stepId: step.id as string };
  },
  '/api/v1/campaigns/{id}/contacts/{contactId}': async (w) => {
    const { campaign, contact } = await w.member();
    return { id: campaign.id as string, contactId: contact.id };
  },
  '/api/v1/manychat/events/{event_id}': async (w) => ({ event_id: (await w.manychatEvent()).event_id as string }),
  '/api/v1/dead-letters/{id}/replay': async (w) => ({ id: (await w.deadLetter()).id as string }),
  '/api/v1/webhooks/zadarma/{tenant_id}': async (w) => ({ tenant_id: w.tenant.id }),
  '/api/v1/webhooks/zadarma/{tenant_id}/recording-email': async (w) => ({ tenant_id: w.tenant.id }),
  '/api/v1/webhooks/twilio/{tenant_id}/status': async (w) => ({ tenant_id: w.tenant.id }),
  '/api/v1/crm/contacts/{id}/telegram-link': async (w) => ({ id: (await w.contact()).id }),
  '/api/v1/webhooks/telegram/{tenant_id}': async (w) => ({ tenant_id: w.tenant.id }),
  '/api/v1/webhooks/whatsapp/{tenant_id}': async (w) => ({ tenant_id: w.tenant.id }),
  '/api/v1/templates/{id}': async (w) => ({ id: (await w.template()).id as string }),
  '/api/v1/templates/{id}/preview': async (w) => ({ id: (await w.template()).id as string }),
  '/api/v1/templates/agent-type/{agent_type}': async () => ({ agent_type: 'perfilador' }),
  '/api/v1/crm/contacts/{id}/messages': async (w) => ({ id: (await w.contact()).id }),
  '/api/v1/campaigns/{id}/apply-to-lead/{lead_id}': async (w) => ({ id: (await w.activeCampaign()).id as string, lead_id: (await w.opportunity()).id }),
  '/api/v1/campaigns/{id}/enrollments': async (w) => ({ id: (await w.activeCampaign()).id as string }),
  '/api/v1/campaigns/{id}/enrollments/{enrollment_id}/exit': async (w) => {
    const enrollment = await w.enrollment();
    return { id: enrollment.campaign_id as string, enrollment_id: enrollment.id as string };
  },
  '/api/v1/campaigns/{id}/logs': async (w) => ({ id: (await w.activeCampaign()).id as string }),
  '/api/v1/campaigns/{id}/stats': async (w) => ({ id: (await w.activeCampaign()).id as string }),
  '/api/v1/ai/agents/{agent_type}': async () => ({ agent_type: 'perfilador' }),
  '/api/v1/crm/contacts/{id}/opt-out': async (w) => ({ id: (await w.contact()).id }),
  '/api/v1/crm/contacts/{id}/opt-in': async (w) => ({ id: (await w.contact()).id }),
  '/api/v1/crm/opportunities/{id}/messages': async (w) => ({ id: (await w.opportunity()).id }),
  '/api/v1/webhooks/email/{tenant_id}/inbound': async (w) => ({ tenant_id: w.tenant.id }),
  '/api/v1/crm/activities/{id}': async (w) => ({ id: (await w.activity()).id as string }),
  '/api/v1/crm/calls/{id}/transcript': async (w) => ({ id: (await w.aiCall()).id as string }),
  '/api/v1/crm/calls/{id}/analyze': async (w) => ({ id: (await w.aiCall()).id as string }),
  '/api/v1/crm/calls/{id}/analysis': async (w) => ({ id: (await w.analysedCall()).id as string }),
  '/api/v1/crm/opportunities/{id}/calls': async (w) => ({ id: (await w.opportunity()).id }),
};

/** What a person does with an example's description: the placeholder ids become ids of their own resources. */
async function withOwnIds(body: unknown, w: Workspace): Promise<unknown> {
  if (body === undefined || typeof body === 'string') return body;
  let json = JSON.stringify(body);
  const own: Record<keyof typeof EXAMPLE_IDS, () => Promise<{ id?: unknown }>> = {
    contact: w.contact, opportunity: w.opportunity, pipeline: w.pipeline, channel: w.channel, advisor: w.advisor,
  };
  for (const kind of Object.keys(EXAMPLE_IDS) as (keyof typeof EXAMPLE_IDS)[]) {
    if (json.includes(EXAMPLE_IDS[kind])) json = json.replaceAll(EXAMPLE_IDS[kind], (await own[kind]()).id as string);
  }
  return JSON.parse(json);
}

async function run(c: Case) {
  const w = await Workspace.fresh();
  let path = c.template;
  if (path.includes('{')) {
    const ids = PATH_IDS[c.template];
    if (!ids) throw new Error(`no fixture for the path ids of ${c.template}: add one to PATH_IDS`);
    for (const [name, value] of Object.entries(await ids(w))) path = path.replace(`{${name}}`, value);
  }
  const query = Object.fromEntries((c.operation.parameters ?? []).filter((p) => p.in === 'query' && p.required)
    .map((p) => [p.name, p.example ?? p.schema?.example]));
  let body = await withOwnIds(c.body, w);
  let request = app.http()[c.method as 'get'](path).query(query as Record<string, string>);
  const security = c.operation.security ?? [];
  if (security.some((requirement) => 'admin-key' in requirement)) request = request.set('X-Admin-Key', ADMIN_KEY);
  else if (security.length > 0) request = request.set(w.tenant.auth);

  switch (c.route) {
    case 'POST /api/v1/crm/calls/initiate':
      await w.twilio(exampleOf('PUT /api/v1/integrations/twilio'));
      if ((c.body as Json | undefined)?.agent_type) await w.ai();
      break;
    case 'PUT /api/v1/integrations/telegram': // where the Bot API is: a stand-in
      body = { ...(body as Json), api_base_url: (await w.telegram(body as Json, false)).telegram.baseUrl };
      break;
    case 'POST /api/v1/crm/contacts/{id}/telegram-link':
      await w.telegram(exampleOf('PUT /api/v1/integrations/telegram'));
      break;
    case 'POST /api/v1/webhooks/telegram/{tenant_id}': {
      const { bot } = await w.telegram(exampleOf('PUT /api/v1/integrations/telegram'));
      request = request.set('X-Telegram-Bot-Api-Secret-Token', bot.webhook!.secretToken!);
      break;
    }
    case 'PUT /api/v1/integrations/ai': // the one thing no example can know: where your model server is
      body = { ...(body as Json), base_url: (await w.openai()).baseUrl };
      break;
    case 'GET /api/v1/ai/agents':
    case 'GET /api/v1/ai/agents/{agent_type}':
    case 'PUT /api/v1/ai/agents/{agent_type}':
    case 'POST /api/v1/ai/call-scripts':
      await w.ai();
      break;
    case 'PUT /api/v1/integrations/odoo': // the one thing no example can know: where your Odoo is
      body = { ...(body as Json), url: (await w.odoo(body as Json)).url };
      break;
    case 'POST /api/v1/integrations/odoo/resync': {
      const connection = exampleOf('PUT /api/v1/integrations/odoo');
      await app.http().put('/api/v1/integrations/odoo').set(w.tenant.auth)
        .send({ ...connection, url: (await w.odoo(connection)).url }).expect(200);
      break;
    }
    case 'PUT /api/v1/integrations/email': // the one thing no example can know: where your SMTP server is
      body = { ...(body as Json), ...await w.smtp() };
      break;
    case 'POST /api/v1/crm/contacts/{id}/messages': // the tenant has connected e-mail and the contact has an address
      await app.http().put('/api/v1/integrations/email').set(w.tenant.auth)
        .send({ ...exampleOf('PUT /api/v1/integrations/email'), ...await w.smtp() }).expect(200);
      await app.http().patch(path.replace(/\/messages$/, '')).set(w.tenant.auth).send({ email: 'maria@example.com' }).expect(200);
      break;
    case 'PUT /api/v1/integrations/whatsapp': // like Odoo's: the example's account, at a stand-in
      body = { ...(body as Json), api_base_url: (await w.whatsappApi(body as Json)).baseUrl };
      break;
    case 'GET /api/v1/webhooks/whatsapp/{tenant_id}':
      await w.whatsapp(exampleOf('PUT /api/v1/integrations/whatsapp'));
      break;
    case 'POST /api/v1/webhooks/whatsapp/{tenant_id}': {
      const settings = exampleOf('PUT /api/v1/integrations/whatsapp');
      await w.whatsapp(settings);
      request = request.set('X-Hub-Signature-256', signMeta(settings.app_secret as string, JSON.stringify(body)));
      break;
    }
    case 'PUT /api/v1/manychat/campaign-contacts/update-by-manychat-id':
      await w.member(); // the contact 1234567890123456 in campaign 85
      break;
    case 'POST /api/v1/webhooks/zadarma/{tenant_id}': {
      const settings = await w.zadarma(exampleOf('PUT /api/v1/integrations/zadarma'));
      request = request.set('Signature', signZadarma(body as Record<string, string>, settings.api_secret as string));
      break;
    }
    case 'POST /api/v1/webhooks/twilio/{tenant_id}/status': {
      const settings = exampleOf('PUT /api/v1/integrations/twilio');
      await app.http().put('/api/v1/integrations/twilio').set(w.tenant.auth).send(settings).expect(200);
      await app.http().post('/api/v1/crm/calls').set(w.tenant.auth)
        .send({ direction: 'outbound', provider: 'twilio', external_call_id: (body as Json).CallSid, call_status: 'initiated' }).expect(201);
      const url = `${app.config.publicBaseUrl}${path}`;
      request = request.set('X-Twilio-Signature', signTwilio(settings.auth_token as string, url, body as Record<string, string>));
      break;
    }
  }
  if (c.mediaType === 'application/x-www-form-urlencoded') request = request.type('form');
  else if (c.mediaType) request = request.set('Content-Type', c.mediaType);
  if (body !== undefined) request = request.send(body as Json);
  const response = await request;
  return { route: c.route, example: c.name, status: response.status, body: response.status >= 300 ? response.body : undefined };
}

describe("Swagger UI's first click: every operation, with each of its request examples, against a fresh tenant", () => {
  it('succeeds for every operation and every example', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(68);
    const outcomes = [];
    for (const c of cases) outcomes.push(await run(c).catch((error: Error) => ({ route: c.route, example: c.name, status: 0, body: error.message })));
    const failed = outcomes.filter((outcome) => outcome.status < 200 || outcome.status >= 300);
    expect(failed).toEqual([]);
    expect(cases.filter((c) => c.body !== undefined).length).toBeGreaterThan(40);
  }, 300_000);
});
