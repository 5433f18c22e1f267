import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import {
  CreateContactCommand, CreateOpportunityCommand, GetOpportunityQuery, ListOpportunitiesQuery, MoveOpportunityStageCommand,
} from '@leadline/crm-domain';
import { NotFoundError, TenantReader, type CommandContext } from '@leadline/shared-kernel';
import { startMedium, type Medium } from '../support/medium.js';

/** The read side: views built by tenant-scoped SQL, joins included, no lists of ids collected first. */
let medium: Medium;

beforeAll(async () => {
  medium = await startMedium();
});

afterAll(() => medium.close());

async function anOpportunityIn(context: CommandContext, stage?: string): Promise<string> {
  return medium.run(async () => {
    const contact = await medium.commands.execute(new CreateContactCommand(context, { firstName: 'Ana', phone: `+5255${randomInt(10_000_000, 99_999_999)}` }));
    const opportunity = await medium.commands.execute(new CreateOpportunityCommand(context, { contactId: contact.snapshot.id }));
    if (stage) await medium.commands.execute(new MoveOpportunityStageCommand(context, opportunity.id, stage, null, 'test'));
    return opportunity.id;
  });
}

const list = (tenantId: string, filter: Record<string, string>, page: { limit: number; after?: string } = { limit: 50 }) =>
  medium.run(() => medium.queries.execute(new ListOpportunitiesQuery(tenantId, filter, page)));

describe('opportunity reads', () => {
  it('filters by the stage on the joined stage row, newest first, page by page', async () => {
    const context = await medium.aTenant();
    const [a, b, c] = [await anOpportunityIn(context, 'perfilamiento'), await anOpportunityIn(context), await anOpportunityIn(context, 'perfilamiento')];

    const first = await list(context.tenantId, { stage: 'perfilamiento' }, { limit: 1 });
    expect(first.data.map((o) => o.id)).toEqual([c]);
    const second = await list(context.tenantId, { stage: 'perfilamiento' }, { limit: 1, after: first.nextCursor! });
    expect(second).toEqual({ data: [expect.objectContaining({ id: a, stage: expect.objectContaining({ currentStage: 'perfilamiento' }) })], nextCursor: null });
    expect((await list(context.tenantId, { stage: 'agent_initial' })).data.map((o) => o.id)).toEqual([b]);
  });

  it('a view carries its stage and dates as the aggregate does', async () => {
    const context = await medium.aTenant();
    const id = await anOpportunityIn(context, 'agendado');
    const view = await medium.run(() => medium.queries.execute(new GetOpportunityQuery(context.tenantId, id)));
    expect(view).toMatchObject({ id, tenantId: context.tenantId, status: 'pending', version: 2, stage: { entityType: 'leads', entityId: id, currentStage: 'agendado' } });
    expect(view.stage.stageEnteredAt).toBeInstanceOf(Date);
    expect(view.createdAt.getTime()).toBeLessThanOrEqual(view.updatedAt.getTime());
  });

  it('never answers another tenant\'s rows, and refuses a read without a tenant', async () => {
    const mine = await medium.aTenant();
    const theirs = await medium.aTenant();
    const id = await anOpportunityIn(mine, 'perfilamiento');

    expect((await list(theirs.tenantId, { stage: 'perfilamiento' })).data).toEqual([]);
    await expect(medium.run(() => medium.queries.execute(new GetOpportunityQuery(theirs.tenantId, id)))).rejects.toBeInstanceOf(NotFoundError);
    await expect(medium.run(() => medium.get(TenantReader).rows('', { select: '1', from: ['lead_opportunities', 'o'] })))
      .rejects.toThrow(/needs a tenant id/);
  });
});
