import { afterAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { RateLimiter } from '../../apps/api/src/http/rate-limit/rate-limiter.js';
import { FakeClock } from '../support/app.js';
import { testConfig } from '../support/config.js';

/**
 * The limiter against the real Redis with a clock the test moves, so a window boundary is reached
 * without waiting a minute. Two limiters stand for two API processes.
 */
const MINUTE = 60_000;
const limiters: RateLimiter[] = [];

afterAll(() => {
  for (const limiter of limiters) limiter.onModuleDestroy();
});

async function limiterAt(clock: FakeClock, env: Record<string, string>): Promise<RateLimiter> {
  const limiter = new RateLimiter(testConfig(env), clock);
  limiters.push(limiter);
  await limiter.onModuleInit();
  return limiter;
}

/** A clock `before` ms before a minute boundary (window starts are multiples of a minute). */
function clockBeforeBoundary(before: number): { clock: FakeClock; boundary: number } {
  const boundary = (Math.floor(Date.now() / MINUTE) + 10) * MINUTE;
  return { clock: new FakeClock(new Date(boundary - before)), boundary };
}

const aKey = () => ({ scope: 'api_key' as const, apiKeyId: randomUUID() });

describe('the shared sliding-window limit', () => {
  it('cannot be doubled by bursting across a window boundary, where a fixed window would admit twice the limit', async () => {
    const { clock } = clockBeforeBoundary(1_000);
    const limiter = await limiterAt(clock, { RATE_LIMIT_PER_MINUTE: '10' });
    const key = aKey();
    const admitted: boolean[] = [];
    // 40 requests, one every 50 ms, from 1 s before the boundary to 1 s after it.
    for (let i = 0; i < 40; i += 1) {
      admitted.push((await limiter.take(key))!.allowed);
      clock.advance(50);
    }
    expect(admitted.filter(Boolean)).toHaveLength(10);
    expect(admitted.slice(0, 10).every(Boolean)).toBe(true);

    // 1 s into the new window the last minute's 10 still weigh 9.83: the wait is for them to weigh 9.
    const refused = (await limiter.take(key))!;
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 5 });
    clock.advance(refused.retryAfterSeconds * 1000);
    expect((await limiter.take(key))!).toMatchObject({ allowed: true, remaining: 0 });
    expect((await limiter.take(key))!.allowed).toBe(false);
  });

  it('is one count for every process sharing the Redis', async () => {
    const { clock } = clockBeforeBoundary(30_000);
    const [one, two] = [await limiterAt(clock, { RATE_LIMIT_PER_MINUTE: '6' }), await limiterAt(clock, { RATE_LIMIT_PER_MINUTE: '6' })];
    const key = aKey();
    const remaining = [];
    for (let i = 0; i < 6; i += 1) remaining.push((await (i % 2 === 0 ? one : two).take(key))!.remaining);
    expect(remaining).toEqual([5, 4, 3, 2, 1, 0]);
    expect((await one.take(key))!.allowed).toBe(false);
    expect((await two.take(key))!.allowed).toBe(false);
  });

  it('admits concurrent requests up to the limit and no further', async () => {
    const { clock } = clockBeforeBoundary(30_000);
    const [one, two] = [await limiterAt(clock, { RATE_LIMIT_PER_MINUTE: '25' }), await limiterAt(clock, { RATE_LIMIT_PER_MINUTE: '25' })];
    const key = aKey();
    const decisions = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? one : two).take(key)));
    expect(decisions.filter((decision) => decision!.allowed)).toHaveLength(25);
    // Refused requests were not counted: half a window later the 25 admitted ones weigh 12.5, not 30.
    clock.advance(MINUTE);
    expect((await one.take(key))!).toMatchObject({ allowed: true, remaining: 11 });
  });

  it('keeps API keys and webhooks of each tenant and provider apart', async () => {
    const { clock } = clockBeforeBoundary(30_000);
    const limiter = await limiterAt(clock, { RATE_LIMIT_PER_MINUTE: '2', WEBHOOK_RATE_LIMIT_PER_MINUTE: '3' });
    const tenantId = randomUUID();
    const key = aKey();
    const zadarma = { scope: 'webhook' as const, tenantId, provider: 'zadarma' };
    for (let i = 0; i < 3; i += 1) expect((await limiter.take(zadarma))!.allowed).toBe(true);
    expect((await limiter.take(zadarma))!.allowed).toBe(false);
    expect((await limiter.take({ ...zadarma, provider: 'twilio' }))!).toMatchObject({ allowed: true, limit: 3, remaining: 2 });
    expect((await limiter.take({ ...zadarma, tenantId: randomUUID() }))!).toMatchObject({ allowed: true, remaining: 2 });
    expect((await limiter.take(key))!).toMatchObject({ allowed: true, limit: 2, remaining: 1 });
  });
});
