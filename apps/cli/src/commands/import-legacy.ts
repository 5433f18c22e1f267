import type { INestApplicationContext } from '@nestjs/common';
import {
  IMPORT_TABLES, LegacyImport, type ImportPhase, type ImportTable, type LegacyImportResult,
} from '@leadline/legacy-import';
import { ProgressDisplay, table, type CliIo, type ProgressBar } from '../progress.js';
import { printChecks } from './verify.js';

export interface ImportLegacyOptions {
  source: string;
  tenant: string;
  pipeline?: string;
  batch: number;
  writers: number;
  dryRun?: boolean;
  report?: string;
  region?: string;
}

const PHASE_LABELS: Record<ImportPhase, string> = {
  contacts: 'contacts',
  stage_rows: 'stage rows',
  opportunities: 'opportunities',
  calls: 'calls',
};

/** The phase whose time a table's rows/s is measured over. */
const PHASE_OF: Record<ImportTable, ImportPhase> = {
  contacts: 'contacts',
  lead_opportunities: 'opportunities',
  pipeline_stages: 'opportunities',
  calls: 'calls',
};

/**
 * `import-legacy`: runs the import with a bar per phase; Ctrl-C stops after the batches in flight
 * (a second Ctrl-C exits at once), and the next run resumes. Exit code 0 when the import finished
 * and seed 000's checks pass, 1 when they fail or the import failed, 130 when interrupted.
 */
export async function importLegacy(app: INestApplicationContext, options: ImportLegacyOptions, io: CliIo): Promise<number> {
  const display = new ProgressDisplay(io);
  const bars = new Map<ImportPhase, ProgressBar>();
  const interrupt = new AbortController();
  const onSigint = () => {
    if (interrupt.signal.aborted) process.exit(130);
    io.stderr.write('\nStopping after the batches in flight; run the same command again to resume.\n');
    interrupt.abort();
  };
  process.on('SIGINT', onSigint);
  let result: LegacyImportResult;
  try {
    result = await app.get(LegacyImport).run({
      source: options.source,
      tenantId: options.tenant,
      pipelineId: options.pipeline ?? null,
      batchSize: options.batch,
      writers: options.writers,
      dryRun: options.dryRun === true,
      reportPath: options.report ?? null,
      ...(options.region ? { phoneRegion: options.region } : {}),
      signal: interrupt.signal,
      progress: {
        started: (start) => io.stdout.write([
          `${start.dryRun ? 'Dry run (nothing is written)' : start.resumed ? `Resuming import ${start.runId}` : `Import ${start.runId}`}`
            + ` of ${start.source} into tenant ${options.tenant}`,
          `Pipeline ${start.pipeline.name} (${start.pipeline.id}), initial stage ${start.pipeline.initialStage}`,
          `Report: ${start.reportPath}`,
          '',
        ].join('\n')),
        phaseStarted: (phase, total, done) => bars.set(phase, display.bar(PHASE_LABELS[phase], total, done)),
        advanced: (phase, rows) => bars.get(phase)?.advance(rows),
        phaseFinished: (phase) => bars.get(phase)?.finish(),
      },
    });
  } finally {
    display.stop();
    process.off('SIGINT', onSigint);
  }

  io.stdout.write(`\n${summary(result)}\n\n`);
  if (result.interrupted) {
    io.stdout.write('Interrupted: everything up to the last committed batch is imported. Run the same command again to resume.\n');
    return 130;
  }
  printChecks(io, result.verification);
  io.stdout.write(`Report: ${result.reportPath}\n`);
  if (!result.verified) {
    io.stderr.write('Seed 000 verification failed.\n');
    return 1;
  }
  return 0;
}

function summary(result: LegacyImportResult): string {
  const rate = (phase: ImportPhase) =>
    result.seconds[phase] > 0 ? Math.round(result.rows[phase] / result.seconds[phase]) : '-';
  return table(
    ['table', 'read', 'created', 'linked', 'deduplicated', 'unchanged', 'skipped', 'errors', 'altered', 'seconds', 'rows/s'],
    IMPORT_TABLES.map((name) => {
      const counts = result.counts[name];
      const phase = PHASE_OF[name];
      return [
        name, counts.read, counts.created, counts.linked, counts.deduplicated, counts.unchanged, counts.skipped,
        counts.errors, counts.altered, result.seconds[phase].toFixed(1), rate(phase),
      ];
    }),
  );
}
