import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import {
  CreateContactCommand, CreateOpportunityCommand, GetOpportunityQuery, GetScoreRecomputeQuery, MoveOpportunityStageCommand,
  RecomputeLeadScoresJob, RedefinePipelineCommand, RescoreOpportunityCommand, StartScoreRecomputeCommand, UpdateOpportunityCommand,
  GetDefaultPipelineQuery,
} from '@leadline/crm-domain';
import { type CommandContext } from '@leadline/shared-kernel';
import { sql } from '../support/db.js';
import { startMedium, type Medium } from '../support/medium.js';

/** Lead scoring's handlers against PostgreSQL: the stored score, its events, bulk recompute, concurrent writers. */
let medium: Medium;
const db = sql();

beforeAll(async () => {
  medium = await startMedium();
});

afterAll(async () => {
  await db.end();
  await medium.close();
});

async function aLead(context: CommandContext, opportunityScore: number | null = 60): Promise<string> {
  return medium.run(async () => {
    const contact = await medium.commands.execute(new CreateContactCommand(context, { phone: `+5255${randomInt(10_000_000, 99_999_999)}` }));
    return (await medium.commands.execute(new CreateOpportunityCommand(context, { contactId: contact.snapshot.id, opportunityScore }))).id;
  });
}

const rescore = (context: CommandContext, id: string) => medium.run(() => medium.commands.execute(new RescoreOpportunityCommand(context, id)));
const read = (context: CommandContext, id: string) => medium.run(() => medium.queries.execute(new GetOpportunityQuery(context.tenantId, id)));
const scoreEvents = async (id: string) =>
  (await db.query(`select payload from outbox_events where aggregate_id = $1 and type = 'opportunity.score_changed' order by occurred_at, id`, [id])).rows
    .map((row) => row.payload);

/** The default pipeline with score multipliers on some stages. */
async function withMultipliers(context: CommandContext, multipliers: Record<string, number>) {
  await medium.run(async () => {
    const pipeline = await medium.queries.execute(new GetDefaultPipelineQuery(context.tenantId));
    await medium.commands.execute(new RedefinePipelineCommand(context, pipeline.id, {
      stages: pipeline.snapshot.stages.map((stage) => ({ ...stage, scoreMultiplier: multipliers[stage.key] ?? stage.scoreMultiplier })),
    }));
  });
}

describe('rescoring one opportunity', () => {
  it('stores the score and publishes score_changed {from, to} only when the value changes', async () => {
    const context = await medium.aTenant();
    const id = await aLead(context, 60);

    expect(await rescore(context, id)).toMatchObject({ value: 30, base: 30, multiplier: 1, modelVersion: 1 });
    expect((await read(context, id)).leadScore).toMatchObject({ value: 30 });
    await rescore(context, id); // nothing changed: no event, no new version
    const version = (await read(context, id)).version;
    await medium.run(() => medium.commands.execute(new UpdateOpportunityCommand(context, id, { opportunityScore: 80 })));
    await rescore(context, id);

    expect(await scoreEvents(id)).toEqual([
      expect.objectContaining({ from: null, to: 30 }),
      expect.objectContaining({ from: 30, to: 40 }),
    ]);
    expect((await read(context, id)).version).toBe(version + 1); // the edit; a rescoring leaves the version alone
  });

  it('uses the current stage multiplier', async () => {
    const context = await medium.aTenant();
    await withMultipliers(context, { agendado: 1.5 });
    const id = await aLead(context, 60);
    await medium.run(() => medium.commands.execute(new MoveOpportunityStageCommand(context, id, 'agendado', null, 'test')));

    expect(await rescore(context, id)).toMatchObject({ value: 45, multiplier: 1.5, components: [{ rule: 'stage_score', points: 15 }] });
  });

  it('loses no update when a stage move, a score edit and rescorings run at once', async () => {
    const context = await medium.aTenant();
    await withMultipliers(context, { agendado: 2 });
    const id = await aLead(context, 20);
    await rescore(context, id);

    await Promise.all([
      medium.run(() => medium.commands.execute(new MoveOpportunityStageCommand(context, id, 'agendado', null, 'test'))),
      medium.run(() => medium.commands.execute(new UpdateOpportunityCommand(context, id, { opportunityScore: 40 }))),
      rescore(context, id), rescore(context, id), rescore(context, id),
    ]);
    await rescore(context, id); // what the move's and the edit's events do next

    const after = await read(context, id);
    expect(after).toMatchObject({ opportunityScore: 40, stage: expect.objectContaining({ currentStage: 'agendado' }) });
    expect(after.leadScore).toMatchObject({ value: 40, base: 20, multiplier: 2 });
  });
});

describe('recomputing every lead', () => {
  it('goes batch by batch from its cursor, counts its progress, and writes only changed scores', async () => {
    const context = await medium.aTenant();
    const ids = [await aLead(context, 10), await aLead(context, 20), await aLead(context, 30), await aLead(context, 40), await aLead(context, null)];
    await rescore(context, ids[0]!); // already right: not changed by the run

    const started = await medium.run(() => medium.commands.execute(new StartScoreRecomputeCommand(context)));
    expect(started).toMatchObject({ status: 'queued', total: 5, processed: 0, changed: 0, modelVersion: 1 });
    await medium.run(() => medium.get(RecomputeLeadScoresJob).run({ tenantId: context.tenantId, recomputeId: started.id, batchSize: 2 }));

    const status = await medium.run(() => medium.queries.execute(new GetScoreRecomputeQuery(context.tenantId, started.id)));
    expect(status).toMatchObject({ status: 'completed', total: 5, processed: 5, changed: 4, startedAt: expect.any(Date), finishedAt: expect.any(Date) });
    const values = await Promise.all(ids.map(async (id) => (await read(context, id)).leadScore?.value));
    expect(values).toEqual([5, 10, 15, 20, 0]);
    expect(await scoreEvents(ids[3]!)).toEqual([expect.objectContaining({ from: null, to: 20 })]);
  });

  it('a newer run supersedes a running one, which then stops', async () => {
    const context = await medium.aTenant();
    await aLead(context);
    const first = await medium.run(() => medium.commands.execute(new StartScoreRecomputeCommand(context)));
    const second = await medium.run(() => medium.commands.execute(new StartScoreRecomputeCommand(context)));
    await medium.run(() => medium.get(RecomputeLeadScoresJob).run({ tenantId: context.tenantId, recomputeId: first.id }));

    const [a, b] = await medium.run(() => Promise.all([first, second].map((run) => medium.queries.execute(new GetScoreRecomputeQuery(context.tenantId, run.id)))));
    expect(a).toMatchObject({ status: 'superseded', processed: 0 });
    expect(b).toMatchObject({ status: 'queued' });
  });
});
