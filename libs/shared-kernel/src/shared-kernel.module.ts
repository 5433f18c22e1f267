import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, SystemClock } from './domain/index.js';
import { APP_CONFIG, type AppConfig } from './infrastructure/config/app-config.js';
import { TenantReader } from './infrastructure/database/tenant-reader.js';
import { UnitOfWork } from './infrastructure/database/unit-of-work.js';
import { BullJobQueue } from './infrastructure/jobs/bull-job-queue.js';
import { InProcessJobQueue } from './infrastructure/jobs/in-process-job-queue.js';
import { JobQueue } from './infrastructure/jobs/job-queue.js';
import { JobScheduler } from './infrastructure/jobs/job-scheduler.js';
import { Outbox } from './infrastructure/outbox/outbox.js';
import { ProviderHttp } from './infrastructure/outbound/provider-http.js';

/** Which JobQueue adapter the process runs on: Bull in the apps, in-process in unit and medium tests. */
export type JobTransport = 'bull' | 'in-process';

@Global()
@Module({})
export class SharedKernelModule {
  static forRoot(transport: JobTransport = 'bull'): DynamicModule {
    return {
      module: SharedKernelModule,
      global: true,
      providers: [
        UnitOfWork, Outbox, JobScheduler, TenantReader,
        { provide: Clock, useClass: SystemClock },
        {
          provide: JobQueue,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            transport === 'bull' ? new BullJobQueue(config.redisUrl, config.queuePrefix) : new InProcessJobQueue(),
        },
        { provide: ProviderHttp, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new ProviderHttp(config.providerTestHosts) },
      ],
      exports: [UnitOfWork, Outbox, JobScheduler, TenantReader, Clock, JobQueue, ProviderHttp],
    };
  }
}
