import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { CrmDomainModule, crmEntities } from '@leadline/crm-domain';
import { LegacyImportModule } from '@leadline/legacy-import';
import { PlatformModule, platformEntities } from '@leadline/platform';
import { ConfigModule, ormOptions, SharedKernelModule, sharedKernelEntities, type AppConfig } from '@leadline/shared-kernel';
import { TelephonyModule, telephonyEntities } from '@leadline/telephony';

/**
 * The command line's application context: the database and the command/query buses with the
 * libraries its commands drive. No HTTP, and the in-process job queue rather than Bull: the
 * commands do their work in this process and add no jobs (what they change reaches the worker
 * through the outbox), so they need neither Redis nor a running worker.
 */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        MikroOrmModule.forRoot({
          ...ormOptions(config, [...sharedKernelEntities, ...crmEntities, ...platformEntities, ...telephonyEntities]),
          driver: PostgreSqlDriver,
        }),
        CqrsModule.forRoot(),
        SharedKernelModule.forRoot('in-process'),
        CrmDomainModule, PlatformModule, TelephonyModule, LegacyImportModule,
      ],
    };
  }
}
