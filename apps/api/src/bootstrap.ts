import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@leadline/shared-kernel';
import { ApiModule } from './api.module.js';
import { EXTRA_MODELS } from './http/openapi.js';
import { assignRequestId } from './http/request-id.js';
import { httpMetrics } from './ops/metrics.js';
import { mountQueueDashboard } from './ops/queue-dashboard.js';

/** Every POST takes Idempotency-Key (IdempotencyInterceptor); documented here once rather than per route. */
function documentIdempotency(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    const post = path.post;
    if (!post) continue;
    post.parameters = [...(post.parameters ?? []), {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Same key and body within 24 h: the first answer is replayed (header Idempotent-Replayed: true). ' +
        'Same key with another body, or while the first is still running: 409.',
      schema: { type: 'string', maxLength: 255 },
    }];
    post.responses['409'] ??= {
      description: 'Conflict: Idempotency-Key reused with another body, or still running',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemView' } } },
    };
  }
}

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
  app.set('query parser', 'simple');
  mountQueueDashboard(app, config);
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Leadline API')
      .setDescription(
        'Multi-tenant CRM backend. Authenticate with `X-API-Key` (or `Authorization: Bearer`); errors are ' +
          'application/problem+json with a stable `code`; every POST accepts `Idempotency-Key`; lists take ' +
          '`limit` and `cursor` and answer `{data, next_cursor}`, newest first.',
      )
      .setVersion('1')
      .addApiKey({ type: 'apiKey', name: 'X-API-Key', in: 'header' }, 'api-key')
      .addApiKey({ type: 'apiKey', name: 'X-Admin-Key', in: 'header' }, 'admin-key')
      .addSecurityRequirements('api-key')
      .addGlobalParameters({
        name: 'X-Request-Id',
        in: 'header',
        required: false,
        description: 'Echoed on the response and in every log line; generated when absent',
        schema: { type: 'string' },
      })
      .build(),
    { extraModels: EXTRA_MODELS },
  );
  documentIdempotency(document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
