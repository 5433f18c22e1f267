import { Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bull';
import { Command, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EntityManager, type EntitySchema } from '@mikro-orm/core';
import type { Queue } from 'bull';
import {
  APP_CONFIG, DeadLetterSchema, NotFoundError, OutboxEventSchema, pageQuery, Queues, TenantTable, toPage, UnitOfWork,
  withTimeout, type AppConfig, type DeadLetterRow, type OutboxRow, type Page, type PageRequest,
} from '@leadline/shared-kernel';
import { PlatformError, PlatformErrorCodes } from '../../domain/errors.js';

/** A tenant's dead letter: the rows with no tenant (none are written today) are the operator's, not listed here. */
export type TenantDeadLetter = DeadLetterRow & { tenant_id: string };

export class ListDeadLettersQuery extends Query<Page<TenantDeadLetter>> {
  constructor(readonly tenantId: string, readonly filter: { queue?: string }, readonly page: PageRequest) {
    super();
  }
}

export class ReplayDeadLetterCommand extends Command<TenantDeadLetter> {
  constructor(readonly tenantId: string, readonly deadLetterId: string) {
    super();
  }
}

const deadLetterTable = (em: EntityManager) =>
  new TenantTable<TenantDeadLetter>(em, DeadLetterSchema as unknown as EntitySchema<TenantDeadLetter>);

@QueryHandler(ListDeadLettersQuery)
export class ListDeadLettersHandler implements IQueryHandler<ListDeadLettersQuery> {
  private readonly letters: TenantTable<TenantDeadLetter>;

  constructor(em: EntityManager) {
    this.letters = deadLetterTable(em);
  }

  /** Newest first by the time-ordered id, like every list. */
  async execute({ tenantId, filter, page }: ListDeadLettersQuery): Promise<Page<TenantDeadLetter>> {
    const { where, options } = pageQuery(page);
    const rows = await this.letters.find(tenantId, { ...where, ...(filter.queue ? { queue: filter.queue } : {}) }, options);
    return toPage(rows, page.limit, (row) => row);
  }
}

const QUEUE_TIMEOUT_MS = 5000;

/**
 * Runs a dead-lettered job again, once: the row is claimed by setting `replayed_at` (a second
 * replay is a 409), in the same transaction that re-queues the work, so a failed re-queue leaves it
 * replayable. A domain event goes back through the outbox (marked unpublished, the relay re-queues
 * it under its event id, and only the subscribers without a "processed" marker run again); any
 * other queue's job is added again with its payload. If it fails again, a new dead letter is written.
 */
@CommandHandler(ReplayDeadLetterCommand)
export class ReplayDeadLetterHandler implements ICommandHandler<ReplayDeadLetterCommand> {
  private readonly letters: TenantTable<TenantDeadLetter>;
  private readonly events: TenantTable<OutboxRow>;

  constructor(
    em: EntityManager,
    private readonly uow: UnitOfWork,
    private readonly modules: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.letters = deadLetterTable(em);
    this.events = new TenantTable(em, OutboxEventSchema);
  }

  execute({ tenantId, deadLetterId }: ReplayDeadLetterCommand): Promise<TenantDeadLetter> {
    return this.uow.run(async () => {
      const letter = await this.letters.findOne(tenantId, { id: deadLetterId });
      if (!letter) throw new NotFoundError('dead letter', deadLetterId);
      const replayedAt = new Date();
      const claimed = await this.letters.update(tenantId, { id: deadLetterId, replayed_at: null }, { replayed_at: replayedAt });
      if (claimed === 0) {
        throw new PlatformError(PlatformErrorCodes.deadLetterReplayed, `Dead letter ${deadLetterId} was already replayed; a new failure shows as a new dead letter`, {
          replayed_at: (letter.replayed_at ?? replayedAt).toISOString(),
        });
      }
      if (letter.queue === Queues.domainEvents) await this.republish(tenantId, letter);
      else await this.requeue(letter);
      return { ...letter, replayed_at: replayedAt };
    });
  }

  private async republish(tenantId: string, letter: TenantDeadLetter): Promise<void> {
    const eventId = String(letter.payload.eventId);
    if ((await this.events.update(tenantId, { id: eventId }, { published_at: null })) === 0) {
      throw new PlatformError(PlatformErrorCodes.deadLetterNotReplayable, `The event ${eventId} of this dead letter no longer exists`);
    }
  }

  private async requeue(letter: TenantDeadLetter): Promise<void> {
    let queue: Queue;
    try {
      queue = this.modules.get<Queue>(getQueueToken(letter.queue), { strict: false });
    } catch {
      throw new PlatformError(PlatformErrorCodes.deadLetterNotReplayable, `This server does not run the queue "${letter.queue}"`);
    }
    await withTimeout(queue.add(letter.job_name, letter.payload, {
      jobId: `replay-${letter.id}`,
      attempts: this.config.eventMaxAttempts,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: true,
      removeOnFail: true,
    }), QUEUE_TIMEOUT_MS, 'the queue');
  }
}
