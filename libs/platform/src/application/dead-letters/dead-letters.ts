import { Inject } from '@nestjs/common';
import { Command, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  APP_CONFIG, DELIVER_EVENT, isQueueName, JobQueue, JobScheduler, NotFoundError, UnitOfWork,
  type AppConfig, type DeliveryPayload, type Page, type PageRequest,
} from '@leadline/shared-kernel';
import { PlatformError, PlatformErrorCodes } from '../../domain/errors.js';
import { DeadLetterStore, type TenantDeadLetter } from '../../infrastructure/dead-letter-store.js';

export type { TenantDeadLetter } from '../../infrastructure/dead-letter-store.js';

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

@QueryHandler(ListDeadLettersQuery)
export class ListDeadLettersHandler implements IQueryHandler<ListDeadLettersQuery> {
  constructor(private readonly letters: DeadLetterStore) {}

  execute({ tenantId, filter, page }: ListDeadLettersQuery): Promise<Page<TenantDeadLetter>> {
    return this.letters.list(tenantId, filter, page);
  }
}

/**
 * Runs a dead-lettered job again, once: the letter is claimed by setting `replayed_at` (a second
 * replay is a 409) in the same transaction that re-submits the work, so a failed re-submission
 * leaves it replayable. How the work goes back depends on what failed:
 *
 * - an event delivery to one subscriber: a scheduled row for that delivery only (durable, no queue
 *   needed); an older letter naming no subscriber goes back through the outbox to every subscriber
 *   without a "processed" marker;
 * - a scheduled job: its row runs again from its first attempt;
 * - any other job: added to its queue again at once (503 when the queue is down).
 *
 * If it fails again, a new dead letter is written.
 */
@CommandHandler(ReplayDeadLetterCommand)
export class ReplayDeadLetterHandler implements ICommandHandler<ReplayDeadLetterCommand> {
  constructor(
    private readonly letters: DeadLetterStore,
    private readonly uow: UnitOfWork,
    private readonly scheduler: JobScheduler,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ tenantId, deadLetterId }: ReplayDeadLetterCommand): Promise<TenantDeadLetter> {
    return this.uow.run(async () => {
      const letter = await this.letters.find(tenantId, deadLetterId);
      if (!letter) throw new NotFoundError('dead letter', deadLetterId);
      const replayedAt = new Date();
      if (!(await this.letters.markReplayed(tenantId, deadLetterId, replayedAt))) {
        throw new PlatformError(PlatformErrorCodes.deadLetterReplayed, `Dead letter ${deadLetterId} was already replayed; a new failure shows as a new dead letter`, {
          replayed_at: (letter.replayed_at ?? replayedAt).toISOString(),
        });
      }
      await this.resubmit(tenantId, letter);
      return { ...letter, replayed_at: replayedAt };
    });
  }

  private async resubmit(tenantId: string, letter: TenantDeadLetter): Promise<void> {
    if (!isQueueName(letter.queue)) throw notReplayable(`This server does not run the queue "${letter.queue}"`);
    const payload = letter.payload;
    if (letter.scheduled_job_id) {
      if (!(await this.scheduler.retry(tenantId, letter.scheduled_job_id))) throw notReplayable('Its scheduled job no longer exists or has not ended');
      return;
    }
    if (letter.job_name === DELIVER_EVENT) {
      const delivery = payload as unknown as DeliveryPayload;
      if (delivery.subscriber) {
        await this.scheduler.scheduleJob({ queue: letter.queue, name: DELIVER_EVENT, payload: delivery }, { tenantId });
      } else if (!(await this.letters.republish(tenantId, String(delivery.eventId)))) {
        throw notReplayable(`The event ${String(delivery.eventId)} of this dead letter no longer exists`);
      }
      return;
    }
    await this.queue.add([{
      queue: letter.queue,
      name: letter.job_name,
      payload,
      id: `replay-${letter.id}`,
      retry: { attempts: this.config.eventMaxAttempts, backoffMs: 1000 },
    }]);
  }
}

function notReplayable(message: string): PlatformError {
  return new PlatformError(PlatformErrorCodes.deadLetterNotReplayable, message);
}
