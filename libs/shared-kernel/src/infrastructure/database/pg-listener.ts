import { Logger } from '@nestjs/common';
import pg from 'pg';

export interface ListenerHandlers {
  notify(payload: string): void;
  /** Connected (again): anything missed meanwhile must be re-read. */
  connected?(): void;
  /** Connection lost: notifications are not arriving until `connected` fires. */
  lost?(): void;
}

const RECONNECT_MS = 1000;

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel and reconnects when it drops.
 * NOTIFY is delivered only when the notifying transaction commits, which makes it a safe wake-up.
 */
export class PgListener {
  private readonly logger = new Logger(PgListener.name);
  private client?: pg.Client;
  private stopped = true;
  private reconnect?: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly handlers: ListenerHandlers,
  ) {}

  get connected(): boolean {
    return this.client !== undefined;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => this.handlers.notify(message.payload ?? ''));
    client.on('error', (error) => this.drop(client, error));
    client.on('end', () => this.drop(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
      if (this.stopped) {
        await client.end();
        return;
      }
      this.client = client;
      this.handlers.connected?.();
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retry(error as Error);
    }
  }

  private drop(client: pg.Client, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.handlers.lost?.();
    this.retry(error);
  }

  private retry(error: Error): void {
    if (this.stopped) return;
    this.logger.warn(`listener on ${this.channel} unavailable (${error.message}); retrying`);
    this.reconnect = setTimeout(() => void this.connect(), RECONNECT_MS);
    this.reconnect.unref();
  }
}
