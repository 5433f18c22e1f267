import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CampaignsModule, campaignsEntities, InactivitySweepJob, TriggerCatchUpJob } from '@leadline/campaigns';
import { CrmDomainModule, crmEntities } from '@leadline/crm-domain';
import { OdooAdapterModule } from '@leadline/odoo-adapter';
import { PlatformModule, platformEntities } from '@leadline/platform';
import { ManychatModule, manychatEntities } from '@leadline/manychat';
import { MessagingModule, messagingEntities } from '@leadline/messaging';
import { AiAgentModule, aiAgentEntities } from '@leadline/ai-agent';
import { runtimeModules, type AppConfig, type JobTransport } from '@leadline/shared-kernel';
import { TelephonyModule, telephonyEntities } from '@leadline/telephony';
import { JobRunner, workerPoolSize } from './jobs/job-runner.js';
import { RetentionJob } from './jobs/retention.job.js';
import { TransportSweeper } from './jobs/transport-sweeper.js';
import { WorkRegistry } from './jobs/work-registry.js';
import { ManychatInboxRelay } from './relays/manychat-inbox-relay.js';
import { OutboxRelay } from './relays/outbox-relay.js';
import { ScheduledJobsRelay } from './relays/scheduled-jobs-relay.js';

/** No HTTP: the same library modules as the API, with the relays, the one job runner and the sweeper at the edge. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, jobs: JobTransport = 'bull'): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ...runtimeModules({ ...config, databasePoolSize: workerPoolSize(config) },
          [...crmEntities, ...platformEntities, ...telephonyEntities, ...campaignsEntities, ...manychatEntities, ...messagingEntities, ...aiAgentEntities], jobs),
        DiscoveryModule, CrmDomainModule, PlatformModule, TelephonyModule, CampaignsModule, OdooAdapterModule, ManychatModule, MessagingModule, AiAgentModule,
      ],
      providers: [WorkRegistry, JobRunner, OutboxRelay, ScheduledJobsRelay, ManychatInboxRelay, TransportSweeper, RetentionJob, InactivitySweepJob, TriggerCatchUpJob],
    };
  }
}
