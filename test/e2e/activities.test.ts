import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { startApp, waitForQuiescence, type RunningApp } from '../support/app.js';
import { aContact, aKey, anOpportunity, aTenant, type TestTenant } from '../support/builders.js';
import { sql } from '../support/db.js';
import { expectProblem } from '../support/problems.js';

/** Activities over HTTP (contract §10): calls, meetings and tasks on opportunities and contacts, and "meeting booked". */
let app: RunningApp;
let db: pg.Pool;

beforeAll(async () => {
  app = await startApp();
  db = sql();
});

afterAll(async () => {
  await db.end();
  await app.close();
});

const ACTIVITIES = '/api/v1/crm/activities';
type Auth = Record<string, string>;
type Json = Record<string, unknown>;

const post = (auth: Auth, body: object) => app.http().post(ACTIVITIES).set(auth).send(body);
const patch = (auth: Auth, id: string, body: object) => app.http().patch(`${ACTIVITIES}/${id}`).set(auth).send(body);
const get = (auth: Auth, id: string) => app.http().get(`${ACTIVITIES}/${id}`).set(auth);
const list = async (auth: Auth, query = '') => {
  const response = await app.http().get(`${ACTIVITIES}?${query}`).set(auth).expect(200);
  return response.body as { data: Json[]; next_cursor: string | null };
};
const ids = (page: { data: Json[] }) => page.data.map((activity) => activity.id);

async function anActivity(tenant: TestTenant, body: Json) {
  const response = await post(tenant.auth, { type: 'call', title: 'Llamada', ...body });
  if (response.status !== 201) throw new Error(`activity: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Json & { id: string; version: number };
}

async function anAdvisor(tenant: TestTenant, name = 'Laura') {
  return (await app.http().post('/api/v1/advisors').set(tenant.auth).send({ name, kind: 'commercial' }).expect(201)).body as { id: string };
}

const lastActivityAt = async (opportunityId: string) => (await db.query<{ at: Date }>(
  'select last_activity_at as at from opportunity_stage_history where opportunity_id = $1 and left_at is null', [opportunityId])).rows[0]!.at;

const opportunity = async (tenant: TestTenant, id: string) =>
  (await app.http().get(`/api/v1/crm/opportunities/${id}`).set(tenant.auth).expect(200)).body as Json & {
    lead_score: { value: number; components: { rule: string; points: number }[] }; pipeline_stage: { current_stage: string };
  };

describe('an activity on an opportunity', () => {
  it('is created (contact and advisor from the opportunity, source manual), read, changed with If-Match, and deleted; each step audited', async () => {
    const tenant = await aTenant(app);
    const advisor = await anAdvisor(tenant);
    const lead = await anOpportunity(app, tenant, { assigned_advisor_id: advisor.id });
    const before = await lastActivityAt(lead.id);

    const created = await post(tenant.auth, {
      opportunity_id: lead.id, type: 'call', title: '  Llamada de seguimiento ', notes: 'Preguntar por el presupuesto',
      due_at: '2026-12-15T10:00:00-06:00', duration_minutes: 15,
    }).expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toEqual({
      id: expect.any(String), opportunity_id: lead.id, contact_id: lead.contact_id, type: 'call', title: 'Llamada de seguimiento',
      notes: 'Preguntar por el presupuesto', due_at: '2026-12-15T16:00:00.000Z', duration_minutes: 15, assigned_advisor_id: advisor.id,
      status: 'planned', source: 'manual', version: 1, created_at: expect.any(String), updated_at: expect.any(String),
    });
    const id = created.body.id as string;
    // Creating it is activity of the lead: the opportunity's last activity moved to it, in the same transaction.
    expect((await lastActivityAt(lead.id)).toISOString()).toBe(created.body.created_at);
    expect((await lastActivityAt(lead.id)).getTime()).toBeGreaterThan(before.getTime());

    const read = await get(tenant.auth, id).expect(200);
    expect(read.body).toEqual(created.body);
    expect(read.headers.etag).toBe('"1"');

    expectProblem(await patch(tenant.auth, id, { title: 'Otra' }).set('If-Match', '"2"'), 409, 'resource.stale_version');
    const done = await patch(tenant.auth, id, { status: 'done', notes: 'Contestó, quiere cita' }).set('If-Match', '"1"').expect(200);
    expect(done.headers.etag).toBe('"2"');
    expect(done.body).toMatchObject({ status: 'done', notes: 'Contestó, quiere cita', version: 2, title: 'Llamada de seguimiento' });
    expect((await lastActivityAt(lead.id)).toISOString()).toBe(done.body.updated_at);
    const unchanged = await patch(tenant.auth, id, { status: 'done' }).expect(200);
    expect(unchanged.body.version).toBe(2);

    expectProblem(await app.http().delete(`${ACTIVITIES}/${id}`).set(tenant.auth).set('If-Match', '1'), 409, 'resource.stale_version');
    await app.http().delete(`${ACTIVITIES}/${id}`).set(tenant.auth).set('If-Match', '2').expect(204);
    expectProblem(await get(tenant.auth, id), 404, 'resource.not_found');
    expectProblem(await patch(tenant.auth, id, { title: 'x' }), 404, 'resource.not_found');
    expectProblem(await app.http().delete(`${ACTIVITIES}/${id}`).set(tenant.auth), 404, 'resource.not_found');

    const audit = await app.http().get(`/api/v1/audit-log?entity_id=${id}`).set(tenant.auth).expect(200);
    expect(audit.body.data.map((entry: Json) => [entry.entity_type, entry.action])).toEqual([
      ['activity', 'deleted'], ['activity', 'updated'], ['activity', 'created'],
    ]);
    expect(audit.body.data[1].changes).toEqual({ status: { from: 'planned', to: 'done' }, notes: { from: 'Preguntar por el presupuesto', to: 'Contestó, quiere cita' } });
  });

  it("takes a contact alone (no opportunity, no advisor), an explicit advisor or none, and one logged as done", async () => {
    const tenant = await aTenant(app);
    const advisor = await anAdvisor(tenant);
    const contact = await aContact(app, tenant);
    const lead = await anOpportunity(app, tenant, { contact_id: contact.id, assigned_advisor_id: advisor.id });

    const task = await anActivity(tenant, { contact_id: contact.id, type: 'task', title: 'Enviar cotización', status: 'done' });
    expect(task).toMatchObject({ opportunity_id: null, contact_id: contact.id, assigned_advisor_id: null, status: 'done', source: 'manual' });
    const both = await anActivity(tenant, { opportunity_id: lead.id, contact_id: contact.id, assigned_advisor_id: null });
    expect(both).toMatchObject({ opportunity_id: lead.id, contact_id: contact.id, assigned_advisor_id: null });
    const other = await anAdvisor(tenant, 'Pedro');
    expect(await anActivity(tenant, { opportunity_id: lead.id, assigned_advisor_id: other.id })).toMatchObject({ assigned_advisor_id: other.id });

    // PATCH clears what may be cleared and reassigns.
    const changed = await patch(tenant.auth, both.id, { assigned_advisor_id: other.id, due_at: '2026-12-20T09:30:00Z', duration_minutes: 1440 }).expect(200);
    expect(changed.body).toMatchObject({ assigned_advisor_id: other.id, due_at: '2026-12-20T09:30:00.000Z', duration_minutes: 1440 });
    const cleared = await patch(tenant.auth, both.id, { assigned_advisor_id: null, due_at: null, duration_minutes: null, notes: null }).expect(200);
    expect(cleared.body).toMatchObject({ assigned_advisor_id: null, due_at: null, duration_minutes: null, notes: null, version: 3 });
  });

  it('keeps the activity when its opportunity or advisor is deleted, without the gone id', async () => {
    const tenant = await aTenant(app);
    const advisor = await anAdvisor(tenant);
    const lead = await anOpportunity(app, tenant);
    const call = await anActivity(tenant, { opportunity_id: lead.id, assigned_advisor_id: advisor.id });
    await app.http().delete(`/api/v1/crm/opportunities/${lead.id}`).set(tenant.auth).expect(204);
    await app.http().delete(`/api/v1/advisors/${advisor.id}`).set(tenant.auth).expect(204);
    expect((await get(tenant.auth, call.id).expect(200)).body).toMatchObject({ opportunity_id: null, assigned_advisor_id: null, contact_id: lead.contact_id });
  });
});

describe('the rules', () => {
  it('refuses unknown opportunity, contact and advisor ids with 422, and an opportunity of another contact', async () => {
    const tenant = await aTenant(app);
    const lead = await anOpportunity(app, tenant);
    const stranger = await aContact(app, tenant);
    const call = await anActivity(tenant, { opportunity_id: lead.id });
    const nobody = randomUUID();

    expectProblem(await post(tenant.auth, { opportunity_id: nobody, type: 'call', title: 'x' }), 422, 'opportunity.unknown');
    expectProblem(await post(tenant.auth, { contact_id: nobody, type: 'call', title: 'x' }), 422, 'contact.unknown');
    expectProblem(await post(tenant.auth, { opportunity_id: lead.id, type: 'call', title: 'x', assigned_advisor_id: nobody }), 422, 'advisor.unknown');
    expectProblem(await post(tenant.auth, { contact_id: stranger.id, type: 'call', title: 'x', assigned_advisor_id: nobody }), 422, 'advisor.unknown');
    const mismatch = await post(tenant.auth, { opportunity_id: lead.id, contact_id: stranger.id, type: 'meeting', title: 'x' });
    expectProblem(mismatch, 422, 'activity.opportunity_not_of_contact');
    expect(mismatch.body).toMatchObject({ opportunity_id: lead.id, contact_id: stranger.id });
    expectProblem(await patch(tenant.auth, call.id, { assigned_advisor_id: nobody }), 422, 'advisor.unknown');
    expectProblem(await post(tenant.auth, { type: 'call', title: 'x' }), 400, 'request.invalid');

    // Nothing of the refused ones was kept, and the refused PATCH changed nothing.
    expect(ids(await list(tenant.auth))).toEqual([call.id]);
    expect((await get(tenant.auth, call.id).expect(200)).body).toMatchObject({ version: 1, assigned_advisor_id: null });
    expect((await db.query(`select count(*)::int as n from outbox_events where tenant_id = $1 and type like 'activity.%'`, [tenant.id])).rows[0].n).toBe(1);
  });

  it('moves planned → done | cancelled and never back (422), whatever else the PATCH says', async () => {
    const tenant = await aTenant(app);
    const lead = await anOpportunity(app, tenant);
    const done = await anActivity(tenant, { opportunity_id: lead.id });
    const cancelled = await anActivity(tenant, { opportunity_id: lead.id, type: 'meeting' });
    await patch(tenant.auth, done.id, { status: 'done' }).expect(200);
    await patch(tenant.auth, cancelled.id, { status: 'cancelled' }).expect(200);
    for (const [activity, to] of [[done, 'planned'], [done, 'cancelled'], [cancelled, 'planned'], [cancelled, 'done']] as const) {
      const refused = await patch(tenant.auth, activity.id, { status: to, title: 'Cambiado' });
      expectProblem(refused, 422, 'activity.invalid_status_transition');
      expect(refused.body).toMatchObject({ to });
    }
    expect((await get(tenant.auth, done.id)).body).toMatchObject({ status: 'done', title: 'Llamada', version: 2 });
    expect((await get(tenant.auth, cancelled.id)).body).toMatchObject({ status: 'cancelled', title: 'Llamada', version: 2 });
    // Notes on a finished call are still welcome.
    expect((await patch(tenant.auth, done.id, { notes: 'Dejó recado' }).expect(200)).body).toMatchObject({ status: 'done', notes: 'Dejó recado' });
  });

  it('refuses bad input on every body, query and path with 400, and a viewer may read but not write', async () => {
    const tenant = await aTenant(app);
    const lead = await anOpportunity(app, tenant);
    const call = await anActivity(tenant, { opportunity_id: lead.id });
    const base = { opportunity_id: lead.id, type: 'call', title: 'Llamada' };
    const badCreates: Json[] = [
      { type: undefined }, { type: 'visit' }, { type: null }, { title: undefined }, { title: '' }, { title: '   ' }, { title: 'x'.repeat(501) },
      { title: 5 }, { opportunity_id: 'nope' }, { contact_id: 'nope' }, { opportunity_id: null }, { assigned_advisor_id: 'nope' },
      { duration_minutes: 0 }, { duration_minutes: 1441 }, { duration_minutes: 1.5 }, { duration_minutes: '30' }, { due_at: 'mañana' },
      { due_at: '2026-02-30T10:00:00Z' }, { due_at: 1765800000 }, { notes: 7 }, { notes: 'x'.repeat(10_001) }, { status: 'cancelled' },
      { status: null }, { source: 'campaign' }, { version: 3 }, { id: randomUUID() }, { created_at: '2026-12-01T00:00:00Z' },
    ];
    for (const change of badCreates) {
      const body = Object.fromEntries(Object.entries({ ...base, ...change }).filter(([, value]) => value !== undefined));
      const response = await post(tenant.auth, body);
      expect({ change, status: response.status }).toEqual({ change, status: 400 });
      expectProblem(response, 400, 'request.invalid');
    }
    const badPatches: Json[] = [
      { type: 'meeting' }, { opportunity_id: lead.id }, { contact_id: lead.contact_id }, { source: 'manual' }, { title: null }, { title: ' ' },
      { status: 'finished' }, { status: null }, { duration_minutes: -1 }, { due_at: 'pronto' }, { assigned_advisor_id: 'nope' }, { version: 2 },
    ];
    for (const change of badPatches) {
      const response = await patch(tenant.auth, call.id, change);
      expect({ change, status: response.status }).toEqual({ change, status: 400 });
      expectProblem(response, 400, 'request.invalid');
    }
    for (const query of ['type=visit', 'status=open', 'due_from=tomorrow', 'due_to=2026-13-01', 'opportunity_id=nope', 'contact_id=1',
      'assigned_advisor_id=x', 'limit=0', 'limit=201', 'cursor=nope', 'sort=due_at']) {
      expectProblem(await app.http().get(`${ACTIVITIES}?${query}`).set(tenant.auth), 400, 'request.invalid');
    }
    expectProblem(await get(tenant.auth, 'nope'), 400, 'request.invalid');
    expectProblem(await patch(tenant.auth, 'nope', { title: 'x' }), 400, 'request.invalid');
    expectProblem(await app.http().delete(`${ACTIVITIES}/nope`).set(tenant.auth), 400, 'request.invalid');
    expectProblem(await patch(tenant.auth, call.id, { title: 'x' }).set('If-Match', 'soon'), 400, 'request.invalid');
    expect((await get(tenant.auth, call.id).expect(200)).body).toMatchObject({ version: 1, title: 'Llamada' });

    const viewer = await aKey(app, tenant, 'viewer');
    await get(viewer.auth, call.id).expect(200);
    await app.http().get(ACTIVITIES).set(viewer.auth).expect(200);
    expectProblem(await post(viewer.auth, base), 403, 'auth.forbidden');
    expectProblem(await patch(viewer.auth, call.id, { title: 'x' }), 403, 'auth.forbidden');
    expectProblem(await app.http().delete(`${ACTIVITIES}/${call.id}`).set(viewer.auth), 403, 'auth.forbidden');
    expectProblem(await app.http().get(ACTIVITIES), 401, 'auth.unauthenticated');
  });
});

describe('the list', () => {
  it('is newest first in cursor pages, and filters by opportunity, contact, advisor, type, status and due time', async () => {
    const tenant = await aTenant(app);
    const advisor = await anAdvisor(tenant);
    const [lead, otherLead] = [await anOpportunity(app, tenant, { assigned_advisor_id: advisor.id }), await anOpportunity(app, tenant)];
    const call = await anActivity(tenant, { opportunity_id: lead.id, due_at: '2026-12-01T10:00:00Z' });
    const meeting = await anActivity(tenant, { opportunity_id: lead.id, type: 'meeting', title: 'Cita', due_at: '2026-12-02T10:00:00Z' });
    const task = await anActivity(tenant, { contact_id: otherLead.contact_id, type: 'task', title: 'Tarea' });
    const late = await anActivity(tenant, { opportunity_id: otherLead.id, due_at: '2026-12-03T10:00:00Z' });
    await patch(tenant.auth, call.id, { status: 'done' }).expect(200);

    expect(ids(await list(tenant.auth))).toEqual([late.id, task.id, meeting.id, call.id]);
    const first = await list(tenant.auth, 'limit=3');
    expect(ids(first)).toEqual([late.id, task.id, meeting.id]);
    expect(await list(tenant.auth, `limit=3&cursor=${first.next_cursor}`)).toEqual({ data: [expect.objectContaining({ id: call.id, status: 'done' })], next_cursor: null });

    expect(ids(await list(tenant.auth, `opportunity_id=${lead.id}`))).toEqual([meeting.id, call.id]);
    expect(ids(await list(tenant.auth, `contact_id=${otherLead.contact_id}`))).toEqual([late.id, task.id]);
    expect(ids(await list(tenant.auth, `assigned_advisor_id=${advisor.id}`))).toEqual([meeting.id, call.id]);
    expect(ids(await list(tenant.auth, 'type=task'))).toEqual([task.id]);
    expect(ids(await list(tenant.auth, 'status=planned'))).toEqual([late.id, task.id, meeting.id]);
    expect(ids(await list(tenant.auth, 'status=done&type=call'))).toEqual([call.id]);
    expect(ids(await list(tenant.auth, 'due_from=2026-12-02T10:00:00Z'))).toEqual([late.id, meeting.id]);
    expect(ids(await list(tenant.auth, 'due_to=2026-12-02T10:00:00Z'))).toEqual([call.id]);
    expect(ids(await list(tenant.auth, `due_from=${encodeURIComponent('2026-12-01T05:00:00-05:00')}&due_to=2026-12-03T00:00:00Z`))).toEqual([meeting.id, call.id]);
    expect(ids(await list(tenant.auth, `opportunity_id=${randomUUID()}`))).toEqual([]);
  });
});

describe('tenant isolation', () => {
  it("answers another tenant's activity as not found on every endpoint, changes nothing, and lists none of it", async () => {
    const owner = await aTenant(app);
    const lead = await anOpportunity(app, owner);
    const advisor = await anAdvisor(owner);
    const meeting = await anActivity(owner, { opportunity_id: lead.id, type: 'meeting', assigned_advisor_id: advisor.id });
    const intruder = await aTenant(app);

    expectProblem(await get(intruder.auth, meeting.id), 404, 'resource.not_found');
    expectProblem(await patch(intruder.auth, meeting.id, { status: 'cancelled' }), 404, 'resource.not_found');
    expectProblem(await app.http().delete(`${ACTIVITIES}/${meeting.id}`).set(intruder.auth), 404, 'resource.not_found');
    expect(await list(intruder.auth)).toEqual({ data: [], next_cursor: null });
    expect(await list(intruder.auth, `opportunity_id=${lead.id}`)).toEqual({ data: [], next_cursor: null });
    expect(await list(intruder.auth, `contact_id=${lead.contact_id}`)).toEqual({ data: [], next_cursor: null });
    expect(await list(intruder.auth, `assigned_advisor_id=${advisor.id}`)).toEqual({ data: [], next_cursor: null });

    // The owner's ids in the intruder's bodies are unknown to it, exactly as ids of nothing.
    expectProblem(await post(intruder.auth, { opportunity_id: lead.id, type: 'call', title: 'x' }), 422, 'opportunity.unknown');
    expectProblem(await post(intruder.auth, { contact_id: lead.contact_id, type: 'call', title: 'x' }), 422, 'contact.unknown');
    const theirs = await aContact(app, intruder);
    expectProblem(await post(intruder.auth, { contact_id: theirs.id, type: 'call', title: 'x', assigned_advisor_id: advisor.id }), 422, 'advisor.unknown');
    const their = await anActivity(intruder, { contact_id: theirs.id });
    expectProblem(await patch(intruder.auth, their.id, { assigned_advisor_id: advisor.id }), 422, 'advisor.unknown');

    expect((await get(owner.auth, meeting.id).expect(200)).body).toMatchObject({ status: 'planned', version: 1 });
    expect(ids(await list(owner.auth))).toEqual([meeting.id]);
  });
});

describe('meeting booked', () => {
  it('a meeting on an opportunity: the event in the outbox, meeting_booked in the render context, the score rule, the stage rule', async () => {
    const tenant = await aTenant(app);
    const pipeline = ((await app.http().get('/api/v1/pipelines').set(tenant.auth).expect(200)).body.data as Json[])
      .find((p) => p.is_default) as { id: string; stages: { key: string; name: string; kind: string }[] };
    await app.http().patch(`/api/v1/pipelines/${pipeline.id}`).set(tenant.auth).send({
      stages: pipeline.stages.map(({ key, name, kind }) => ({
        key, name, kind, ...(key === 'agent_initial' ? { auto_advance: { when: { '==': [{ var: 'meeting_booked' }, true] }, to: 'agendado' } } : {}),
      })),
    }).expect(200);
    const lead = await anOpportunity(app, tenant, { opportunity_score: 60 });
    const template = (await app.http().post('/api/v1/templates').set(tenant.auth)
      .send({ name: 'Cita', channel: 'telegram', content: 'Cita: {{ meeting_booked }}' }).expect(201)).body as { id: string };
    const rendered = async () => (await app.http().post(`/api/v1/templates/${template.id}/preview`).set(tenant.auth)
      .send({ opportunity_id: lead.id }).expect(200)).body.rendered as string;

    // A call, a task and a contact's meeting book nothing.
    await anActivity(tenant, { opportunity_id: lead.id, type: 'call' });
    await anActivity(tenant, { opportunity_id: lead.id, type: 'task' });
    await anActivity(tenant, { contact_id: lead.contact_id, type: 'meeting', title: 'Sin oportunidad' });
    await waitForQuiescence(app);
    expect(await rendered()).toBe('Cita: false');
    expect((await opportunity(tenant, lead.id)).lead_score).toMatchObject({ value: 30 });
    expect((await opportunity(tenant, lead.id)).pipeline_stage.current_stage).toBe('agent_initial');

    const meeting = await anActivity(tenant, { opportunity_id: lead.id, type: 'meeting', title: 'Cita en consultorio', due_at: '2026-12-16T17:00:00-06:00' });
    const events = (await db.query(`select type, aggregate_type, aggregate_id, payload from outbox_events where tenant_id = $1 and type = 'activity.meeting_booked'`, [tenant.id])).rows;
    expect(events).toEqual([{
      type: 'activity.meeting_booked', aggregate_type: 'activity', aggregate_id: meeting.id,
      payload: { activity_id: meeting.id, opportunity_id: lead.id, contact_id: lead.contact_id, due_at: '2026-12-16T23:00:00.000Z', source: 'manual' },
    }]);
    await waitForQuiescence(app);

    expect(await rendered()).toBe('Cita: true');
    const scored = await opportunity(tenant, lead.id);
    expect(scored.lead_score.value).toBe(50);
    expect(scored.lead_score.components).toContainEqual({ rule: 'meeting_booked', points: 20 });
    expect(scored.pipeline_stage.current_stage).toBe('agendado');
    const history = await app.http().get(`/api/v1/crm/opportunities/${lead.id}/stage-history`).set(tenant.auth).expect(200);
    expect(history.body.data[0]).toMatchObject({ from_stage: 'agent_initial', to_stage: 'agendado', source: 'auto_advance' });

    // Done still counts; cancelled no longer does, and the score follows.
    await patch(tenant.auth, meeting.id, { status: 'done' }).expect(200);
    await waitForQuiescence(app);
    expect(await rendered()).toBe('Cita: true');
    const second = await anActivity(tenant, { opportunity_id: lead.id, type: 'meeting', title: 'Segunda cita' });
    await app.http().delete(`${ACTIVITIES}/${meeting.id}`).set(tenant.auth).expect(204);
    await waitForQuiescence(app);
    expect(await rendered()).toBe('Cita: true');
    await patch(tenant.auth, second.id, { status: 'cancelled' }).expect(200);
    await waitForQuiescence(app);
    expect(await rendered()).toBe('Cita: false');
    const after = await opportunity(tenant, lead.id);
    expect(after.lead_score.value).toBe(30);
    expect(after.lead_score.components.map((component) => component.rule)).not.toContain('meeting_booked');
    // The stage never moves back by itself.
    expect(after.pipeline_stage.current_stage).toBe('agendado');
  });
});
