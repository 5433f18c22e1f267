import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '@leadline/shared-kernel';
import { createWorker } from './bootstrap.js';

if (process.env.NODE_ENV !== 'production' && existsSync('.env')) process.loadEnvFile('.env');
try {
  await createWorker(loadConfig());
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
