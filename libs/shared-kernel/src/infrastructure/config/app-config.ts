import { existsSync } from 'node:fs';
import { Global, Module } from '@nestjs/common';
import { isSupportedCountry } from 'libphonenumber-js';
import { isQueueName, QUEUE_NAMES, type QueueName } from '../jobs/job-queue.js';

export interface AppConfig {
  readonly nodeEnv: string;
  readonly port: number;
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly redisUrl: string;
  /** Namespaces the queues' keys in Redis, so several deployments (or test runs) can share one Redis. */
  readonly queuePrefix: string;
  readonly platformAdminKey: string | null;
  readonly secretsKey: Buffer | null;
  readonly publicBaseUrl: string;
  readonly logLevel: string;
  readonly defaultPhoneRegion: string;
  readonly eventMaxAttempts: number;
  /** Jobs each worker process runs at once per queue, where JOB_CONCURRENCY overrides the defaults. */
  readonly jobConcurrency: Readonly<Partial<Record<QueueName, number>>>;
  /** How long one call to a tenant's Odoo may take before it counts as an outage and is retried. */
  readonly odooTimeoutMs: number;
  /** How long an Idempotency-Key stays claimed without a sign of life from the request holding it. */
  readonly idempotencyLeaseMs: number;
  /** Serve the Bull queue dashboard at /admin/queues (behind PLATFORM_ADMIN_KEY). */
  readonly queueDashboard: boolean;
  /** Age after which the worker prunes outbox events, delivery markers, webhook receipts, processed ManyChat events and finished jobs. */
  readonly retentionDays: number;
  /** Rows deleted per statement by retention. */
  readonly retentionBatch: number;
  /** Where call recordings (e.g. from Zadarma recording e-mails) are stored on local disk. */
  readonly recordingsDir: string;
  /**
   * Hosts ("host" = any port, or "host:port") that providers' `api_base_url` may name over plain
   * http or at a private/loopback address: test stand-ins and sandboxes only; empty in production.
   */
  readonly providerTestHosts: readonly string[];
  /** Requests one API key may make per minute, counted across every API process (contract §8a). */
  readonly rateLimitPerMinute: number;
  /** Provider webhook requests per minute for one tenant and provider (§7, §8, §9a), apart from the API keys' budget. */
  readonly webhookRateLimitPerMinute: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and validates the environment once, naming every bad variable instead of failing later. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const url = (name: string, fallback: string, protocols: string[]) => {
    const value = read(name) ?? fallback;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
      }
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return value;
  };

  const nodeEnv = read('NODE_ENV') ?? 'development';
  const port = integer('PORT', 3000, 1, 65535);
  const databaseUrl = url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/leadline', ['postgres:', 'postgresql:']);
  const redisUrl = url('REDIS_URL', 'redis://127.0.0.1:6379/0', ['redis:', 'rediss:']);
  const publicBaseUrl = url('PUBLIC_BASE_URL', `http://localhost:${port}`, ['http:', 'https:']);

  const secretsKey = parseSecretsKey(read('SECRETS_KEY'), problems);
  if (!secretsKey && nodeEnv === 'production') problems.push('SECRETS_KEY is required when NODE_ENV=production');

  const logLevel = read('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const defaultPhoneRegion = (read('DEFAULT_PHONE_REGION') ?? 'MX').toUpperCase();
  if (!isSupportedCountry(defaultPhoneRegion)) {
    problems.push(`DEFAULT_PHONE_REGION must be an ISO 3166 region code such as MX (got "${defaultPhoneRegion}")`);
  }

  const queuePrefix = read('QUEUE_PREFIX') ?? 'leadline';
  if (!/^[\w.-]{1,64}$/.test(queuePrefix)) problems.push(`QUEUE_PREFIX must be 1 to 64 letters, digits, '.', '_' or '-' (got "${queuePrefix}")`);

  const adminKey = read('PLATFORM_ADMIN_KEY') ?? null;
  if (adminKey !== null && adminKey.length < 16) problems.push('PLATFORM_ADMIN_KEY must be at least 16 characters');

  const config: AppConfig = {
    nodeEnv,
    port,
    databaseUrl,
    databasePoolSize: integer('DATABASE_POOL_SIZE', 10, 1, 200),
    redisUrl,
    queuePrefix,
    platformAdminKey: adminKey,
    secretsKey,
    publicBaseUrl: publicBaseUrl.replace(/\/+$/, ''),
    logLevel,
    defaultPhoneRegion,
    eventMaxAttempts: integer('EVENT_MAX_ATTEMPTS', 8, 1, 50),
    jobConcurrency: parseConcurrency(read('JOB_CONCURRENCY'), problems),
    odooTimeoutMs: integer('ODOO_TIMEOUT_MS', 30_000, 100, 300_000),
    idempotencyLeaseMs: integer('IDEMPOTENCY_LEASE_MS', 60_000, 200, 3_600_000),
    retentionDays: integer('RETENTION_DAYS', 7, 1, 3650),
    retentionBatch: integer('RETENTION_BATCH', 1000, 1, 100_000),
    queueDashboard: flag('QUEUE_DASHBOARD', read('QUEUE_DASHBOARD'), problems),
    recordingsDir: read('RECORDINGS_DIR') ?? './var/recordings',
    providerTestHosts: parseHostList('PROVIDER_TEST_HOSTS', read('PROVIDER_TEST_HOSTS'), problems),
    rateLimitPerMinute: integer('RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000_000),
    webhookRateLimitPerMinute: integer('WEBHOOK_RATE_LIMIT_PER_MINUTE', 6000, 1, 1_000_000_000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function flag(name: string, raw: string | undefined, problems: string[]): boolean {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  problems.push(`${name} must be true or false`);
  return false;
}

/** `domain-events=8,background=4`: a number of jobs at once for each named queue. */
function parseConcurrency(raw: string | undefined, problems: string[]): Partial<Record<QueueName, number>> {
  const concurrency: Partial<Record<QueueName, number>> = {};
  for (const entry of (raw ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [queue, count] = entry.split('=').map((part) => part.trim());
    if (!queue || !isQueueName(queue) || !/^\d+$/.test(count ?? '') || Number(count) < 1 || Number(count) > 256) {
      problems.push(`JOB_CONCURRENCY must list queue=count entries (queues: ${QUEUE_NAMES.join(', ')}; count 1 to 256), got "${entry}"`);
      continue;
    }
    concurrency[queue] = Number(count);
  }
  return concurrency;
}

function parseHostList(name: string, raw: string | undefined, problems: string[]): string[] {
  const hosts = (raw ?? '').split(',').map((host) => host.trim().toLowerCase()).filter((host) => host !== '');
  for (const host of hosts) {
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(host)) problems.push(`${name} must list host or host:port entries separated by commas (got "${host}")`);
  }
  return hosts;
}

function parseSecretsKey(raw: string | undefined, problems: string[]): Buffer | null {
  if (raw === undefined) return null;
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) {
    problems.push('SECRETS_KEY must be 32 bytes, written as 64 hex characters or base64');
    return null;
  }
  return key;
}

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig) {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

/**
 * Runs an entry point: reads `.env` in development (real environment variables win), validates
 * the configuration, and turns a start-up failure into a message and exit code 1.
 */
export async function runEntryPoint(start: (config: AppConfig) => Promise<unknown>): Promise<void> {
  try {
    if (process.env.NODE_ENV !== 'production' && existsSync('.env')) process.loadEnvFile('.env');
    await start(loadConfig());
  } catch (error) {
    // The logger may not exist yet: configuration is what it would be built from.
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  }
}
