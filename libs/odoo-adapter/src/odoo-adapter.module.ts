import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PlatformModule } from '@leadline/platform';
import { ConnectOdooHandler } from './application/connect-odoo/connect-odoo.js';
import { ResyncOdooHandler } from './application/resync/resync-odoo.js';
import { OdooSyncScheduler } from './application/schedule-sync/odoo-sync-scheduler.js';
import { OdooSyncSubscriber } from './application/schedule-sync/odoo-sync.subscriber.js';
import { OdooMirrorsHandler } from './application/mirrors/odoo-mirrors.js';
import { OdooConnections } from './infrastructure/odoo-connections.js';
import { OdooMirrorStore } from './infrastructure/odoo-mirror.store.js';
import { SyncOdooLeadJob } from './application/sync-lead/sync-odoo-lead.job.js';

/** The Odoo CRM mirror: connection set-up and the crm.lead sync. Wired by the apps only. */
@Module({
  imports: [CqrsModule, PlatformModule],
  providers: [
    OdooConnections, OdooMirrorStore, OdooSyncScheduler, OdooSyncSubscriber, SyncOdooLeadJob,
    ConnectOdooHandler, ResyncOdooHandler, OdooMirrorsHandler,
  ],
})
export class OdooAdapterModule {}
