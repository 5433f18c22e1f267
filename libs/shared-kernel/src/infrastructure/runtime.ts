import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, type AppConfig } from './config/app-config.js';
import { ormOptions, sharedKernelEntities, type AnySchema } from './database/database.js';
import { SharedKernelModule, type JobTransport } from '../shared-kernel.module.js';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Takes the caller's X-Request-Id when it is sane, otherwise makes one; echoed on the response. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * What the API and the worker share: configuration, logging, the database, the command bus and
 * the job queue (Bull, or in-process for tests that run without a worker). The apps add library
 * modules and their own edges on top.
 */
export function runtimeModules(
  config: AppConfig,
  entities: readonly AnySchema[],
  jobs: JobTransport = 'bull',
): Array<DynamicModule | Promise<DynamicModule>> {
  return [
    ConfigModule.forRoot(config),
    LoggerModule.forRoot({
      pinoHttp: {
        level: config.logLevel,
        genReqId: requestIdFor,
        customAttributeKeys: { reqId: 'request_id' },
        redact: ['req.headers["x-api-key"]', 'req.headers["x-admin-key"]', 'req.headers.authorization'],
        autoLogging: { ignore: (req) => req.url === '/health/live' || req.url === '/metrics' },
      },
    }),
    MikroOrmModule.forRoot({ ...ormOptions(config, [...sharedKernelEntities, ...entities]), driver: PostgreSqlDriver }),
    CqrsModule.forRoot(),
    SharedKernelModule.forRoot(jobs),
  ];
}
