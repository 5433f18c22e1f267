import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { AppConfig } from '@leadline/shared-kernel';
import { runCli } from '../../apps/cli/src/cli.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

class Capture extends Writable {
  text = '';
  readonly isTTY = false;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the command line in this process, as `leadline <args>` would, against the test database. */
export async function cli(config: AppConfig, ...args: string[]): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(args, config, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export interface ReportLine {
  table: string;
  legacy_id: string;
  action: string;
  reason: string;
  field?: string;
  value?: unknown;
  mapped_to?: string;
}

/** The report's row lines (its last line, the summary, apart). */
export function readReport(path: string): { lines: ReportLine[]; summary: Record<string, unknown> } {
  const parsed = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    lines: parsed.filter((line) => !('summary' in line)) as unknown as ReportLine[],
    summary: parsed.findLast((line) => 'summary' in line)!.summary as Record<string, unknown>,
  };
}
