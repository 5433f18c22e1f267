import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { migrate } from '../../apps/api/src/migrate.js';
import { TEST_DATABASE_URL } from '../support/config.js';
import { sql } from '../support/db.js';

/**
 * Seed 000's 1:1:1 rule, held by the database itself: these statements bypass the application
 * entirely, as a careless script or a future bug would.
 */
let db: pg.Pool;

beforeAll(async () => {
  await migrate(TEST_DATABASE_URL);
  db = sql();
});

afterAll(async () => {
  await db.end();
});

interface Fixture {
  tenant: string;
  contact: string;
  pipeline: string;
}

async function fixture(): Promise<Fixture> {
  const f = { tenant: randomUUID(), contact: randomUUID(), pipeline: randomUUID() };
  await db.query(`insert into tenants (id, name, slug) values ($1, 'Raw SQL', $2)`, [f.tenant, `raw-${f.tenant}`]);
  await db.query(`insert into contacts (id, tenant_id, first_name, created_at, updated_at) values ($1, $2, 'Raw', now(), now())`, [
    f.contact, f.tenant,
  ]);
  await db.query(
    `insert into pipelines (id, tenant_id, name, is_default, initial_stage, stages, created_at, updated_at)
     values ($1, $2, 'P', true, 'agent_initial', '[]', now(), now())`,
    [f.pipeline, f.tenant],
  );
  return f;
}

const insertOpportunity = (client: pg.PoolClient | pg.Pool, f: Fixture, id: string, stageId: string) =>
  client.query(
    `insert into lead_opportunities (id, tenant_id, contact_id, pipeline_id, pipeline_stage_id, detected_at, created_at, updated_at)
     values ($1, $2, $3, $4, $5, now(), now(), now())`,
    [id, f.tenant, f.contact, f.pipeline, stageId],
  );

const insertStage = (client: pg.PoolClient | pg.Pool, f: Fixture, id: string, opportunityId: string, tenant = f.tenant) =>
  client.query(
    `insert into pipeline_stages (id, tenant_id, entity_type, entity_id, current_stage, stage_entered_at, created_at, updated_at)
     values ($1, $2, 'leads', $3, 'agent_initial', now(), now(), now())`,
    [id, tenant, opportunityId],
  );

/** Runs statements in one transaction and returns the error COMMIT (or a statement) raised. */
async function transaction(work: (client: pg.PoolClient) => Promise<unknown>): Promise<{ constraint?: string; code?: string } | null> {
  const client = await db.connect();
  try {
    await client.query('begin');
    await work(client);
    await client.query('commit');
    return null;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    return error as { constraint?: string; code?: string };
  } finally {
    client.release();
  }
}

async function aPair(f: Fixture) {
  const opportunity = randomUUID();
  const stage = randomUUID();
  const error = await transaction(async (client) => {
    await insertOpportunity(client, f, opportunity, stage);
    await insertStage(client, f, stage, opportunity);
  });
  expect(error).toBeNull();
  return { opportunity, stage };
}

describe('lead_opportunities ↔ pipeline_stages, enforced by PostgreSQL', () => {
  it('accepts an opportunity and its stage inserted together in one transaction', async () => {
    const f = await fixture();
    const { opportunity, stage } = await aPair(f);
    const { rows } = await db.query('select pipeline_stage_id from lead_opportunities where id = $1', [opportunity]);
    expect(rows).toEqual([{ pipeline_stage_id: stage }]);
  });

  it('refuses, at COMMIT, an opportunity without its stage', async () => {
    const f = await fixture();
    const error = await transaction((client) => insertOpportunity(client, f, randomUUID(), randomUUID()));
    expect(error).toMatchObject({ code: '23503', constraint: 'fk_lead_opportunity_pipeline_stage' });
  });

  it('refuses, at COMMIT, a stage without its opportunity', async () => {
    const f = await fixture();
    const error = await transaction((client) => insertStage(client, f, randomUUID(), randomUUID()));
    expect(error).toMatchObject({ code: '23503', constraint: 'fk_pipeline_stage_entity' });
  });

  it('refuses an opportunity with no pipeline_stage_id at all', async () => {
    const f = await fixture();
    const error = await transaction((client) =>
      client.query(
        `insert into lead_opportunities (id, tenant_id, contact_id, pipeline_id, detected_at, created_at, updated_at)
         values ($1, $2, $3, $4, now(), now(), now())`,
        [randomUUID(), f.tenant, f.contact, f.pipeline],
      ),
    );
    expect(error).toMatchObject({ code: '23502' });
  });

  it('refuses a second stage for the same opportunity', async () => {
    const f = await fixture();
    const { opportunity } = await aPair(f);
    const error = await transaction((client) => insertStage(client, f, randomUUID(), opportunity));
    expect(error).toMatchObject({ code: '23505', constraint: 'uq_pipeline_stage_entity' });
  });

  it('refuses two opportunities sharing one stage', async () => {
    const f = await fixture();
    const { stage } = await aPair(f);
    const error = await transaction((client) => insertOpportunity(client, f, randomUUID(), stage));
    expect(error).toMatchObject({ code: '23505', constraint: 'uq_lead_opportunity_pipeline_stage' });
  });

  it('refuses a stage whose entity_type is not leads', async () => {
    const f = await fixture();
    const { stage } = await aPair(f);
    const error = await transaction((client) => client.query(`update pipeline_stages set entity_type = 'contacts' where id = $1`, [stage]));
    expect(error).toMatchObject({ code: '23514', constraint: 'ck_pipeline_stage_entity_type' });
  });

  it('refuses an opportunity pointing at a stage that belongs to another opportunity', async () => {
    const f = await fixture();
    const first = await aPair(f);
    const second = await aPair(f);
    const error = await transaction((client) =>
      client.query('update lead_opportunities set pipeline_stage_id = $1 where id = $2', [second.stage, first.opportunity]),
    );
    expect(error?.code).toMatch(/^235/);
  });

  it('refuses a stage row of another tenant', async () => {
    const f = await fixture();
    const other = await fixture();
    const opportunity = randomUUID();
    const stage = randomUUID();
    const error = await transaction(async (client) => {
      await insertOpportunity(client, f, opportunity, stage);
      await insertStage(client, f, stage, opportunity, other.tenant);
    });
    expect(error).toMatchObject({ code: '23503', constraint: 'fk_lead_opportunity_stage_owner' });
  });

  it('refuses an opportunity for another tenant\'s contact or pipeline', async () => {
    const f = await fixture();
    const other = await fixture();
    for (const [foreign, constraint] of [
      [{ ...f, contact: other.contact }, 'fk_lead_opportunity_contact'],
      [{ ...f, pipeline: other.pipeline }, 'fk_lead_opportunity_pipeline'],
    ] as const) {
      const opportunity = randomUUID();
      const stage = randomUUID();
      const error = await transaction(async (client) => {
        await insertOpportunity(client, foreign, opportunity, stage);
        await insertStage(client, foreign, stage, opportunity);
      });
      expect(error).toMatchObject({ code: '23503', constraint });
    }
  });

  it('deletes the stage with its opportunity', async () => {
    const f = await fixture();
    const { opportunity, stage } = await aPair(f);
    await db.query('delete from lead_opportunities where id = $1', [opportunity]);
    const { rowCount } = await db.query('select 1 from pipeline_stages where id = $1', [stage]);
    expect(rowCount).toBe(0);
  });

  it('passes the seed\'s verification queries unchanged', async () => {
    const f = await fixture();
    await aPair(f);
    const nulls = await db.query('SELECT COUNT(*) FROM lead_opportunities WHERE pipeline_stage_id IS NULL;');
    expect(nulls.rows[0].count).toBe('0');
    const shared = await db.query(
      'SELECT pipeline_stage_id, COUNT(*) FROM lead_opportunities GROUP BY pipeline_stage_id HAVING COUNT(*) > 1;',
    );
    expect(shared.rowCount).toBe(0);
    const doubled = await db.query(
      `SELECT entity_type, entity_id, COUNT(*) FROM pipeline_stages WHERE entity_type = 'leads' GROUP BY entity_type, entity_id HAVING COUNT(*) > 1;`,
    );
    expect(doubled.rowCount).toBe(0);
  });

  it('names the constraints exactly as seed 000 and contract §5 do', async () => {
    const { rows } = await db.query(
      `select conname, contype, condeferrable, condeferred from pg_constraint
       where conrelid in ('lead_opportunities'::regclass, 'pipeline_stages'::regclass) order by conname`,
    );
    const byName = Object.fromEntries(rows.map((row) => [row.conname, row]));
    expect(byName.uq_lead_opportunity_pipeline_stage).toMatchObject({ contype: 'u' });
    expect(byName.uq_pipeline_stage_entity).toMatchObject({ contype: 'u' });
    expect(byName.fk_lead_opportunity_pipeline_stage).toMatchObject({ contype: 'f', condeferrable: true, condeferred: true });
    expect(byName.fk_pipeline_stage_entity).toMatchObject({ contype: 'f', condeferrable: true, condeferred: true });
  });
});
