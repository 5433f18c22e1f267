import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './infrastructure/config/app-config.js';
import { UnitOfWork } from './infrastructure/database/unit-of-work.js';
import { Outbox } from './infrastructure/outbox/outbox.js';
import { ProviderHttp } from './infrastructure/outbound/provider-http.js';

@Global()
@Module({
  providers: [
    UnitOfWork, Outbox,
    { provide: ProviderHttp, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new ProviderHttp(config.providerTestHosts) },
  ],
  exports: [UnitOfWork, Outbox, ProviderHttp],
})
export class SharedKernelModule {}
