import { once } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Counter } from 'prom-client';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, Clock, metricsRegistry, redisOptions, withTimeout, type AppConfig } from '@leadline/shared-kernel';
import { slidingWindow, windowIndex, type WindowDecision } from './sliding-window.js';

/** What one request counts against: its API key, or (provider webhooks) its tenant and provider. */
export type RateLimitBucket =
  | { readonly scope: 'api_key'; readonly apiKeyId: string }
  | { readonly scope: 'webhook'; readonly tenantId: string; readonly provider: string };

const WINDOW_MS = 60_000;
/**
 * A Redis that hangs must not hang the API: after this, the request goes through (fail open). A
 * Redis that is down fails at once (no offline queue); this only bounds one that stopped answering,
 * and is long enough that a busy process's own event-loop lag does not count as an outage.
 */
const REDIS_TIMEOUT_MS = 1000;
/** Previous-window counts remembered per process and window; beyond this, they are read each time. */
const MAX_REMEMBERED = 10_000;

const failedOpen = new Counter({
  name: 'leadline_rate_limit_failed_open_total',
  help: 'Requests let through unlimited because the rate limiter could not reach Redis',
  labelNames: ['scope'],
  registers: [metricsRegistry],
});

const refused = new Counter({
  name: 'leadline_rate_limit_refused_total',
  help: 'Requests refused with 429 rate_limit.exceeded',
  labelNames: ['scope'],
  registers: [metricsRegistry],
});

/**
 * One limit over clock-aligned one-minute windows in Redis, shared by every API process:
 * rate-limiter-flexible's atomic increment-with-expiry counts the current window, the previous
 * window's final count weighs by the share of it still within the last minute (sliding-window.ts).
 * A window's key lives two minutes, so it is still there to be read as the previous one.
 */
class SlidingLimit {
  private remembered = { window: Number.NaN, counts: new Map<string, number>() };

  constructor(
    private readonly counter: RateLimiterRedis,
    readonly limit: number,
  ) {}

  async take(key: string, nowMs: number): Promise<WindowDecision> {
    const window = windowIndex(nowMs, WINDOW_MS);
    const [current, previous] = await Promise.all([
      this.counter.consume(`${key}:${window}`).catch((outcome: unknown) => {
        // Over `points` in this window alone: rate-limiter-flexible rejects with the counts.
        if (outcome instanceof RateLimiterRes) return outcome;
        throw outcome;
      }),
      this.previousCount(key, window - 1),
    ]);
    const decision = slidingWindow(this.limit, WINDOW_MS, nowMs, { previous, current: current.consumedPoints });
    // A refused request is not counted, so Retry-After holds for a client that waits that long.
    if (!decision.allowed) await this.counter.reward(`${key}:${window}`).catch(() => undefined);
    return decision;
  }

  /** A window that has ended no longer changes: each process reads it once. */
  private async previousCount(key: string, window: number): Promise<number> {
    if (this.remembered.window !== window) this.remembered = { window, counts: new Map() };
    const counts = this.remembered.counts;
    const known = counts.get(key);
    if (known !== undefined) return known;
    const count = (await this.counter.get(`${key}:${window}`))?.consumedPoints ?? 0;
    if (counts.size < MAX_REMEMBERED) counts.set(key, count);
    return count;
  }
}

/**
 * Contract §8a: per API key (`RATE_LIMIT_PER_MINUTE`), and per tenant and provider for provider
 * webhooks (`WEBHOOK_RATE_LIMIT_PER_MINUTE`), in Redis so every API process shares the count.
 * When Redis does not answer, the request goes through and `leadline_rate_limit_failed_open_total`
 * counts it: an outage of the limiter's store must not become an outage of the API.
 */
@Injectable()
export class RateLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly redis: Redis;
  private readonly limits: Record<RateLimitBucket['scope'], SlidingLimit>;
  private failing = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.redis = new Redis({
      ...redisOptions(config.redisUrl),
      // Fail at once while disconnected instead of queueing requests behind a reconnect.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: REDIS_TIMEOUT_MS,
      // Concurrent requests' commands leave in one write.
      enableAutoPipelining: true,
    });
    this.redis.on('error', () => undefined); // reported once per outage by take()
    const limit = (name: string, points: number) => new SlidingLimit(new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${config.queuePrefix}:rate-limit:${name}`,
      points,
      duration: (2 * WINDOW_MS) / 1000,
      rejectIfRedisNotReady: true,
    }), points);
    this.limits = { api_key: limit('api-key', config.rateLimitPerMinute), webhook: limit('webhook', config.webhookRateLimitPerMinute) };
  }

  /** The decision for one more request of this bucket, or null when Redis could not be asked (let it through). */
  async take(bucket: RateLimitBucket): Promise<WindowDecision | null> {
    const key = bucket.scope === 'api_key' ? bucket.apiKeyId : `${bucket.tenantId}:${bucket.provider}`;
    try {
      const decision = await this.limits[bucket.scope].take(key, this.clock.now().getTime());
      if (this.failing) this.logger.log('Rate limiting works again: Redis answers');
      this.failing = false;
      if (!decision.allowed) refused.inc({ scope: bucket.scope });
      return decision;
    } catch (error) {
      if (!this.failing) this.logger.warn({ err: error }, 'Rate limiting is off, requests go through unlimited: Redis does not answer');
      this.failing = true;
      failedOpen.inc({ scope: bucket.scope });
      return null;
    }
  }

  /** Waits a moment for the connection, so the first requests after a start are counted; a Redis that is down does not stop the start. */
  async onModuleInit(): Promise<void> {
    if (this.redis.status !== 'ready') await withTimeout(once(this.redis, 'ready'), 2000, 'Redis').catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
