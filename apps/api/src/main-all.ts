import 'reflect-metadata';
import { runEntryPoint } from '@leadline/shared-kernel';
import { createWorker } from '../../worker/src/bootstrap.js';
import { createApiApp } from './bootstrap.js';

/** Development convenience (`npm start`): the API and the worker in one process. */
await runEntryPoint(async (config) => {
  await createWorker(config);
  const app = await createApiApp(config);
  await app.listen(config.port);
});
