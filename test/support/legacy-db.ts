import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { TEST_DATABASE_URL } from './config.js';

/** The legacy schema the import reads, exactly as shipped with the importer. */
const LEGACY_SCHEMA = readFileSync(new URL('../../libs/legacy-import/legacy-schema.sql', import.meta.url), 'utf8');

type Row = Record<string, unknown>;

/** A legacy mobile number as the old system stored it: `+52 1 55 …` with the dropped "1", and spaces. */
export function aLegacyMobile(): string {
  const digits = String(randomInt(10_000_000, 99_999_999));
  return `+52 1 55 ${digits.slice(0, 4)} ${digits.slice(4)}`;
}

/** The E.164 form the product stores for `aLegacyMobile()`'s number. */
export function e164(legacyMobile: string): string {
  return `+52${legacyMobile.replace(/\D/g, '').slice(3)}`;
}

/**
 * A throw-away legacy database (`legacy_<random>`) in the seeds' schema, on the test server, with
 * builders for its rows. Rows are written as the old system wrote them; every builder answers the
 * row's id. `drop()` removes the database.
 */
export class LegacyDatabase {
  private constructor(readonly name: string, readonly url: string, private readonly pool: pg.Pool) {}

  static async create(): Promise<LegacyDatabase> {
    const name = `legacy_${randomBytes(6).toString('hex')}`;
    await onServer((client) => client.query(`create database ${name}`));
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    // drop() ends the pool and then force-drops the database; a connection still closing then is
    // terminated by the server, which is expected and must not surface as an unhandled error.
    pool.on('error', () => undefined);
    await pool.query(LEGACY_SCHEMA);
    return new LegacyDatabase(name, url.toString(), pool);
  }

  query<R extends pg.QueryResultRow = Row>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.pool.query<R>(sql, params);
  }

  async contact(fields: Row = {}): Promise<string> {
    return this.insert('contacts', { id: randomUUID(), first_name: 'Ana', last_name: 'Ruiz', phone: aLegacyMobile(), created_at: '2024-03-01 09:00:00', ...fields });
  }

  async opportunity(contactId: string, fields: Row = {}): Promise<string> {
    return this.insert('lead_opportunities', {
      id: randomUUID(), contact_id: contactId, priority: 'high', status: 'pending', opportunity_score: 70,
      detected_at: '2024-03-01 10:00:00', created_at: '2024-03-01 10:00:00', ...fields,
    });
  }

  /** A `pipeline_stages` row; pass `link: true` to also point the opportunity back at it. */
  async stageRow(entityId: string, fields: Row & { link?: boolean } = {}): Promise<string> {
    const { link, ...row } = fields;
    const id = await this.insert('pipeline_stages', {
      id: randomUUID(), entity_type: 'leads', entity_id: entityId, current_stage: 'perfilamiento', created_at: '2024-03-02 10:00:00', ...row,
    });
    if (link) await this.pool.query('update lead_opportunities set pipeline_stage_id = $1 where id = $2', [id, entityId]);
    return id;
  }

  async call(contactId: string | null, fields: Row = {}): Promise<string> {
    return this.insert('calls', {
      id: randomUUID(), entity_type: contactId ? 'contacts' : null, entity_id: contactId, direction: 'outbound', call_status: 'no_answer',
      external_call_id: `pbx-${randomUUID()}`, started_at: '2024-03-03 10:00:00', created_at: '2024-03-03 10:00:00', ...fields,
    });
  }

  /** A fingerprint of every row of every legacy table: equal before and after means nothing was written. */
  async fingerprint(): Promise<string> {
    const { rows } = await this.pool.query<{ fingerprint: string }>(`
      select md5(string_agg(t::text, '|' order by t::text)) as fingerprint from (
        select 'c' || c::text as t from contacts c union all select 'o' || o::text from lead_opportunities o
        union all select 's' || s::text from pipeline_stages s union all select 'k' || k::text from calls k) rows`);
    return rows[0]!.fingerprint;
  }

  async drop(): Promise<void> {
    await this.pool.end();
    await onServer((client) => client.query(`drop database if exists ${this.name} with (force)`));
  }

  private async insert(table: string, row: Row): Promise<string> {
    const columns = Object.keys(row);
    await this.pool.query(
      `insert into ${table} (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((column) => {
        const value = row[column];
        return value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
      }),
    );
    return row.id as string;
  }
}

async function onServer(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
