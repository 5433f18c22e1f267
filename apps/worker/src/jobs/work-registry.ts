import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import {
  APP_CONFIG, HandlesJob, Queues, retryPolicy, SubscribesTo, subscribes, type AppConfig, type DomainEventSubscriber,
  type JobDefinition, type JobHandler, type QueueName, type RetryPolicy, type SubscriptionOptions,
} from '@leadline/shared-kernel';

export interface Subscription {
  readonly name: string;
  readonly queue: QueueName;
  readonly options: SubscriptionOptions;
  readonly subscriber: DomainEventSubscriber;
}

export interface RegisteredJob {
  readonly definition: JobDefinition;
  readonly retry: RetryPolicy;
  readonly handler: JobHandler;
}

/**
 * Every job class (`@HandlesJob`) and event subscriber (`@SubscribesTo`) of the contexts this worker
 * composes, found by Nest's discovery: a new job or subscriber is a class in its context, and
 * nothing central is edited to run it.
 */
@Injectable()
export class WorkRegistry implements OnModuleInit {
  private readonly logger = new Logger(WorkRegistry.name);
  private readonly jobs = new Map<string, RegisteredJob>();
  private readonly subscriptionsByName = new Map<string, Subscription>();
  private readonly subscribersByType = new Map<string, Subscription[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: HandlesJob.KEY })) {
      const definition = this.discovery.getMetadataByDecorator(HandlesJob, wrapper)!;
      if (this.jobs.has(definition.name)) throw new Error(`two jobs are named ${definition.name}`);
      this.jobs.set(definition.name, {
        definition,
        retry: retryPolicy(definition, { attempts: this.config.eventMaxAttempts, backoffMs: 1000 }),
        handler: wrapper.instance as JobHandler,
      });
    }
    for (const wrapper of this.discovery.getProviders({ metadataKey: SubscribesTo.KEY })) {
      const options = this.discovery.getMetadataByDecorator(SubscribesTo, wrapper)!;
      if (this.subscriptionsByName.has(options.name)) throw new Error(`two subscribers are named ${options.name}`);
      this.subscriptionsByName.set(options.name, {
        name: options.name,
        queue: options.queue ?? Queues.domainEvents,
        options,
        subscriber: wrapper.instance as DomainEventSubscriber,
      });
    }
    this.logger.log(`jobs: ${[...this.jobs.keys()].join(', ') || 'none'}; subscribers: ${[...this.subscriptionsByName.keys()].join(', ') || 'none'}`);
  }

  job(name: string): RegisteredJob | undefined {
    return this.jobs.get(name);
  }

  subscription(name: string): Subscription | undefined {
    return this.subscriptionsByName.get(name);
  }

  /** The subscribers of an event type, memoised: the relay asks for every event it publishes. */
  subscribersOf(eventType: string): readonly Subscription[] {
    let found = this.subscribersByType.get(eventType);
    if (!found) {
      found = [...this.subscriptionsByName.values()].filter((subscription) => subscribes(subscription.options, eventType));
      this.subscribersByType.set(eventType, found);
    }
    return found;
  }

  /** How deliveries of events are retried: EVENT_MAX_ATTEMPTS attempts, from half a second apart. */
  get deliveryRetry(): RetryPolicy {
    return { attempts: this.config.eventMaxAttempts, backoffMs: 500 };
  }
}
