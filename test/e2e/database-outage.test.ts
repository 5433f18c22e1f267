import { afterAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aTenant } from '../support/builders.js';
import { TEST_DATABASE_URL } from '../support/config.js';
import { TcpProxy } from '../support/tcp-proxy.js';

describe('when PostgreSQL is unreachable', () => {
  const database = new URL(TEST_DATABASE_URL);
  const proxy = new TcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
  let app: RunningApp;

  afterAll(async () => {
    await app?.close();
    await proxy.stop();
  });

  it('answers 503 problems (not 500) and recovers when it is back', async () => {
    const port = await proxy.start();
    const viaProxy = new URL(TEST_DATABASE_URL);
    viaProxy.port = String(port);
    app = await startApp({ env: { DATABASE_URL: viaProxy.toString() }, worker: false });
    const tenant = await aTenant(app);

    await proxy.stop();
    const refused = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).send({ first_name: 'Lost?' });
    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'dependency.unavailable' });
    expect(JSON.stringify(refused.body)).not.toMatch(/ECONN|at \w+ \(/);
    const ready = await app.http().get('/health/ready').expect(503);
    expect(ready.body.checks.postgres).toBe('down');

    await proxy.start();
    await app.http().post('/api/v1/crm/contacts').set(tenant.auth).send({ first_name: 'Back' }).expect(201);
  }, 30_000);
});
