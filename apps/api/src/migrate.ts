import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig, ormOptions, sharedKernelEntities } from '@leadline/shared-kernel';
import { allEntities } from './api.module.js';
import { loadDotEnv } from './env.js';

/** Applies pending migrations, creating the database first when it does not exist yet. */
export async function migrate(databaseUrl?: string): Promise<string[]> {
  const config = { ...loadConfig(), ...(databaseUrl ? { databaseUrl } : {}) };
  await ensureDatabase(config.databaseUrl);
  const orm = await MikroORM.init(ormOptions(config, [...sharedKernelEntities, ...allEntities]));
  try {
    const applied = await orm.migrator.up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}

async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  loadDotEnv();
  try {
    const applied = await migrate();
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date');
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
}
