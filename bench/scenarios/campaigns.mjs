// The campaign engine (issue 10): BENCH_CAMPAIGN_ENROLLMENTS leads enrolled in a 3-step campaign
// (make_call → send_message by e-mail → update_stage, each step a few seconds after the previous),
// the first steps falling due at an offered rate, run by the production worker. E-mail goes to an
// SMTP server this process runs, so sends are real. Measures, from campaign_logs, steps executed
// per second, step lateness (executed_at − due_at), steps or messages done twice and steps lost;
// then a stage_change campaign, N opportunities moved through the API, and the stage change →
// enrollment latency. See bench/README.md, "Scenario campaigns".
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import {
  api, config, fmt, inParallel, log, main, ms, positiveInt, queryOne, round, rssRow, Samples, target, withClient,
} from '../harness.mjs';

const env = process.env;
// 3,000 by default: the worker runs some 30–60 steps/s on these 2 cores, so a run stays within a
// few minutes; BENCH_CAMPAIGN_ENROLLMENTS=100000 is the issue's full size (hours at that rate).
const ENROLLMENTS = positiveInt('BENCH_CAMPAIGN_ENROLLMENTS', 3_000);
/** Steps per second offered to the worker: the first steps fall due at a third of it, each later step a delay after the one before. */
const STEP_RATE = positiveInt('BENCH_CAMPAIGN_STEP_RATE', 500);
/** Each step's delay_hours: 0.0006 h = 2.16 s. */
const DELAY_HOURS = Number(env.BENCH_CAMPAIGN_DELAY_HOURS ?? 0.0006);
const MOVES = positiveInt('BENCH_CAMPAIGN_TRIGGER_MOVES', 500);
const MOVE_RATE = positiveInt('BENCH_CAMPAIGN_TRIGGER_RATE', 50);
const STEPS = 3;
const SEED_CHUNK = 20_000;

async function run(ctx) {
  const { fixture } = ctx;
  const apiKey = fixture.apiKey;
  const runId = randomBytes(4).toString('hex');
  const loadAtStart = os.loadavg().map((l) => round(l, 2));
  const smtp = await startSmtp();
  try {
    // --- Definition, through the API ---------------------------------------------------------
    await ok(ctx, 'PUT', '/api/v1/integrations/email', apiKey, {
      smtp_host: '127.0.0.1', smtp_port: smtp.port, secure: false, username: 'crm@example.com', password: 'smtp-password',
      from_address: 'ventas@example.com', from_name: 'Ventas Bench', reply_to_domain: 'reply.example.com',
    });
    const template = await ok(ctx, 'POST', '/api/v1/templates', apiKey, {
      name: `Bench ${runId}`, channel: 'email', subject: 'Hola {{ name }}', content: 'Hola {{ name }}, de {{ campaign_name }}.',
    });
    const lead = await ok(ctx, 'POST', '/api/v1/crm/contacts', apiKey, { first_name: 'Plantilla', last_name: runId, email: `template.${runId}@bench.example` });
    const opportunity = await ok(ctx, 'POST', '/api/v1/crm/opportunities', apiKey, { contact_id: lead.id });
    const pipeline = (await ok(ctx, 'GET', `/api/v1/pipelines/${opportunity.pipeline_id}`, apiKey));
    const initial = opportunity.pipeline_stage?.current_stage;
    const open = pipeline.stages.filter((s) => s.kind === 'open' && s.key !== initial).sort((a, b) => a.position - b.position);
    if (open.length < 2) throw new Error(`the default pipeline has too few open stages: ${JSON.stringify(pipeline.stages)}`);
    const [stepStage, triggerStage] = [open[0].key, open[1].key];

    const campaign = await ok(ctx, 'POST', '/api/v1/campaigns', apiKey, { name: `Bench ${runId}`, channel: 'email' });
    for (const step of [
      { action: 'make_call', delay_hours: DELAY_HOURS },
      { action: 'send_message', template_id: template.id, delay_hours: DELAY_HOURS },
      { action: 'update_stage', stage: stepStage, delay_hours: DELAY_HOURS },
    ]) await ok(ctx, 'POST', `/api/v1/campaigns/${campaign.id}/steps`, apiKey, step);
    await ok(ctx, 'PATCH', `/api/v1/campaigns/${campaign.id}`, apiKey, { status: 'active' });

    // --- Leads, set-based ----------------------------------------------------------------------
    log(`campaigns: ${ENROLLMENTS} contacts and opportunities in SQL (cloned from one made through the API)`);
    const seedStarted = performance.now();
    await seedLeads(fixture.tenantId, lead.id, opportunity.id, runId);
    const seedS = (performance.now() - seedStarted) / 1000;
    await ctx.waitForAppIdle();

    // --- Enrollments, set-based, then the worker runs them ------------------------------------
    // The first steps fall due over `spreadS`: with each enrollment's three steps that offers
    // STEP_RATE steps/s once the later steps overlap the first ones.
    const spreadS = (ENROLLMENTS * STEPS) / STEP_RATE;
    const leadS = 5 + ENROLLMENTS / 20_000;
    const rss = ctx.startRssSampling();
    const cpu = ctx.startCpuSampling();
    const machine = machineCpu();
    const waits = await sampleWaits();
    const enrollStarted = performance.now();
    const { t0 } = await enroll(fixture.tenantId, campaign.id, leadS, spreadS);
    const enrollS = (performance.now() - enrollStarted) / 1000;
    log(`campaigns: ${ENROLLMENTS} enrollments written in ${fmt(enrollS)} s; first steps due from ${t0.toISOString()} over ${fmt(spreadS)} s`);

    const expected = ENROLLMENTS * STEPS;
    const deadline = Date.now() + (leadS + spreadS) * 1000 + Math.max(120_000, expected * 50);
    let progress;
    let lastDone = -1;
    let stalledSince = Date.now();
    for (;;) {
      await sleep(2000);
      progress = await queryOne(config.databaseUrl,
        `select count(*) filter (where status <> 'pending')::int as done, count(*)::int as logged
           from campaign_logs where tenant_id = $1 and campaign_id = $2`, [fixture.tenantId, campaign.id]);
      const delivered = smtp.recipients.size;
      log(`campaigns: ${progress.done} / ${expected} steps done, ${delivered} / ${ENROLLMENTS} e-mails delivered`);
      if (progress.done >= expected && delivered >= ENROLLMENTS) break;
      if (progress.done + delivered !== lastDone) {
        lastDone = progress.done + delivered;
        stalledSince = Date.now();
      }
      if (Date.now() > deadline || Date.now() - stalledSince > 60_000) break;
    }
    const cpuMs = cpu.stop();
    const machineBusy = machine.stop();
    const dbWaits = await waits.stop();
    const rssMb = rss.stop();
    ctx.assertChildrenAlive();
    const stats = await stepStats(fixture.tenantId, campaign.id);
    const effects = await sideEffects(fixture.tenantId, campaign.id, stepStage);
    const smtpTwice = [...smtp.recipients.values()].filter((count) => count > 1).length;
    const lost = expected - stats.executed;
    const undelivered = ENROLLMENTS - smtp.recipients.size;
    const plans = await explainHotStatements(fixture.tenantId, campaign.id);

    // --- stage_change trigger ------------------------------------------------------------------
    log(`campaigns: stage_change trigger, ${MOVES} opportunities moved to ${triggerStage} at ${MOVE_RATE}/s`);
    await ctx.waitForAppIdle();
    const trigger = await triggerLatency(ctx, fixture.tenantId, apiKey, triggerStage);

    const sustained = stats.sustained_steps_per_s;
    const targets = [
      target('steps executed per second (sustained, 1 worker)', sustained, { min: 500 }, (v) => (v === null ? 'n/a' : `${fmt(v, 0)} steps/s`)),
      target('step lateness p99', stats.lateness_ms.p99, { max: 2000 }, ms),
      target('steps executed twice', effects.twice, { max: 0 }, String),
      target('e-mails delivered twice (SMTP)', smtpTwice, { max: 0 }, String),
      target('steps lost', lost, { max: 0 }, String),
      target('e-mails never delivered', undelivered, { max: 0 }, String),
      target('stage change → enrollment p99', trigger.latency_ms.p99, { max: 1000 }, ms),
      target('stage changes enrolled', trigger.enrolled, { min: MOVES }, String),
    ];
    return {
      name: 'campaigns',
      pass: targets.every((t) => t.pass),
      enrollments: ENROLLMENTS,
      steps_expected: expected,
      offered_steps_per_s: STEP_RATE,
      delay_hours: DELAY_HOURS,
      first_steps_spread_s: round(spreadS, 1),
      seed_s: round(seedS, 1),
      enroll_s: round(enrollS, 1),
      loadavg_at_start: loadAtStart,
      loadavg_at_end: os.loadavg().map((l) => round(l, 2)),
      machine_cpu_busy: machineBusy,
      db_sessions_sampled: dbWaits,
      steps: stats,
      side_effects: effects,
      smtp: { delivered: smtp.delivered, recipients: smtp.recipients.size, twice: smtpTwice, undelivered },
      lost,
      cpu_ms_per_step: { api: round(cpuMs.api / Math.max(1, stats.executed), 3), worker: round(cpuMs.worker / Math.max(1, stats.executed), 3) },
      rss_mb: rssMb,
      trigger,
      plans,
      targets,
      rows: [
        ['enrollments × steps, offered', `${ENROLLMENTS} × ${STEPS} at ${STEP_RATE} steps/s (delays ${DELAY_HOURS} h)`],
        ['seeded leads / enrollments written', `${fmt(seedS)} s / ${fmt(enrollS)} s`],
        ['steps executed / sent / skipped / failed / pending', `${stats.executed} / ${stats.sent} / ${stats.skipped} / ${stats.failed} / ${stats.pending}`],
        ['steps/s sustained (5–95 %) / overall', `${fmt(sustained, 0)} / ${fmt(stats.overall_steps_per_s, 0)}`],
        ['lateness p50 / p99 / max', `${fmt(stats.lateness_ms.p50)} / ${fmt(stats.lateness_ms.p99)} / ${fmt(stats.lateness_ms.max)} ms`],
        ['lateness p99 by step', stats.per_step.map((s) => `${s.step_number}: ${fmt(s.p99_ms)} ms`).join(', ')],
        ['e-mails delivered / recipients / twice', `${smtp.delivered} / ${smtp.recipients.size} / ${smtpTwice}`],
        ['app sessions in the database (sampled every 100 ms)', dbWaits.summary],
        ['machine CPU busy during the run', `${fmt(machineBusy * 100, 0)} % of ${os.cpus().length} cores`],
        ['CPU per step: api / worker', `${fmt(cpuMs.api / Math.max(1, stats.executed), 2)} / ${fmt(cpuMs.worker / Math.max(1, stats.executed), 2)} ms`],
        ['stage change → enrollment p50 / p99 / max', `${fmt(trigger.latency_ms.p50)} / ${fmt(trigger.latency_ms.p99)} / ${fmt(trigger.latency_ms.max)} ms`],
        ['POST …/stage p50 / p99 (non-2xx)', `${fmt(trigger.move_ms.p50)} / ${fmt(trigger.move_ms.p99)} ms (${trigger.move_failures})`],
        ['load average start → end', `${loadAtStart.join(' ')} → ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`],
        rssRow(rssMb),
      ],
    };
  } finally {
    await smtp.close();
  }
}

async function ok(ctx, method, path, apiKey, body) {
  const res = await api(ctx, method, path, { apiKey, body });
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.text.slice(0, 500)}`);
  return res.json;
}

/**
 * An SMTP server for the tenant's e-mail: accepts every message and counts deliveries per
 * recipient (a message delivered twice is a recipient counted twice: each lead gets one).
 */
async function startSmtp() {
  const recipients = new Map();
  let delivered = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    // The worker sends many at once; the default limit would refuse some.
    maxClients: 1000,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'crm' }),
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        delivered += 1;
        for (const rcpt of session.envelope.rcptTo) recipients.set(rcpt.address, (recipients.get(rcpt.address) ?? 0) + 1);
        callback(null);
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.server.address().port,
    recipients,
    get delivered() {
      return delivered;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Columns of `table` in order, for copying a row the API made with a few of them replaced. */
async function columns(client, table) {
  const { rows } = await client.query(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`, [table]);
  return rows.map((row) => row.column_name);
}

/** `select` list copying `alias`'s columns, with `replace[column]` as the expression of the replaced ones. */
const copyOf = (cols, alias, replace) => cols.map((c) => replace[c] ?? `${alias}.${c}`).join(', ');

/**
 * ENROLLMENTS copies of the contact and opportunity the API made (its stage row and first stage
 * visit included), each contact with its own e-mail address, in chunks of SEED_CHUNK. Their
 * opportunities are tagged `bench_campaign_leads` (run, i) for the enrollment step.
 */
async function seedLeads(tenantId, contactId, opportunityId, runId) {
  await withClient(config.databaseUrl, async (client) => {
    await client.query("set statement_timeout = '15min'");
    await client.query(`create table if not exists bench_campaign_leads (run text not null, i integer not null, opportunity_id uuid not null, contact_id uuid not null, primary key (run, i))`);
    const cols = {};
    for (const table of ['contacts', 'lead_opportunities', 'pipeline_stages', 'opportunity_stage_history']) cols[table] = await columns(client, table);
    for (let from = 1; from <= ENROLLMENTS; from += SEED_CHUNK) {
      const to = Math.min(ENROLLMENTS, from + SEED_CHUNK - 1);
      await client.query('begin');
      await client.query(`
        with n as (
          select i, gen_random_uuid() as cid, gen_random_uuid() as oid, gen_random_uuid() as sid from generate_series($4::int, $5::int) i
        ), c as (
          insert into contacts (${cols.contacts.join(', ')})
          select ${copyOf(cols.contacts, 't', { id: 'n.cid', first_name: `'Lead'`, last_name: 'n.i::text', email: `format('lead.%s.%s@bench.example', $6::text, n.i)`, phone: 'null' })}
            from contacts t, n where t.tenant_id = $1 and t.id = $2
          returning id
        ), o as (
          insert into lead_opportunities (${cols.lead_opportunities.join(', ')})
          select ${copyOf(cols.lead_opportunities, 't', { id: 'n.oid', contact_id: 'n.cid', pipeline_stage_id: 'n.sid' })}
            from lead_opportunities t, n where t.tenant_id = $1 and t.id = $3 and exists (select 1 from c)
          returning id
        ), s as (
          insert into pipeline_stages (${cols.pipeline_stages.join(', ')})
          select ${copyOf(cols.pipeline_stages, 't', { id: 'n.sid', entity_id: 'n.oid' })}
            from pipeline_stages t, n where t.tenant_id = $1 and t.entity_id = $3 and exists (select 1 from o)
          returning id
        ), h as (
          insert into opportunity_stage_history (${cols.opportunity_stage_history.join(', ')})
          select ${copyOf(cols.opportunity_stage_history, 't', { id: 'gen_random_uuid()', opportunity_id: 'n.oid' })}
            from opportunity_stage_history t, n where t.tenant_id = $1 and t.opportunity_id = $3 and exists (select 1 from s)
          returning id
        )
        insert into bench_campaign_leads (run, i, opportunity_id, contact_id)
        select $6, n.i, n.oid, n.cid from n where exists (select 1 from h)`,
      [tenantId, contactId, opportunityId, from, to, runId]);
      await client.query('commit');
    }
    for (const table of ['contacts', 'lead_opportunities', 'pipeline_stages', 'opportunity_stage_history', 'bench_campaign_leads']) await client.query(`analyze ${table}`);
  });
  currentRun = runId;
}
let currentRun = null;

/**
 * What ApplyCampaignCommand writes per lead, set-based in one transaction: the enrollment, its
 * first step's pending log row and the due `scheduled_jobs` row (key `<log id>@<due ISO>`, as
 * EnrollmentSteps.runAt writes it). The `enrollment.started` outbox event is left out (it only
 * feeds the audit trail). Lead i's first step is due at t0 + (i − 1) / N × spread.
 */
async function enroll(tenantId, campaignId, leadS, spreadS) {
  return withClient(config.databaseUrl, async (client) => {
    await client.query("set statement_timeout = '15min'");
    await client.query('begin');
    const { rows: [{ t0 }] } = await client.query(`select date_trunc('milliseconds', now() + make_interval(secs => $1)) as t0`, [leadS]);
    await client.query(`
      with step as (
        select id, action from campaign_steps where tenant_id = $1 and campaign_id = $2 and step_number = 1
      ), l as (
        select gen_random_uuid() as eid, gen_random_uuid() as lid, opportunity_id, contact_id,
               date_trunc('milliseconds', $4::timestamptz + make_interval(secs => (i - 1) * $5::float8 / $6)) as due
          from bench_campaign_leads where run = $3
      ), e as (
        insert into campaign_enrollments (id, tenant_id, campaign_id, opportunity_id, contact_id, status, current_step_number, next_step_at, enrolled_at, rotation, version)
        select eid, $1, $2, opportunity_id, contact_id, 'active', 0, due, now(), 1, 1 from l
        returning id
      ), g as (
        insert into campaign_logs (id, tenant_id, campaign_id, enrollment_id, opportunity_id, contact_id, step_id, step_number, action, channel, due_at)
        select l.lid, $1, $2, l.eid, l.opportunity_id, l.contact_id, step.id, 1, step.action, 'email', l.due
          from l, step where exists (select 1 from e)
        returning id
      )
      insert into scheduled_jobs (id, tenant_id, queue, name, payload, key, due_at)
      select gen_random_uuid(), $1, 'domain-events', 'campaigns.run-step', jsonb_build_object('tenantId', $1::text, 'logId', l.lid::text),
             l.lid::text || '@' || to_char(l.due at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), l.due
        from l where exists (select 1 from g)`,
    [tenantId, campaignId, currentRun, t0, spreadS, ENROLLMENTS]);
    await client.query('commit');
    const late = (Date.now() - new Date(t0).getTime()) / 1000;
    if (late > 0) log(`campaigns: the enrollments committed ${fmt(late)} s after the first step fell due (lateness includes it)`);
    return { t0: new Date(t0) };
  });
}

/** Counts, lateness and rates of the campaign's steps, from its log. */
async function stepStats(tenantId, campaignId) {
  return withClient(config.databaseUrl, async (client) => {
    const { rows: [all] } = await client.query(`
      select count(*) filter (where status <> 'pending')::int as executed,
             count(*) filter (where status = 'pending')::int as pending,
             count(*) filter (where status = 'sent')::int as sent,
             count(*) filter (where status = 'skipped')::int as skipped,
             count(*) filter (where status = 'failed')::int as failed,
             percentile_disc(0.5) within group (order by extract(epoch from executed_at - due_at) * 1000) as p50,
             percentile_disc(0.99) within group (order by extract(epoch from executed_at - due_at) * 1000) as p99,
             max(extract(epoch from executed_at - due_at) * 1000) as max,
             extract(epoch from percentile_disc(0.05) within group (order by executed_at)) as t05,
             extract(epoch from percentile_disc(0.95) within group (order by executed_at)) as t95,
             extract(epoch from min(due_at)) as first_due, extract(epoch from max(executed_at)) as last_executed
        from campaign_logs where tenant_id = $1 and campaign_id = $2`, [tenantId, campaignId]);
    const { rows: perStep } = await client.query(`
      select step_number, count(*)::int as executed,
             percentile_disc(0.5) within group (order by extract(epoch from executed_at - due_at) * 1000) as p50,
             percentile_disc(0.99) within group (order by extract(epoch from executed_at - due_at) * 1000) as p99
        from campaign_logs where tenant_id = $1 and campaign_id = $2 and status <> 'pending' group by step_number order by step_number`,
    [tenantId, campaignId]);
    const { rows: reasons } = await client.query(`
      select step_number, status, reason, count(*)::int as n from campaign_logs
       where tenant_id = $1 and campaign_id = $2 and status in ('failed', 'skipped') group by 1, 2, 3 order by 4 desc limit 10`,
    [tenantId, campaignId]);
    // The busiest second (executions per executed_at second), and the middle 90 % of executions.
    const { rows: [peak] } = await client.query(`
      select coalesce(max(n), 0)::int as n from (
        select count(*) as n from campaign_logs where tenant_id = $1 and campaign_id = $2 and executed_at is not null
         group by date_trunc('second', executed_at)) s`, [tenantId, campaignId]);
    const middle = Number(all.t95) - Number(all.t05);
    return {
      executed: all.executed, pending: all.pending, sent: all.sent, skipped: all.skipped, failed: all.failed,
      sustained_steps_per_s: middle > 0 ? round((0.9 * all.executed) / middle, 1) : null,
      overall_steps_per_s: all.last_executed ? round(all.executed / (Number(all.last_executed) - Number(all.first_due)), 1) : null,
      busiest_second_steps: peak.n,
      lateness_ms: { p50: num(all.p50), p99: num(all.p99), max: num(all.max) },
      per_step: perStep.map((s) => ({ step_number: s.step_number, executed: s.executed, p50_ms: num(s.p50), p99_ms: num(s.p99) })),
      not_sent: reasons,
    };
  });
}

const num = (value) => (value === null || value === undefined ? null : round(Number(value), 1));

/**
 * What the steps did, counted where it landed: a step run twice shows up as a second call
 * activity, a second campaign message or a second campaign move into the step's stage for one lead.
 */
async function sideEffects(tenantId, campaignId, stepStage) {
  return withClient(config.databaseUrl, async (client) => {
    const { rows: [r] } = await client.query(`
      with leads as (select opportunity_id, contact_id from bench_campaign_leads where run = $4),
      calls as (select a.opportunity_id, count(*) as n from activities a join leads using (opportunity_id)
                 where a.tenant_id = $1 and a.source = 'campaign' group by 1),
      msgs as (select m.contact_id, count(*) as n from messages m join leads using (contact_id)
                where m.tenant_id = $1 and m.campaign_id = $2 group by 1),
      moves as (select h.opportunity_id, count(*) as n from opportunity_stage_history h join leads using (opportunity_id)
                 where h.tenant_id = $1 and h.to_stage = $3 and h.source = 'campaign' group by 1)
      select (select count(*) from calls)::int as call_leads, (select count(*) filter (where n > 1) from calls)::int as calls_twice,
             (select count(*) from msgs)::int as message_leads, (select count(*) filter (where n > 1) from msgs)::int as messages_twice,
             (select count(*) from moves)::int as move_leads, (select count(*) filter (where n > 1) from moves)::int as moves_twice,
             (select count(*) from messages m where m.tenant_id = $1 and m.campaign_id = $2 and m.status = 'queued')::int as messages_queued,
             (select count(*) from campaign_enrollments e where e.tenant_id = $1 and e.campaign_id = $2 and e.status = 'completed')::int as completed`,
    [tenantId, campaignId, stepStage, currentRun]);
    return { ...r, twice: r.calls_twice + r.messages_twice + r.moves_twice };
  });
}

/** EXPLAIN ANALYZE of the step's hot statements, on one finished log row (rolled back). */
async function explainHotStatements(tenantId, campaignId) {
  return withClient(config.databaseUrl, async (client) => {
    const { rows: [row] } = await client.query(
      `select id, enrollment_id, contact_id from campaign_logs where tenant_id = $1 and campaign_id = $2 and step_number = 2 limit 1`, [tenantId, campaignId]);
    if (!row) return null;
    const statements = {
      // CampaignEngineStore.lockStep: the log locked, with its enrollment, the campaign's version and the tenant's settings.
      lock: [`select l.*, e.status, e.version, c.version, ts.timezone, ts.max_messages_per_lead_per_day from campaign_logs l
                left join campaign_enrollments e on e.id = l.enrollment_id and e.tenant_id = l.tenant_id
                left join campaigns c on c.id = l.campaign_id and c.tenant_id = l.tenant_id
                left join tenant_settings ts on ts.tenant_id = l.tenant_id
               where l.tenant_id = $1 and l.id = $2 for update of l`, [tenantId, row.id]],
      messages_since: [`select count(*)::int, min(executed_at) from campaign_logs where tenant_id = $1 and contact_id = $2 and action = 'send_message' and status = 'sent' and executed_at > now() - interval '1 day'`, [tenantId, row.contact_id]],
      counter: [`insert into campaign_step_counters (tenant_id, campaign_id, step_id, shard, step_number, sent) select tenant_id, campaign_id, step_id, 0, step_number, 1 from campaign_logs where id = $2 and tenant_id = $1
                 on conflict (tenant_id, campaign_id, step_id, shard) do update set sent = campaign_step_counters.sent + excluded.sent`, [tenantId, row.id]],
    };
    const plans = {};
    await client.query('begin');
    try {
      for (const [name, [sql, params]] of Object.entries(statements)) {
        const { rows } = await client.query(`explain (analyze, buffers) ${sql}`, params);
        plans[name] = rows.map((r) => r['QUERY PLAN']).join('\n');
      }
    } finally {
      await client.query('rollback');
    }
    return plans;
  });
}

/**
 * A `stage_change` campaign into `stage`; MOVES of the seeded opportunities moved there through
 * the API at MOVE_RATE per second (8 at a time at most). The latency is from the move (the stage
 * visit's `changed_at`, taken in the move's transaction) to the enrollment's `enrolled_at`.
 */
async function triggerLatency(ctx, tenantId, apiKey, stage) {
  const campaign = await ok(ctx, 'POST', '/api/v1/campaigns', apiKey, {
    name: `Bench trigger ${currentRun}`, channel: 'email', trigger: 'stage_change', trigger_condition: { to_stage: stage },
  });
  // A step far enough out that it never runs during the measurement.
  await ok(ctx, 'POST', `/api/v1/campaigns/${campaign.id}/steps`, apiKey, { action: 'make_call', delay_hours: 24 });
  await ok(ctx, 'PATCH', `/api/v1/campaigns/${campaign.id}`, apiKey, { status: 'active' });
  const { rows: leads } = await withClient(config.databaseUrl, (client) => client.query(
    `select opportunity_id from bench_campaign_leads where run = $1 order by i limit $2`, [currentRun, MOVES]));
  const moveLatency = new Samples();
  let failures = 0;
  const started = performance.now();
  await inParallel(leads.length, 8, async (i) => {
    const at = started + (i * 1000) / MOVE_RATE;
    const wait = at - performance.now();
    if (wait > 0) await sleep(wait);
    const t = performance.now();
    const res = await api(ctx, 'POST', `/api/v1/crm/opportunities/${leads[i].opportunity_id}/stage`, { apiKey, body: { stage } });
    moveLatency.add(performance.now() - t);
    if (res.status !== 200) failures += 1;
  });
  const deadline = Date.now() + 60_000;
  let enrolled = 0;
  while (Date.now() < deadline) {
    enrolled = (await queryOne(config.databaseUrl,
      `select count(*)::int as n from campaign_enrollments where tenant_id = $1 and campaign_id = $2`, [tenantId, campaign.id])).n;
    if (enrolled >= leads.length - failures) break;
    await sleep(250);
  }
  const latency = await queryOne(config.databaseUrl, `
    with moved as (
      select h.opportunity_id, h.changed_at from opportunity_stage_history h
        join bench_campaign_leads b on b.opportunity_id = h.opportunity_id and b.run = $3
       where h.tenant_id = $1 and h.to_stage = $4 and h.source = 'api'
    ), l as (
      select extract(epoch from e.enrolled_at - m.changed_at) * 1000 as ms
        from campaign_enrollments e join moved m using (opportunity_id) where e.tenant_id = $1 and e.campaign_id = $2
    )
    select count(*)::int as n, percentile_disc(0.5) within group (order by ms) as p50,
           percentile_disc(0.99) within group (order by ms) as p99, max(ms) as max from l`,
  [tenantId, campaign.id, currentRun, stage]);
  const move = moveLatency.summary();
  return {
    moves: leads.length, move_rate_per_s: MOVE_RATE, move_failures: failures, enrolled,
    latency_ms: { p50: num(latency.p50), p99: num(latency.p99), max: num(latency.max) },
    move_ms: { p50: move.p50, p99: move.p99 },
  };
}

/**
 * What the app's database sessions are doing, sampled from pg_stat_activity every 100 ms: active
 * (running a statement), idle in transaction (the app between two statements of a transaction),
 * and what the active ones wait on (Lock:transactionid / Lock:tuple = row locks, IO, LWLock…).
 */
async function sampleWaits() {
  const database = new URL(config.databaseUrl).pathname.slice(1);
  const pgClient = new pg.Client({ connectionString: config.databaseUrl });
  await pgClient.connect();
  const counts = new Map();
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await pgClient.query(
        `select state, coalesce(wait_event_type || ':' || wait_event, 'CPU') as wait,
                case when wait_event_type = 'Lock' then left(regexp_replace(query, '\\s+', ' ', 'g'), 60) end as statement from pg_stat_activity
          where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend' and state <> 'idle'`, [database]);
      samples += 1;
      for (const row of rows) {
        const key = row.state === 'active' ? `active ${row.wait}${row.statement ? ` (${row.statement})` : ''}` : row.state;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      await pgClient.end();
      const mean = Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, round(n / Math.max(1, samples), 2)]));
      return { samples, mean_sessions: mean, summary: Object.entries(mean).slice(0, 5).map(([k, n]) => `${k} ${n}`).join(', ') };
    },
  };
}

/** Share of the machine's CPU time (all cores) spent busy from now until `stop()`, from /proc/stat. */
function machineCpu() {
  const read = () => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + fields[4];
    return { idle, total: fields.reduce((a, b) => a + b, 0) };
  };
  const before = read();
  return {
    stop() {
      const after = read();
      return round(1 - (after.idle - before.idle) / Math.max(1, after.total - before.total), 3);
    },
  };
}

export default { name: 'campaigns', run };

if (import.meta.url === `file://${process.argv[1]}`) main([{ name: 'campaigns', run }]);
