// The production worker (from the build) plus one job, `bench-probe`, that records each run with
// the time it started. The scheduled-jobs scenario measures the runtime with it: lateness, runs per
// row, rows lost. Started by bench/scenarios/scheduled-jobs.mjs with the app's environment.
import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';

const dist = process.env.BENCH_DIST_DIR;
const { WorkerModule } = await import(`${dist}/apps/worker/src/worker.module.js`);
const { HandlesJob, loadConfig, Queues } = await import(`${dist}/libs/shared-kernel/src/index.js`);

const config = loadConfig();
const runs = new pg.Pool({ connectionString: config.databaseUrl, max: 8 });

class BenchProbeJob {
  async run(payload) {
    await runs.query('insert into bench_probe_runs (run, n, ran_at) values ($1, $2, clock_timestamp())', [payload.run, payload.n]);
  }
}
Injectable()(BenchProbeJob);
HandlesJob({ queue: Queues.background, name: 'bench-probe', attempts: 3, backoffMs: 200 })(BenchProbeJob);

class ProbeWorkerModule {}
Module({ imports: [WorkerModule.forRoot(config)], providers: [BenchProbeJob] })(ProbeWorkerModule);

const worker = await NestFactory.createApplicationContext(ProbeWorkerModule, { logger: ['error', 'warn'] });
worker.enableShutdownHooks();
process.on('SIGTERM', () => void worker.close().then(() => runs.end()).then(() => process.exit(0)));
