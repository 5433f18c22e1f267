import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { DEFAULT_BATCH_SIZE, DEFAULT_WRITERS, MAX_BATCH_SIZE, MAX_WRITERS } from '@leadline/legacy-import';
import type { AppConfig } from '@leadline/shared-kernel';
import { DomainError } from '@leadline/shared-kernel/domain';
import { CliModule } from './cli.module.js';
import { importLegacy } from './commands/import-legacy.js';
import { syncAttempts } from './commands/sync-attempts.js';
import { verify } from './commands/verify.js';
import type { CliIo } from './progress.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuid(value: string): string {
  if (!UUID.test(value)) throw new InvalidArgumentError('not a UUID.');
  return value.toLowerCase();
}

function batchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_BATCH_SIZE) throw new InvalidArgumentError(`an integer from 1 to ${MAX_BATCH_SIZE}.`);
  return n;
}

function writers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WRITERS) throw new InvalidArgumentError(`an integer from 1 to ${MAX_WRITERS}.`);
  return n;
}

function postgresUrl(value: string): string {
  try {
    if (['postgres:', 'postgresql:'].includes(new URL(value).protocol)) return value;
  } catch {
    // reported below
  }
  throw new InvalidArgumentError('a postgres:// URL.');
}

function isoDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('an ISO-8601 date or time, e.g. 2025-01-01.');
  return date;
}

/**
 * The `leadline` command line (contract §14). Each command boots the CLI's Nest application context
 * against DATABASE_URL, does its work and closes it; the answer is the process exit code.
 */
export async function runCli(argv: readonly string[], config: AppConfig, io: CliIo): Promise<number> {
  let exitCode = 0;
  const withApp = (work: (app: INestApplicationContext) => Promise<number>) => async () => {
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
    try {
      exitCode = await work(app);
    } finally {
      await app.close();
    }
  };
  const program = new Command('leadline')
    .description('Leadline operations: bring a legacy database in, check the 1:1:1 rule, sync first-call attempts.')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  program.command('import-legacy')
    .description('Import a legacy database (the seeds\' schema) into a tenant: contacts, opportunities with their stage, calls.')
    .requiredOption('--source <url>', 'postgres:// URL of the legacy database (only ever read)', postgresUrl)
    .requiredOption('--tenant <id>', 'the tenant to import into', uuid)
    .option('--pipeline <id>', 'pipeline for the opportunities (default: the tenant\'s default pipeline)', uuid)
    .option('--batch <rows>', 'rows per batch, each batch one transaction', batchSize, DEFAULT_BATCH_SIZE)
    .option('--writers <n>', 'database sessions writing opportunity and call batches at once (about one per database core)', writers, DEFAULT_WRITERS)
    .option('--dry-run', 'read and validate everything, write nothing but the report')
    .option('--report <file>', 'JSON-lines report of rejected and altered rows (default: ./legacy-import-<run id>.jsonl)')
    .option('--region <code>', 'region for phones without a country code (default: DEFAULT_PHONE_REGION)')
    .action(async (options) => withApp((app) => importLegacy(app, options, io))());

  program.command('verify')
    .description('Run seed 000\'s verification SQL on our database and print the three counts.')
    .action(withApp((app) => verify(app, io)));

  program.command('sync-attempts')
    .description('Register historical outbound calls as first-call attempts (contract §6), in call order.')
    .option('--tenant <id>', 'only this tenant (default: every tenant)', uuid)
    .option('--since <date>', 'only calls from this time on', isoDate)
    .action(async (options) => withApp((app) => syncAttempts(app, options, io))());

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    // A broken rule or bad input is explained by its message; anything else also gets its stack.
    io.stderr.write(error instanceof DomainError ? `error: ${error.message}\n` : `error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
