// AI phone calls over Twilio ConversationRelay (issue 12, item 8): BENCH_RELAY_CALLS (20) AI calls
// placed at once through POST /crm/calls/initiate, each answered by a ConversationRelay client that
// plays Twilio (signed upgrade, setup, the caller's final prompts, several turns), against an
// OpenAI-compatible stand-in that streams every answer with a fixed model latency. Both stand-ins
// and the clients live in this process, on one clock, so Leadline's own added latency per turn is
// (first token at the caller) − (first token written by the model). Also: the end-to-end turn
// latency, the latency_ms Leadline stored on the bot's lines, and the API's memory per live call.
// See bench/README.md, "Scenario ai-relay".
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  api, config, fmt, inParallel, log, main, positiveInt, round, rssKb, rssRow, rssTargets, target, withClient,
} from '../harness.mjs';
import { startOpenAiStandIn } from '../stand-ins/openai.mjs';
import { ConversationRelayClient, startTwilioStandIn } from '../stand-ins/twilio.mjs';

const CALLS = positiveInt('BENCH_RELAY_CALLS', 20);
const TURNS = positiveInt('BENCH_RELAY_TURNS', 5);
/** The model's time to first token, and between tokens (the stand-in's fixed latency). */
const FIRST_TOKEN_MS = positiveInt('BENCH_RELAY_FIRST_TOKEN_MS', 300);
const TOKEN_MS = positiveInt('BENCH_RELAY_TOKEN_MS', 20);
/** The caller's pause before speaking again (Twilio saying the answer), ±50 % at random so the calls do not move in lockstep. */
const PAUSE_MS = positiveInt('BENCH_RELAY_PAUSE_MS', 500, { allowZero: true });

const MODEL = 'gpt-4o-mini';
const AI_KEY = 'sk-bench-relay';
const FROM = '+14155550100';
const AGENT = 'perfilador';
const TURN_TIMEOUT_MS = 15_000;
const LIMIT_MS = 20;
/** The event-loop delay histogram's timer; what it records beyond this interval is the lag. */
const LOOP_RESOLUTION_MS = 1;

const CALLER = [
  'Sí, claro, dígame.',
  'Me interesa un departamento de dos recámaras.',
  'Estoy en Guadalajara, zona Providencia.',
  'Quisiera decidir en uno o dos meses.',
  'Perfecto, muchas gracias por la información.',
];
const ANSWER = 'Entiendo, muchas gracias. ¿Me podría decir en qué zona o ciudad está buscando, y para cuándo piensa decidir?';
const GOODBYE = 'Muchas gracias por su tiempo. Un asesor le llamará muy pronto con opciones. Que tenga buen día.';
/** By word, the space kept in front, as a model streams it. */
const tokensOf = (text) => text.split(/(?= )/);

async function run(ctx) {
  const { fixture } = ctx;
  const apiKey = fixture.apiKey;
  const loadAtStart = os.loadavg().map((l) => round(l, 2));
  const apiProc = ctx.procs.find((p) => p.name === 'api' || p.name === 'app');

  /** Every turn by the prompt the caller says in it (unique: it names the call and the turn). */
  const turns = new Map();
  const openai = await startOpenAiStandIn({
    apiKey: AI_KEY, model: MODEL, firstTokenMs: FIRST_TOKEN_MS, tokenMs: TOKEN_MS,
    answer(body, receivedAt) {
      const said = [...body.messages].reverse().find((m) => m.role === 'user')?.content;
      const turn = turns.get(said);
      if (!turn) return { tokens: tokensOf(ANSWER) };
      turn.modelRequests += 1;
      turn.modelRequestAt ??= receivedAt;
      return {
        tokens: turn.answer,
        toolCalls: turn.endCall ? [{ name: 'end_call', arguments: '{"reason":"perfil completo"}' }] : [],
        firstTokenSent: (at) => { turn.modelFirstAt ??= at; },
      };
    },
  });
  const twilio = await startTwilioStandIn({ fromNumber: FROM });
  try {
    // --- Connections and leads, through the API ------------------------------------------------
    await ok(ctx, 'PUT', '/api/v1/integrations/twilio', apiKey, {
      account_sid: twilio.accountSid, auth_token: twilio.authToken, from_number: FROM, api_base_url: twilio.baseUrl,
    });
    await ok(ctx, 'PUT', '/api/v1/integrations/ai', apiKey, { api_key: AI_KEY, base_url: openai.baseUrl, model: MODEL, language: 'es' });
    const warm = config.warmupS > 0 ? 1 : 0;
    const leads = await inParallel(CALLS + warm, 4, async (i) => {
      const contactId = fixture.contactIds[i] ?? (await ok(ctx, 'POST', '/api/v1/crm/contacts', apiKey, {
        first_name: 'Bench', last_name: `Relay ${i + 1}`, phone: `+525513${String(i).padStart(6, '0')}`,
      })).id;
      const opportunity = await ok(ctx, 'POST', '/api/v1/crm/opportunities', apiKey, { contact_id: contactId });
      return { contactId, opportunityId: opportunity.id };
    });

    // --- Warm-up: one call of two turns, not counted ---------------------------------------------
    if (warm) {
      log('ai-relay: warm-up call');
      const [call] = await placeCalls(ctx, twilio, leads.slice(CALLS));
      await status(ctx, twilio, call, 'in-progress');
      const client = await ConversationRelayClient.connect(twilio, call.placed, ctx.baseUrl);
      for (let t = 1; t <= 2; t++) {
        const said = `Calentamiento, turno ${t}: ${CALLER[t - 1]}`;
        turns.set(said, newTurn(-1, t, false));
        await client.say(said, TURN_TIMEOUT_MS);
      }
      await client.close();
      await status(ctx, twilio, call, 'completed', 5);
    }
    await ctx.waitForAppIdle();
    const rssBeforeKb = await rssMedian(apiProc, 5);

    // --- CALLS calls at once -----------------------------------------------------------------------
    const rss = ctx.startRssSampling();
    log(`ai-relay: placing ${CALLS} AI calls`);
    const calls = await placeCalls(ctx, twilio, leads.slice(0, CALLS));
    // Twilio reports the answer, then opens the relay and speaks the greeting itself.
    await Promise.all(calls.map((call) => status(ctx, twilio, call, 'in-progress')));
    const clients = await Promise.all(calls.map((call) => ConversationRelayClient.connect(twilio, call.placed, ctx.baseUrl)));
    await ctx.waitForAppIdle();

    const live = { answeredOnce: 0, ended: 0, samples: [] };
    const sampler = setInterval(() => {
      // Every call has had an answer (its conversation is built) and none has ended yet.
      if (live.answeredOnce === CALLS && live.ended === 0) live.samples.push(rssKb(apiProc));
    }, 200);
    log(`ai-relay: ${CALLS} calls × ${TURNS} turns (model: first token after ${FIRST_TOKEN_MS} ms, then every ${TOKEN_MS} ms)`);
    // This process's own event-loop delay: what of a measured latency is the bench's, not the app's.
    const benchLoop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    benchLoop.enable();
    const cpu = ctx.startCpuSampling();
    const started = performance.now();
    const conversations = await Promise.all(clients.map((client, i) => converse(client, i, turns, live)));
    const conversationS = (performance.now() - started) / 1000;
    const cpuMs = cpu.stop();
    benchLoop.disable();
    clearInterval(sampler);
    await Promise.all(calls.map((call) => status(ctx, twilio, call, 'completed', Math.round(conversationS))));
    const rssMb = rss.stop();
    ctx.assertChildrenAlive();

    // --- What the caller saw, what the model sent, what Leadline stored ---------------------------
    const measured = [...turns.values()].filter((turn) => turn.call >= 0);
    const failed = measured.filter((turn) => turn.failure !== null);
    const answered = measured.filter((turn) => turn.failure === null);
    const added = answered.map((turn) => turn.result.firstAt - turn.modelFirstAt);
    const endToEnd = answered.map((turn) => turn.result.firstAt - turn.result.sentAt);
    const toModel = answered.map((turn) => turn.modelRequestAt - turn.result.sentAt);
    const ended = await endings(fixture.tenantId, calls, conversations);
    const stored = await storedLatencies(ctx, apiKey, calls);
    const statuses = await inParallel(calls.length, 4, async (i) => (await ok(ctx, 'GET', `/api/v1/crm/calls/${calls[i].id}`, apiKey)).call_status);
    const cleanly = ended.filter((call, i) => call.clean && statuses[i] === 'completed').length;
    const liveKb = median(live.samples);
    const perCallKb = liveKb === null ? null : (liveKb - rssBeforeKb) / CALLS;

    const addedStats = stats(added);
    // The calls start together: a slow first turn is the start's burst, a slow last one the endings'.
    const byTurn = Array.from({ length: TURNS }, (_, t) => stats(answered.filter((turn) => turn.turn === t + 1).map((turn) => turn.result.firstAt - turn.modelFirstAt)).max);
    const targets = [
      target('Leadline added latency p99 (first token at the caller − first token from the model)', addedStats.p99, { max: LIMIT_MS }, msOrNa),
      target('failed turns', failed.length, { max: 0 }, String),
      target(`calls ended cleanly (of ${CALLS})`, cleanly, { min: CALLS }, String),
      ...rssTargets(rssMb),
    ];
    const e2e = stats(endToEnd);
    const storedStats = stats(stored.latencies);
    return {
      name: 'ai-relay',
      pass: targets.every((t) => t.pass),
      calls: CALLS,
      turns_per_call: TURNS,
      model: { first_token_ms: FIRST_TOKEN_MS, token_ms: TOKEN_MS, tokens_per_answer: tokensOf(ANSWER).length },
      caller_pause_ms: PAUSE_MS,
      turns: { measured: measured.length, answered: answered.length, failed: failed.length, failures: failed.slice(0, 10).map(describeFailure) },
      added_latency_ms: addedStats,
      added_latency_max_by_turn_ms: byTurn,
      end_to_end_ms: e2e,
      prompt_to_model_request_ms: stats(toModel),
      stored_latency_ms: storedStats,
      transcripts: stored.summary,
      endings: ended,
      call_statuses: countBy(statuses),
      model_requests: openai.counts,
      conversation_s: round(conversationS, 2),
      // When each happened (s after the calls began talking): slow turns at one moment are a stall of the whole process.
      slowest_turns: answered.map((turn) => ({ ...turnTimes(turn), at_s: round((turn.result.firstAt - started) / 1000, 3) }))
        .sort((a, b) => b.added_ms - a.added_ms).slice(0, 10),
      bench_event_loop_lag_ms: { p50: lag(benchLoop.percentile(50)), p99: lag(benchLoop.percentile(99)), max: lag(benchLoop.max) },
      api_rss_kb: { before: rssBeforeKb, live_median: liveKb, live_samples: live.samples.length, per_live_call: perCallKb === null ? null : round(perCallKb, 1) },
      cpu_ms_per_turn: { api: round(cpuMs.api / Math.max(1, measured.length), 2), worker: round(cpuMs.worker / Math.max(1, measured.length), 2) },
      loadavg_at_start: loadAtStart,
      loadavg_at_end: os.loadavg().map((l) => round(l, 2)),
      rss_mb: rssMb,
      targets,
      rows: [
        ['calls × turns, model', `${CALLS} × ${TURNS}; first token ${FIRST_TOKEN_MS} ms, then ${TOKEN_MS} ms per token (${tokensOf(ANSWER).length} tokens)`],
        ['turns answered / failed', `${answered.length} / ${failed.length}`],
        ['added latency p50 / p95 / p99 / max', quartet(addedStats)],
        ['added latency max by turn', byTurn.map((value, t) => `${t + 1}: ${fmt(value)}`).join(', ') + ' ms'],
        ['end to end (caller\'s last words → first token) p50 / p95 / p99 / max', quartet(e2e)],
        ['caller\'s last words → request at the model p50 / p99', `${fmt(stats(toModel).p50)} / ${fmt(stats(toModel).p99)} ms`],
        ['stored latency_ms of bot lines p50 / p95 / p99 / max', quartet(storedStats)],
        ['calls ended: end_call / hangup / not clean; call_status', `${ended.filter((c) => c.clean && c.reason === 'end_call').length} / `
          + `${ended.filter((c) => c.clean && c.reason === 'hangup').length} / ${ended.filter((c) => !c.clean).length}; `
          + Object.entries(countBy(statuses)).map(([status, n]) => `${status} ${n}`).join(', ')],
        ['API RSS before / with all calls live (median) / per live call',
          `${fmt(rssBeforeKb / 1024)} / ${fmt(liveKb === null ? null : liveKb / 1024)} MB / ${perCallKb === null ? 'n/a' : `${fmt(perCallKb, 0)} kB`}`],
        ['CPU per turn while the calls talk: api / worker', `${fmt(cpuMs.api / Math.max(1, measured.length), 2)} / ${fmt(cpuMs.worker / Math.max(1, measured.length), 2)} ms`],
        ['the bench process\'s own event-loop lag p99 / max', `${fmt(lag(benchLoop.percentile(99)))} / ${fmt(lag(benchLoop.max))} ms`],
        ['load average start → end', `${loadAtStart.join(' ')} → ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`],
        rssRow(rssMb),
      ],
    };
  } finally {
    await twilio.close();
    await openai.close();
  }
}

function newTurn(call, turn, endCall) {
  return {
    call, turn, endCall, answer: tokensOf(endCall ? GOODBYE : ANSWER),
    modelRequests: 0, modelRequestAt: null, modelFirstAt: null, result: null, failure: null,
  };
}

/** POST /crm/calls/initiate for each lead, all at once; each answered call with what Twilio received for it. */
async function placeCalls(ctx, twilio, leads) {
  return Promise.all(leads.map(async (lead) => {
    const call = await ok(ctx, 'POST', '/api/v1/crm/calls/initiate', ctx.fixture.apiKey, {
      contact_id: lead.contactId, opportunity_id: lead.opportunityId, agent_type: AGENT,
    });
    const placed = twilio.calls.get(call.external_call_id);
    if (!placed) throw new Error(`call ${call.id} was answered as placed (${call.external_call_id}) but Twilio has no such call`);
    return { id: call.id, placed };
  }));
}

/**
 * One call's conversation: TURNS caller prompts, each after the bot's whole answer and a pause;
 * the last answer of every other call comes with the model's end_call (the app ends the session),
 * the others hang up after it.
 */
async function converse(client, i, turns, live) {
  const endsByTool = i % 2 === 0;
  await sleep(Math.random() * PAUSE_MS);
  for (let t = 1; t <= TURNS; t++) {
    const said = `Llamada ${i + 1}, turno ${t}: ${CALLER[(t - 1) % CALLER.length]}`;
    const turn = newTurn(i, t, endsByTool && t === TURNS);
    turns.set(said, turn);
    try {
      turn.result = await client.say(said, TURN_TIMEOUT_MS);
      const expected = turn.answer.join('');
      if (turn.result.text !== expected) turn.failure = `answer ${JSON.stringify(turn.result.text)} instead of ${JSON.stringify(expected)}`;
      else if (turn.modelFirstAt === null || turn.result.firstAt === null) turn.failure = 'no first token';
      else if (turn.modelRequests !== 1) turn.failure = `${turn.modelRequests} model requests for the turn`;
    } catch (error) {
      turn.failure = error.message;
    }
    if (t === 1) live.answeredOnce += 1;
    if (turn.failure) break;
    if (t < TURNS) await sleep(PAUSE_MS * (0.5 + Math.random()));
  }
  live.ended += 1;
  const end = endsByTool ? await client.waitForEnd() : null;
  const closedWith = await client.close();
  return { endsByTool, end, closedWith, frames: client.frames.length };
}

/** The ai_calls rows once ended (the relay writes them after the socket closes), checked against how each call was meant to end. */
async function endings(tenantId, calls, conversations) {
  const ids = calls.map((call) => call.id);
  let rows = [];
  for (let waited = 0; waited < 15_000; waited += 250) {
    rows = await withClient(config.databaseUrl, async (client) => (await client.query(
      `select call_id, status, end_reason, turns from ai_calls where tenant_id = $1 and call_id = any($2::uuid[])`, [tenantId, ids])).rows);
    if (rows.length === ids.length && rows.every((row) => row.status === 'ended')) break;
    await sleep(250);
  }
  const byId = new Map(rows.map((row) => [row.call_id, row]));
  return calls.map((call, i) => {
    const row = byId.get(call.id) ?? {};
    const conversation = conversations[i];
    const reason = conversation.endsByTool ? 'end_call' : 'hangup';
    const clean = row.status === 'ended' && row.end_reason === reason && row.turns === TURNS && conversation.closedWith === 1000
      && (!conversation.endsByTool || conversation.end?.reason === 'end_call');
    return { call_id: call.id, clean, reason: row.end_reason ?? null, status: row.status ?? null, turns: row.turns ?? null, closed_with: conversation.closedWith, end: conversation.end };
  });
}

/** GET /crm/calls/:id/transcript of every call: the bot lines' latency_ms, and whether each transcript has every line. */
async function storedLatencies(ctx, apiKey, calls) {
  const transcripts = await inParallel(calls.length, 4, async (i) => ok(ctx, 'GET', `/api/v1/crm/calls/${calls[i].id}/transcript`, apiKey));
  const latencies = [];
  let complete = 0;
  for (const transcript of transcripts) {
    const lines = transcript.lines ?? [];
    if (lines.length === 1 + 2 * TURNS) complete += 1;
    for (const line of lines) if (line.speaker === 'bot' && typeof line.latency_ms === 'number') latencies.push(line.latency_ms);
  }
  return { latencies, summary: { calls: transcripts.length, complete, bot_lines_with_latency: latencies.length } };
}

async function rssMedian(proc, count) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    samples.push(rssKb(proc));
    await sleep(200);
  }
  return median(samples);
}

function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Nearest-rank percentiles, as the harness's Samples, with p95. */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => (sorted.length === 0 ? null : round(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)], 2));
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: at(100) };
}

/** A histogram value (ns) less the timer's own interval, in ms. */
const lag = (ns) => round(Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS), 2);
const msOrNa = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);
const quartet = (s) => `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)} / ${fmt(s.max)} ms`;
const countBy = (values) => values.reduce((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
const turnTimes = (turn) => ({
  call: turn.call + 1, turn: turn.turn, added_ms: round(turn.result.firstAt - turn.modelFirstAt, 2),
  end_to_end_ms: round(turn.result.firstAt - turn.result.sentAt, 2), to_model_ms: round(turn.modelRequestAt - turn.result.sentAt, 2),
});
const describeFailure = (turn) => ({ call: turn.call + 1, turn: turn.turn, failure: turn.failure });

/** Twilio's status callback for the call, which the app must accept (204). */
async function status(ctx, twilio, call, callStatus, duration) {
  const answer = await twilio.status(call.placed, callStatus, ctx.baseUrl, duration);
  if (answer !== 204) throw new Error(`the ${callStatus} status callback of call ${call.id} answered ${answer}`);
}

async function ok(ctx, method, path, apiKey, body) {
  const res = await api(ctx, method, path, { apiKey, body });
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${res.text.slice(0, 500)}`);
  return res.json;
}

export default { name: 'ai-relay', run };

if (import.meta.url === `file://${process.argv[1]}`) main([{ name: 'ai-relay', run }]);
