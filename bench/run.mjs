// `npm run bench`: every scenario, in this order, against one app build (see bench/README.md).
// BENCH_SCENARIOS=name,name runs a subset; each scenario file also runs alone with `node`.
import { main } from './harness.mjs';
import aiRelay from './scenarios/ai-relay.mjs';
import { callAttempts } from './scenarios/call-attempts.mjs';
import campaigns from './scenarios/campaigns.mjs';
import legacyImport from './scenarios/legacy-import.mjs';
import manychat from './scenarios/manychat.mjs';
import opportunities from './scenarios/opportunities.mjs';
import pipelineMetrics from './scenarios/pipeline-metrics.mjs';
import scheduledJobs from './scenarios/scheduled-jobs.mjs';
import workerHeadroom from './scenarios/worker-headroom.mjs';

main([
  opportunities,
  callAttempts({ topology: 'separate', rate: 100 }),
  callAttempts({ topology: 'separate', rate: 200 }),
  callAttempts({ topology: 'separate', rate: 100, burst: true }),
  manychat,
  workerHeadroom,
  callAttempts({ topology: 'combined', rate: 100 }),
  callAttempts({ topology: 'combined', rate: 200 }),
  callAttempts({ topology: 'combined', rate: 100, burst: true }),
  scheduledJobs,
  legacyImport,
  pipelineMetrics,
  campaigns,
  aiRelay,
]);
