import type { RunningApp } from './app.js';
import { aTenant, eventually, type TestTenant } from './builders.js';
import { sql } from './db.js';
import { OdooStandIn } from './stand-ins/odoo.js';

export interface OdooTenant {
  readonly tenant: TestTenant;
  readonly odoo: OdooStandIn;
  /** The tenant's pipeline from the manychat_odoo template (Odoo stages 16–26). */
  readonly pipelineId: string;
}

/** Seed 001's stage keys in order, with the Odoo stage each maps to. */
export const MANYCHAT_STAGES: Array<[key: string, odooStageId: number]> = [
  ['recien_suscrito_sin_asignar', 16],
  ['recien_suscrito_pendiente_ac', 17],
  ['retorno_en_ac', 18],
  ['comienza_atencion_comercial', 19],
  ['retorno_asesoria_especializada', 20],
  ['derivado_asesoria_medica', 21],
  ['comienza_asesoria_medica', 22],
  ['termino_asesoria_medica', 23],
  ['no_termino_asesoria_especializada', 24],
  ['comienza_cotizacion', 25],
  ['orden_venta_confirmada', 26],
];

/** A tenant with a manychat_odoo pipeline and, unless `connect` is false, connected to its own Odoo stand-in. */
export async function anOdooTenant(app: RunningApp, standIns: OdooStandIn[], { connect = true } = {}): Promise<OdooTenant> {
  const odoo = new OdooStandIn();
  await odoo.start();
  standIns.push(odoo);
  const tenant = await aTenant(app);
  const pipeline = await app.http().post('/api/v1/pipelines').set(tenant.auth)
    .send({ name: 'ManyChat → Odoo', template: 'manychat_odoo' }).expect(201);
  if (connect) await connectOdoo(app, tenant, odoo).expect(200);
  return { tenant, odoo, pipelineId: pipeline.body.id };
}

export function connectOdoo(app: RunningApp, tenant: TestTenant, odoo: OdooStandIn, overrides: Record<string, unknown> = {}) {
  return app.http().put('/api/v1/integrations/odoo').set(tenant.auth)
    .send({ url: odoo.url, db: odoo.db, username: odoo.username, api_key: odoo.apiKey, ...overrides });
}

export interface OdooView {
  lead_id: number | null;
  sync_status: string;
  last_synced_at: string | null;
  last_error: string | null;
}

export async function odooOf(app: RunningApp, tenant: TestTenant, opportunityId: string): Promise<OdooView> {
  const response = await app.http().get(`/api/v1/crm/opportunities/${opportunityId}`).set(tenant.auth).expect(200);
  return response.body.odoo as OdooView;
}

/** Waits until the opportunity's mirror reports `status` (and `until`, when given, holds). */
export function eventuallyOdoo(
  app: RunningApp,
  tenant: TestTenant,
  opportunityId: string,
  status: string,
  until: (view: OdooView) => boolean = () => true,
  timeoutMs = 25_000,
): Promise<OdooView> {
  return eventually(async () => {
    const view = await odooOf(app, tenant, opportunityId);
    return view.sync_status === status && until(view) ? view : undefined;
  }, timeoutMs);
}

/** The crm.lead rows Odoo holds for one opportunity (found by the marker in their description). */
export function leadsOf(odoo: OdooStandIn, opportunityId: string) {
  return odoo.leads().filter((lead) => String(lead.description).includes(opportunityId));
}

/**
 * Waits until the Odoo subscriber has seen every event of the tenant it subscribes to, so "nothing
 * was synced" is an observation and not a race with the worker.
 */
export async function odooSubscriberCaughtUp(tenantId: string): Promise<void> {
  const db = sql();
  try {
    await eventually(async () => {
      const { rows } = await db.query(
        `select count(*)::int as pending from outbox_events e
          where e.tenant_id = $1
            and e.type in ('opportunity.created', 'opportunity.stage_changed', 'opportunity.updated', 'contact.updated')
            and not exists (select 1 from processed_events p where p.event_id = e.id and p.handler = 'odoo-sync')`,
        [tenantId],
      );
      return rows[0].pending === 0 ? true : undefined;
    });
  } finally {
    await db.end();
  }
}
