import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RegisterCallAttemptCommand } from '@leadline/crm-domain';
import {
  Outbox, SubscribesTo, UnitOfWork, type CommandContext, type DeliveredEvent, type DomainEventSubscriber,
} from '@leadline/shared-kernel';
import { newId, type DomainEvent } from '@leadline/shared-kernel/domain';
import { CALL_REPOSITORY, TelephonyEvents, type CallRepository } from '../../domain/index.js';

const SYNC_REQUESTED = TelephonyEvents.attemptSyncRequested;

export interface AttemptSyncRequest {
  readonly syncId: string;
  readonly since: Date | null;
}

/** Accepts the historical sync; the worker runs it, so a large history never holds an HTTP request. */
export class RequestAttemptSyncCommand extends Command<AttemptSyncRequest> {
  constructor(readonly context: CommandContext, readonly since: Date | null) {
    super();
  }
}

@CommandHandler(RequestAttemptSyncCommand)
export class RequestAttemptSyncHandler implements ICommandHandler<RequestAttemptSyncCommand> {
  constructor(
    private readonly outbox: Outbox,
    private readonly uow: UnitOfWork,
  ) {}

  execute({ context, since }: RequestAttemptSyncCommand): Promise<AttemptSyncRequest> {
    const syncId = newId();
    return this.uow.run(async () => {
      await this.outbox.append(context, [syncPageEvent(context.tenantId, syncId, { since: since?.toISOString() ?? null })]);
      return { syncId, since };
    });
  }
}

/**
 * Registers past outbound calls as first-call attempts, oldest first, one page per delivery: each
 * page commits on its own (its opportunity locks are held that long only) and, when more calls
 * remain, records the next page as a follow-up event in the same transaction, so numbering
 * follows call order and a failure retries one page, not the whole history. Calls already
 * registered are left as they are (same version); the cap and every other rule hold because the
 * CRM's own command applies them.
 */
@Injectable()
@SubscribesTo({ name: 'telephony.attempt-sync', events: [SYNC_REQUESTED] })
export class AttemptSync implements DomainEventSubscriber {
  static readonly pageSize = 100;

  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    private readonly commands: CommandBus,
    private readonly outbox: Outbox,
  ) {}

  async handle(event: DeliveredEvent): Promise<void> {
    const context: CommandContext = { tenantId: event.tenantId, actor: event.actor, requestId: event.requestId };
    const { next } = await this.syncPage(context, event.payload as unknown as SyncPage);
    if (next) await this.outbox.append(context, [syncPageEvent(event.tenantId, event.aggregateId, next)]);
  }

  /**
   * Registers one page of calls (in the caller's transaction) and says where the next page starts,
   * or null after the last one. The worker chains pages through the outbox; the command line's
   * `sync-attempts` calls it page after page, each in a transaction of its own.
   */
  async syncPage(context: CommandContext, request: SyncPage): Promise<{ synced: number; next: SyncPage | null }> {
    const page = await this.calls.outboundToContacts(context.tenantId, {
      since: request.since ? new Date(request.since) : null,
      after: request.after ? { at: new Date(request.after.at), id: request.after.id } : null,
      limit: AttemptSync.pageSize,
    });
    for (const call of page) {
      const { id, entityId, callStatus, version, startedAt, createdAt, summary, callResult } = call.snapshot;
      await this.commands.execute(new RegisterCallAttemptCommand(context, entityId!, {
        callId: id,
        callStatus,
        callVersion: version,
        attemptedAt: startedAt ?? createdAt,
        notes: summary ?? callResult,
      }));
    }
    const last = page.at(-1)?.snapshot;
    if (page.length < AttemptSync.pageSize || !last) return { synced: page.length, next: null };
    return {
      synced: page.length,
      next: { since: request.since, after: { at: (last.startedAt ?? last.createdAt).toISOString(), id: last.id } },
    };
  }

  /** The number of calls a sync from `since` walks through. */
  total(tenantId: string, since: Date | null): Promise<number> {
    return this.calls.countOutboundToContacts(tenantId, since);
  }
}

/** Where a historical sync stands: its lower bound and the last call of the previous page. */
export interface SyncPage {
  readonly since: string | null;
  readonly after?: { readonly at: string; readonly id: string };
}

function syncPageEvent(tenantId: string, syncId: string, page: SyncPage): DomainEvent {
  return {
    id: newId(),
    type: SYNC_REQUESTED,
    aggregateType: 'attempt_sync',
    aggregateId: syncId,
    tenantId,
    occurredAt: new Date(),
    payload: { ...page },
  };
}
