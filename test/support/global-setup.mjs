// Jest's global setup (plain ESM: it runs outside jest's module mapping). Drops the jest workers'
// databases of an earlier run, so every run starts from a fresh copy of the migrated template
// (test/support/worker-database.ts makes the copies).
import pg from 'pg';

export default async function globalSetup() {
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/leadline_test');
  const prefix = base.pathname.slice(1);
  const server = new pg.Client({ connectionString: Object.assign(new URL(base), { pathname: '/postgres' }).toString() });
  await server.connect();
  try {
    const { rows } = await server.query(
      `select datname from pg_database where datname ~ ('^' || regexp_replace($1, '([.^$*+?()\\[\\]{}|\\\\])', '\\\\\\1', 'g') || '_w[0-9]+$')`,
      [prefix],
    );
    for (const { datname } of rows) await server.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await server.end();
  }
}
