import 'reflect-metadata';
import { ConfigError, loadConfig } from '@leadline/shared-kernel';
import { createApiApp } from './bootstrap.js';
import { loadDotEnv } from './env.js';

loadDotEnv();
try {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.port);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
