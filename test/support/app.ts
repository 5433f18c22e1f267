import type { INestApplication, INestApplicationContext, Provider } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import request from 'supertest';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, JobQueue, type AppConfig } from '@leadline/shared-kernel';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { migrate } from '../../apps/api/src/migrate.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { testConfig } from './config.js';
import { OpenApiContract } from './openapi-contract.js';

export interface RunningApp {
  readonly config: AppConfig;
  readonly api: INestApplication;
  readonly worker: INestApplicationContext | null;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The real API (the same bootstrap as production) and, unless told otherwise, a real worker in this
 * process, against the test PostgreSQL and Redis. `workerProviders` lets a test add a subscriber.
 */
export async function startApp(options: {
  env?: Record<string, string>;
  worker?: boolean;
  workerProviders?: Provider[];
  workerEnv?: Record<string, string>;
  /** The worker's clock, for tests that move time instead of waiting (see FakeClock). */
  clock?: Clock;
} = {}): Promise<RunningApp> {
  const config = testConfig(options.env);
  await migrate(config.databaseUrl);
  const api = await createApiApp(config);
  await api.init();
  // Every request and answer of app.http() is checked against the document the app serves, after
  // each test (a mismatch fails the test that made the request).
  const contract = await OpenApiContract.served(request(api.getHttpServer()));
  let worker: INestApplicationContext | null = null;
  if (options.worker !== false) {
    worker = await startWorker(testConfig({ ...options.env, ...options.workerEnv }), options.workerProviders, options.clock);
  }
  return {
    config,
    api,
    worker,
    http: () => contract.enforceAfterEach(request(api.getHttpServer())),
    close: async () => {
      await worker?.close();
      await api.close();
    },
  };
}

export async function startWorker(config: AppConfig, providers: Provider[] = [], clock?: Clock): Promise<INestApplicationContext> {
  const builder = Test.createTestingModule({ imports: [WorkerModule.forRoot(config)], providers });
  if (clock) builder.overrideProvider(Clock).useValue(clock);
  const worker = await builder.compile();
  worker.useLogger(worker.get(Logger));
  await worker.init();
  return worker;
}

/**
 * Resolves once the worker has nothing left to do: no event waiting in the outbox or the ManyChat
 * inbox, no scheduled job due and not yet queued, and no job waiting, running or waiting for a retry
 * in any queue, twice in a row. (A row left `running` by an earlier file's worker, closed mid-job,
 * is not this app's work: queued and running rows count through the queue's own counts.) Tests wait for this instead of polling for an effect or sleeping, and a test that
 * asserts something did NOT happen asserts it after this. The worker serves every tenant of its
 * jest worker's database, so at the start of a file it may still be delivering what earlier files
 * (the middle tier's tests have no relay) left in the outbox: the default allows for that on a
 * machine running three jest workers on two cores.
 */
export async function waitForQuiescence(app: RunningApp, timeoutMs = 40_000): Promise<void> {
  const queue = (app.worker ?? app.api).get(JobQueue);
  // "Due" is what the worker's clock says: with a FakeClock, a row due by the database's time may not be due yet.
  const clock = (app.worker ?? app.api).get(Clock);
  const db = app.api.get(EntityManager).fork();
  const deadline = Date.now() + timeoutMs;
  let quietChecks = 0;
  while (quietChecks < 2) {
    if (Date.now() > deadline) throw new Error(`the worker was still busy after ${timeoutMs} ms`);
    const [row] = await db.execute<{ busy: boolean }[]>(
      `select exists (select 1 from outbox_events where published_at is null)
           or exists (select 1 from manychat_inbox where relayed_at is null)
           or exists (select 1 from scheduled_jobs where status = 'pending' and due_at <= ?) as busy`,
      [clock.now()],
    );
    const counts = Object.values(await queue.counts());
    const busy = row!.busy || counts.some((count) => count.waiting + count.active + count.delayed > 0);
    quietChecks = busy ? 0 : quietChecks + 1;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A clock that stands still until the test moves it. */
export class FakeClock extends Clock {
  private current: number;

  constructor(start = new Date()) {
    super();
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
