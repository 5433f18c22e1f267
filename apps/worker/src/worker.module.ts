import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CampaignsModule, campaignsEntities } from '@leadline/campaigns';
import { CrmDomainModule, crmEntities } from '@leadline/crm-domain';
import { OdooAdapterModule } from '@leadline/odoo-adapter';
import { PlatformModule, platformEntities } from '@leadline/platform';
import { ManychatModule, manychatEntities } from '@leadline/manychat';
import { runtimeModules, type AppConfig } from '@leadline/shared-kernel';
import { TelephonyModule, telephonyEntities } from '@leadline/telephony';
import { DomainEventsProcessor } from './domain-events.processor.js';
import { OdooSyncProcessor } from './odoo-sync.processor.js';
import { OutboxRelay } from './outbox-relay.js';
import { ManychatInboxRelay } from './manychat-inbox-relay.js';

/** No HTTP: the same library modules as the API, with queue processors and the relay at the edge. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ...runtimeModules(config, [...crmEntities, ...platformEntities, ...telephonyEntities, ...campaignsEntities, ...manychatEntities]),
        DiscoveryModule, CrmDomainModule, PlatformModule, TelephonyModule, CampaignsModule, OdooAdapterModule, ManychatModule,
      ],
      providers: [OutboxRelay, DomainEventsProcessor, OdooSyncProcessor, ManychatInboxRelay],
    };
  }
}
