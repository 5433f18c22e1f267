import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { checkedId, ignoreIdleError } from './legacy-source.js';

export type LoadMode = 'import' | 'dry-run';

/**
 * Batches are staged here with COPY, then moved into the real tables with INSERT … SELECT. The
 * staging tables are temporary (private to the session, never WAL-logged) and empty themselves at
 * every commit.
 */
const STAGING = `
  create temp table stg_contacts (
    legacy_id uuid primary key, first_name text, last_name text, phone text, email text, manychat_id text,
    created_at timestamptz not null, updated_at timestamptz not null,
    target_id uuid, outcome text
  ) on commit delete rows;
  create temp table stg_opportunities (
    id uuid primary key, legacy_contact_id uuid not null, stage_id uuid not null, current_stage text not null,
    stage_entered_at timestamptz not null, stage_created_at timestamptz not null, stage_updated_at timestamptz not null,
    history_id uuid not null, history_reason text not null,
    opportunity_score integer, detection_reason text, priority text not null, status text not null,
    detected_at timestamptz not null, first_call_attempts jsonb not null, first_call_completed boolean not null,
    first_call_successful_attempt integer, last_contact_attempt_at timestamptz,
    created_at timestamptz not null, updated_at timestamptz not null
  ) on commit delete rows;
  create temp table stg_calls (
    id uuid primary key, legacy_contact_id uuid, direction text not null, call_status text, external_call_id text,
    from_number text, to_number text, started_at timestamptz, ended_at timestamptz, duration_seconds integer,
    recording_url text, call_result text, summary text, created_at timestamptz not null
  ) on commit delete rows;`;

/**
 * What a batch reads of the tenant's existing data, as views scoped to the tenant. A dry run adds
 * what earlier batches would have written (session-private temporary tables), so its counts and
 * its report are those of the real import while the database stays untouched.
 */
function tenantViews(tenantId: string, mode: LoadMode): string {
  const tenant = `'${checkedId(tenantId)}'`;
  if (mode === 'import') {
    return `
      create temp view import_contacts as select id, phone, manychat_id from contacts where tenant_id = ${tenant};
      create temp view import_contact_map as select legacy_id, contact_id from legacy_import_contacts where tenant_id = ${tenant};
      create temp view import_calls as select id, provider, external_call_id from calls where tenant_id = ${tenant};`;
  }
  return `
    create temp table dry_contacts (id uuid primary key, phone text unique, manychat_id text unique);
    create temp table dry_contact_map (legacy_id uuid primary key, contact_id uuid not null);
    create temp table dry_calls (id uuid primary key, external_call_id text unique);
    create temp view import_contacts as
      select id, phone, manychat_id from contacts where tenant_id = ${tenant}
      union all select id, phone, manychat_id from dry_contacts;
    create temp view import_contact_map as
      select legacy_id, contact_id from legacy_import_contacts where tenant_id = ${tenant}
      union all select legacy_id, contact_id from dry_contact_map;
    create temp view import_calls as
      select id, provider, external_call_id from calls where tenant_id = ${tenant}
      union all select id, 'manual', external_call_id from dry_calls;`;
}

/** One connection to our database, set up for loading one tenant's batches. */
export class TargetSession {
  private constructor(
    readonly client: pg.Client,
    readonly tenantId: string,
    readonly mode: LoadMode,
  ) {}

  static async open(url: string, tenantId: string, mode: LoadMode): Promise<TargetSession> {
    const client = new pg.Client({ connectionString: url, application_name: 'leadline-legacy-import' });
    client.on('error', ignoreIdleError);
    await client.connect();
    try {
      // A batch and its checkpoint commit together, so a commit lost in a crash is simply redone on
      // resume: waiting for each commit's WAL flush buys nothing here.
      // JIT would compile each batch's statements for longer than they run.
      await client.query(`set time zone 'UTC'; set synchronous_commit = off; set jit = off; ${STAGING} ${tenantViews(tenantId, mode)}`);
    } catch (error) {
      await client.end();
      throw error;
    }
    return new TargetSession(client, tenantId, mode);
  }

  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<Row>> {
    return this.client.query<Row>(sql, params);
  }

  /**
   * Refreshes the planner's statistics of the tables a batch looks rows up in. A bulk load outgrows
   * them faster than autovacuum notices (and autovacuum may be off): planned with the statistics of
   * an empty table, a lookup by phone scans the tenant's whole table per staged row instead of
   * probing its unique index, and each batch gets slower than the last.
   */
  async analyze(tables: readonly string[]): Promise<void> {
    if (tables.length > 0) await this.client.query(`analyze ${tables.join(', ')}`);
  }

  /** COPY `text` (rows from copyText, values in `columns` order) into a staging table. */
  async copy(table: string, columns: readonly string[], text: string): Promise<void> {
    if (text === '') return;
    await pipeline(Readable.from([text]), this.client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`)));
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

/** Rows in COPY's text format, one line each. */
export function copyText(rows: ReadonlyArray<readonly unknown[]>): string {
  let text = '';
  for (const row of rows) text += `${row.map(copyField).join('\t')}\n`;
  return text;
}

/** A value in COPY's text format: \N for null, backslash escapes for the separators. */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}
