import { Logger } from '@nestjs/common';
import { PgListener } from '@leadline/shared-kernel';

export interface RelayLoopOptions {
  readonly name: string;
  /** Moves one batch; answers how many rows it moved. A full batch (`batch`) means run again at once. */
  readonly step: () => Promise<number>;
  readonly batch: number;
  readonly pollMs: number;
  /** Woken at once by this NOTIFY channel, when given (PostgreSQL sends it on commit only). */
  readonly listen?: { databaseUrl: string; channel: string };
}

/**
 * The loop every relay shares: wake-ups (a poll, a NOTIFY) are coalesced into one drain at a time,
 * re-run once if woken meanwhile; a drain moves batches until one comes back short; an outage is
 * said once, retried on the next wake-up, and said again when it ends. Stopping lets the batch in
 * progress finish.
 */
export class RelayLoop {
  private readonly logger: Logger;
  private readonly listener?: PgListener;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private paused = false;

  constructor(private readonly options: RelayLoopOptions) {
    this.logger = new Logger(options.name);
    if (options.listen) {
      this.listener = new PgListener(options.listen.databaseUrl, options.listen.channel, {
        notify: () => this.wake(),
        connected: () => this.wake(),
      });
    }
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    await this.listener?.start();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.listener?.stop();
    await this.running;
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.options.step()) >= this.options.batch) {
        // a full batch: more may be waiting
      }
      if (this.paused) this.logger.log('resumed');
      this.paused = false;
    } catch (error) {
      if (!this.paused) this.logger.warn(`paused: ${(error as Error).message}; retrying every ${this.options.pollMs} ms`);
      this.paused = true;
    }
  }
}
