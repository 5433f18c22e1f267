import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CreateCallHandler } from './application/create-call/create-call.js';
import { GetCallHandler, ListCallsHandler } from './application/queries/call-queries.js';
import { AttemptSync, RequestAttemptSyncHandler } from './application/sync-call-attempts/sync-call-attempts.js';
import { UpdateCallHandler } from './application/update-call/update-call.js';
import { CALL_REPOSITORY } from './domain/index.js';
import { MikroOrmCallRepository } from './infrastructure/call.persistence.js';

@Module({
  imports: [CqrsModule],
  providers: [
    { provide: CALL_REPOSITORY, useClass: MikroOrmCallRepository },
    CreateCallHandler, UpdateCallHandler, GetCallHandler, ListCallsHandler,
    RequestAttemptSyncHandler, AttemptSync,
  ],
  exports: [CALL_REPOSITORY],
})
export class TelephonyModule {}
