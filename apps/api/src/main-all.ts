import 'reflect-metadata';
import { ConfigError, loadConfig } from '@leadline/shared-kernel';
import { createWorker } from '../../worker/src/bootstrap.js';
import { createApiApp } from './bootstrap.js';
import { loadDotEnv } from './env.js';

/** Development convenience (`npm start`): the API and the worker in one process. */
loadDotEnv();
try {
  const config = loadConfig();
  await createWorker(config);
  const app = await createApiApp(config);
  await app.listen(config.port);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
