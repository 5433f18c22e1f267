import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReportEntry } from '../domain/import-report.js';

/**
 * The JSON-lines report: one line per rejected, altered, deduplicated or skipped legacy row, and a
 * last `{"summary": …}` line. A batch's lines are written just before its commit, so a batch redone
 * after a crash between the two may appear twice; none is ever missing.
 */
export class ReportFile {
  private constructor(private readonly fd: number, readonly path: string) {}

  static open(path: string): ReportFile {
    mkdirSync(dirname(path), { recursive: true });
    return new ReportFile(openSync(path, 'a'), path);
  }

  write(entries: readonly ReportEntry[]): void {
    if (entries.length > 0) writeSync(this.fd, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  }

  summary(summary: Record<string, unknown>): void {
    writeSync(this.fd, `${JSON.stringify({ summary })}\n`);
  }

  close(): void {
    closeSync(this.fd);
  }
}
