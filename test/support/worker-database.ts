import { beforeAll } from '@jest/globals';
import pg from 'pg';
import { migrate } from '../../apps/api/src/migrate.js';
import { BASE_DATABASE_URL, databaseOfWorker, TEST_DATABASE_URL } from './config.js';

const TEMPLATE_LOCK = 7_410_002;

/**
 * Every jest worker gets its own database, a copy of a migrated template (`CREATE DATABASE …
 * TEMPLATE` copies files: no file waits for migrations). The first file of each worker makes it,
 * under a lock, so the template is migrated once and never copied while in use.
 */
async function ensureWorkerDatabase(): Promise<void> {
  const server = new pg.Client({ connectionString: Object.assign(new URL(BASE_DATABASE_URL), { pathname: '/postgres' }).toString() });
  await server.connect();
  try {
    await server.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const name = new URL(TEST_DATABASE_URL).pathname.slice(1);
    const { rowCount } = await server.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) {
      const template = databaseOfWorker(BASE_DATABASE_URL, 'template');
      await migrate(template);
      await server.query(`create database "${name}" template "${new URL(template).pathname.slice(1)}"`);
    }
  } finally {
    await server.end(); // ends the session, and with it the lock
  }
}

beforeAll(ensureWorkerDatabase, 120_000);
