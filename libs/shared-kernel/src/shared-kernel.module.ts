import { Global, Module } from '@nestjs/common';
import { UnitOfWork } from './infrastructure/database/unit-of-work.js';
import { Outbox } from './infrastructure/outbox/outbox.js';

@Global()
@Module({
  providers: [UnitOfWork, Outbox],
  exports: [UnitOfWork, Outbox],
})
export class SharedKernelModule {}
