import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CampaignsModule, campaignsEntities } from '@leadline/campaigns';
import { CrmDomainModule, crmEntities } from '@leadline/crm-domain';
import { PlatformModule, platformEntities } from '@leadline/platform';
import { ManychatModule, manychatEntities } from '@leadline/manychat';
import { runtimeModules, type AppConfig } from '@leadline/shared-kernel';
import { DomainEventsProcessor } from './domain-events.processor.js';
import { OutboxRelay } from './outbox-relay.js';
import { ManychatInboxRelay } from './manychat-inbox-relay.js';

/** No HTTP: the same library modules as the API, with queue processors and the relay at the edge. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ...runtimeModules(config, [...crmEntities, ...platformEntities, ...campaignsEntities, ...manychatEntities]),
        DiscoveryModule, CrmDomainModule, PlatformModule, CampaignsModule, ManychatModule,
      ],
      providers: [OutboxRelay, DomainEventsProcessor, ManychatInboxRelay],
    };
  }
}
