import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@leadline/shared-kernel';
import { ApiModule, apiControllers } from './api.module.js';
import { createOpenApiDocument } from './http/openapi-document.js';
import { assignRequestId } from './http/request-id.js';
import { httpMetrics } from './ops/metrics.js';
import { mountQueueDashboard } from './ops/queue-dashboard.js';

/** Builds the HTTP application; main.ts, main-all.ts and the tests all start it this way. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  // Nest's own body parser answers errors outside the exception filters; JsonBodyMiddleware replaces it.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // Before anything that can fail: every answer carries a request id and is counted.
  app.use(assignRequestId, httpMetrics(app));
  app.disable('x-powered-by');
  // ETags are versions (VersionETagInterceptor), never Express's hash of a body.
  app.set('etag', false);
  app.set('query parser', 'simple');
  mountQueueDashboard(app, config);
  app.enableShutdownHooks();

  const document = createOpenApiDocument(app, apiControllers);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true },
  });
  return app;
}
