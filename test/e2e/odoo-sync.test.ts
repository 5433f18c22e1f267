import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, anOpportunity, aTenant, eventually } from '../support/builders.js';
import { sql } from '../support/db.js';
import {
  anOdooTenant, eventuallyOdoo, leadsOf, MANYCHAT_STAGES, odooOf, odooSubscriberCaughtUp,
} from '../support/odoo-tenant.js';
import type { OdooStandIn, RecordedCall } from '../support/stand-ins/odoo.js';

/**
 * Seed 001: opportunities of the ManyChat pipeline are mirrored as Odoo crm.lead records (never
 * res.partner), one lead per opportunity, through outages, lost answers and quick successive moves.
 * Each test has its own tenant and its own Odoo stand-in.
 */
let app: RunningApp;
const standIns: OdooStandIn[] = [];
const db = sql();

beforeAll(async () => {
  app = await startApp({ env: { ODOO_TIMEOUT_MS: '10000' } });
});

afterAll(async () => {
  await app.close();
  await Promise.all(standIns.map((odoo) => odoo.stop()));
  await db.end();
});

const touchesPartner = (call: RecordedCall) =>
  call.model === 'res.partner' || JSON.stringify(call.args).includes('partner_id');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function moveTo(tenant: { auth: Record<string, string> }, opportunityId: string, stage: string) {
  await app.http().post(`/api/v1/crm/opportunities/${opportunityId}/stage`).set(tenant.auth).send({ stage }).expect(200);
}

const deadLettersOf = async (opportunityId: string) =>
  (await db.query(`select error, attempts, queue from dead_letters where payload->>'opportunityId' = $1`, [opportunityId])).rows;

describe('the Odoo CRM mirror', () => {
  it('creates one crm.lead at stage 16 and writes that same lead through every stage up to 26, never a partner', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns);
    const contact = await aContact(app, tenant, { first_name: 'Ana', last_name: 'García', email: 'ana@example.mx' });
    const opportunity = await anOpportunity(app, tenant, {
      contact_id: contact.id, pipeline_id: pipelineId, notes: 'Preguntó por el producto X',
    });

    const synced = await eventuallyOdoo(app, tenant, opportunity.id, 'success');
    expect(synced).toEqual({ lead_id: expect.any(Number), sync_status: 'success', last_synced_at: expect.any(String), last_error: null });
    const [lead] = leadsOf(odoo, opportunity.id);
    expect(lead).toMatchObject({
      id: synced.lead_id,
      type: 'opportunity',
      stage_id: 16,
      name: 'Ana García',
      contact_name: 'Ana García',
      phone: contact.phone,
      email_from: 'ana@example.mx',
      user_id: false,
      partner_id: false,
    });
    expect(String(lead.description)).toContain('Preguntó por el producto X');

    for (const [stage, odooStageId] of MANYCHAT_STAGES.slice(1)) {
      await moveTo(tenant, opportunity.id, stage);
      await eventually(async () => (leadsOf(odoo, opportunity.id)[0]?.stage_id === odooStageId ? true : undefined));
    }

    expect(leadsOf(odoo, opportunity.id)).toHaveLength(1);
    expect(odoo.callsTo('crm.lead', 'create')).toHaveLength(1);
    const writes = odoo.callsTo('crm.lead', 'write');
    expect(writes).toHaveLength(MANYCHAT_STAGES.length - 1);
    expect(writes.every((call) => JSON.stringify(call.args[0]) === JSON.stringify([synced.lead_id]))).toBe(true);
    expect(odoo.calls.filter(touchesPartner)).toEqual([]);
    expect(await eventuallyOdoo(app, tenant, opportunity.id, 'success')).toMatchObject({ lead_id: synced.lead_id, last_error: null });
  }, 60_000);

  it('leaves tenants without an Odoo connection, and pipelines without Odoo stages, as not_configured', async () => {
    const { tenant, pipelineId } = await anOdooTenant(app, standIns, { connect: false });
    const unconnected = await anOpportunity(app, tenant, { pipeline_id: pipelineId });
    const connected = await anOdooTenant(app, standIns);
    const salesPipeline = await anOpportunity(app, connected.tenant); // the default "sales" pipeline maps no Odoo stage

    await odooSubscriberCaughtUp(tenant.id);
    await odooSubscriberCaughtUp(connected.tenant.id);
    expect(await odooOf(app, tenant, unconnected.id)).toMatchObject({ sync_status: 'not_configured', lead_id: null });
    expect(await odooOf(app, connected.tenant, salesPipeline.id)).toMatchObject({ sync_status: 'not_configured', lead_id: null });
    expect(connected.odoo.callsTo('crm.lead')).toEqual([]);
    expect(await deadLettersOf(unconnected.id)).toEqual([]);
  });

  it('retries through an Odoo outage and still creates one lead', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns);
    odoo.failNext(2, { kind: 'http', status: 503 }, (call) => call.model === 'crm.lead');

    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipelineId });

    const synced = await eventuallyOdoo(app, tenant, opportunity.id, 'success');
    expect(leadsOf(odoo, opportunity.id)).toEqual([expect.objectContaining({ id: synced.lead_id, stage_id: 16 })]);
    expect(odoo.callsTo('crm.lead').length).toBeGreaterThanOrEqual(4); // two refused attempts, then search + create
    expect(await deadLettersOf(opportunity.id)).toEqual([]);
  }, 30_000);

  it('adopts the lead a lost answer to create left in Odoo instead of creating a second one', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns);
    odoo.failNext(1, { kind: 'lose-response' }, (call) => call.operation === 'create');

    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipelineId });

    const synced = await eventuallyOdoo(app, tenant, opportunity.id, 'success');
    const leads = leadsOf(odoo, opportunity.id);
    expect(leads).toHaveLength(1);
    expect(synced.lead_id).toBe(leads[0].id);
    expect(odoo.callsTo('crm.lead', 'create')).toHaveLength(1);
    expect(odoo.callsTo('crm.lead', 'write')).toHaveLength(1);
  }, 30_000);

  it('dead-letters a sync Odoo refuses for its credentials at once, shows the error, and does not retry', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns);
    odoo.apiKey = 'rotated-in-odoo'; // the key Leadline holds is no longer valid

    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipelineId });

    const failed = await eventuallyOdoo(app, tenant, opportunity.id, 'error');
    expect(failed.lead_id).toBeNull();
    expect(failed.last_error).toMatch(/check the username and API key/);
    const [letter] = await eventually(async () => {
      const rows = await deadLettersOf(opportunity.id);
      return rows.length ? rows : undefined;
    });
    expect(letter).toMatchObject({ queue: 'odoo-sync', attempts: 1 });
    const callsAfterFailure = odoo.calls.length;
    await pause(3500); // longer than the first two backoff delays (1 s, 2 s)
    expect(odoo.calls.length).toBe(callsAfterFailure);
    expect(await deadLettersOf(opportunity.id)).toHaveLength(1);
    expect(odoo.leads()).toEqual([]);
  }, 30_000);

  it('coalesces quick successive moves: the final stage wins and stale states are not written after it', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns);
    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipelineId });
    await eventuallyOdoo(app, tenant, opportunity.id, 'success');

    // Odoo holds the first write until every move has committed, so the other syncs queue up behind it.
    let release!: () => void;
    odoo.failNext(1, { kind: 'hold', until: new Promise<void>((resolve) => { release = resolve; }) }, (call) => call.operation === 'write');
    const moves = MANYCHAT_STAGES.slice(1, 7);
    for (const [stage] of moves) await moveTo(tenant, opportunity.id, stage);
    const [, finalStageId] = moves[moves.length - 1];
    release();

    await eventually(async () => (leadsOf(odoo, opportunity.id)[0]?.stage_id === finalStageId ? true : undefined));
    await eventuallyOdoo(app, tenant, opportunity.id, 'success');
    await pause(1000);
    const writes = odoo.callsTo('crm.lead', 'write');
    expect(writes.length).toBeLessThanOrEqual(2); // the held one (whatever state it saw), then at most one more
    expect((writes[writes.length - 1].args[1] as { stage_id: number }).stage_id).toBe(finalStageId);
    expect(leadsOf(odoo, opportunity.id)).toEqual([expect.objectContaining({ stage_id: finalStageId })]);
    expect(odoo.callsTo('crm.lead', 'create')).toHaveLength(1);
  }, 30_000);

  it('writes the lead again when the contact\'s name or phone changes, and not for changes Odoo does not show', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns);
    const contact = await aContact(app, tenant, { first_name: 'Luis' });
    const opportunity = await anOpportunity(app, tenant, { contact_id: contact.id, pipeline_id: pipelineId });
    await eventuallyOdoo(app, tenant, opportunity.id, 'success');

    await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).send({ priority: 'high' }).expect(200);
    await app.http().patch(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).send({ first_name: 'Luisa' }).expect(200);

    await eventually(async () => (leadsOf(odoo, opportunity.id)[0]?.contact_name === 'Luisa Ruiz' ? true : undefined));
    await odooSubscriberCaughtUp(tenant.id);
    await eventuallyOdoo(app, tenant, opportunity.id, 'success');
    expect(odoo.callsTo('crm.lead', 'write')).toHaveLength(1);
    expect(odoo.calls.filter(touchesPartner)).toEqual([]);
  }, 30_000);

  it('reports the odoo-sync queue in /metrics', async () => {
    const metrics = await app.http().get('/metrics').expect(200);
    expect(metrics.text).toMatch(/leadline_queue_jobs\{queue="odoo-sync",state="waiting"\} \d+/);
  });

  it('never shows another tenant\'s opportunity mirror', async () => {
    const { tenant, pipelineId } = await anOdooTenant(app, standIns);
    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipelineId });
    const other = await aTenant(app);
    await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(other.auth).expect(404);
  });
});

describe('no network call inside a database transaction', () => {
  it('while Odoo takes its time over a create, the worker holds no transaction, no row lock and no connection waiting on one', async () => {
    const { tenant, odoo, pipelineId } = await anOdooTenant(app, standIns);
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    odoo.failNext(1, { kind: 'hold', until: held }, (call) => call.model === 'crm.lead' && call.operation === 'create');
    const opportunity = await anOpportunity(app, tenant, { pipeline_id: pipelineId });
    await eventually(async () => (odoo.callsTo('crm.lead', 'create').length > 0 ? true : undefined));

    try {
      const { rows } = await db.query(
        `select state, wait_event_type, left(query, 80) as query from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and (state like 'idle in transaction%' or (state = 'active' and wait_event_type = 'Lock'))`,
      );
      expect(rows).toEqual([]);
      const { rows: [claimed] } = await db.query(`select sync_status, claimed_until > now() as claimed from odoo_leads where opportunity_id = $1`, [opportunity.id]);
      expect(claimed).toEqual({ sync_status: 'pending', claimed: true });
    } finally {
      answer();
    }
    await eventuallyOdoo(app, tenant, opportunity.id, 'success');
    expect(leadsOf(odoo, opportunity.id)).toHaveLength(1);
  });
});
