import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@leadline/shared-kernel';
import { ApiModule } from './api.module.js';
import { EXTRA_MODELS } from './http/openapi.js';

/** Builds the HTTP application; main.ts, main-all.ts and the tests all start it this way. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  // Nest's own body parser answers errors outside the exception filters; JsonBodyMiddleware replaces it.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
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
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
