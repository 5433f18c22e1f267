import { resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetDefaultPipelineQuery, GetPipelineQuery, type Pipeline } from '@leadline/crm-domain';
import { APP_CONFIG, TenantReader, UnitOfWork, type AppConfig } from '@leadline/shared-kernel';
import { DomainError, NotFoundError } from '@leadline/shared-kernel/domain';
import {
  addCounts, IMPORT_PHASES, type ImportCounts, type ImportPhase, type ImportTable, type ReportEntry,
} from '../../domain/import-report.js';
import {
  callLoader, contactLoader, loadOpportunities, lookupTables, stageOpportunities, WRITTEN_TABLES, type BatchLoader,
  type BatchOutcome,
} from '../../infrastructure/batch-loaders.js';
import { auditBatch, checkpoint, freshProgress, ImportRuns, type ImportRun } from '../../infrastructure/import-runs.js';
import { LegacyQueries, LegacySource, type SourceCursor } from '../../infrastructure/legacy-source.js';
import { ReportFile } from '../../infrastructure/report-file.js';
import { TargetSession, type LoadMode } from '../../infrastructure/target-session.js';
import { runSeed000Checks, type CheckResult } from '../verify/seed-000-checks.js';
import {
  mapCall, mapContact, mapOpportunity, type LegacyCall, type LegacyContact, type LegacyOpportunity, type Mapped,
} from './legacy-rows.js';

export const DEFAULT_BATCH_SIZE = 5000;
export const MAX_BATCH_SIZE = 50_000;

/**
 * Sessions take batches in turn: opportunity and call batches are written by all of them at once
 * (by default two, for a two-core database server: a batch keeps one PostgreSQL backend busy, its
 * foreign-key checks and index entries are CPU work). Their rows never compete for a unique key (ids
 * are disjoint, new ids are fresh, repeated external call ids are settled by the source query), so
 * none waits on another's locks. Contacts are deduplicated against the batches before them, so a
 * contact batch is only read and mapped while the one before it is written, and starts writing once
 * that one has committed. Either way commits happen in batch order, which is what keeps a single
 * checkpoint exact.
 */
export const DEFAULT_WRITERS = 2;
export const MAX_WRITERS = 8;

export type LegacyImportErrorCode =
  | 'legacy_import.tenant_not_found'
  | 'legacy_import.already_running'
  | 'legacy_import.pipeline_mismatch'
  | 'legacy_import.pipeline_changed'
  | 'legacy_import.invalid_option';

export class LegacyImportError extends DomainError<LegacyImportErrorCode> {}

export interface ImportStart {
  readonly runId: string | null;
  readonly resumed: boolean;
  readonly dryRun: boolean;
  readonly source: string;
  readonly reportPath: string;
  readonly pipeline: { readonly id: string; readonly name: string; readonly initialStage: string };
}

/** What the command line shows while the import runs. */
export interface ImportProgress {
  started?(start: ImportStart): void;
  phaseStarted?(phase: ImportPhase, total: number, done: number): void;
  advanced?(phase: ImportPhase, rows: number): void;
  phaseFinished?(phase: ImportPhase): void;
  checked?(check: CheckResult, index: number, of: number): void;
}

export interface LegacyImportOptions {
  /** postgres:// URL of the legacy database; only ever read. */
  readonly source: string;
  readonly tenantId: string;
  /** The pipeline the opportunities go to; the tenant's default one when absent. */
  readonly pipelineId?: string | null;
  readonly batchSize?: number;
  /** Sessions writing opportunity and call batches at once (DEFAULT_WRITERS when absent). */
  readonly writers?: number;
  readonly dryRun?: boolean;
  readonly reportPath?: string | null;
  /** Region for phones written without a country code (DEFAULT_PHONE_REGION when absent). */
  readonly phoneRegion?: string;
  /** Stops after the batches in flight have committed (Ctrl-C); the run can then be resumed. */
  readonly signal?: AbortSignal;
  readonly progress?: ImportProgress;
}

export interface LegacyImportResult {
  readonly runId: string | null;
  readonly dryRun: boolean;
  readonly resumed: boolean;
  readonly interrupted: boolean;
  readonly source: string;
  readonly reportPath: string;
  readonly pipelineId: string;
  /** Totals of the run, across resumed attempts. */
  readonly counts: ImportCounts;
  /** This invocation only: wall time and legacy rows read, per phase. */
  readonly seconds: Record<ImportPhase, number>;
  readonly rows: Record<ImportPhase, number>;
  readonly verification: CheckResult[];
  readonly verified: boolean;
}

interface PhaseRun {
  readonly source: LegacySource;
  readonly sessions: TargetSession[];
  readonly run: ImportRun;
  readonly report: ReportFile;
  readonly dryRun: boolean;
  readonly batchSize: number;
  readonly options: LegacyImportOptions;
  readonly pipeline: Pipeline;
  readonly rows: Record<ImportPhase, number>;
}

/**
 * `import-legacy` (contract §14): seed 000's migration done properly. Each phase reads the legacy
 * database through a cursor, a batch at a time; maps each row with the domain's rules; and writes
 * the batch set-based in one transaction of its own, together with the run's checkpoint and one
 * audit entry. No transaction is ever open while the source is read: a batch is read, then written.
 */
@Injectable()
export class LegacyImport {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: QueryBus,
    private readonly reader: TenantReader,
    private readonly uow: UnitOfWork,
  ) {}

  async run(options: LegacyImportOptions): Promise<LegacyImportResult> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new LegacyImportError('legacy_import.invalid_option', `--batch must be an integer from 1 to ${MAX_BATCH_SIZE}`);
    }
    const writers = options.writers ?? DEFAULT_WRITERS;
    if (!Number.isInteger(writers) || writers < 1 || writers > MAX_WRITERS) {
      throw new LegacyImportError('legacy_import.invalid_option', `--writers must be an integer from 1 to ${MAX_WRITERS}`);
    }
    const dryRun = options.dryRun ?? false;
    const ledger = await ImportRuns.open(this.config.databaseUrl);
    let source: LegacySource | null = null;
    let report: ReportFile | null = null;
    let run: ImportRun | null = null;
    const sessions: TargetSession[] = [];
    try {
      if (!(await ledger.tenantExists(options.tenantId))) {
        throw new LegacyImportError('legacy_import.tenant_not_found', `tenant ${options.tenantId} does not exist`);
      }
      source = await LegacySource.open(options.source);
      if (!dryRun && !(await ledger.lock(options.tenantId, source.name))) {
        throw new LegacyImportError('legacy_import.already_running',
          `an import of ${source.name} into tenant ${options.tenantId} is already running`);
      }
      const sourceName = source.name;
      const unfinished = dryRun ? null : await this.uow.run(() => ledger.unfinished(this.reader, options.tenantId, sourceName));
      if (unfinished && options.pipelineId && options.pipelineId !== unfinished.pipelineId) {
        throw new LegacyImportError('legacy_import.pipeline_mismatch',
          `the unfinished import ${unfinished.id} goes to pipeline ${unfinished.pipelineId}; resume it with that pipeline`);
      }
      const pipeline = await this.pipeline(options.tenantId, unfinished?.pipelineId ?? options.pipelineId ?? null);
      const reportPath = (id: string) => resolve(options.reportPath ?? `legacy-import-${id}.jsonl`);
      if (unfinished) {
        run = { ...unfinished, reportPath: options.reportPath ? reportPath(unfinished.id) : unfinished.reportPath };
        await ledger.resumed(run.id, run.reportPath);
      } else if (dryRun) {
        run = { id: 'dry-run', pipelineId: pipeline.id, progress: freshProgress(), resumed: false,
          reportPath: reportPath(`dry-run-${new Date().toISOString().replace(/[:.]/g, '-')}`) };
      } else {
        run = await ledger.start(options.tenantId, source.name, pipeline.id, reportPath);
      }
      report = ReportFile.open(run.reportPath);
      options.progress?.started?.({
        runId: dryRun ? null : run.id, resumed: run.resumed, dryRun, source: source.name, reportPath: run.reportPath,
        pipeline: { id: pipeline.id, name: pipeline.snapshot.name, initialStage: pipeline.snapshot.initialStage },
      });
      for (let i = 0; i < (dryRun ? 1 : writers); i++) {
        sessions.push(await TargetSession.open(this.config.databaseUrl, options.tenantId, dryRun ? 'dry-run' : 'import'));
      }

      const rows = Object.fromEntries(IMPORT_PHASES.map((phase) => [phase, 0])) as Record<ImportPhase, number>;
      const seconds = { ...rows };
      const phaseRun: PhaseRun = { source, sessions, run, report, dryRun, batchSize, options, pipeline, rows };
      const phases: Record<ImportPhase, () => Promise<void>> = {
        contacts: () => this.contacts(phaseRun),
        stage_rows: () => this.stageRows(phaseRun, ledger),
        opportunities: () => this.opportunities(phaseRun),
        calls: () => this.calls(phaseRun),
      };
      const totals: Record<ImportPhase, number> = {
        contacts: await source.count('contacts'),
        stage_rows: await source.count('pipeline_stages'),
        opportunities: await source.count('lead_opportunities'),
        calls: await source.count('calls'),
      };
      for (const phase of IMPORT_PHASES) {
        if (options.signal?.aborted) break;
        const progress = run.progress.phases[phase];
        options.progress?.phaseStarted?.(phase, Math.max(totals[phase], progress.rows), progress.done ? Math.max(totals[phase], progress.rows) : progress.rows);
        if (!progress.done) {
          const started = performance.now();
          await phases[phase]();
          seconds[phase] = (performance.now() - started) / 1000;
          if (options.signal?.aborted) break;
          progress.done = true;
          if (!dryRun) await ledger.save(run.id, run.progress);
        }
        options.progress?.phaseFinished?.(phase);
      }

      const interrupted = options.signal?.aborted === true;
      if (!dryRun) await sessions[0]!.analyze(WRITTEN_TABLES);
      if (!dryRun) await ledger.finish(run.id, interrupted ? { status: 'failed', error: 'interrupted' } : { status: 'completed' });
      const verification = interrupted
        ? []
        : await runSeed000Checks(async (sql) => (await ledger.query(sql)).rows,
          (check, index) => options.progress?.checked?.(check, index, 3));
      const result: LegacyImportResult = {
        runId: dryRun ? null : run.id, dryRun, resumed: run.resumed, interrupted, source: source.name, reportPath: run.reportPath,
        pipelineId: pipeline.id, counts: run.progress.counts, seconds, rows, verification,
        verified: verification.length > 0 && verification.every((check) => check.passed),
      };
      report.summary({ ...result, verification: verification.map(({ name, found, passed }) => ({ name, found, passed })) });
      return result;
    } catch (error) {
      if (run && !dryRun) {
        await ledger.finish(run.id, { status: 'failed', error: (error as Error).message }).catch(() => undefined);
      }
      throw error;
    } finally {
      report?.close();
      for (const session of sessions) await session.close();
      await source?.close();
      await ledger.close();
    }
  }

  private async pipeline(tenantId: string, pipelineId: string | null): Promise<Pipeline> {
    try {
      return await this.queries.execute(pipelineId ? new GetPipelineQuery(tenantId, pipelineId) : new GetDefaultPipelineQuery(tenantId));
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('pipeline', pipelineId ?? `default of tenant ${tenantId}`);
      throw error;
    }
  }

  private contacts(phase: PhaseRun): Promise<void> {
    const region = phase.options.phoneRegion ?? this.config.defaultPhoneRegion;
    return this.batches<LegacyContact, ReturnType<typeof mapContact>>(phase, 'contacts', LegacyQueries.contacts,
      (row) => mapContact(row, region), contactLoader, 'one at a time', lookupTables('contacts', this.mode(phase)));
  }

  private opportunities(phase: PhaseRun): Promise<void> {
    const now = new Date().toISOString();
    return this.batches<LegacyOpportunity, ReturnType<typeof mapOpportunity>>(phase, 'opportunities', LegacyQueries.opportunities,
      (row) => mapOpportunity(row, phase.pipeline, now),
      {
        stage: stageOpportunities,
        load: async (session, batch, staged) => {
          if (session.mode === 'import') await this.guardPipeline(session, phase.pipeline);
          return loadOpportunities(session, batch, staged, phase.pipeline.id);
        },
      },
      'in parallel', lookupTables('opportunities', this.mode(phase)));
  }

  private calls(phase: PhaseRun): Promise<void> {
    return this.batches<LegacyCall, ReturnType<typeof mapCall>>(phase, 'calls', LegacyQueries.calls, mapCall, callLoader, 'in parallel',
      lookupTables('calls', this.mode(phase)));
  }

  private mode(phase: PhaseRun): LoadMode {
    return phase.dryRun ? 'dry-run' : 'import';
  }

  /**
   * Holds the pipeline as creating an opportunity does (FOR SHARE): its stages cannot change under
   * a batch, and a pipeline redefined since the import started stops it instead of importing into
   * stages that were just removed.
   */
  private async guardPipeline(session: TargetSession, pipeline: Pipeline): Promise<void> {
    const { rows } = await session.query<{ version: number }>(
      'select version from pipelines where id = $1 and tenant_id = $2 for share', [pipeline.id, session.tenantId]);
    if (rows[0]?.version !== pipeline.snapshot.version) {
      throw new LegacyImportError('legacy_import.pipeline_changed',
        `pipeline ${pipeline.id} was changed while importing; run the import again to continue with its new stages`);
    }
  }

  /** The stage rows seed 000 would not link, each reported with why; nothing is written for them. */
  private async stageRows(phase: PhaseRun, ledger: ImportRuns): Promise<void> {
    const cursor = await phase.source.cursor<{
      id: string; entity_type: string; entity_id: string; current_stage: string; reason: string; kept: string | null;
    }>(LegacyQueries.stageRowsLeftOut(), phase.batchSize);
    let skipped = 0;
    try {
      for (let rows = await cursor.next(); rows.length > 0; rows = await cursor.next()) {
        skipped += rows.length;
        phase.report.write(rows.map((row): ReportEntry => ({
          table: 'pipeline_stages', legacy_id: row.id, action: 'skipped', reason: row.reason,
          value: { entity_type: row.entity_type, entity_id: row.entity_id, current_stage: row.current_stage },
          ...(row.kept ? { mapped_to: row.kept } : {}),
          detail: STAGE_ROW_DETAIL[row.reason],
        })));
        phase.options.progress?.advanced?.('stage_rows', rows.length);
      }
    } finally {
      await cursor.close();
    }
    const total = await phase.source.count('pipeline_stages');
    phase.options.progress?.advanced?.('stage_rows', total - skipped);
    phase.rows.stage_rows += total;
    addCounts(phase.run.progress.counts, { pipeline_stages: { read: total, skipped } });
    phase.run.progress.phases.stage_rows.rows = total;
    if (!phase.dryRun) await ledger.save(phase.run.id, phase.run.progress);
  }

  /**
   * Reads the phase's cursor a batch at a time and has the sessions write them, each batch in its own
   * transaction; a batch commits only after the one before it did (and, `one at a time`, starts
   * writing only then), and only then is its checkpoint the run's. A failed batch fails the phase
   * after the batches in flight roll back.
   *
   * The source is read one batch ahead: while the sessions write, the next batch is fetched, mapped
   * and turned into COPY text, so a session that commits finds its next batch ready instead of
   * leaving its backend idle while Node prepares it. At most one batch waits, so memory stays flat.
   */
  private async batches<Legacy extends { id: string }, M extends Mapped<unknown>>(
    phase: PhaseRun,
    name: ImportPhase,
    query: (after: string | null) => string,
    map: (row: Legacy) => M,
    loader: BatchLoader<M>,
    writes: 'in parallel' | 'one at a time',
    tables: { reads: readonly string[]; grows: readonly string[] },
  ): Promise<void> {
    const { run, report, options, dryRun } = phase;
    const progress = run.progress.phases[name];
    // Statistics as the phase starts, then again each time the phase has doubled what it wrote.
    await phase.sessions[0]!.analyze(tables.reads);
    let analyzeAt = tables.grows.length > 0 ? phase.batchSize : Infinity;
    const cursor: SourceCursor<Legacy> = await phase.source.cursor<Legacy>(query(progress.after), phase.batchSize);
    const readAhead = async () => {
      const rows = await cursor.next();
      const mapped = rows.map(map);
      return { rows, mapped, staged: loader.stage(mapped) };
    };
    let ahead = readAhead();
    ahead.catch(() => undefined);
    let reading: Promise<unknown> = Promise.resolve();
    let committed: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    let batchNumber = progress.rows === 0 ? 0 : Math.ceil(progress.rows / phase.batchSize);

    const writer = async (session: TargetSession) => {
      while (failure === null && !options.signal?.aborted) {
        // Taking a batch and its place in the commit order is one step, so order follows the cursor.
        let release!: () => void;
        let fail!: (error: unknown) => void;
        const mine = new Promise<void>((resolve, reject) => {
          release = resolve;
          fail = reject;
        });
        mine.catch(() => undefined);
        const taken = reading.then(async () => {
          const next = await ahead;
          if (next.rows.length > 0) {
            ahead = readAhead();
            ahead.catch(() => undefined);
          }
          const turn = committed;
          committed = mine;
          return { ...next, turn, number: ++batchNumber };
        });
        reading = taken.catch(() => undefined);
        let batch: Awaited<typeof ahead> & { turn: Promise<void>; number: number };
        try {
          batch = await taken;
        } catch (error) {
          failure ??= error;
          return;
        }
        if (batch.rows.length === 0) {
          batch.turn.then(release, fail);
          return;
        }
        try {
          if (writes === 'one at a time') await batch.turn;
          await session.query('begin');
          try {
            const outcome = await loader.load(session, batch.mapped, batch.staged);
            await batch.turn;
            addCounts(run.progress.counts, outcome.counts);
            progress.after = batch.rows.at(-1)!.id;
            progress.rows += batch.rows.length;
            if (!dryRun) {
              await checkpoint(session, run.id, run.progress);
              const changes = auditChanges(name, batch.number, batch.rows, outcome);
              if (changes) await auditBatch(session, run.id, changes);
            }
            report.write(outcome.report);
            await session.query('commit');
          } catch (error) {
            await session.query('rollback').catch(() => undefined);
            throw error;
          }
          phase.rows[name] += batch.rows.length;
          options.progress?.advanced?.(name, batch.rows.length);
          release();
          if (phase.rows[name] >= analyzeAt) {
            analyzeAt = phase.rows[name] * 2;
            await session.analyze(tables.grows);
          }
        } catch (error) {
          failure ??= error;
          fail(error);
          return;
        }
      }
    };
    try {
      await Promise.all(phase.sessions.map(writer));
    } finally {
      await cursor.close().catch(() => undefined);
    }
    if (failure !== null) throw failure;
  }
}

const STAGE_ROW_DETAIL: Record<string, string> = {
  stage_row_other_entity: 'not an opportunity\'s stage (entity_type is not "leads")',
  stage_row_without_opportunity: 'points at an opportunity that does not exist',
  stage_row_duplicate: 'the opportunity already has a stage row; the one it points at (else the latest) is linked',
};

/** The batch's audit entry, or null when it imported nothing new (a second run writes no entries). */
function auditChanges(phase: ImportPhase, batch: number, rows: ReadonlyArray<{ id: string }>, outcome: BatchOutcome) {
  const imported = Object.entries(outcome.counts)
    .map(([table, counts]) => [table as ImportTable, Object.fromEntries(
      (['created', 'linked', 'deduplicated'] as const).filter((name) => (counts[name] ?? 0) > 0).map((name) => [name, counts[name]]),
    )] as const)
    .filter(([, counts]) => Object.keys(counts).length > 0);
  if (imported.length === 0) return null;
  return {
    phase: { from: null, to: phase },
    batch: { from: null, to: batch },
    legacy_ids: { from: null, to: { first: rows[0]!.id, last: rows.at(-1)!.id } },
    ...Object.fromEntries(imported.map(([table, counts]) => [table, { from: null, to: counts }])),
  } as Record<string, { from: null; to: unknown }>;
}

