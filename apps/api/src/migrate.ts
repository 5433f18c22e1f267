import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { loadConfig, ormOptions, runEntryPoint, sharedKernelEntities } from '@leadline/shared-kernel';
import { allEntities } from './api.module.js';

const MIGRATION_LOCK = 7_410_001;

/**
 * Applies pending migrations, creating the database first when it does not exist yet. An advisory
 * lock serialises processes that start at the same time (several instances, parallel test workers).
 */
export async function migrate(databaseUrl?: string): Promise<string[]> {
  const config = { ...loadConfig(), ...(databaseUrl ? { databaseUrl } : {}) };
  await withServer(config.databaseUrl, async (server, name) => {
    const { rowCount } = await server.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) {
      await server.query(`create database "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by a concurrent process
      });
    }
  });
  const lock = new pg.Client({ connectionString: config.databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const orm = await MikroORM.init(ormOptions(config, [...sharedKernelEntities, ...allEntities]));
    try {
      const applied = await orm.migrator.up();
      return applied.map((migration) => migration.name);
    } finally {
      await orm.close(true);
    }
  } finally {
    await lock.end();
  }
}

async function withServer(databaseUrl: string, work: (client: pg.Client, database: string) => Promise<void>) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client, name);
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runEntryPoint(async () => {
    const applied = await migrate();
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date');
  });
}
