import { randomInt, randomUUID } from 'node:crypto';
import type { RunningApp } from './app.js';
import { ADMIN_KEY } from './config.js';

export interface TestTenant {
  readonly id: string;
  readonly key: string;
  readonly auth: { 'X-API-Key': string };
}

/** A fresh tenant per test: isolation without truncating shared tables. */
export async function aTenant(app: RunningApp, name = `Tenant ${randomUUID().slice(0, 8)}`): Promise<TestTenant> {
  const response = await app.http().post('/api/v1/admin/tenants').set('X-Admin-Key', ADMIN_KEY).send({ name }).expect(201);
  return { id: response.body.id, key: response.body.api_key.key, auth: { 'X-API-Key': response.body.api_key.key } };
}

export async function aKey(app: RunningApp, tenant: TestTenant, role: 'admin' | 'agent' | 'viewer') {
  const response = await app.http().post('/api/v1/api-keys').set(tenant.auth).send({ name: `${role} key`, role }).expect(201);
  return { id: response.body.id as string, key: response.body.key as string, auth: { 'X-API-Key': response.body.key as string } };
}

/** A valid Mexican mobile number, different on every call. */
export function aPhone(): string {
  return `+5255${String(randomInt(10_000_000, 99_999_999))}`;
}

export async function aContact(app: RunningApp, tenant: TestTenant, fields: Record<string, unknown> = {}) {
  const response = await app.http().post('/api/v1/crm/contacts').set(tenant.auth)
    .send({ first_name: 'Ana', last_name: 'Ruiz', phone: aPhone(), ...fields });
  if (response.status !== 201) throw new Error(`contact: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; phone: string; [field: string]: unknown };
}

export async function anOpportunity(app: RunningApp, tenant: TestTenant, fields: Record<string, unknown> = {}) {
  const contactId = (fields.contact_id as string | undefined) ?? (await aContact(app, tenant)).id;
  const response = await app.http().post('/api/v1/crm/opportunities').set(tenant.auth)
    .send({ contact_id: contactId, ...fields });
  if (response.status !== 201) throw new Error(`opportunity: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as {
    id: string;
    contact_id: string;
    pipeline_id: string;
    pipeline_stage_id: string;
    version: number;
    pipeline_stage: { id: string; current_stage: string };
    [field: string]: unknown;
  };
}

/** Polls until `probe` returns a value (not undefined) or the time is up; for the worker's async effects. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function aCampaign(app: RunningApp, tenant: TestTenant, fields: Record<string, unknown> = {}) {
  const response = await app.http().post('/api/v1/campaigns').set(tenant.auth).send({ name: 'Campaña Invierno 2025', ...fields });
  if (response.status !== 201) throw new Error(`campaign: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; [field: string]: unknown };
}

/** A pipeline from the manychat_odoo template: the stages ManyChat's crm-opportunity webhook names. */
export async function aManyChatPipeline(app: RunningApp, tenant: TestTenant) {
  const response = await app.http().post('/api/v1/pipelines').set(tenant.auth).send({ name: 'ManyChat', template: 'manychat_odoo' });
  if (response.status !== 201) throw new Error(`pipeline: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as {
    id: string;
    version: number;
    stages: { key: string; name: string; position: number; kind: string; odoo_stage_id: number | null }[];
    [field: string]: unknown;
  };
}
