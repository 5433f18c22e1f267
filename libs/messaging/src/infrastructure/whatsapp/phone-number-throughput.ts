import { once } from 'node:events';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { redisOptions } from '@leadline/shared-kernel';
import { ChannelDeferredError } from '../../domain/index.js';

/** Cloud API throughput of one business phone number (Meta's default tier). */
export const WHATSAPP_MESSAGES_PER_SECOND = 80;

export interface ThroughputOptions {
  readonly redisUrl: string;
  readonly keyPrefix: string;
  readonly perSecond: number;
  /** How long a send may wait for a slot before it is deferred instead (the send job retries it later). */
  readonly maxWaitMs: number;
}

/**
 * Sends are let through only in the first half of each second: one let through at 0.999 s would
 * reach Meta in the next second, on top of that second's full budget. Half a second absorbs the
 * latency (and event-loop lag) between the decision and Meta receiving the request.
 */
const ADMIT_WITHIN_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps each phone number at most `perSecond` messages in every clock second as Meta receives
 * them, counted in Redis so every worker process (and host) shares the budget: rate-limiter-flexible's atomic
 * increment-with-expiry counts one key per phone number and second. A send over the budget waits
 * for the next second while that stays within `maxWaitMs`; past that it is deferred, never failed.
 * When Redis does not answer, sends go through unthrottled: Meta's own 130429 then defers them.
 */
export class PhoneNumberThroughput implements OnModuleDestroy {
  private readonly logger = new Logger(PhoneNumberThroughput.name);
  private readonly redis: Redis;
  private readonly counter: RateLimiterRedis;
  private failing = false;
  /**
   * Settles once the client first connects, or after the command timeout. Until then the counter
   * refuses (the client queues nothing), which would read as an outage and let a new process's
   * first sends through unthrottled, on top of what the other processes send that second.
   */
  private readonly firstConnection: Promise<void>;

  constructor(private readonly options: ThroughputOptions) {
    this.redis = new Redis({
      ...redisOptions(options.redisUrl),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 1000,
      enableAutoPipelining: true,
    });
    this.redis.on('error', () => undefined); // reported once per outage by acquire()
    this.firstConnection = Promise.race([
      once(this.redis, 'ready').then(() => undefined, () => undefined),
      new Promise<void>((resolve) => setTimeout(resolve, 1000).unref()),
    ]);
    this.counter = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: options.keyPrefix,
      points: options.perSecond,
      // A second's key outlives its second, so a slow consume still lands in the right window.
      duration: 2,
      rejectIfRedisNotReady: true,
    });
  }

  /** Resolves when this phone number may send one more message now; throws ChannelDeferredError when that is too far off. */
  async acquire(phoneNumberId: string): Promise<void> {
    const deadline = Date.now() + this.options.maxWaitMs;
    await this.firstConnection;
    for (;;) {
      const now = Date.now();
      const second = Math.floor(now / 1000);
      if (now - second * 1000 < ADMIT_WITHIN_MS) {
        try {
          await this.counter.consume(`${phoneNumberId}:${second}`);
          if (this.failing) this.logger.log('WhatsApp throughput limiting works again: Redis answers');
          this.failing = false;
          return;
        } catch (outcome) {
          if (!(outcome instanceof RateLimiterRes)) {
            if (!this.failing) this.logger.warn({ err: outcome }, 'WhatsApp sends go out unthrottled: Redis does not answer');
            this.failing = true;
            return;
          }
        }
      }
      // A few ms past the boundary, so a host whose clock runs slightly behind does not wake into the full second.
      const wait = (second + 1) * 1000 - Date.now() + 2 + Math.floor(Math.random() * 5);
      if (Date.now() + wait > deadline) {
        throw new ChannelDeferredError(wait + Math.floor(Math.random() * 1000),
          `phone number ${phoneNumberId} is at its ${this.options.perSecond} messages per second`);
      }
      await sleep(wait);
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
