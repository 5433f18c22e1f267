import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { ADMIN_KEY } from '../support/config.js';
import { sendZadarma } from '../support/stand-ins/zadarma.js';
import { signTwilio } from '../support/stand-ins/twilio.js';
import { connectZadarma, deliverTo, pbxId } from '../support/telephony.js';
import { aTenant, anOpportunity, type TestTenant } from '../support/builders.js';

/**
 * One describe per root cause of the hostile-input review (issue 15, "Hostile input"): each
 * answered 500, or leaked, before its fix. The property-based tier (fuzz.test.ts) covers the rest.
 */

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ worker: false });
});

afterAll(async () => {
  await app.close();
});

describe('root cause 11: request ids on every answer', () => {
  it.each(['/api/v1/crm/contacts/%ZZ', '/%ZZ', '/api/v1/webhooks/zadarma/%E0%A4%A'])(
    'GET %s (malformed percent-encoding) → 400 problem with a request id in the header and the body', async (path) => {
      const tenant = await aTenant(app);
      const response = await app.http().get(path).set(tenant.auth);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.request_id).toEqual(expect.stringMatching(/\S{8,}/));
    },
  );

  it('a given X-Request-Id is echoed even when the path cannot be decoded', async () => {
    const requestId = `req-${randomUUID()}`;
    const response = await app.http().get('/api/v1/crm/contacts/%ZZ').set('X-Request-Id', requestId);
    expect(response.headers['x-request-id']).toBe(requestId);
    expect(response.body.request_id).toBe(requestId);
  });
});

describe('root cause 12: /metrics route labels are route templates', () => {
  it('ids in paths, unknown routes and requests refused before routing never become labels', async () => {
    const tenant = await aTenant(app);
    const contactId = randomUUID();
    await app.http().get(`/api/v1/crm/contacts/${contactId}`).set(tenant.auth).expect(404);
    await app.http().post(`/api/v1/webhooks/zadarma/${tenant.id}`).type('form').send({ event: 'NOTIFY_START' }).expect(401);
    await app.http().get(`/api/v1/nothing/${contactId}`).set(tenant.auth).expect(404);
    await app.http().get(`/api/v1/crm/contacts/%ZZ${contactId}`).set(tenant.auth).expect(400);
    await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Content-Type', 'text/plain').send('x').expect(415);

    const metrics = (await app.http().get('/metrics').expect(200)).text;
    expect(metrics).not.toContain(contactId);
    expect(metrics).not.toContain(tenant.id);
    const routes = new Set([...metrics.matchAll(/^leadline_http_request_duration_seconds_count\{[^}]*route="([^"]*)"/gm)].map((m) => m[1]));
    expect([...routes]).toEqual(expect.arrayContaining([
      '/api/v1/crm/contacts/:id', '/api/v1/webhooks/zadarma/:tenant_id', '/api/v1/crm/contacts', '/api/v1/admin/tenants', 'unmatched',
    ]));
    for (const route of routes) expect(route).toMatch(/^(unmatched|(\/[a-z0-9_.-]+|\/:[a-z_]+)+|\/)$/i);
    const series = metrics.match(/^leadline_http_request_duration_seconds_count\{[^}]*route="\/api\/v1\/crm\/contacts\/:id"[^}]*status="(\d+)"/m);
    expect(series?.[1]).toBeDefined();
  });
});

/** What a tenant holds: a refused request must leave it exactly so. */
async function dataOf(tenant: TestTenant) {
  const lists = await Promise.all(['/api/v1/crm/contacts', '/api/v1/pipelines', '/api/v1/campaigns', '/api/v1/channels']
    .map((path) => app.http().get(path).query({ limit: 200 }).set(tenant.auth).expect(200)));
  return lists.map((list) => list.body);
}

describe('root causes 1 and 2: text PostgreSQL cannot store (NUL, unpaired surrogates) → 400 naming the field', () => {
  const bodies: [name: string, method: 'post' | 'patch', path: (pipelineId: string) => string, body: string, field: string][] = [
    ['NUL in a contact name', 'post', () => '/api/v1/crm/contacts', '{"first_name":"Ana\\u0000"}', 'first_name'],
    ['NUL in a field name', 'post', () => '/api/v1/crm/contacts', '{"first_name":"Ana","x\\u0000":"1"}', 'x\u0000'],
    ['NUL in a nested stage name', 'patch', (id) => `/api/v1/pipelines/${id}`,
      '{"stages":[{"key":"a","name":"A\\u0000"}]}', 'stages.0.name'],
    ['NUL in a campaign description', 'post', () => '/api/v1/campaigns', '{"name":"C","description":"\\u0000"}', 'description'],
    ['a lone high surrogate', 'post', () => '/api/v1/crm/contacts', '{"first_name":"Ana\\ud800"}', 'first_name'],
    ['a lone low surrogate', 'post', () => '/api/v1/channels', '{"name":"\\udc00WhatsApp"}', 'name'],
    ['surrogates in the wrong order', 'post', () => '/api/v1/crm/contacts', '{"first_name":"\\ude00\\ud83d"}', 'first_name'],
  ];

  it.each(bodies)('%s → 400 naming the field; nothing changes', async (_name, method, path, body, field) => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const before = await dataOf(tenant);
    const response = await app.http()[method](path(opportunity.pipeline_id)).set(tenant.auth).set('Content-Type', 'application/json').send(body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field, message: expect.stringContaining('NUL') }]);
    expect(await dataOf(tenant)).toEqual(before);
  });

  it.each([
    ['/api/v1/crm/contacts?q=ana%00', 'q'],
    ['/api/v1/crm/contacts?phone=%005512345678', 'phone'],
    ['/api/v1/campaigns?external_id=85%00', 'external_id'],
    ['/api/v1/advisors?external_id=%00', 'external_id'],
  ])('a list filter with NUL: GET %s → 400 naming %s', async (path, field) => {
    const tenant = await aTenant(app);
    const response = await app.http().get(path).set(tenant.auth);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field, message: expect.stringContaining('NUL') }]);
  });

  it('a NUL in a form-encoded webhook field → 400, before any signature is checked', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post(`/api/v1/webhooks/zadarma/${tenant.id}`).type('form')
      .send('event=NOTIFY_START&pbx_call_id=in_1%00&caller_id=1');
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'pbx_call_id', message: expect.stringContaining('NUL') }]);
  });

  it('a NUL in a ManyChat webhook → 400; nothing reaches the inbox', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/manychat/webhook/contact').set(tenant.auth)
      .set('Content-Type', 'application/json').send('{"manychat_id":"123","nombre_lead":"A\\u0000"}');
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'nombre_lead', message: expect.stringContaining('NUL') }]);
  });

  it('paired surrogates (an emoji) and other control characters are stored as sent', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Content-Type', 'application/json')
      .send('{"first_name":"Ana \\ud83d\\ude00\\u0001"}').expect(201);
    expect(response.body.first_name).toBe('Ana \u{1F600}\u0001');
  });
});

describe('root cause 10: prototype-named fields are unknown fields', () => {
  const names = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

  it.each(names)('a body field named %s → 400 "unknown field"; nothing created', async (name) => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Content-Type', 'application/json')
      .send(`{"first_name":"Ana","${name}":{"admin":true}}`);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: name, message: 'unknown field' }]);
    const contacts = await app.http().get('/api/v1/crm/contacts').set(tenant.auth).expect(200);
    expect(contacts.body.data).toEqual([]);
  });

  it.each(names)('a nested field named %s (in a pipeline stage) → 400 naming its path', async (name) => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/pipelines').set(tenant.auth).set('Content-Type', 'application/json')
      .send(`{"name":"P","initial_stage":"a","stages":[{"key":"a","name":"A","${name}":1}]}`);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: `stages.0.${name}`, message: 'unknown field' }]);
  });

  it.each(names)('a query parameter named %s → 400 "unknown field"', async (name) => {
    const tenant = await aTenant(app);
    const response = await app.http().get(`/api/v1/crm/contacts?${name}=1`).set(tenant.auth);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: name, message: 'unknown field' }]);
  });
});

describe('root cause 3: compressed bodies are refused, never inflated', () => {
  const encodings: [label: string, encoding: string, body: Buffer][] = [
    ['gzip with a body that is not gzip', 'gzip', Buffer.from('{"first_name":"Ana"}')],
    ['gzip with a real gzip body', 'gzip', gzipSync('{"first_name":"Ana"}')],
    ['br', 'br', brotliCompressSync('{"first_name":"Ana"}')],
    ['deflate with garbage', 'deflate', Buffer.from('not deflate')],
    ['an unknown coding', 'x-made-up', Buffer.from('{}')],
  ];

  it.each(encodings)('Content-Encoding %s → 415 with Accept-Encoding: identity; nothing created', async (_label, encoding, body) => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/crm/contacts').set(tenant.auth)
      .set('Content-Type', 'application/json').set('Content-Encoding', encoding).send(body);
    expectProblem(response, 415, 'request.unsupported_media_type');
    expect(response.headers['accept-encoding']).toBe('identity');
    const contacts = await app.http().get('/api/v1/crm/contacts').set(tenant.auth).expect(200);
    expect(contacts.body.data).toEqual([]);
  });

  it.each(['gzip', 'br'])('Content-Encoding %s without an API key → 415 as well (the body policy runs before auth)', async (encoding) => {
    const response = await app.http().post('/api/v1/crm/contacts')
      .set('Content-Type', 'application/json').set('Content-Encoding', encoding).send(Buffer.from('{"a":1}'));
    expectProblem(response, 415, 'request.unsupported_media_type');
  });

  it('a gzip-encoded webhook form → 415', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post(`/api/v1/webhooks/twilio/${tenant.id}/status`)
      .set('Content-Type', 'application/x-www-form-urlencoded').set('Content-Encoding', 'gzip').send(Buffer.from('CallSid=CA1'));
    expectProblem(response, 415, 'request.unsupported_media_type');
  });

  it('Content-Encoding: identity is accepted', async () => {
    const tenant = await aTenant(app);
    await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Content-Encoding', 'identity')
      .send({ first_name: 'Ana' }).expect(201);
  });

  it('JSON in UTF-16 → 415 (JSON is UTF-8)', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/crm/contacts').set(tenant.auth)
      .set('Content-Type', 'application/json; charset=utf-16le').send(Buffer.from('{"first_name":"Ana"}', 'utf16le'));
    expectProblem(response, 415, 'request.unsupported_media_type');
  });
});

describe('root cause 4: deeply nested JSON is refused before it is parsed', () => {
  it.each([
    ['10,000 nested arrays', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['10,000 nested objects', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['33 levels (one past the limit)', '{"first_name":' + '['.repeat(32) + ']'.repeat(32) + '}'],
    ['about 1 MB of nesting', '['.repeat(500_000) + ']'.repeat(500_000)],
  ])('%s → 400 request.malformed_json naming the limit', async (_label, body) => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Content-Type', 'application/json').send(body);
    expectProblem(response, 400, 'request.malformed_json');
    expect(response.body.detail).toMatch(/deeper than 32 levels/);
  });

  it('brackets inside strings do not count as nesting', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Content-Type', 'application/json')
      .send(JSON.stringify({ first_name: '[{'.repeat(40) + '\\"[' }));
    expect(response.status).toBe(201);
  });

  it('four 1 MB nested bodies at once never block the event loop for a second (it took 1.6 s each)', async () => {
    const tenant = await aTenant(app);
    const deep = '['.repeat(500_000) + ']'.repeat(500_000);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const refused = await Promise.all(Array.from({ length: 4 }, () =>
      app.http().post('/api/v1/crm/contacts').set(tenant.auth).set('Content-Type', 'application/json').send(deep)));
    delay.disable();
    for (const response of refused) expectProblem(response, 400, 'request.malformed_json');
    expect(delay.max / 1e6).toBeLessThan(1000);
  });
});

describe('root cause 5: numbers in signed webhooks are bounded', () => {
  it.each(['2147483648', '99999999999999999999', '1e3'])('a Zadarma NOTIFY_OUT_END with duration %s → 400 naming duration; no call stored', async (duration) => {
    const tenant = await aTenant(app);
    const { api_secret: secret } = await connectZadarma(app, tenant);
    const fields = {
      event: 'NOTIFY_OUT_END', call_start: '2026-11-23 10:15:00', pbx_call_id: pbxId('out'), caller_id: '100', internal: '100',
      destination: '525512345678', duration, disposition: 'answered', status_code: '16', is_recorded: '0',
    };
    const response = await sendZadarma(deliverTo(app), `/api/v1/webhooks/zadarma/${tenant.id}`, fields, secret);
    expect(response).toMatchObject({ status: 400, body: { code: 'telephony.notification_invalid', detail: expect.stringContaining('duration') } });
    const calls = await app.http().get('/api/v1/crm/calls').set(tenant.auth).expect(200);
    expect(calls.body.data).toEqual([]);
  });

  it.each(['SequenceNumber', 'CallDuration'])('a signed Twilio callback with %s 2^53 → 400 naming it', async (field) => {
    const tenant = await aTenant(app);
    const authToken = `token-${tenant.id}`;
    await app.http().put('/api/v1/integrations/twilio').set(tenant.auth).send({
      account_sid: 'AC0123456789abcdef0123456789abcdef', auth_token: authToken, from_number: '+14155550100',
    }).expect(200);
    const path = `/api/v1/webhooks/twilio/${tenant.id}/status`;
    const params = {
      CallSid: 'CA0123456789abcdef0123456789abcdef', CallStatus: 'completed', SequenceNumber: '3', CallDuration: '10',
      [field]: '9007199254740993',
    };
    const response = await app.http().post(path).type('form').set('X-Twilio-Signature', signTwilio(authToken, `${app.config.publicBaseUrl}${path}`, params))
      .send(new URLSearchParams(params).toString());
    expectProblem(response, 400, 'telephony.notification_invalid');
    expect(response.body.detail).toContain(field);
  });
});

describe('root causes 6, 7 and 8: small validation gaps', () => {
  it.each([1e-7, 0.001, 12.345, 0.1 + 0.2])('6: a campaign budget of %s (more than two decimals, in any notation) → 400 naming budget', async (budget) => {
    const tenant = await aTenant(app);
    for (const body of [`{"name":"C","budget":${budget}}`, `{"name":"C","budget":${String(budget).replace('e-', 'E-')}}`]) {
      const response = await app.http().post('/api/v1/campaigns').set(tenant.auth).set('Content-Type', 'application/json').send(body);
      expectProblem(response, 400, 'request.invalid');
      expect(response.body.errors).toEqual([{ field: 'budget', message: expect.stringContaining('two decimals') }]);
    }
  });

  it('6: budgets with up to two decimals, also in exponent notation, are accepted', async () => {
    const tenant = await aTenant(app);
    const response = await app.http().post('/api/v1/campaigns').set(tenant.auth).set('Content-Type', 'application/json')
      .send('{"name":"C","budget":1.5e3}').expect(201);
    expect(response.body.budget).toBe(1500);
    const patched = await app.http().patch(`/api/v1/campaigns/${response.body.id}`).set(tenant.auth).send({ budget: 1234.56 }).expect(200);
    expect(patched.body.budget).toBe(1234.56);
  });

  it.each(['   ', '\t\n', ' \u00a0 '])('7: a tenant named only white space (%j) → 400 naming name; no tenant created', async (name) => {
    const before = await app.http().get('/api/v1/admin/tenants').query({ limit: 200 }).set('X-Admin-Key', ADMIN_KEY).expect(200);
    const response = await app.http().post('/api/v1/admin/tenants').set('X-Admin-Key', ADMIN_KEY).send({ name });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'name', message: 'name must not be blank' }]);
    const after = await app.http().get('/api/v1/admin/tenants').query({ limit: 200 }).set('X-Admin-Key', ADMIN_KEY).expect(200);
    expect(after.body.data[0]?.id).toBe(before.body.data[0]?.id);
  });

  it.each([
    [{ name: null }, 'name'],
    [{ initial_stage: null }, 'initial_stage'],
    [{ stages: null }, 'stages'],
  ])('8: a pipeline PATCH with %j → 400 naming the field; the pipeline is unchanged', async (body, field) => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const path = `/api/v1/pipelines/${opportunity.pipeline_id}`;
    const before = await app.http().get(path).set(tenant.auth).expect(200);
    const response = await app.http().patch(path).set(tenant.auth).send(body);
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual(expect.arrayContaining([{ field, message: expect.any(String) }]));
    expect((await app.http().get(path).set(tenant.auth).expect(200)).body).toEqual(before.body);
  });
});

describe('root cause 9: the Odoo URL goes through the provider address guard', () => {
  it.each([
    'http://localhost:8069', 'https://localhost', 'http://[::1]:8069', 'https://[::1]', 'http://127.0.0.2:8069', 'https://127.0.0.2',
    'http://0.0.0.0:8069', 'https://0.0.0.0', 'https://169.254.169.254', 'https://10.0.0.5', 'https://[::ffff:127.0.0.1]',
    'http://odoo.example.com', 'https://user:pass@odoo.example.com',
  ])('PUT /integrations/odoo with url %s → 400 naming url; nothing is stored or called', async (url) => {
    const tenant = await aTenant(app);
    const response = await app.http().put('/api/v1/integrations/odoo').set(tenant.auth)
      .send({ url, db: 'miasalud', username: 'integracion@miasalud.com', api_key: 'k' });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'url', message: expect.any(String) }]);
    const integrations = await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200);
    expect(JSON.stringify(integrations.body)).not.toContain('odoo');
  });
});
