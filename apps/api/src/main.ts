import 'reflect-metadata';
import { runEntryPoint } from '@leadline/shared-kernel';
import { createApiApp } from './bootstrap.js';

await runEntryPoint(async (config) => {
  const app = await createApiApp(config);
  await app.listen(config.port);
});
