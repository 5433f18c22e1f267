import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ManychatInbox } from '@leadline/manychat';
import { RelayLoop } from './relay-loop.js';

const BATCH = 500;
const POLL_MS = 200;

/**
 * Hands stored ManyChat webhooks to the outbox, a batch per statement. It polls rather than being
 * woken: a NOTIFY per webhook is exactly what the inbox avoids (PostgreSQL serialises notifying
 * commits). A webhook therefore waits at most POLL_MS before the outbox relay sees it.
 */
@Injectable()
export class ManychatInboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: RelayLoop;

  constructor(inbox: ManychatInbox) {
    this.loop = new RelayLoop({ name: ManychatInboxRelay.name, step: () => inbox.relayPending(BATCH), batch: BATCH, pollMs: POLL_MS });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.loop.start();
  }

  /** Shuts down with the outbox relay, before the ORM closes: the batch in progress finishes. */
  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }
}
