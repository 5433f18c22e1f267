import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { migrate } from '../../apps/api/src/migrate.js';
import { ADMIN_KEY, BASE_DATABASE_URL, databaseOfWorker, testConfig } from '../support/config.js';
import { OpenApiContract } from '../support/openapi-contract.js';
import { expectProblem } from '../support/problems.js';

// `npm run start:api` against a database nobody migrated: the API says so, on readiness and on
// every request, instead of reporting ready and answering 500 to everything.

const DATABASE_URL = databaseOfWorker(BASE_DATABASE_URL, `unmigrated_w${process.env.JEST_WORKER_ID ?? '1'}`);
const NOT_MIGRATED = 'database not migrated: run `npm run migrate`';

let api: INestApplication;
let http: () => ReturnType<typeof request>;

async function onServer(statement: string) {
  const server = new pg.Client({ connectionString: Object.assign(new URL(DATABASE_URL), { pathname: '/postgres' }).toString() });
  await server.connect();
  try {
    await server.query(statement);
  } finally {
    await server.end();
  }
}

const name = new URL(DATABASE_URL).pathname.slice(1);

beforeAll(async () => {
  await onServer(`drop database if exists "${name}" with (force)`);
  await onServer(`create database "${name}"`);
  api = await createApiApp(testConfig({ DATABASE_URL }));
  await api.init();
  const contract = await OpenApiContract.served(request(api.getHttpServer()));
  http = () => contract.enforce(request(api.getHttpServer()));
});

afterAll(async () => {
  await api.close();
  await onServer(`drop database if exists "${name}" with (force)`);
});

describe('an API started on a database that was never migrated', () => {
  it('is not ready, and says what to run', async () => {
    const response = await http().get('/health/ready').expect(503);
    expect(response.body).toEqual({ status: 'unavailable', checks: { postgres: 'not_migrated', redis: 'up' }, detail: NOT_MIGRATED });
  });

  it('answers 503 with the same advice, not 500, to the operator and to tenant keys', async () => {
    const created = await http().post('/api/v1/admin/tenants').set('X-Admin-Key', ADMIN_KEY).send({ name: 'Agencia Norte' });
    expectProblem(created, 503, 'dependency.unavailable');
    expect(created.body.detail).toBe(NOT_MIGRATED);

    const listed = await http().get('/api/v1/crm/contacts').set('X-API-Key', 'll_some-key-of-an-old-deployment');
    expectProblem(listed, 503, 'dependency.unavailable');
    expect(listed.body.detail).toBe(NOT_MIGRATED);
  });

  it('is ready once `npm run migrate` has run', async () => {
    await migrate(DATABASE_URL);
    await http().get('/health/ready').expect(200, { status: 'ok', checks: { postgres: 'up', redis: 'up' } });
    await http().post('/api/v1/admin/tenants').set('X-Admin-Key', ADMIN_KEY).send({ name: 'Agencia Norte' }).expect(201);
  });
});
