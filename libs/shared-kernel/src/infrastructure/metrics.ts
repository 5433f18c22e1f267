import { collectDefaultMetrics, Counter, Registry } from 'prom-client';

/** One registry per process; the API serves it at /metrics (with the worker's counters when combined). */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'leadline_' });

export const jobOutcomes = new Counter({
  name: 'leadline_jobs_total',
  help: 'Processed queue jobs by queue and outcome (completed, retried, dead_lettered)',
  labelNames: ['queue', 'outcome'],
  registers: [metricsRegistry],
});
