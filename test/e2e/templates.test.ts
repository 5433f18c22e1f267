import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aContact, aKey, anOpportunity, aTenant, eventually, type TestTenant } from '../support/builders.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

const TEMPLATES = '/api/v1/templates';
type Auth = Record<string, string>;

const GREETING = {
  name: 'Bienvenida perfilador',
  channel: 'telegram',
  agent_type: 'perfilador',
  content: 'Hola {{ name | default: "amigo" }}, soy {{ advisor_name }}. ¿Buscas en {{ location }}?',
  defaults: { location: 'tu zona' },
};

async function aTemplate(auth: Auth, body: object = GREETING) {
  const response = await app.http().post(TEMPLATES).set(auth).send(body);
  if (response.status !== 201) throw new Error(`template: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; [field: string]: unknown };
}

const preview = (auth: Auth, id: string, body: object) => app.http().post(`${TEMPLATES}/${id}/preview`).set(auth).send(body);

describe('POST/GET/PUT/DELETE /templates', () => {
  it('creates a template with its variables in order of first use, version 1, and reads it back', async () => {
    const tenant = await aTenant(app);
    const created = await app.http().post(TEMPLATES).set(tenant.auth).send(GREETING).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Bienvenida perfilador',
      channel: 'telegram',
      agent_type: 'perfilador',
      subject: null,
      content: GREETING.content,
      defaults: { location: 'tu zona' },
      variables: ['name', 'advisor_name', 'location'],
      whatsapp: null,
      version: 1,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    expect(created.headers.etag).toBe('"1"');
    const read = await app.http().get(`${TEMPLATES}/${created.body.id}`).set(tenant.auth).expect(200);
    expect(read.body).toEqual(created.body);
  });

  it('PUT replaces the template and adds one to its version every time; a stale If-Match is a 409 that changes nothing', async () => {
    const tenant = await aTenant(app);
    const template = await aTemplate(tenant.auth);
    const email = {
      name: 'Confirmación', channel: 'email', subject: 'Tu cita con {{ advisor_name }}', content: 'Hola {{ first_name }}',
    };
    const replaced = await app.http().put(`${TEMPLATES}/${template.id}`).set(tenant.auth).send(email).expect(200);
    expect(replaced.body).toMatchObject({
      ...email, agent_type: null, defaults: {}, variables: ['advisor_name', 'first_name'], whatsapp: null, version: 2,
    });
    const again = await app.http().put(`${TEMPLATES}/${template.id}`).set(tenant.auth).set('If-Match', '"2"').send(email).expect(200);
    expect(again.body.version).toBe(3);
    expectProblem(await app.http().put(`${TEMPLATES}/${template.id}`).set(tenant.auth).set('If-Match', '"2"').send(GREETING), 409, 'resource.stale_version');
    expect((await app.http().get(`${TEMPLATES}/${template.id}`).set(tenant.auth).expect(200)).body).toMatchObject({ version: 3, channel: 'email' });
  });

  it('DELETE removes it (204), then it is a 404', async () => {
    const tenant = await aTenant(app);
    const template = await aTemplate(tenant.auth);
    await app.http().delete(`${TEMPLATES}/${template.id}`).set(tenant.auth).expect(204);
    expectProblem(await app.http().get(`${TEMPLATES}/${template.id}`).set(tenant.auth), 404, 'resource.not_found');
    expectProblem(await app.http().delete(`${TEMPLATES}/${template.id}`).set(tenant.auth), 404, 'resource.not_found');
  });

  it('keeps the approved WhatsApp template of a whatsapp template', async () => {
    const tenant = await aTenant(app);
    const whatsapp = { template_name: 'seguimiento_plan', language: 'es_MX', parameters: ['first_name', 'advisor_name'] };
    const created = await aTemplate(tenant.auth, {
      name: 'Seguimiento', channel: 'whatsapp', content: 'Hola {{ first_name }}', defaults: { advisor_name: 'tu asesor' }, whatsapp,
    });
    expect(created).toMatchObject({ whatsapp, variables: ['first_name'], defaults: { advisor_name: 'tu asesor' } });
  });

  it('writes created, updated and deleted into the audit log with what changed', async () => {
    const tenant = await aTenant(app);
    const template = await aTemplate(tenant.auth);
    await app.http().put(`${TEMPLATES}/${template.id}`).set(tenant.auth).send({ ...GREETING, content: 'Hola {{ name }}', defaults: {} }).expect(200);
    await app.http().delete(`${TEMPLATES}/${template.id}`).set(tenant.auth).expect(204);
    const entries = await eventually(async () => {
      const response = await app.http().get('/api/v1/audit-log').query({ entity_type: 'template', entity_id: template.id }).set(tenant.auth).expect(200);
      return response.body.data.length >= 3 ? response.body.data : undefined;
    });
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual(['deleted', 'updated', 'created']);
    expect(entries[1].changes).toEqual({
      content: { from: GREETING.content, to: 'Hola {{ name }}' }, defaults: { from: { location: 'tu zona' }, to: {} },
    });
    expect(entries[2].changes).toMatchObject({ name: { from: null, to: GREETING.name }, agent_type: { from: null, to: 'perfilador' } });
  });
});

describe('GET /templates and /templates/agent-type/:agent_type', () => {
  it('filters by channel, agent type and a part of the name whatever its case and accents, newest first, page by page', async () => {
    const tenant = await aTenant(app);
    const a = await aTemplate(tenant.auth, { ...GREETING, name: 'Confirmación de cita', agent_type: 'agendador' });
    const b = await aTemplate(tenant.auth, { ...GREETING, name: 'Bienvenida', agent_type: 'perfilador' });
    const c = await aTemplate(tenant.auth, { name: 'Recordatorio de CITA', channel: 'call', agent_type: 'agendador', content: 'Llamar a {{ name }}' });
    const ids = async (query: Record<string, string | number>, path = TEMPLATES) =>
      (await app.http().get(path).query(query).set(tenant.auth).expect(200)).body.data.map((t: { id: string }) => t.id);

    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ channel: 'telegram' })).toEqual([b.id, a.id]);
    expect(await ids({ q: 'CONFIRMACION' })).toEqual([a.id]);
    expect(await ids({ q: 'cita' })).toEqual([c.id, a.id]);
    expect(await ids({}, `${TEMPLATES}/agent-type/agendador`)).toEqual([c.id, a.id]);
    const first = await app.http().get(`${TEMPLATES}/agent-type/agendador`).query({ limit: 1 }).set(tenant.auth).expect(200);
    expect(first.body.data.map((t: { id: string }) => t.id)).toEqual([c.id]);
    expect(await ids({ cursor: first.body.next_cursor }, `${TEMPLATES}/agent-type/agendador`)).toEqual([a.id]);
  });

  it('an unknown agent type or channel is a 400 naming the field', async () => {
    const tenant = await aTenant(app);
    const byPath = await app.http().get(`${TEMPLATES}/agent-type/vendedor`).set(tenant.auth);
    expectProblem(byPath, 400, 'request.invalid');
    expect(byPath.body.errors).toEqual([{ field: 'agent_type', message: expect.stringContaining('perfilador') }]);
    expectProblem(await app.http().get(TEMPLATES).query({ channel: 'sms' }).set(tenant.auth), 400, 'request.invalid');
  });
});

describe('POST /templates/:id/preview', () => {
  it("renders with the opportunity's contact, stage, advisor and derived facts", async () => {
    const tenant = await aTenant(app);
    const advisor = await app.http().post('/api/v1/advisors').set(tenant.auth)
      .send({ name: 'Laura', kind: 'commercial', phone: '+525511112222', email: 'laura@example.com' }).expect(201);
    const contact = await aContact(app, tenant, { first_name: 'María', last_name: 'López', email: 'maria@example.com' });
    const opportunity = await anOpportunity(app, tenant, { contact_id: contact.id, assigned_advisor_id: advisor.body.id, priority: 'high' });
    const template = await aTemplate(tenant.auth, {
      name: 'Todo', channel: 'call',
      content: '{{ full_name }} {{ phone }} {{ email }} | {{ stage }} {{ stage_name }} {{ pipeline_name }} | {{ priority }} {{ status }} | ' +
        '{{ advisor_name }} {{ advisor_phone }} {{ advisor_email }} | {{ days_in_stage }} {{ first_call_completed }} {{ attempts }}',
    });
    const response = await preview(tenant.auth, template.id, { opportunity_id: opportunity.id }).expect(200);
    expect(response.body).toEqual({
      ok: true,
      subject: null,
      rendered: `María López ${contact.phone} maria@example.com | agent_initial Entrada Sales | high ${opportunity.status as string} | ` +
        'Laura +525511112222 laura@example.com | 0 false 0',
      used_defaults: [],
      missing: [],
      length: expect.any(Number),
      limit: 10_000,
    });
  });

  it("names what is missing and renders nothing; the designer's variables fill it; defaults are reported", async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant, { first_name: null, last_name: null });
    const template = await aTemplate(tenant.auth);

    expect((await preview(tenant.auth, template.id, { contact_id: contact.id }).expect(200)).body).toEqual({
      ok: false, subject: null, rendered: null, used_defaults: ['name', 'location'], missing: ['advisor_name'], length: null, limit: 4096,
    });
    expect((await preview(tenant.auth, template.id, { contact_id: contact.id, variables: { advisor_name: 'Laura', location: 'Polanco' } })
      .expect(200)).body).toMatchObject({ ok: true, rendered: 'Hola amigo, soy Laura. ¿Buscas en Polanco?', used_defaults: ['name'], missing: [] });
    expect((await preview(tenant.auth, template.id, {}).expect(200)).body.missing).toEqual(['advisor_name']);
  });

  it('an unknown contact or opportunity, or an opportunity of another contact, is a 422', async () => {
    const tenant = await aTenant(app);
    const template = await aTemplate(tenant.auth);
    const opportunity = await anOpportunity(app, tenant);
    const other = await aContact(app, tenant);
    expectProblem(await preview(tenant.auth, template.id, { contact_id: randomUUID() }), 422, 'message.contact_unknown');
    expectProblem(await preview(tenant.auth, template.id, { opportunity_id: randomUUID() }), 422, 'message.opportunity_unknown');
    expectProblem(await preview(tenant.auth, template.id, { opportunity_id: opportunity.id, contact_id: other.id }), 422, 'message.opportunity_unknown');
  });
});

describe('bad input', () => {
  it('a Liquid syntax error is a 422 naming where it is', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post(TEMPLATES).set(tenant.auth).send({ ...GREETING, content: 'Hola\n{{ name ' });
    expectProblem(response, 422, 'template.invalid_syntax');
    expect(response.body).toMatchObject({ part: 'content', line: 2, column: 1 });
    expectProblem(await app.http().post(TEMPLATES).set(tenant.auth).send({ ...GREETING, content: '{% if name %}x{% endif %}' }), 422, 'template.invalid_syntax');
  });

  it.each([
    [{ ...GREETING, channel: 'sms' }, 'channel'],
    [{ ...GREETING, agent_type: 'vendedor' }, 'agent_type'],
    [{ ...GREETING, subject: 'Hola' }, 'subject'],
    [{ ...GREETING, channel: 'email' }, 'subject'],
    [{ ...GREETING, channel: 'email', subject: 'x'.repeat(256) }, 'subject'],
    [{ ...GREETING, defaults: { budget: 'x' } }, 'defaults.budget'],
    [{ ...GREETING, defaults: { location: 5 } }, 'defaults.location'],
    [{ ...GREETING, defaults: ['x'] }, 'defaults'],
    [{ ...GREETING, whatsapp: { template_name: 'x', language: 'es', parameters: [] } }, 'whatsapp'],
    [{ ...GREETING, channel: 'whatsapp', whatsapp: { template_name: 'X Y', language: 'es', parameters: [] } }, 'whatsapp.template_name'],
    [{ ...GREETING, channel: 'whatsapp', whatsapp: { template_name: 'x', language: 'es' } }, 'whatsapp.parameters'],
    [{ ...GREETING, content: 'x'.repeat(4097) }, 'content'],
    [{ ...GREETING, content: '' }, 'content'],
    [{ ...GREETING, name: undefined }, 'name'],
    [{ ...GREETING, version: 3 }, 'version'],
  ])('%j is a 400 naming %s', async (body, field) => {
    const tenant = await aTenant(app);
    const response = await app.http().post(TEMPLATES).set(tenant.auth).send(body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('preview refuses non-text sample values and malformed ids', async () => {
    const tenant = await aTenant(app);
    const template = await aTemplate(tenant.auth);
    expectProblem(await preview(tenant.auth, template.id, { variables: { name: { a: 1 } } }), 400, 'request.invalid');
    expectProblem(await preview(tenant.auth, template.id, { contact_id: 'nope' }), 400, 'request.invalid');
    expectProblem(await app.http().post(`${TEMPLATES}/nope/preview`).set(tenant.auth).send({}), 400, 'request.invalid');
  });

  it('a viewer key reads templates but cannot write them', async () => {
    const tenant = await aTenant(app);
    const template = await aTemplate(tenant.auth);
    const viewer = await aKey(app, tenant, 'viewer');
    await app.http().get(`${TEMPLATES}/${template.id}`).set(viewer.auth).expect(200);
    expectProblem(await app.http().post(TEMPLATES).set(viewer.auth).send(GREETING), 403, 'auth.forbidden');
  });
});

describe('tenant isolation', () => {
  it("another tenant's template is a 404 for every operation and stays as it was; its leads are unknown ids (422)", async () => {
    const [a, b]: TestTenant[] = [await aTenant(app), await aTenant(app)];
    const template = await aTemplate(a.auth);
    const opportunity = await anOpportunity(app, a);
    const own = await aTemplate(b.auth);
    expectProblem(await app.http().get(`${TEMPLATES}/${template.id}`).set(b.auth), 404, 'resource.not_found');
    expectProblem(await app.http().put(`${TEMPLATES}/${template.id}`).set(b.auth).send(GREETING), 404, 'resource.not_found');
    expectProblem(await preview(b.auth, template.id, {}), 404, 'resource.not_found');
    expectProblem(await app.http().delete(`${TEMPLATES}/${template.id}`).set(b.auth), 404, 'resource.not_found');
    expectProblem(await preview(b.auth, own.id, { opportunity_id: opportunity.id }), 422, 'message.opportunity_unknown');
    expectProblem(await preview(b.auth, own.id, { contact_id: opportunity.contact_id }), 422, 'message.contact_unknown');
    expect((await app.http().get(TEMPLATES).set(b.auth).expect(200)).body.data.map((t: { id: string }) => t.id)).toEqual([own.id]);
    expect((await app.http().get(`${TEMPLATES}/${template.id}`).set(a.auth).expect(200)).body).toMatchObject({ version: 1 });
  });
});
