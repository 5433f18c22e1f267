import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, redisOptions, withTimeout, type AppConfig } from '@leadline/shared-kernel';

/** Telegram's Bot FAQ: about 30 messages per second per bot overall, 1 per second per chat. */
export const TELEGRAM_BOT_LANES = 30;
/**
 * A lane (and a chat) takes its next send this long after the last, not 1 s: what we grant here
 * reaches Telegram after a varying delay (event loop, network), and two sends granted 1 s apart may
 * arrive closer than that. 80 ms of such jitter is absorbed, at 92.6 % of the nominal rate.
 */
export const TELEGRAM_SEND_SPACING_S = 1.08;
const REDIS_TIMEOUT_MS = 1000;

/**
 * rate-limiter-flexible's increment-with-expiry, with the expiry in milliseconds (`PX`) from the
 * limiter's own `duration` (ARGV[4], seconds, fractional allowed) instead of whole seconds (`EX`).
 */
const INCR_WITH_MS_TTL = `redis.call('set', KEYS[1], 0, 'PX', math.floor(tonumber(ARGV[4]) * 1000), 'NX') \
local consumed = redis.call('incrby', KEYS[1], ARGV[1]) \
local ttl = redis.call('pttl', KEYS[1]) \
if ttl == -1 then \
  redis.call('pexpire', KEYS[1], math.floor(tonumber(ARGV[4]) * 1000)) \
  ttl = math.floor(tonumber(ARGV[4]) * 1000) \
end \
return {consumed, ttl}`;

export type TelegramSlot = { readonly granted: true } | { readonly granted: false; readonly msBeforeNext: number };

/**
 * Telegram's broadcast limits, shared by every worker process through Redis: 1 message per
 * TELEGRAM_SEND_SPACING_S per chat, and at most TELEGRAM_BOT_LANES in any second per bot.
 * rate-limiter-flexible's windows start at a key's first use rather than on a clock, so "30 points
 * per second" could let 60 through across a window boundary; instead each bot has that many lanes
 * of 1 point, and a send takes a free lane. Sends on one lane are then more than a second apart, so
 * any one second holds at most one send per lane, while a busy bot still sustains nearly the full rate.
 */
@Injectable()
export class TelegramRateLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TelegramRateLimiter.name);
  private readonly redis: Redis;
  private readonly perChat: RateLimiterRedis;
  private readonly perLane: RateLimiterRedis;
  private failing = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis({
      ...redisOptions(config.redisUrl),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: REDIS_TIMEOUT_MS,
      enableAutoPipelining: true,
    });
    this.redis.on('error', () => undefined); // reported once per outage by take()
    const limiter = (name: string) => new RateLimiterRedis({
      storeClient: this.redis, keyPrefix: `${config.queuePrefix}:telegram:${name}`, points: 1, duration: TELEGRAM_SEND_SPACING_S,
      rejectIfRedisNotReady: true, customIncrTtlLuaScript: INCR_WITH_MS_TTL,
    });
    this.perChat = limiter('chat');
    this.perLane = limiter('bot');
  }

  /**
   * One send of `botToken` to `chatId` now, or how long until one could go. When Redis does not
   * answer, the send goes (Telegram's own 429 still defers it): the limiter's store being down must
   * not stop messaging.
   */
  async take(botToken: string, chatId: string): Promise<TelegramSlot> {
    const bot = botKey(botToken);
    try {
      const chatKey = `${bot}:${chatId}`;
      const chat = await this.consume(this.perChat, chatKey);
      if (chat !== null) return { granted: false, msBeforeNext: chat };
      const lane = await this.freeLane(bot);
      if (lane !== true) {
        // The chat's second was not used: give it back, or this chat would wait for nothing.
        await this.perChat.delete(chatKey);
        return { granted: false, msBeforeNext: lane };
      }
      if (this.failing) this.logger.log('Telegram rate limiting works again: Redis answers');
      this.failing = false;
      return { granted: true };
    } catch (error) {
      if (!this.failing) this.logger.warn({ err: error }, 'Telegram rate limiting is off, sends go unlimited: Redis does not answer');
      this.failing = true;
      return { granted: true };
    }
  }

  /** True once a lane is taken, else the ms until the soonest lane frees. Lanes are read first so a busy bot costs two round trips, not one per lane. */
  private async freeLane(bot: string): Promise<true | number> {
    const lanes = Array.from({ length: TELEGRAM_BOT_LANES }, (_, lane) => `${bot}:${lane}`);
    const states = await Promise.all(lanes.map((key) => this.perLane.get(key)));
    const free = lanes.filter((_, index) => !states[index] || states[index]!.consumedPoints < 1);
    // From a random free lane on, so concurrent senders rarely race for the same one.
    const start = Math.floor(Math.random() * Math.max(free.length, 1));
    for (let i = 0; i < free.length; i++) {
      if (await this.consume(this.perLane, free[(start + i) % free.length]!) === null) return true;
    }
    const waits = states.map((state) => (state && state.consumedPoints >= 1 ? state.msBeforeNext : 0)).filter((ms) => ms > 0);
    return waits.length > 0 ? Math.min(...waits) : 1;
  }

  /** null when the point was taken, else the ms until the key frees. */
  private async consume(limiter: RateLimiterRedis, key: string): Promise<number | null> {
    try {
      await limiter.consume(key);
      return null;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return Math.max(outcome.msBeforeNext, 1);
      throw outcome;
    }
  }

  /** Waits a moment for the connection, so the first sends after a start are counted; a Redis that is down does not stop the start. */
  async onModuleInit(): Promise<void> {
    if (this.redis.status !== 'ready') await withTimeout(once(this.redis, 'ready'), 2000, 'Redis').catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

/** The bot's id (the token's part before ':'), hashed with the rest so a token never lands in Redis. */
function botKey(botToken: string): string {
  return createHash('sha256').update(botToken).digest('base64url').slice(0, 22);
}
