import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { match } from 'path-to-regexp';
import { Gauge, Histogram } from 'prom-client';
import { JobQueue, metricsRegistry as registry } from '@leadline/shared-kernel';
import { Public } from '../http/auth.js';
import { ApiNoDependencyProblem } from '../http/openapi.js';

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

const scheduledDue = new Gauge({
  name: 'leadline_scheduled_jobs_due',
  help: 'Scheduled jobs whose due time has passed and that no relay has queued yet',
  registers: [registry],
});

const deadLetters = new Gauge({
  name: 'leadline_dead_letters',
  help: 'Dead-lettered jobs not yet replayed',
  registers: [registry],
});

interface RouteTemplate {
  readonly path: string;
  readonly methods: ReadonlySet<string>;
  readonly matches: (path: string) => boolean;
}

/**
 * Request latency by method, status and the route *template* that serves the path
 * (`/api/v1/crm/contacts/:id`), or `unmatched`: never the raw path, which would publish tenant and
 * resource ids on a public endpoint and grow one series per id. Mounted with `app.use` before
 * everything else, so requests refused by a body parser or by path decoding are counted too;
 * those never reach their route, so the template is found by matching the path against the
 * controllers' routes, in Express's own order.
 */
export function httpMetrics(app: NestExpressApplication): (req: Request, res: Response, next: NextFunction) => void {
  let templates: RouteTemplate[] | undefined;
  const routeOf = (req: Request): string => {
    templates ??= controllerRoutes(app);
    const method = req.method === 'HEAD' ? 'get' : req.method.toLowerCase();
    const path = req.originalUrl.split('?')[0] ?? '/';
    return templates.find((route) => route.methods.has(method) && route.matches(path))?.path ?? 'unmatched';
  };
  return (req, res, next) => {
    const stop = httpDuration.startTimer();
    res.on('finish', () => stop({ method: req.method, route: routeOf(req), status: String(res.statusCode) }));
    next();
  };
}

/** The routes controllers (and Swagger UI) registered; Nest's middleware sits on wildcard routes, which are not templates. */
function controllerRoutes(app: NestExpressApplication): RouteTemplate[] {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } }).router;
  return router.stack.flatMap(({ route }) => {
    if (!route || typeof route.path !== 'string' || route.path.includes('*')) return [];
    const matcher = match(route.path, { decode: false });
    return [{
      path: route.path,
      methods: new Set(Object.keys(route.methods).filter((method) => route.methods[method])),
      matches: (path: string) => matcher(path) !== false,
    }];
  });
}

@ApiTags('operations')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly jobs: JobQueue,
    private readonly em: EntityManager,
  ) {}

  @Get()
  @Header('Content-Type', registry.contentType)
  @ApiOperation({
    summary: 'Prometheus metrics: HTTP latency, queue depths, outbox backlog, dead letters, job outcomes',
    description: 'Prometheus text exposition format. A queue or table that cannot be sampled keeps its last value.',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'The metrics, Prometheus text format 0.0.4',
    schema: {
      type: 'string',
      example: '# HELP leadline_dead_letters Dead-lettered jobs not yet replayed\n# TYPE leadline_dead_letters gauge\nleadline_dead_letters 0\n',
    },
  })
  @ApiNoDependencyProblem()
  async metrics(): Promise<string> {
    await Promise.allSettled([this.sampleQueues(), this.sampleTables()]);
    return registry.metrics();
  }

  private async sampleQueues(): Promise<void> {
    for (const [queue, counts] of Object.entries(await this.jobs.counts())) {
      for (const [state, count] of Object.entries(counts)) queueDepth.set({ queue, state }, count);
    }
  }

  private async sampleTables(): Promise<void> {
    const [row] = await this.em.fork().execute<{ outbox: string; dead: string; due: string }[]>(
      `select (select count(*) from outbox_events where published_at is null) as outbox,
              (select count(*) from dead_letters where replayed_at is null) as dead,
              (select count(*) from scheduled_jobs where status = 'pending' and due_at <= now()) as due`,
    );
    outboxBacklog.set(Number(row.outbox));
    deadLetters.set(Number(row.dead));
    scheduledDue.set(Number(row.due));
  }
}
