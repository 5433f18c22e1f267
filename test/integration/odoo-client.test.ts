import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OdooError, OdooJsonRpcClient, OdooUnavailableError, type OdooConnection } from '@leadline/odoo-adapter';
import { ProviderHttp } from '@leadline/shared-kernel';
import { isPermanentFailure } from '../../apps/worker/src/failure-classifier.js';
import { OdooStandIn } from '../support/stand-ins/odoo.js';

/** The production client against the stand-in: what each kind of Odoo answer becomes, and whether the worker retries it. */
const odoo = new OdooStandIn();
const http = new ProviderHttp(['127.0.0.1']);
const client = new OdooJsonRpcClient(2000, http);
let connection: OdooConnection;

beforeAll(async () => {
  await odoo.start();
  connection = { url: odoo.url, db: odoo.db, username: odoo.username, apiKey: odoo.apiKey };
});

afterAll(async () => {
  await odoo.stop();
  await http.onModuleDestroy();
});

async function failureOf(call: Promise<unknown>): Promise<OdooError> {
  try {
    await call;
  } catch (error) {
    return error as OdooError;
  }
  throw new Error('the call succeeded');
}

describe('Odoo JSON-RPC client', () => {
  it('logs in once per key and reads many2one fields as [id, name]', async () => {
    const before = odoo.calls.filter((call) => call.method === 'authenticate').length;
    const id = await client.execute<number>(connection, 'crm.lead', 'create', [{ name: 'Ana', stage_id: 17 }]);
    const [lead] = await client.execute<Array<Record<string, unknown>>>(connection, 'crm.lead', 'read', [[id]], { fields: ['stage_id', 'email_from'] });
    expect(lead).toEqual({ id, stage_id: [17, 'Recién Suscrito Pendiente AC'], email_from: false });
    expect(odoo.calls.filter((call) => call.method === 'authenticate').length).toBe(before + 1);
  });

  it('turns a refused login (false) into odoo.auth_failed, which is not retried', async () => {
    const error = await failureOf(client.authenticate({ ...connection, apiKey: 'wrong-key' }));
    expect(error).toBeInstanceOf(OdooError);
    expect(error.code).toBe('odoo.auth_failed');
    expect(error.message).toContain(connection.username);
    expect(isPermanentFailure(error)).toBe(true);
  });

  it('turns AccessDenied from execute_kw (a key revoked after login) into odoo.auth_failed', async () => {
    const revoked = { ...connection, apiKey: 'key-revoked-later' };
    odoo.apiKey = revoked.apiKey;
    await client.authenticate(revoked);
    odoo.apiKey = 'a-new-key';
    try {
      const error = await failureOf(client.execute(revoked, 'crm.stage', 'search', [[]]));
      expect(error.code).toBe('odoo.auth_failed');
      expect(error.message).toContain('Access Denied');
    } finally {
      odoo.apiKey = connection.apiKey;
    }
  });

  it('reads an Odoo error envelope sent with HTTP 200 as a refusal that is not retried', async () => {
    odoo.failNext(1, { kind: 'odoo-error', name: 'odoo.exceptions.ValidationError', message: 'Stage is required' });
    const error = await failureOf(client.execute(connection, 'crm.lead', 'search', [[]]));
    expect(error.code).toBe('odoo.rejected');
    expect(error.message).toContain('ValidationError: Stage is required');
    expect(isPermanentFailure(error)).toBe(true);
  });

  it('names an unknown field, refused by Odoo with builtins.ValueError', async () => {
    const error = await failureOf(client.execute(connection, 'crm.lead', 'create', [{ name: 'x', x_budget: 5 }]));
    expect(error.code).toBe('odoo.rejected');
    expect(error.message).toContain("Invalid field 'x_budget'");
  });

  it.each([
    ['HTTP 502 from a proxy', { kind: 'http', status: 502 } as const, 'HTTP 502'],
    ['HTTP 429', { kind: 'http', status: 429 } as const, 'HTTP 429'],
    ['a dropped connection', { kind: 'reset' } as const, 'could not be reached'],
    ['no answer within the timeout', { kind: 'delay', ms: 3000 } as const, 'did not answer within 2000 ms'],
    ['a database serialization failure', { kind: 'odoo-error', name: 'psycopg2.errors.SerializationFailure' } as const, 'temporarily'],
  ])('treats %s as an outage the worker retries', async (_, failure, message) => {
    odoo.failNext(1, failure);
    const error = await failureOf(client.execute(connection, 'crm.stage', 'search', [[]]));
    expect(error).toBeInstanceOf(OdooUnavailableError);
    expect(error.code).toBe('odoo.unavailable');
    expect(error.message).toContain(message);
    expect(isPermanentFailure(error)).toBe(false);
  });

  it('refuses a URL that is not an Odoo JSON-RPC endpoint', async () => {
    const error = await failureOf(client.authenticate({ ...connection, url: `${odoo.url}/not-odoo` }));
    expect(error.code).toBe('odoo.rejected');
    expect(error.message).toContain('HTTP 404');
  });

  it('treats a closed port as unreachable', async () => {
    const error = await failureOf(client.authenticate({ ...connection, url: 'http://127.0.0.1:9' }));
    expect(error).toBeInstanceOf(OdooUnavailableError);
  });
});
