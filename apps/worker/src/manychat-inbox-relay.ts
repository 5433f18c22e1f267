import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ManychatInbox } from '@leadline/manychat';

const BATCH = 500;
const POLL_MS = 200;

/**
 * Hands stored ManyChat webhooks to the outbox, a batch per statement. It polls rather than being
 * woken: a NOTIFY per webhook is exactly what the inbox avoids (PostgreSQL serialises notifying
 * commits). A webhook therefore waits at most POLL_MS before the outbox relay sees it.
 */
@Injectable()
export class ManychatInboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ManychatInboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private paused = false;

  constructor(private readonly inbox: ManychatInbox) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), POLL_MS);
  }

  /** Shuts down with the outbox relay, before the ORM closes: the batch in progress finishes. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running || this.stopped) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.inbox.relayPending(BATCH)) === BATCH) {
        // a full batch: more may be waiting
      }
      if (this.paused) this.logger.log('ManyChat inbox relay resumed');
      this.paused = false;
    } catch (error) {
      // Said once per outage, not five times a second.
      if (!this.paused) this.logger.warn(`ManyChat inbox relay paused: ${(error as Error).message}; retrying every ${POLL_MS} ms`);
      this.paused = true;
    }
  }
}
