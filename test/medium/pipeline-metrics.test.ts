import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import {
  CreateContactCommand, CreateOpportunityCommand, GetPipelineMetricsQuery, ListInactiveLeadsQuery, ListStageLeadsQuery,
  MoveOpportunityStageCommand, UpdateOpportunityCommand, type StageMetrics,
} from '@leadline/crm-domain';
import { NotFoundError, type CommandContext } from '@leadline/shared-kernel';
import { FakeClock } from '../support/app.js';
import { sql } from '../support/db.js';
import { startMedium, type Medium } from '../support/medium.js';

/**
 * Contract §11's metrics on histories built move by move at known times, against numbers worked out
 * by hand below. Day 0 is 1 Jan 2026; the window is [day 10, day 20); "now" is day 30.
 */
const DAY = 86_400;
const T0 = Date.UTC(2026, 0, 1);
const at = (day: number) => new Date(T0 + day * DAY * 1000);

const clock = new FakeClock(at(0));
let medium: Medium;
const db = sql();

beforeAll(async () => {
  medium = await startMedium({ clock });
});

afterAll(async () => {
  await medium.close();
  await db.end();
});

const setDay = (day: number) => clock.advance(at(day).getTime() - clock.now().getTime());

/** Creates an opportunity on `created` and moves it through `moves` ([day, stage]), each at its day. */
async function aHistory(context: CommandContext, created: number, moves: [number, string][]): Promise<string> {
  setDay(created);
  const id = await medium.run(async () => {
    const contact = await medium.commands.execute(new CreateContactCommand(context, { phone: `+5255${randomInt(10_000_000, 99_999_999)}` }));
    return (await medium.commands.execute(new CreateOpportunityCommand(context, { contactId: contact.snapshot.id }))).id;
  });
  for (const [day, stage] of moves) {
    setDay(day);
    await medium.run(() => medium.commands.execute(new MoveOpportunityStageCommand(context, id, stage, null, 'test')));
  }
  return id;
}

const metrics = (tenantId: string, window: { from?: Date; to?: Date } = { from: at(10), to: at(20) }, pipelineId?: string) =>
  medium.run(() => medium.queries.execute(new GetPipelineMetricsQuery(tenantId, pipelineId, window.from, window.to)));

const EMPTY: Omit<StageMetrics, 'key' | 'name' | 'kind'> = {
  count: 0, entered: 0, advanced: 0, conversionRate: null, avgTimeInStageSeconds: null, medianTimeInStageSeconds: null,
  currentAvgAgeSeconds: null, inactive: 0,
};

describe('pipeline metrics', () => {
  it('match the hand-computed numbers: re-entry, skipped stages, a backward move, won, lost, visits the window cuts', async () => {
    const context = await medium.aTenant();
    // A: back to the initial stage and in again (re-entry), then on to calificacion_financiera, where it stays.
    await aHistory(context, 0, [[11, 'perfilamiento'], [12, 'agent_initial'], [13, 'perfilamiento'], [15, 'calificacion_financiera']]);
    // B: skips from the initial stage to agendado (its initial visit began before the window), then won.
    await aHistory(context, 9, [[14, 'agendado'], [16, 'ganado']]);
    // C: its perfilamiento visit ends after the window, in a lost stage (no advance, no time in the window).
    await aHistory(context, 12, [[13, 'perfilamiento'], [25, 'perdido']]);
    // D: lost within the window, after an initial visit that began before it.
    await aHistory(context, 5, [[18, 'perdido']]);
    setDay(30);

    const result = await metrics(context.tenantId);

    const stage = (key: string) => result.stages.find((s) => s.key === key)!;
    // agent_initial: entries A@12, C@12, both advanced. Visits ended in the window: A 0→11 (11 d), A 12→13 (1 d),
    // B 9→14 (5 d), C 12→13 (1 d), D 5→18 (13 d): mean 31/5 = 6.2 d, median 5 d.
    expect(stage('agent_initial')).toEqual({
      ...EMPTY, key: 'agent_initial', name: 'Entrada', kind: 'open', entered: 2, advanced: 2, conversionRate: 1,
      avgTimeInStageSeconds: 6.2 * DAY, medianTimeInStageSeconds: 5 * DAY,
    });
    // perfilamiento: entries A@11, A@13 (re-entry), C@13; A's two advanced (calificacion later), C's did not (lost).
    // Ended in the window: A 11→12 (1 d), A 13→15 (2 d); C's visit ends on day 25.
    expect(stage('perfilamiento')).toEqual({
      ...EMPTY, key: 'perfilamiento', name: 'Perfilamiento', kind: 'open', entered: 3, advanced: 2, conversionRate: 2 / 3,
      avgTimeInStageSeconds: 1.5 * DAY, medianTimeInStageSeconds: 1.5 * DAY,
    });
    // calificacion_financiera: A entered on day 15 and is there now, untouched for 15 days (> 7): inactive.
    expect(stage('calificacion_financiera')).toEqual({
      ...EMPTY, key: 'calificacion_financiera', name: 'Calificación financiera', kind: 'open', count: 1, entered: 1, conversionRate: 0,
      currentAvgAgeSeconds: 15 * DAY, inactive: 1,
    });
    // agendado: B 14→16, advanced by the win.
    expect(stage('agendado')).toEqual({
      ...EMPTY, key: 'agendado', name: 'Agendado', kind: 'open', entered: 1, advanced: 1, conversionRate: 1,
      avgTimeInStageSeconds: 2 * DAY, medianTimeInStageSeconds: 2 * DAY,
    });
    expect(stage('seguimiento')).toEqual({ ...EMPTY, key: 'seguimiento', name: 'Seguimiento', kind: 'open' });
    // ganado: B since day 16. perdido: D (day 18, in the window) and C (day 25, after it): ages 12 d and 5 d.
    expect(stage('ganado')).toEqual({
      ...EMPTY, key: 'ganado', name: 'Ganado', kind: 'won', count: 1, entered: 1, conversionRate: 0, currentAvgAgeSeconds: 14 * DAY,
    });
    expect(stage('perdido')).toEqual({
      ...EMPTY, key: 'perdido', name: 'Perdido', kind: 'lost', count: 2, entered: 1, conversionRate: 0, currentAvgAgeSeconds: 8.5 * DAY,
    });
    expect(result).toMatchObject({ from: at(10), to: at(20), generatedAt: at(30), open: 1, won: 1, lost: 1, winRate: 0.5 });
    expect(result.stages.map((s) => s.key)).toEqual([
      'agent_initial', 'perfilamiento', 'calificacion_financiera', 'agendado', 'seguimiento', 'referidos', 'ganado', 'perdido',
    ]);
  });

  it('default to the last 30 days, and count only the pipeline asked for', async () => {
    const context = await medium.aTenant();
    await aHistory(context, 100, [[101, 'perfilamiento']]);
    await aHistory(context, 140, []);
    setDay(140);

    const result = await metrics(context.tenantId, {});

    expect(result).toMatchObject({ from: at(110), to: at(140), open: 2, won: 0, lost: 0, winRate: null });
    expect(result.stages.find((s) => s.key === 'agent_initial')).toMatchObject({ count: 1, entered: 0 });
    expect(result.stages.find((s) => s.key === 'perfilamiento')).toMatchObject({ count: 1, entered: 0, inactive: 1 });
  });

  it("never count another tenant's opportunities, nor answer another tenant's pipeline", async () => {
    const mine = await medium.aTenant();
    const theirs = await medium.aTenant();
    await aHistory(mine, 10, [[11, 'perfilamiento']]);
    setDay(12);

    const result = await metrics(theirs.tenantId, { from: at(0), to: at(20) });
    expect(result.open).toBe(0);
    expect(result.stages.every((s) => s.count === 0 && s.entered === 0)).toBe(true);
    const minePipeline = (await metrics(mine.tenantId)).pipelineId;
    await expect(metrics(theirs.tenantId, {}, minePipeline)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('stage counts', () => {
  /** What the stage history says each stage holds now: the numbers the maintained counts must match. */
  async function currentVisits(tenantId: string): Promise<Record<string, number>> {
    const { rows } = await db.query<{ to_stage: string; n: number }>(
      'select to_stage, count(*)::int as n from opportunity_stage_history where tenant_id = $1 and left_at is null group by to_stage', [tenantId]);
    return Object.fromEntries(rows.map((row) => [row.to_stage, row.n]));
  }
  const counted = async (tenantId: string) => Object.fromEntries(
    (await metrics(tenantId, {})).stages.filter((stage) => stage.count > 0).map((stage) => [stage.key, stage.count]));

  it('stay exact under concurrent moves in opposite directions, a deleted opportunity and a compaction', async () => {
    const context = await medium.aTenant();
    const ids: string[] = [];
    for (let i = 0; i < 16; i++) ids.push(await aHistory(context, 300, i % 2 ? [[300, 'perfilamiento']] : []));
    setDay(301);

    // Each opportunity crosses to the other stage, all at once: the two directions touch the two
    // stages' counts in opposite orders, which must neither deadlock nor lose a move.
    const moves = await Promise.allSettled(ids.map((id, i) => medium.run(() => medium.commands.execute(
      new MoveOpportunityStageCommand(context, id, i % 2 ? 'agent_initial' : 'perfilamiento', null, 'test')))));
    expect(moves.filter((move) => move.status === 'rejected')).toEqual([]);
    expect(await counted(context.tenantId)).toEqual({ agent_initial: 8, perfilamiento: 8 });
    expect(await counted(context.tenantId)).toEqual(await currentVisits(context.tenantId));

    await db.query('delete from lead_opportunities where id = $1', [ids[0]]);
    await db.query('select compact_stage_visit_counts()');
    expect(await counted(context.tenantId)).toEqual({ agent_initial: 8, perfilamiento: 7 });
    const { rows } = await db.query('select distinct slot from stage_visit_counts where tenant_id = $1', [context.tenantId]);
    expect(rows).toEqual([{ slot: 0 }]);
    setDay(302);
    const afterCompaction = await metrics(context.tenantId, {});
    expect(afterCompaction.stages.find((stage) => stage.key === 'perfilamiento')).toMatchObject({ count: 7, currentAvgAgeSeconds: DAY });
  });
});

describe('leads by stage and inactive leads', () => {
  it('list the stage longest in it first, and the idle ones most idle first with idle_seconds; an edit is activity', async () => {
    const context = await medium.aTenant();
    const early = await aHistory(context, 200, [[201, 'perfilamiento']]);
    const late = await aHistory(context, 203, [[204, 'perfilamiento']]);
    const touched = await aHistory(context, 200, [[202, 'perfilamiento']]);
    setDay(208);
    await medium.run(() => medium.commands.execute(new UpdateOpportunityCommand(context, touched, { notes: 'llamar mañana' })));
    setDay(212);

    const leads = await medium.run(() => medium.queries.execute(new ListStageLeadsQuery(context.tenantId, { stage: 'perfilamiento' }, { limit: 2 })));
    expect(leads.data.map((lead) => lead.opportunity.id)).toEqual([early, touched]);
    expect(leads.data[0]).toMatchObject({ timeInStageSeconds: 11 * DAY, idleSeconds: 11 * DAY });
    const rest = await medium.run(() => medium.queries.execute(
      new ListStageLeadsQuery(context.tenantId, { stage: 'perfilamiento' }, { limit: 2, after: leads.nextCursor! })));
    expect(rest).toMatchObject({ data: [expect.objectContaining({ opportunity: expect.objectContaining({ id: late }) })], nextCursor: null });

    // Idle for 7 days or more (the default): early (11 d) and late (8 d); touched was edited 4 days ago.
    const inactive = await medium.run(() => medium.queries.execute(new ListInactiveLeadsQuery(context.tenantId, { stage: 'perfilamiento' }, { limit: 50 })));
    expect(inactive.data.map((lead) => [lead.opportunity.id, lead.idleSeconds])).toEqual([[early, 11 * DAY], [late, 8 * DAY]]);
    const idle3 = await medium.run(() => medium.queries.execute(new ListInactiveLeadsQuery(context.tenantId, { stage: 'perfilamiento', days: 3 }, { limit: 50 })));
    expect(idle3.data.map((lead) => lead.opportunity.id)).toEqual([early, late, touched]);
  });

  it('answer a stage the pipeline does not have as not found', async () => {
    const context = await medium.aTenant();
    await expect(medium.run(() => medium.queries.execute(new ListStageLeadsQuery(context.tenantId, { stage: 'demo' }, { limit: 5 }))))
      .rejects.toBeInstanceOf(NotFoundError);
  });
});
