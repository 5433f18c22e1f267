import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bull';
import { CqrsModule } from '@nestjs/cqrs';
import { PlatformModule } from '@leadline/platform';
import { Queues } from '@leadline/shared-kernel';
import { ConnectOdooHandler } from './application/connect-odoo/connect-odoo.js';
import { ResyncOdooHandler } from './application/resync/resync-odoo.js';
import { OdooSyncScheduler } from './application/schedule-sync/odoo-sync-scheduler.js';
import { OdooSyncSubscriber } from './application/schedule-sync/odoo-sync.subscriber.js';
import { SyncOdooLeadHandler } from './application/sync-lead/sync-odoo-lead.js';
import { OdooConnections } from './infrastructure/odoo-connections.js';
import { OdooSyncQueue } from './infrastructure/odoo-sync.queue.js';

/** The Odoo CRM mirror: connection set-up, the crm.lead sync and its queue. Wired by the apps only. */
@Module({
  imports: [CqrsModule, PlatformModule, BullModule.registerQueue({ name: Queues.odooSync })],
  providers: [
    OdooConnections, OdooSyncQueue, OdooSyncScheduler, OdooSyncSubscriber,
    ConnectOdooHandler, ResyncOdooHandler, SyncOdooLeadHandler,
  ],
  exports: [BullModule],
})
export class OdooAdapterModule {}
