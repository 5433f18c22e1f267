import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import {
  ConfigureAiCommand, ProvideTranscriptCommand, RequestCallAnalysisCommand, type CallAnalysis, type ProvidedLine,
} from '@leadline/ai-agent';
import { CreateContactCommand, CreateOpportunityCommand } from '@leadline/crm-domain';
import type { CommandContext } from '@leadline/shared-kernel';
import { CreateCallCommand } from '@leadline/telephony';
import { sql } from '../support/db.js';
import { startMedium, type Medium } from '../support/medium.js';
import { startOpenAi, type OpenAiStandIn } from '../support/stand-ins/openai.js';

/**
 * Asking for call analyses, against PostgreSQL (no worker: the jobs stay queued). Versions are
 * numbered one at a time per call, under the call row's lock: racing requests, transcripts and
 * re-analyses never give two versions with one number, nor a second analysis while one is waiting.
 */
let medium: Medium;
let openai: OpenAiStandIn;
const db = sql();
const API_KEY = 'sk-medium-analysis';

beforeAll(async () => {
  openai = await startOpenAi({ apiKey: API_KEY });
  medium = await startMedium();
});

afterAll(async () => {
  await db.end();
  await medium.close();
  await openai.close();
});

const LINES: ProvidedLine[] = [
  { speaker: 'agent', text: '¿Qué busca?' }, { speaker: 'customer', text: 'Un departamento.' },
  { speaker: 'agent', text: '¿Presupuesto?' }, { speaker: 'customer', text: 'Dos millones.' },
];

async function aCall(): Promise<{ context: CommandContext; callId: string }> {
  const context = await medium.aTenant();
  const callId = await medium.run(async () => {
    await medium.commands.execute(new ConfigureAiCommand(context, { apiKey: API_KEY, baseUrl: openai.baseUrl, model: 'gpt-4o-mini' }));
    const contact = await medium.commands.execute(new CreateContactCommand(context, { phone: `+5255${randomInt(10_000_000, 99_999_999)}` }));
    await medium.commands.execute(new CreateOpportunityCommand(context, { contactId: contact.snapshot.id }));
    const call = await medium.commands.execute(new CreateCallCommand(context, { direction: 'outbound', entityId: contact.snapshot.id, callStatus: 'completed' }));
    return call.snapshot.id;
  });
  return { context, callId };
}

const provide = (context: CommandContext, callId: string, lines = LINES) =>
  medium.run(() => medium.commands.execute(new ProvideTranscriptCommand(context, callId, 'es', lines)));
const analyze = (context: CommandContext, callId: string, force: boolean) =>
  medium.run(() => medium.commands.execute(new RequestCallAnalysisCommand(context, callId, undefined, force)));
const versions = async (callId: string) =>
  (await db.query(`select version, status from call_analyses where call_id = $1 order by version`, [callId])).rows;
const scheduled = async (tenantId: string) =>
  (await db.query(`select count(*)::int as n from scheduled_jobs where tenant_id = $1 and name = 'ai.analyze-call'`, [tenantId])).rows[0].n;

describe('asking for call analyses', () => {
  it('gives one queued analysis to twenty racing requests while one is waiting, each with its scheduled job', async () => {
    const { context, callId } = await aCall();
    const first = await provide(context, callId);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => analyze(context, callId, i % 2 === 0)));
    expect(new Set(answers.map((answer: CallAnalysis) => answer.id))).toEqual(new Set([first.analysis!.id]));
    expect(await versions(callId)).toEqual([{ version: 1, status: 'queued' }]);
    expect(await scheduled(context.tenantId)).toBe(1);
  });

  it('makes exactly one new version out of twenty racing forced re-analyses of a done one', async () => {
    const { context, callId } = await aCall();
    await provide(context, callId);
    await db.query(`update call_analyses set status = 'completed' where call_id = $1`, [callId]);
    const answers = await Promise.all(Array.from({ length: 20 }, () => analyze(context, callId, true)));
    expect(new Set(answers.map((answer: CallAnalysis) => answer.version))).toEqual(new Set([2]));
    expect(await versions(callId)).toEqual([{ version: 1, status: 'completed' }, { version: 2, status: 'queued' }]);
    // Without force, the latest answers.
    await db.query(`update call_analyses set status = 'failed' where call_id = $1 and version = 2`, [callId]);
    expect((await analyze(context, callId, false)).version).toBe(2);
    expect(await scheduled(context.tenantId)).toBe(2);
  });

  it('queues one new version for racing new transcripts, and nothing for the same lines again', async () => {
    const { context, callId } = await aCall();
    await provide(context, callId);
    await db.query(`update call_analyses set status = 'completed' where call_id = $1`, [callId]);
    const again = await Promise.all(Array.from({ length: 10 }, () => provide(context, callId)));
    expect(again.every((answer) => answer.analysis === null)).toBe(true);
    expect(await versions(callId)).toEqual([{ version: 1, status: 'completed' }]);
    const changed = await Promise.all(Array.from({ length: 5 }, (_, i) => provide(context, callId, [...LINES, { speaker: 'customer', text: `Otra cosa ${i}` }])));
    // The first new transcript queues version 2; the others find it waiting (it reads the transcript when it runs).
    expect(new Set(changed.map((answer) => answer.analysis!.version))).toEqual(new Set([2]));
    expect(await versions(callId)).toEqual([{ version: 1, status: 'completed' }, { version: 2, status: 'queued' }]);
  });
});
