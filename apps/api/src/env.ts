import { existsSync } from 'node:fs';

/** A `.env` in the working directory is read in development; real environment variables win. */
export function loadDotEnv(): void {
  if (process.env.NODE_ENV !== 'production' && existsSync('.env')) process.loadEnvFile('.env');
}
