import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { RunningApp } from './app.js';
import { eventually, type TestTenant } from './builders.js';
import type { Deliver } from './stand-ins/http.js';

/** Webhooks reach the in-process app through supertest; only the path of the signed URL is used. */
export function deliverTo(app: RunningApp): Deliver {
  return async (path, body, headers) => {
    const response = await app.http().post(path).set(headers).send(body);
    return { status: response.status, body: response.body };
  };
}

export async function connectZadarma(app: RunningApp, tenant: TestTenant, settings: Record<string, string> = {}) {
  const body = { api_key: `key-${tenant.id.slice(0, 8)}`, api_secret: `secret-${tenant.id}`, ...settings };
  await app.http().put('/api/v1/integrations/zadarma').set(tenant.auth).send(body).expect(200);
  return body;
}

export async function callsOf(app: RunningApp, tenant: TestTenant, query: Record<string, string> = {}) {
  const response = await app.http().get('/api/v1/crm/calls').query({ limit: 200, ...query }).set(tenant.auth).expect(200);
  return response.body.data as Array<Record<string, unknown> & { id: string }>;
}

export interface AttemptView { status: string; call_id: string; attempted_at: string; notes: string | null }
export interface OpportunityAttemptsView {
  id: string;
  status: string;
  version: number;
  last_contact_attempt_at: string | null;
  first_call_attempts: Record<string, AttemptView>;
  first_call_completed: boolean;
  first_call_successful_attempt: number | null;
}

export async function opportunityOf(app: RunningApp, tenant: TestTenant, id: string): Promise<OpportunityAttemptsView> {
  return (await app.http().get(`/api/v1/crm/opportunities/${id}`).set(tenant.auth).expect(200)).body;
}

/** Waits until every call.recorded event of the tenant went through the CRM's registration, so "nothing happened" is observed, not assumed. */
export async function settled(app: RunningApp, tenant: TestTenant, db: Pool): Promise<void> {
  await eventually(async () => {
    const { rows } = await db.query(
      `select count(*)::int as pending from outbox_events e
        where e.tenant_id = $1 and e.type = 'call.recorded'
          and not exists (select 1 from processed_events p where p.event_id = e.id and p.handler = 'crm.first-call-attempts')
          and not exists (select 1 from dead_letters d where d.payload->>'eventId' = e.id::text)`,
      [tenant.id],
    );
    return rows[0].pending === 0 ? true : undefined;
  });
}

/** The opportunity once it has exactly `count` attempts. */
export async function withAttempts(app: RunningApp, tenant: TestTenant, opportunityId: string, count: number) {
  return eventually(async () => {
    const view = await opportunityOf(app, tenant, opportunityId);
    return Object.keys(view.first_call_attempts).length === count ? view : undefined;
  });
}

/** A call recorded through the API (outbound unless `fields` say otherwise). */
export async function aCall(app: RunningApp, tenant: TestTenant, fields: Record<string, unknown> = {}) {
  const response = await app.http().post('/api/v1/crm/calls').set(tenant.auth).send({ direction: 'outbound', ...fields });
  if (response.status !== 201) throw new Error(`call: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; [field: string]: unknown };
}

/** How many calls the tenant has, read from the table so nothing the API hides is missed. */
export async function callRows(db: Pool, tenantId: string): Promise<number> {
  const { rows } = await db.query('select count(*)::int as n from calls where tenant_id = $1', [tenantId]);
  return rows[0].n;
}

/** A fresh Zadarma pbx_call_id; outgoing calls' ids start with "out_". */
export const pbxId = (direction: 'in' | 'out' = 'out') => `${direction}_${randomBytes(20).toString('hex')}`;
