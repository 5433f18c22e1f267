import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aKey, aTenant, eventually } from '../support/builders.js';

/** Two API instances on one database, as in a scaled-out deployment: each caches resolved keys. */
let first: RunningApp;
let second: RunningApp;

beforeAll(async () => {
  first = await startApp({ worker: false });
  second = await startApp({ worker: false });
});

afterAll(async () => {
  await second.close();
  await first.close();
});

describe('revoking a key another instance has cached', () => {
  it('is refused by every instance right after the revocation commits', async () => {
    const tenant = await aTenant(first);
    const agent = await aKey(first, tenant, 'agent');
    await second.http().get('/api/v1/crm/contacts').set(agent.auth).expect(200);
    await second.http().get('/api/v1/crm/contacts').set(agent.auth).expect(200);

    await first.http().delete(`/api/v1/api-keys/${agent.id}`).set(tenant.auth).expect(204);

    await first.http().get('/api/v1/crm/contacts').set(agent.auth).expect(401);
    const status = await eventually(async () => {
      const response = await second.http().get('/api/v1/crm/contacts').set(agent.auth);
      return response.status === 401 ? response.status : undefined;
    }, 2000);
    expect(status).toBe(401);
  });
});
