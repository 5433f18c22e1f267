import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { expectProblem } from '../support/problems.js';
import { aTenant } from '../support/builders.js';

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
