import 'reflect-metadata';
import { runEntryPoint } from '@leadline/shared-kernel';
import { runCli } from './cli.js';

await runEntryPoint(async (config) => {
  process.exitCode = await runCli(process.argv.slice(2), config, { stdout: process.stdout, stderr: process.stderr });
});
