import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { OnQueueCompleted, OnQueueFailed, Process, Processor } from '@nestjs/bull';
import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@mikro-orm/core';
import type { Job } from 'bull';
import {
  describeFailure, jobOutcomes, Jobs, OutboxEventSchema, Queues, SubscribesTo, subscribes, toDeliveredEvent,
  type DeliverEventJob, type DeliveredEvent, type DomainEventSubscriber, type SubscriptionOptions,
} from '@leadline/shared-kernel';
import { isFinalFailure, isPermanentFailure, recordDeadLetter } from './failure-classifier.js';

type EventJob = Job<DeliverEventJob>;

interface Subscription {
  readonly options: SubscriptionOptions;
  readonly subscriber: DomainEventSubscriber;
}

/**
 * Delivers each published event to every subscriber of the contexts this worker composes. Each
 * subscriber runs in its own transaction with a (event, subscriber) marker, so a retry re-runs
 * only the subscribers that failed and a redelivered event changes nothing.
 */
@Injectable()
@Processor(Queues.domainEvents)
export class DomainEventsProcessor implements OnModuleInit {
  private readonly logger = new Logger(DomainEventsProcessor.name);
  private subscriptions: Subscription[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly em: EntityManager,
  ) {}

  onModuleInit(): void {
    this.subscriptions = this.discovery
      .getProviders({ metadataKey: SubscribesTo.KEY })
      .map((wrapper) => ({
        options: this.discovery.getMetadataByDecorator(SubscribesTo, wrapper)!,
        subscriber: wrapper.instance as DomainEventSubscriber,
      }));
    this.logger.log(`delivering events to ${this.subscriptions.map((s) => s.options.name).join(', ') || 'nobody'}`);
  }

  @Process({ name: Jobs.deliverEvent, concurrency: 16 })
  async deliver(job: EventJob): Promise<void> {
    const row = await this.em.fork().findOne(OutboxEventSchema, { id: job.data.eventId }, { disableIdentityMap: true });
    if (!row) return; // pruned, or its tenant was deleted: nothing left to deliver
    const event = toDeliveredEvent(row);
    const failed: Array<{ subscription: Subscription; error: unknown }> = [];
    for (const subscription of this.subscriptions.filter((s) => subscribes(s.options, event.type))) {
      try {
        await this.deliverTo(subscription, event);
      } catch (error) {
        this.logger.warn(`${subscription.options.name} failed on ${event.type} ${event.id}: ${describeFailure(error)}`);
        failed.push({ subscription, error });
      }
    }
    if (failed.length === 0) return;
    // One classification per attempt: any retryable failure makes the whole job retry.
    const retryable = failed.find(({ error }) => !isPermanentFailure(error))?.error;
    const final = !retryable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    for (const { subscription: { options, subscriber }, error } of failed) {
      await subscriber.failed?.(event, error, final).catch((recordError: unknown) =>
        this.logger.warn(`${options.name} could not record its failure on ${event.id}: ${(recordError as Error).message}`));
    }
    if (!retryable) await job.discard();
    throw retryable ?? failed[0]!.error;
  }

  private deliverTo({ options, subscriber }: Subscription, event: DeliveredEvent): Promise<void> {
    return RequestContext.create(this.em, () =>
      this.em.transactional(async (em) => {
        const claimed = await em.execute(
          'insert into processed_events (event_id, handler) values (?, ?) on conflict do nothing returning event_id',
          [event.id, options.name],
        );
        if (claimed.length === 0) return;
        await subscriber.handle(event);
      }),
    );
  }

  @OnQueueCompleted()
  onCompleted(): void {
    jobOutcomes.inc({ queue: Queues.domainEvents, outcome: 'completed' });
  }

  /** Called after every failed attempt; the last one (or a permanent failure) becomes a dead letter. */
  @OnQueueFailed()
  async onFailed(job: EventJob, error: Error): Promise<void> {
    const exhausted = isFinalFailure(job, error);
    jobOutcomes.inc({ queue: Queues.domainEvents, outcome: exhausted ? 'dead_lettered' : 'retried' });
    if (!exhausted) return;
    try {
      const failure = await recordDeadLetter(this.em, Queues.domainEvents, job, job.data.tenantId ?? null, error);
      this.logger.error(`event ${job.data.eventId} dead-lettered after ${job.attemptsMade} attempt(s): ${failure}`);
    } catch (recordError) {
      this.logger.error(`could not dead-letter event ${job.data.eventId}: ${(recordError as Error).message}`);
    }
  }
}
