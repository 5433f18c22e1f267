import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AiAgentModule } from '@leadline/ai-agent';
import { CampaignsModule } from '@leadline/campaigns';
import { CrmDomainModule } from '@leadline/crm-domain';
import { OdooAdapterModule } from '@leadline/odoo-adapter';
import { CreateTenantCommand, PlatformModule } from '@leadline/platform';
import { Clock, InProcessJobQueue, JobQueue, runtimeModules, type CommandContext } from '@leadline/shared-kernel';
import { TelephonyModule } from '@leadline/telephony';
import { ManychatModule } from '@leadline/manychat';
import { MessagingModule } from '@leadline/messaging';
import { allEntities } from '../../apps/api/src/api.module.js';
import { testConfig } from './config.js';

/**
 * The middle tier: the library modules with their command and query handlers, repositories and
 * stores against the real PostgreSQL, and no HTTP and no worker (jobs go to the in-process queue,
 * which nothing consumes unless a test does). Faster than e2e, and each test still makes its own
 * tenant.
 */
export interface Medium {
  readonly context: INestApplicationContext;
  readonly commands: CommandBus;
  readonly queries: QueryBus;
  readonly jobs: InProcessJobQueue;
  get<T>(token: abstract new (...args: never[]) => T): T;
  /** Runs `work` as a request or a job does: in its own MikroORM context. */
  run<T>(work: () => Promise<T>): Promise<T>;
  aTenant(): Promise<CommandContext>;
  close(): Promise<void>;
}

/** `clock` replaces the system clock (see FakeClock), for tests that build histories over days. */
export async function startMedium(options: { clock?: Clock } = {}): Promise<Medium> {
  const config = testConfig();
  const builder = Test.createTestingModule({
    imports: [
      ...runtimeModules(config, allEntities, 'in-process'),
      CrmDomainModule, PlatformModule, TelephonyModule, CampaignsModule, OdooAdapterModule, ManychatModule, MessagingModule, AiAgentModule,
    ],
  });
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  const module = await builder.compile();
  await module.init();
  const em = module.get(EntityManager);
  const run = <T>(work: () => Promise<T>) => RequestContext.create(em, work);
  return {
    context: module,
    commands: module.get(CommandBus),
    queries: module.get(QueryBus),
    jobs: module.get(JobQueue) as InProcessJobQueue,
    get: (token) => module.get(token),
    run,
    aTenant: async () => {
      const { tenant } = await run(() => module.get(CommandBus).execute(new CreateTenantCommand(`Medium ${Math.random().toString(36).slice(2, 8)}`)));
      return { tenantId: tenant.id, actor: { type: 'system', id: null, name: 'medium test' }, requestId: null };
    },
    close: () => module.close(),
  };
}
