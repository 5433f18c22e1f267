import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QUEUE_NAMES } from '@leadline/shared-kernel';
import { startApp, type RunningApp } from '../support/app.js';
import { ADMIN_KEY } from '../support/config.js';
import { expectProblem } from '../support/problems.js';

/** The Bull queue dashboard (bull-board) at /admin/queues: operator only, and off unless QUEUE_DASHBOARD=true. */
let withDashboard: RunningApp;
let withoutDashboard: RunningApp;

beforeAll(async () => {
  withDashboard = await startApp({ worker: false, env: { QUEUE_DASHBOARD: 'true' } });
  withoutDashboard = await startApp({ worker: false });
});

afterAll(async () => {
  await withDashboard.close();
  await withoutDashboard.close();
});

describe('queue dashboard', () => {
  it('serves the dashboard and its queue list to the operator key, listing every lane of Queues', async () => {
    const page = await withDashboard.http().get('/admin/queues').set('X-Admin-Key', ADMIN_KEY).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const api = await withDashboard.http().get('/admin/queues/api/queues').set('X-Admin-Key', ADMIN_KEY).expect(200);
    expect(api.body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual([...QUEUE_NAMES].sort());
  });

  it('takes the operator key as an HTTP Basic password, so a browser can open it', async () => {
    await withDashboard.http().get('/admin/queues/api/queues').auth('operator', ADMIN_KEY).expect(200);
  });

  it.each([
    ['no credentials', {}],
    ['a wrong admin key', { 'X-Admin-Key': 'not-the-operator-key' }],
    ['a tenant API key', { 'X-API-Key': 'll_tenant-keys-do-not-open-it' }],
    ['a wrong Basic password', { Authorization: `Basic ${Buffer.from(`operator:${ADMIN_KEY}x`).toString('base64')}` }],
  ])('%s → 401 problem with a Basic challenge; the queue API stays closed too', async (_label, headers) => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const response = await withDashboard.http().get(path).set(headers as Record<string, string>);
      expectProblem(response, 401, 'auth.unauthenticated');
      expect(response.headers['www-authenticate']).toMatch(/^Basic realm=/);
    }
  });

  it('is not there without QUEUE_DASHBOARD=true, even for the operator', async () => {
    const response = await withoutDashboard.http().get('/admin/queues').set('X-Admin-Key', ADMIN_KEY);
    expectProblem(response, 404, 'route.not_found');
  });
});
