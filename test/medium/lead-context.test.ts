import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import {
  CreateAdvisorCommand, CreateContactCommand, CreateOpportunityCommand, GetLeadContextQuery, MoveOpportunityStageCommand,
  RegisterCallAttemptCommand,
} from '@leadline/crm-domain';
import { newId, NotFoundError, type CommandContext } from '@leadline/shared-kernel';
import { sql } from '../support/db.js';
import { startMedium, type Medium } from '../support/medium.js';

/** Contract §9's render context, read for one opportunity in one tenant-scoped statement. */
let medium: Medium;
const db = sql();

beforeAll(async () => {
  medium = await startMedium();
});

afterAll(async () => {
  await db.end();
  await medium.close();
});

const phone = () => `+5255${randomInt(10_000_000, 99_999_999)}`;

async function aLead(context: CommandContext, contact: { firstName?: string; lastName?: string; email?: string } = {}, advisor = false) {
  return medium.run(async () => {
    const created = await medium.commands.execute(new CreateContactCommand(context, { phone: phone(), ...contact }));
    const advisorId = advisor
      ? (await medium.commands.execute(new CreateAdvisorCommand(context, { name: 'Laura Pérez', kind: 'commercial', email: 'laura@example.com', phone: phone() }))).snapshot.id
      : undefined;
    const opportunity = await medium.commands.execute(new CreateOpportunityCommand(context, {
      contactId: created.snapshot.id, opportunityScore: 70, priority: 'high', treatmentType: 'automated_call', assignedAdvisorId: advisorId,
    }));
    return { contactId: created.snapshot.id, opportunityId: opportunity.id };
  });
}

const contextOf = (tenantId: string, opportunityId: string, campaign: string | null = null) =>
  medium.run(() => medium.queries.execute(new GetLeadContextQuery(tenantId, opportunityId, campaign)));

describe('lead context', () => {
  it('names the contact, the stage, the pipeline, the advisor and the derived facts under their §9 variable names', async () => {
    const context = await medium.aTenant();
    const { contactId, opportunityId } = await aLead(context, { firstName: 'Ana', lastName: 'Hernández', email: 'ana@example.com' }, true);
    await medium.run(() => medium.commands.execute(new MoveOpportunityStageCommand(context, opportunityId, 'calificacion_financiera', null, 'test')));
    await medium.run(() => medium.commands.execute(new RegisterCallAttemptCommand(context, contactId, {
      callId: newId(), callStatus: 'no_answer', callVersion: 1, attemptedAt: new Date(), notes: null,
    })));

    const lead = await contextOf(context.tenantId, opportunityId, 'Reactivación');

    expect(lead).toMatchObject({
      opportunity_id: opportunityId, contact_id: contactId,
      name: 'Ana', first_name: 'Ana', last_name: 'Hernández', full_name: 'Ana Hernández', email: 'ana@example.com',
      stage: 'calificacion_financiera', stage_name: 'Calificación financiera', pipeline_name: expect.any(String),
      score: null, lead_score: null, opportunity_score: 70, priority: 'high', status: 'assigned', treatment_type: 'automated_call',
      advisor_name: 'Laura Pérez', advisor_email: 'laura@example.com', advisor_phone: expect.stringMatching(/^\+52/),
      campaign_name: 'Reactivación', days_in_stage: 0, first_call_completed: false, attempts: 1,
    });
  });

  it('counts whole days in the stage, and leaves the advisor and names null when there are none', async () => {
    const context = await medium.aTenant();
    const { opportunityId } = await aLead(context);
    await db.query(
      `update pipeline_stages set stage_entered_at = now() - interval '3 days 5 hours' where entity_id = $1`, [opportunityId]);

    const lead = await contextOf(context.tenantId, opportunityId);

    expect(lead).toMatchObject({
      days_in_stage: 3, stage: 'agent_initial', stage_name: 'Entrada', name: null, full_name: null,
      advisor_name: null, advisor_phone: null, advisor_email: null, campaign_name: null, attempts: 0,
    });
  });

  it('adds the qualification fields under their own names, never over a built-in variable', async () => {
    const context = await medium.aTenant();
    const { opportunityId } = await aLead(context, { firstName: 'Luis' });
    await db.query(`update lead_opportunities set qualification = $1 where id = $2`, [
      JSON.stringify({ budget: 2_500_000, location: 'Guadalajara', timeline: '3 meses', name: 'not the contact' }), opportunityId,
    ]);

    const lead = await contextOf(context.tenantId, opportunityId);

    expect(lead).toMatchObject({ budget: 2_500_000, location: 'Guadalajara', timeline: '3 meses', name: 'Luis' });
  });

  it("answers another tenant's opportunity as not found", async () => {
    const mine = await medium.aTenant();
    const theirs = await medium.aTenant();
    const { opportunityId } = await aLead(mine);

    await expect(contextOf(theirs.tenantId, opportunityId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(contextOf(mine.tenantId, newId())).rejects.toBeInstanceOf(NotFoundError);
  });
});
