import type { INestApplication, INestApplicationContext, Provider } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import request from 'supertest';
import type { AppConfig } from '@leadline/shared-kernel';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { migrate } from '../../apps/api/src/migrate.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { testConfig } from './config.js';

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
} = {}): Promise<RunningApp> {
  const config = testConfig(options.env);
  await migrate(config.databaseUrl);
  const api = await createApiApp(config);
  await api.init();
  let worker: INestApplicationContext | null = null;
  if (options.worker !== false) worker = await startWorker(testConfig({ ...options.env, ...options.workerEnv }), options.workerProviders);
  return {
    config,
    api,
    worker,
    http: () => request(api.getHttpServer()),
    close: async () => {
      await worker?.close();
      await api.close();
    },
  };
}

export async function startWorker(config: AppConfig, providers: Provider[] = []): Promise<INestApplicationContext> {
  const worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)], providers }).compile();
  worker.useLogger(worker.get(Logger));
  await worker.init();
  return worker;
}
