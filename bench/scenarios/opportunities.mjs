// POST /api/v1/crm/opportunities at BENCH_CONNECTIONS connections, against a raw `pg` floor doing
// the same writes (issue 1's scenario).
import { randomUUID } from 'node:crypto';
import {
  api, config, failedScenario, fmt, HarnessError, httpLoad, log, main, ms, percent, queryOne, round, rssRow, rssTargets,
  sqlFloor, target,
} from '../harness.mjs';

export default { name: 'opportunities', run };

async function run(ctx) {
  const { fixture } = ctx;
  const bodies = fixture.contactIds.map((contactId) =>
    JSON.stringify({ contact_id: contactId, priority: 'high', opportunity_score: 70 }),
  );
  // One pre-built request per contact, cycled by each connection (httpLoad starts each one at a
  // different contact): spreads the load without a per-request callback costing harness CPU.
  const requests = bodies.map((body) => ({
    method: 'POST',
    path: '/api/v1/crm/opportunities',
    headers: { 'content-type': 'application/json', 'x-api-key': fixture.apiKey },
    body,
  }));

  const probe = await api(ctx, 'POST', '/api/v1/crm/opportunities', { apiKey: fixture.apiKey, body: bodies[0] });
  if (probe.status < 200 || probe.status >= 300) {
    return failedScenario('opportunities', `probe POST /api/v1/crm/opportunities answered ${probe.status}: ${probe.text.slice(0, 500)}`);
  }

  const rss = ctx.startRssSampling();
  if (config.warmupS > 0) {
    log(`opportunities: warm-up ${config.warmupS}s`);
    await httpLoad(ctx, requests, config.warmupS);
  }
  log(`opportunities: app load ${config.connections} connections x ${config.durationS}s`);
  const app = await httpLoad(ctx, requests, config.durationS);
  const rssMb = rss.stop();
  ctx.assertChildrenAlive();

  const idle = await ctx.waitForAppIdle();
  app.drain_s = idle.waitedS;
  if (!idle.idle) log(`warning: app still busy after ${idle.waitedS}s, running the floor anyway`);

  const pipeline = await queryOne(
    config.databaseUrl,
    'select id, initial_stage from pipelines where tenant_id = $1 and is_default',
    [fixture.tenantId],
  );
  if (!pipeline) throw new HarnessError(`tenant ${fixture.tenantId} has no default pipeline`);

  // The app is frozen while the floor runs: otherwise its outbox relay would pick up the floor's
  // events (NOTIFY fires on each commit) and compete with the floor for the two cores.
  const floor = await ctx.withAppFrozen(async () => {
    log(`opportunities: floor ${config.connections} pg clients x ${config.durationS}s`);
    const result = await sqlFloor(config.databaseUrl, (client, i) =>
      insertOpportunityTransaction(client, {
        tenantId: fixture.tenantId,
        contactId: fixture.contactIds[i % fixture.contactIds.length],
        pipelineId: pipeline.id,
        stage: pipeline.initial_stage,
      }),
    );
    // Hide the floor's events from the relay before the app wakes up again.
    await queryOne(
      config.databaseUrl,
      `update outbox_events set published_at = now()
        where tenant_id = $1 and published_at is null and actor @> '{"type":"system","name":"bench"}'`,
      [fixture.tenantId],
    );
    return result;
  });

  const ratio = floor.tps > 0 ? app.rps / floor.tps : 0;
  const answered = app.ok + app.non2xx + app.errors;
  const errorRate = answered > 0 ? (app.non2xx + app.errors) / answered : 1;
  const targets = [
    target('throughput app/floor', ratio, { min: 0.5 }, percent),
    target('app p99 latency', app.p99_ms, { max: 50 }, ms),
    ...rssTargets(rssMb),
    target('non-2xx + errors', errorRate, { max: 0.01 }, percent),
  ];
  if (floor.errors > 0) targets.push(target('floor errors', floor.errors, { max: 0 }, String));

  return {
    name: 'opportunities',
    pass: targets.every((t) => t.pass),
    app,
    floor,
    ratio: round(ratio, 3),
    rss_mb: rssMb,
    targets,
    rows: [
      ['app throughput (2xx)', `${fmt(app.rps, 0)} req/s`],
      ['app latency p50 / p99', `${fmt(app.p50_ms)} / ${fmt(app.p99_ms)} ms`],
      ['app non-2xx / errors / timeouts', `${app.non2xx} / ${app.errors} / ${app.timeouts}`],
      ['floor throughput', `${fmt(floor.tps, 0)} tx/s`],
      ['floor latency p50 / p99', `${fmt(floor.p50_ms)} / ${fmt(floor.p99_ms)} ms`],
      rssRow(rssMb),
      ...(floor.first_error ? [['floor first error', floor.first_error]] : []),
    ],
  };
}

// ManyChat contact webhooks: the accept path (validated, stored with its outbox event, 202) at
// BENCH_MANYCHAT_CONNECTIONS (64) connections with the worker frozen, so the API has the cores to

/**
 * BEGIN; opportunity + stage + outbox event; COMMIT — the writes behind one POST, as the issue
 * defines the floor (the app also reads the contact and pipeline and writes a stage-history row).
 */
async function insertOpportunityTransaction(client, { tenantId, contactId, pipelineId, stage }) {
  const opportunityId = randomUUID();
  const stageId = randomUUID();
  const now = new Date();
  await client.query('BEGIN');
  try {
    await client.query(
      `insert into lead_opportunities (id, tenant_id, contact_id, pipeline_id, pipeline_stage_id, priority,
         status, opportunity_score, detected_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [opportunityId, tenantId, contactId, pipelineId, stageId, 'high', 'pending', 70, now, now, now],
    );
    await client.query(
      `insert into pipeline_stages (id, tenant_id, entity_type, entity_id, current_stage, stage_entered_at,
         created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [stageId, tenantId, 'leads', opportunityId, stage, now, now, now],
    );
    await client.query(
      `insert into outbox_events (id, tenant_id, type, aggregate_type, aggregate_id, payload, actor, request_id,
         occurred_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        randomUUID(), tenantId, 'opportunity.created', 'opportunity', opportunityId,
        JSON.stringify({ opportunity_id: opportunityId, contact_id: contactId, pipeline_id: pipelineId, stage, priority: 'high', opportunity_score: 70 }),
        JSON.stringify({ type: 'system', id: null, name: 'bench' }),
        null, now,
      ],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main([{ name: 'opportunities', run }]);
