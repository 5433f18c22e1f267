import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

/** Where a command writes: the terminal in production, buffers in tests. */
export interface CliIo {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable;
}

export interface ProgressBar {
  advance(rows: number): void;
  finish(): void;
}

/**
 * Progress bars (cli-progress) on a terminal, with rows/s and an ETA; plain periodic lines when
 * stdout is a file or a pipe (CI, `| tee`), where redrawn bars would be noise.
 */
export class ProgressDisplay {
  private readonly bars: cliProgress.MultiBar | null;
  private readonly plain = new Map<string, PlainState>();
  private readonly timer: NodeJS.Timeout | null;

  constructor(private readonly io: CliIo, private readonly intervalMs = 2000) {
    if (io.stdout.isTTY) {
      this.bars = new cliProgress.MultiBar({
        stream: io.stdout,
        format: '{label} [{bar}] {percentage}% | {value}/{total} | {speed} {unit}/s | ETA {eta_formatted}',
        barCompleteChar: '█',
        barIncompleteChar: '░',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
        fps: 5,
      });
      this.timer = null;
    } else {
      this.bars = null;
      this.timer = setInterval(() => this.printPlain(false), intervalMs);
      this.timer.unref();
    }
  }

  /** A bar (or plain lines) for `total` things counted in `unit`s, `done` of them already. */
  bar(label: string, total: number, done = 0, unit = 'rows'): ProgressBar {
    const startedAt = performance.now();
    let rows = 0;
    const speed = () => Math.round(rows / Math.max((performance.now() - startedAt) / 1000, 0.001)).toLocaleString('en-US');
    if (this.bars) {
      const bar = this.bars.create(Math.max(total, 1), done, { label: label.padEnd(14), speed: '0', unit });
      return {
        advance: (n) => {
          rows += n;
          bar.increment(n, { speed: speed() });
        },
        finish: () => {
          bar.setTotal(Math.max(bar.getTotal(), done + rows, 1));
          bar.update(Math.max(bar.getTotal(), done + rows), { speed: speed() });
          bar.stop();
        },
      };
    }
    const state: PlainState = { done, total, rows: 0, unit, startedAt, lastLine: 0 };
    this.plain.set(label, state);
    return {
      advance: (n) => {
        state.rows += n;
        state.done += n;
      },
      finish: () => {
        this.printLine(label, state);
        this.plain.delete(label);
      },
    };
  }

  stop(): void {
    this.bars?.stop();
    if (this.timer) clearInterval(this.timer);
  }

  private printPlain(force: boolean): void {
    for (const [label, state] of this.plain) {
      if (force || performance.now() - state.lastLine >= this.intervalMs) this.printLine(label, state);
    }
  }

  private printLine(label: string, state: PlainState): void {
    state.lastLine = performance.now();
    const seconds = Math.max((state.lastLine - state.startedAt) / 1000, 0.001);
    const percent = state.total > 0 ? Math.min(100, Math.floor((state.done / state.total) * 100)) : 100;
    this.io.stdout.write(`${label} ${state.done}/${state.total} (${percent}%) ${Math.round(state.rows / seconds)} ${state.unit}/s\n`);
  }
}

interface PlainState {
  done: number;
  total: number;
  /** Done by this invocation: the rate's numerator. */
  rows: number;
  unit: string;
  startedAt: number;
  lastLine: number;
}

/** A fixed-width text table; numbers right-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  return cells.map((row, index) => row.map((cell, column) => {
    const numeric = index > 0 && typeof rows[index - 1]![column] === 'number';
    return numeric ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!);
  }).join('  ').trimEnd()).join('\n');
}
