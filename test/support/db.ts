import pg from 'pg';
import { TEST_DATABASE_URL } from './config.js';

/** Direct SQL for checks the API cannot make: constraints, raw inserts, row counts. */
export function sql(): pg.Pool {
  return new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 4 });
}
