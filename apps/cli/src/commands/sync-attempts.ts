import type { INestApplicationContext } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListTenantsQuery } from '@leadline/platform';
import { UnitOfWork, type CommandContext } from '@leadline/shared-kernel';
import { AttemptSync, type SyncPage } from '@leadline/telephony';
import { ProgressDisplay, type CliIo } from '../progress.js';

export interface SyncAttemptsOptions {
  tenant?: string;
  since?: Date;
}

/**
 * `sync-attempts`: contract §6's historical sync (the same page-by-page code the worker runs for
 * POST /crm/calls/sync-attempts), run here page after page, each page in its own transaction,
 * with a bar per tenant. Without --tenant it syncs every tenant.
 */
export async function syncAttempts(app: INestApplicationContext, options: SyncAttemptsOptions, io: CliIo): Promise<number> {
  const sync = app.get(AttemptSync);
  const uow = app.get(UnitOfWork);
  const tenants = options.tenant ? [options.tenant] : await allTenants(app.get(QueryBus));
  const display = new ProgressDisplay(io);
  let synced = 0;
  try {
    for (const tenantId of tenants) {
      const context: CommandContext = { tenantId, actor: { type: 'system', id: null, name: 'cli:sync-attempts' }, requestId: null };
      const bar = display.bar(`tenant ${tenantId}`, await uow.run(() => sync.total(tenantId, options.since ?? null)), 0, 'calls');
      let page: SyncPage | null = { since: options.since?.toISOString() ?? null };
      while (page) {
        const request: SyncPage = page;
        const { synced: calls, next } = await uow.run(() => sync.syncPage(context, request));
        bar.advance(calls);
        synced += calls;
        page = next;
      }
      bar.finish();
    }
  } finally {
    display.stop();
  }
  io.stdout.write(`Synced ${synced} outbound call(s) of ${tenants.length} tenant(s): each is a first-call attempt where the rules allow.\n`);
  return 0;
}

async function allTenants(queries: QueryBus): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | undefined; ;) {
    const page = await queries.execute(new ListTenantsQuery({ limit: 200, ...(after ? { after } : {}) }));
    ids.push(...page.data.map((tenant) => tenant.id));
    if (!page.nextCursor) return ids;
    after = page.nextCursor;
  }
}
