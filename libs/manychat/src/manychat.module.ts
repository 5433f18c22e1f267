import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetManychatEventHandler } from './application/get-event/get-event.js';
import { ManychatEventSubscriber } from './application/process-event/manychat-event.subscriber.js';
import { ReceiveManychatEventHandler } from './application/receive-event/receive-event.js';
import { ManychatInbox } from './infrastructure/inbox.persistence.js';

/** ManyChat's inbound adapter: the webhook inbox and the worker-side processing of its events. */
@Module({
  imports: [CqrsModule],
  providers: [ManychatInbox, ReceiveManychatEventHandler, GetManychatEventHandler, ManychatEventSubscriber],
  exports: [ManychatInbox],
})
export class ManychatModule {}
