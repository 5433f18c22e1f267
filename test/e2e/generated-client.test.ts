import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import type { paths } from '../../clients/typescript/leadline-api.js';
import { startApp, type RunningApp } from '../support/app.js';
import { eventually } from '../support/builders.js';
import { ADMIN_KEY } from '../support/config.js';

// A client generated from the served document (openapi-typescript types, openapi-fetch calls) drives
// the central flow over real HTTP. `npm run typecheck` compiles this file against the committed
// types, and the last test regenerates them from /docs-json and fails when they differ, so neither
// the document nor the types can drift from the API unnoticed.

const CLIENT_TYPES = new URL('../../clients/typescript/leadline-api.ts', import.meta.url);
const HEADER = '// Generated from the served OpenAPI document (/docs-json) by openapi-typescript: `npm run openapi:client`.\n' +
  '// Do not edit: a test regenerates it and fails when this file differs.\n\n';

let app: RunningApp;
let baseUrl: string;

beforeAll(async () => {
  app = await startApp();
  await app.api.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(app.api.getHttpServer().address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.close();
});

describe('a client generated from the OpenAPI document', () => {
  it('drives tenant → contact → opportunity → stage move → call → first-call attempt, typed end to end', async () => {
    const operator = createClient<paths>({ baseUrl, headers: { 'X-Admin-Key': ADMIN_KEY } });
    const created = await operator.POST('/api/v1/admin/tenants', { body: { name: 'Cliente generado' } });
    expect(created.response.status).toBe(201);
    const key = created.data!.api_key.key!;

    const api = createClient<paths>({ baseUrl, headers: { 'X-API-Key': key } });
    const contact = await api.POST('/api/v1/crm/contacts', { body: { first_name: 'Lucía', last_name: 'Méndez', phone: '55 2345 6789' } });
    expect(contact.data).toMatchObject({ first_name: 'Lucía', phone: '+525523456789' });

    const opportunity = await api.POST('/api/v1/crm/opportunities', { body: { contact_id: contact.data!.id, priority: 'high' } });
    expect(opportunity.data!.pipeline_stage.current_stage).toBe('agent_initial');

    const moved = await api.POST('/api/v1/crm/opportunities/{id}/stage', {
      params: { path: { id: opportunity.data!.id }, header: { 'If-Match': opportunity.response.headers.get('etag')! } },
      body: { stage: 'perfilamiento', reason: 'Contestó el WhatsApp' },
    });
    expect(moved.data).toMatchObject({ pipeline_stage: { current_stage: 'perfilamiento' }, version: 2 });
    expect(moved.response.headers.get('etag')).toBe('"2"');

    const call = await api.POST('/api/v1/crm/calls', {
      body: { direction: 'outbound', entity_id: contact.data!.id, call_status: 'completed', summary: 'Agenda una visita' },
    });
    expect(call.response.status).toBe(201);

    const attempted = await eventually(async () => {
      const read = await api.GET('/api/v1/crm/opportunities/{id}', { params: { path: { id: opportunity.data!.id } } });
      return read.data?.first_call_completed ? read.data : undefined;
    });
    expect(attempted).toMatchObject({
      status: 'contacted',
      first_call_successful_attempt: 1,
      first_call_attempts: { 1: { status: 'green', call_id: call.data!.id, notes: 'Agenda una visita' } },
    });

    const history = await api.GET('/api/v1/crm/opportunities/{id}/stage-history', { params: { path: { id: opportunity.data!.id } } });
    expect(history.data!.data.map((change) => change.to_stage)).toEqual(['perfilamiento', 'agent_initial']);

    // Errors are typed as the document says: a problem with its stable code.
    const missing = await api.GET('/api/v1/crm/contacts/{id}', { params: { path: { id: randomUUID() } } });
    expect(missing.error).toMatchObject({ status: 404, code: 'resource.not_found' });
  });

  it('is typed from the document the API serves now (npm run openapi:client regenerates the types)', async () => {
    const served = (await app.http().get('/docs-json').expect(200)).body as object;
    // A field with a default may be left out of a request body: it is optional, not required.
    const generated = HEADER + astToString(await openapiTS(served as Parameters<typeof openapiTS>[0], { defaultNonNullable: false }));
    if (process.env.UPDATE_OPENAPI_CLIENT === '1') await writeFile(CLIENT_TYPES, generated);
    const committed = await readFile(CLIENT_TYPES, 'utf8');
    const upToDate = committed === generated;
    expect({ upToDate, fix: upToDate ? '' : 'clients/typescript/leadline-api.ts is stale: run `npm run openapi:client`' })
      .toEqual({ upToDate: true, fix: '' });
  }, 60_000);
});
