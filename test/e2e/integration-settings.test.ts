import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IntegrationSettings } from '@leadline/platform';
import { startApp, type RunningApp } from '../support/app.js';
import { aKey, aTenant, eventually } from '../support/builders.js';
import { sql } from '../support/db.js';

/**
 * The store behind every `PUT /api/v1/integrations/<provider>`; the providers' own tests cover
 * their endpoints. Here: what any provider's secrets get — sealed at rest, masked on the way out.
 */
let app: RunningApp;
let settings: IntegrationSettings;

beforeAll(async () => {
  app = await startApp();
  settings = app.api.get(IntegrationSettings);
});

afterAll(async () => {
  await app.close();
});

const asAdmin = (tenantId: string) => ({ tenantId, actor: { type: 'system' as const, id: null, name: 'test' }, requestId: null });

const odooConnection = {
  settings: { url: 'https://acme.odoo.com', db: 'acme', username: 'bot@acme.com' },
  secrets: { api_key: 'odoo-api-key-0123456789abcdef' },
};

describe('provider connections', () => {
  it('keep secrets encrypted at rest and give them back decrypted to the adapters', async () => {
    const tenant = await aTenant(app);
    await settings.save(asAdmin(tenant.id), 'odoo', odooConnection);

    const { rows } = await sql().query(`select settings, secrets_ciphertext from integration_settings where tenant_id = $1`, [tenant.id]);
    expect(rows[0].settings).toEqual(odooConnection.settings);
    expect(rows[0].secrets_ciphertext).not.toContain('odoo-api-key');

    const connection = await settings.find(tenant.id, 'odoo');
    expect(connection).toMatchObject(odooConnection);
  });

  it('list masked for admins, never the secret itself', async () => {
    const tenant = await aTenant(app);
    await settings.save(asAdmin(tenant.id), 'odoo', odooConnection);
    await settings.save(asAdmin(tenant.id), 'zadarma', { settings: { timezone: 'UTC' }, secrets: { api_key: 'k', api_secret: 'short' } });

    const response = await app.http().get('/api/v1/integrations').set(tenant.auth).expect(200);

    expect(response.body.data).toEqual([
      { provider: 'odoo', settings: odooConnection.settings, secrets: { api_key: '••••cdef' }, updated_at: expect.any(String) },
      { provider: 'zadarma', settings: { timezone: 'UTC' }, secrets: { api_key: '••••', api_secret: '••••' }, updated_at: expect.any(String) },
    ]);
    expect(JSON.stringify(response.body)).not.toContain('odoo-api-key-0123456789abcdef');
  });

  it('a second save replaces the connection, also when two first saves race', async () => {
    const tenant = await aTenant(app);
    await Promise.all(['one', 'two', 'three', 'four'].map((n) =>
      settings.save(asAdmin(tenant.id), 'twilio', { settings: { from_number: '+15005550006' }, secrets: { auth_token: `token-${n}` } })));
    const { rows } = await sql().query(`select count(*)::int as n from integration_settings where tenant_id = $1`, [tenant.id]);
    expect(rows[0].n).toBe(1);
    expect((await settings.find(tenant.id, 'twilio'))?.secrets.auth_token).toMatch(/^token-(one|two|three|four)$/);

    await settings.save(asAdmin(tenant.id), 'twilio', { settings: { from_number: '+15005550007' }, secrets: { auth_token: 'token-new' } });
    expect(await settings.find(tenant.id, 'twilio')).toMatchObject({ settings: { from_number: '+15005550007' }, secrets: { auth_token: 'token-new' } });
  });

  it("are the tenant's own: another tenant neither reads nor lists them", async () => {
    const owner = await aTenant(app);
    const other = await aTenant(app);
    await settings.save(asAdmin(owner.id), 'odoo', odooConnection);

    expect(await settings.find(other.id, 'odoo')).toBeNull();
    const response = await app.http().get('/api/v1/integrations').set(other.auth).expect(200);
    expect(response.body.data).toEqual([]);
  });

  it('a ciphertext copied into another tenant\'s row does not decrypt', async () => {
    const owner = await aTenant(app);
    const thief = await aTenant(app);
    await settings.save(asAdmin(owner.id), 'odoo', odooConnection);
    await settings.save(asAdmin(thief.id), 'odoo', { settings: odooConnection.settings, secrets: { api_key: 'thief' } });
    await sql().query(
      `update integration_settings set secrets_ciphertext = (select secrets_ciphertext from integration_settings where tenant_id = $1 and provider = 'odoo')
        where tenant_id = $2 and provider = 'odoo'`, [owner.id, thief.id]);

    await expect(settings.find(thief.id, 'odoo')).rejects.toThrow();
  });

  it('are audited: which settings changed and that secrets were replaced, never the secrets', async () => {
    const tenant = await aTenant(app);
    await settings.save(asAdmin(tenant.id), 'odoo', odooConnection);
    await settings.save(asAdmin(tenant.id), 'odoo', {
      settings: { ...odooConnection.settings, db: 'acme-prod' }, secrets: { api_key: 'another-odoo-key-0123456789' },
    });

    const entries = await eventually(async () => {
      const response = await app.http().get('/api/v1/audit-log').query({ entity_type: 'integration' }).set(tenant.auth).expect(200);
      return response.body.data.length === 2 ? response.body.data : undefined;
    });

    expect(entries[0]).toMatchObject({
      action: 'configured',
      changes: { db: { from: 'acme', to: 'acme-prod' }, api_key: { from: '••••cdef', to: '••••6789 (replaced)' } },
    });
    expect(entries[1].changes).toMatchObject({ url: { from: null, to: 'https://acme.odoo.com' } });
    expect(JSON.stringify(entries)).not.toMatch(/odoo-api-key|another-odoo-key/);
  });

  it('are for admins only', async () => {
    const tenant = await aTenant(app);
    const agent = await aKey(app, tenant, 'agent');
    await app.http().get('/api/v1/integrations').set(agent.auth).expect(403);
    await app.http().get('/api/v1/integrations').expect(401);
  });
});

describe('without SECRETS_KEY', () => {
  let keyless: RunningApp;
  beforeAll(async () => {
    keyless = await startApp({ worker: false, env: { SECRETS_KEY: '' } });
  });
  afterAll(async () => {
    await keyless.close();
  });

  it('refuses to store credentials it could only keep in clear text, naming the variable', async () => {
    const tenant = await aTenant(keyless);
    await expect(keyless.api.get(IntegrationSettings).save(asAdmin(tenant.id), 'odoo', odooConnection))
      .rejects.toMatchObject({ code: 'integration.secrets_key_missing', message: expect.stringContaining('SECRETS_KEY') });
  });
});
