import pg from 'pg';
import type { TenantReader } from '@leadline/shared-kernel';
import { newId } from '@leadline/shared-kernel/domain';
import { emptyCounts, IMPORT_PHASES, type ImportCounts, type ImportPhase } from '../domain/import-report.js';
import { ignoreIdleError } from './legacy-source.js';
import type { TargetSession } from './target-session.js';

export interface PhaseProgress {
  /** The last legacy id of the last committed batch: the next batch starts after it. */
  after: string | null;
  /** Legacy rows read by committed batches. */
  rows: number;
  done: boolean;
}

/** The checkpoint, stored as `legacy_import_runs.progress`. */
export interface RunProgress {
  phases: Record<ImportPhase, PhaseProgress>;
  counts: ImportCounts;
}

export interface ImportRun {
  readonly id: string;
  readonly pipelineId: string;
  readonly reportPath: string;
  readonly progress: RunProgress;
  readonly resumed: boolean;
}

export function freshProgress(): RunProgress {
  const phases = Object.fromEntries(IMPORT_PHASES.map((phase) => [phase, { after: null, rows: 0, done: false }]));
  return { phases: phases as RunProgress['phases'], counts: emptyCounts() };
}

/**
 * The runs ledger, on a connection of its own that also holds the run's advisory lock for as long
 * as the import runs: a second import of the same source into the same tenant is refused rather
 * than interleaved. The lock goes with the connection, so a killed import leaves nothing held.
 */
export class ImportRuns {
  private constructor(private readonly client: pg.Client) {}

  static async open(url: string): Promise<ImportRuns> {
    const client = new pg.Client({ connectionString: url, application_name: 'leadline-legacy-import' });
    client.on('error', ignoreIdleError);
    await client.connect();
    return new ImportRuns(client);
  }

  query<Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<Row>> {
    return this.client.query<Row>(sql, params);
  }

  async tenantExists(tenantId: string): Promise<boolean> {
    return (await this.client.query('select 1 from tenants where id = $1', [tenantId])).rowCount === 1;
  }

  async lock(tenantId: string, source: string): Promise<boolean> {
    const { rows } = await this.client.query<{ locked: boolean }>(
      `select pg_try_advisory_lock(hashtextextended($1, 0)) as locked`, [`legacy-import:${tenantId}:${source}`]);
    return rows[0]!.locked;
  }

  /** The run an earlier, unfinished import of this source into this tenant left: the one to resume. */
  async unfinished(reader: TenantReader, tenantId: string, source: string): Promise<ImportRun | null> {
    const row = await reader.one<{ id: string; pipeline_id: string; report_path: string; progress: RunProgress }>(tenantId, {
      select: 'r.id, r.pipeline_id, r.report_path, r.progress',
      from: ['legacy_import_runs', 'r'],
      where: [['r.source = ?', source], ["r.status <> 'completed'"]],
    });
    if (!row) return null;
    return { id: row.id, pipelineId: row.pipeline_id, reportPath: row.report_path, progress: row.progress, resumed: true };
  }

  async start(tenantId: string, source: string, pipelineId: string, reportPath: (runId: string) => string): Promise<ImportRun> {
    const id = newId();
    const progress = freshProgress();
    await this.client.query(
      `insert into legacy_import_runs (id, tenant_id, source, pipeline_id, status, progress, report_path, started_at, updated_at)
       values ($1, $2, $3, $4, 'running', $5, $6, now(), now())`,
      [id, tenantId, source, pipelineId, progress, reportPath(id)]);
    return { id, pipelineId, reportPath: reportPath(id), progress, resumed: false };
  }

  async resumed(runId: string, reportPath: string): Promise<void> {
    await this.client.query(
      `update legacy_import_runs set status = 'running', last_error = null, report_path = $2, updated_at = now() where id = $1`,
      [runId, reportPath]);
  }

  async save(runId: string, progress: RunProgress): Promise<void> {
    await this.client.query(`update legacy_import_runs set progress = $2, updated_at = now() where id = $1`, [runId, progress]);
  }

  async finish(runId: string, outcome: { status: 'completed' } | { status: 'failed'; error: string }): Promise<void> {
    await this.client.query(
      `update legacy_import_runs set status = $2, last_error = $3, updated_at = now(),
              finished_at = case when $2 = 'completed' then now() end
        where id = $1`,
      [runId, outcome.status, outcome.status === 'failed' ? outcome.error : null]);
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

/** Written in the batch's own transaction: the batch and its checkpoint commit, or neither does. */
export async function checkpoint(session: TargetSession, runId: string, progress: RunProgress): Promise<void> {
  await session.query(`update legacy_import_runs set progress = $2, updated_at = now() where id = $1`, [runId, progress]);
}

/**
 * One audit entry per committed batch (actor system, action import), not one per row: the trail
 * says what arrived when, without a million entries.
 */
export async function auditBatch(session: TargetSession, runId: string, changes: Record<string, { from: null; to: unknown }>): Promise<void> {
  const id = newId();
  await session.query(
    `insert into audit_log (id, tenant_id, event_id, at, actor_type, actor_id, actor_name, action, entity_type, entity_id, changes, request_id)
     values ($1, $2, $1, now(), 'system', null, 'legacy-import', 'import', 'legacy_import', $3, $4, null)`,
    [id, session.tenantId, runId, changes]);
}
