import pg from 'pg';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Legacy timestamps are UTC without a zone; read as ISO-8601 text so no client time zone touches them. */
const iso = (column: string, as = column.replace(/^\w+\./, '')) =>
  `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ${as}`;

/**
 * Seed 000's choice of stage row, for every opportunity at once: among the `leads` rows that point
 * at it, the one the opportunity points back at, else the latest. Legacy tables have no index on
 * `entity_id`, so this is one hash join over the whole table, not a lookup per row.
 */
const RANKED_STAGE_ROWS = `
  ranked_stage as (
    select s.id, s.entity_id, s.current_stage, s.created_at, s.updated_at,
           row_number() over (partition by s.entity_id
                              order by (s.id = o.pipeline_stage_id) desc nulls last, s.updated_at desc nulls last, s.created_at desc, s.id) as rank
      from pipeline_stages s
      join lead_opportunities o on o.id = s.entity_id
     where s.entity_type = 'leads')`;

const after = (id: string | null, column = 'id') => (checkedId(id) ? `where ${column} > '${id}'` : '');

/** The source queries, reading the legacy tables exactly as `legacy-schema.sql` defines them. */
export const LegacyQueries = {
  contacts: (from: string | null) => `
    select id, first_name, last_name, phone, email, manychat_id, ${iso('created_at')}, ${iso('updated_at')}
      from contacts ${after(from)} order by id`,

  /** Every stage row an import leaves out, with the reason: the report's side of seed 000's choice. */
  stageRowsLeftOut: () => `
    with ${RANKED_STAGE_ROWS}
    select s.id, s.entity_type, s.entity_id, s.current_stage,
           case when s.entity_type <> 'leads' then 'stage_row_other_entity'
                when r.id is null then 'stage_row_without_opportunity'
                else 'stage_row_duplicate' end as reason,
           kept.id as kept
      from pipeline_stages s
      left join ranked_stage r on r.id = s.id
      left join ranked_stage kept on kept.entity_id = s.entity_id and kept.rank = 1 and r.rank > 1
     where s.entity_type <> 'leads' or r.id is null or r.rank > 1
     order by s.id`,

  opportunities: (from: string | null) => `
    with ${RANKED_STAGE_ROWS}
    select o.id, o.contact_id, o.pipeline_stage_id, o.opportunity_score, o.detection_reason, o.priority, o.status,
           ${iso('o.detected_at')}, o.first_call_attempts, o.first_call_completed, o.first_call_successful_attempt,
           ${iso('o.last_contact_attempt_at')}, ${iso('o.created_at')}, ${iso('o.updated_at')},
           r.id as stage_row_id, r.current_stage, ${iso('r.created_at', 'stage_created_at')}, ${iso('r.updated_at', 'stage_updated_at')}
      from lead_opportunities o
      left join ranked_stage r on r.entity_id = o.id and r.rank = 1
     ${after(from, 'o.id')}
     order by o.id`,

  /**
   * A call whose external id an earlier call (by id) of the same source already has comes flagged,
   * so the first one keeps it: decided here, over the whole table, rather than by batches racing
   * for the unique key.
   */
  calls: (from: string | null) => `
    select * from (
      select id, entity_type, entity_id, direction, call_status, external_call_id, from_number, to_number,
             ${iso('started_at')}, ${iso('ended_at')}, duration_seconds, recording_url, call_result, summary, ${iso('created_at')},
             nullif(trim(external_call_id), '') is not null
               and row_number() over (partition by nullif(trim(external_call_id), '') order by id) > 1 as external_call_id_repeated
        from calls) c
     ${after(from)} order by id`,
};

export type LegacyTable = 'contacts' | 'lead_opportunities' | 'pipeline_stages' | 'calls';

/**
 * The legacy database, read-only twice over: the session refuses writes
 * (`default_transaction_read_only`) and everything runs in one READ ONLY, REPEATABLE READ
 * transaction, so all phases of a run read the same snapshot. Rows come through server-side
 * cursors, a batch at a time, so memory stays flat whatever the source size.
 */
export class LegacySource {
  private cursors = 0;

  private constructor(
    private readonly client: pg.Client,
    /** host:port/database, without credentials: how runs name their source. */
    readonly name: string,
  ) {}

  static async open(url: string): Promise<LegacySource> {
    const parsed = new URL(url);
    const client = new pg.Client({
      connectionString: url,
      application_name: 'leadline-legacy-import',
      // JIT would compile the big one-off source queries for longer than it saves.
      options: '-c default_transaction_read_only=on -c jit=off',
    });
    client.on('error', ignoreIdleError);
    await client.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
    } catch (error) {
      await client.end();
      throw error;
    }
    return new LegacySource(client, `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`);
  }

  async count(table: LegacyTable): Promise<number> {
    const { rows } = await this.client.query<{ n: string }>(`select count(*) as n from ${table}`);
    return Number(rows[0]!.n);
  }

  /** A cursor over `sql`; `next()` answers up to `batchSize` rows, an empty array at the end. */
  async cursor<Row>(sql: string, batchSize: number): Promise<SourceCursor<Row>> {
    const name = `legacy_${++this.cursors}`;
    await this.client.query(`declare ${name} no scroll cursor for ${sql}`);
    return {
      next: async () => (await this.client.query(`fetch ${batchSize} from ${name}`)).rows as Row[],
      close: async () => {
        await this.client.query(`close ${name}`);
      },
    };
  }

  async close(): Promise<void> {
    await this.client.query('rollback').catch(() => undefined);
    await this.client.end();
  }
}

export interface SourceCursor<Row> {
  next(): Promise<Row[]>;
  close(): Promise<void>;
}

/**
 * A connection lost while idle (the server restarted, an operator ended it) would otherwise crash
 * the process with an unhandled 'error' event. The next query on it fails instead, which fails the
 * batch and the run, and the run can then be resumed.
 */
export function ignoreIdleError(): void {}

/** Resume positions come from our own checkpoint; checked anyway, since they are spliced into SQL. */
export function checkedId(id: string | null): string | null {
  if (id !== null && !UUID.test(id)) throw new Error(`not a uuid: ${id}`);
  return id;
}
