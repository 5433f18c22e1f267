import { Controller, Get, Header, Injectable, type NestMiddleware } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bull';
import { ApiExcludeController } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bull';
import type { NextFunction, Request, Response } from 'express';
import { Gauge, Histogram } from 'prom-client';
import { metricsRegistry as registry, Queues, withTimeout } from '@leadline/shared-kernel';
import { Public } from '../http/auth.js';

const httpDuration = new Histogram({
  name: 'leadline_http_request_duration_seconds',
  help: 'HTTP request latency by route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

const queueDepth = new Gauge({
  name: 'leadline_queue_jobs',
  help: 'Jobs in each queue by state',
  labelNames: ['queue', 'state'],
  registers: [registry],
});

const outboxBacklog = new Gauge({
  name: 'leadline_outbox_unpublished_events',
  help: 'Committed domain events not yet handed to the queue',
  registers: [registry],
});

const deadLetters = new Gauge({
  name: 'leadline_dead_letters',
  help: 'Dead-lettered jobs not yet replayed',
  registers: [registry],
});

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const stop = httpDuration.startTimer();
    res.on('finish', () => {
      // The matched route pattern keeps label cardinality bounded (ids are not labels).
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      stop({ method: req.method, route: `${req.baseUrl}${route}`, status: String(res.statusCode) });
    });
    next();
  }
}

@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    @InjectQueue(Queues.domainEvents) private readonly domainEvents: Queue,
    private readonly em: EntityManager,
    @InjectQueue(Queues.odooSync) private readonly odooSync: Queue,
  ) {}

  @Get()
  @Header('Content-Type', registry.contentType)
  async metrics(): Promise<string> {
    await Promise.allSettled([this.sampleQueues(), this.sampleTables(), this.sampleOdooSyncQueue()]);
    return registry.metrics();
  }

  private async sampleQueues(): Promise<void> {
    const counts = await withTimeout(this.domainEvents.getJobCounts(), 1000);
    for (const [state, count] of Object.entries(counts)) {
      queueDepth.set({ queue: Queues.domainEvents, state }, count);
    }
  }

  private async sampleOdooSyncQueue(): Promise<void> {
    const counts = await withTimeout(this.odooSync.getJobCounts(), 1000);
    for (const [state, count] of Object.entries(counts)) {
      queueDepth.set({ queue: Queues.odooSync, state }, count);
    }
  }

  private async sampleTables(): Promise<void> {
    const [row] = await this.em.fork().execute<{ outbox: string; dead: string }[]>(
      `select (select count(*) from outbox_events where published_at is null) as outbox,
              (select count(*) from dead_letters where replayed_at is null) as dead`,
    );
    outboxBacklog.set(Number(row.outbox));
    deadLetters.set(Number(row.dead));
  }
}
