import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, anOpportunity, aTenant, eventually } from '../support/builders.js';
import { sql } from '../support/db.js';

let app: RunningApp;
const db = sql();

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
  await db.end();
});

describe('opportunities and their pipeline stage (1:1:1)', () => {
  it('creates the opportunity with its stage in the default pipeline\'s initial stage', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    const response = await app.http().post('/api/v1/crm/opportunities').set(tenant.auth)
      .send({ contact_id: contact.id, opportunity_score: 75, detection_reason: 'Alta probabilidad', priority: 'high' })
      .expect(201);
    const opportunity = response.body;
    expect(opportunity).toMatchObject({
      contact_id: contact.id,
      status: 'pending',
      priority: 'high',
      opportunity_score: 75,
      first_call_attempts: {},
      first_call_completed: false,
      odoo: { sync_status: 'not_configured', lead_id: null },
      version: 1,
      pipeline_stage: { entity_type: 'leads', entity_id: opportunity.id, current_stage: 'agent_initial' },
    });
    expect(opportunity.pipeline_stage_id).toBe(opportunity.pipeline_stage.id);
    const { rows } = await db.query(
      'select s.entity_id, s.current_stage from lead_opportunities o join pipeline_stages s on s.id = o.pipeline_stage_id where o.id = $1',
      [opportunity.id],
    );
    expect(rows).toEqual([{ entity_id: opportunity.id, current_stage: 'agent_initial' }]);
  });

  it('records the creation in the audit log through the outbox and the worker', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const entry = await eventually(async () => {
      const response = await app.http().get('/api/v1/audit-log').query({ entity_type: 'opportunity', entity_id: opportunity.id })
        .set(tenant.auth).expect(200);
      return response.body.data[0];
    });
    expect(entry).toMatchObject({ action: 'created', entity_id: opportunity.id, actor: { type: 'api_key' } });
  });
});
