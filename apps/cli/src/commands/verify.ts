import type { INestApplicationContext } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { runSeed000Checks, SEED_000_CHECKS, type CheckResult } from '@leadline/legacy-import';
import { ProgressDisplay, table, type CliIo } from '../progress.js';

/** `verify`: seed 000's three checks on our database; exit code 1 when any finds something. */
export async function verify(app: INestApplicationContext, io: CliIo): Promise<number> {
  const em = app.get(EntityManager).fork();
  const display = new ProgressDisplay(io);
  const bar = display.bar('seed 000 checks', SEED_000_CHECKS.length, 0, 'checks');
  let results: CheckResult[];
  try {
    results = await runSeed000Checks((sql) => em.getConnection().execute(sql), () => bar.advance(1));
    bar.finish();
  } finally {
    display.stop();
  }
  printChecks(io, results);
  return results.every((check) => check.passed) ? 0 : 1;
}

export function printChecks(io: CliIo, results: readonly CheckResult[]): void {
  io.stdout.write(`Seed 000 verification:\n${table(
    ['check', 'found', 'result'],
    results.map((check) => [check.name, check.found, check.passed ? 'ok' : 'FAILED']),
  )}\n`);
}
