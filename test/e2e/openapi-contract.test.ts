import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, aTenant, type TestTenant } from '../support/builders.js';
import { OpenApiContract } from '../support/openapi-contract.js';

// The helper every e2e test goes through (app.http()) checks requests and answers against the served
// document. These tests prove it catches drift: each takes the served document, makes it wrong in one
// way, and shows that a real request and answer then fail.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let app: RunningApp;
let served: Json;
let tenant: TestTenant;

beforeAll(async () => {
  app = await startApp({ worker: false });
  served = (await app.http().get('/docs-json').expect(200)).body as Json;
  tenant = await aTenant(app);
});

afterAll(async () => {
  await app.close();
});

async function clientFor(change: (document: Json) => void) {
  const document = structuredClone(served);
  change(document);
  return (await OpenApiContract.of(document)).enforce(request(app.api.getHttpServer()));
}

describe('the OpenAPI check wired into app.http()', () => {
  it('passes requests and answers that match the document', async () => {
    const contact = await aContact(app, tenant);
    const client = await clientFor(() => undefined);
    await client.get(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).expect(200);
  });

  it('fails an answer carrying a field the document does not list', async () => {
    const contact = await aContact(app, tenant);
    const client = await clientFor((document) => delete document.components.schemas.ContactView.properties.version);
    await expect(client.get(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth))
      .rejects.toThrow(/GET \/api\/v1\/crm\/contacts\/\S+ → 200: the answer does not match the document.*version/);
  });

  it('fails an error code the operation does not list', async () => {
    const client = await clientFor((document) => {
      const notFound = document.paths['/api/v1/crm/contacts/{id}'].get.responses['404'];
      notFound.content['application/problem+json'].schema.allOf[1].properties.code.enum = ['something.else'];
    });
    await expect(client.get('/api/v1/crm/contacts/0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b').set(tenant.auth))
      .rejects.toThrow(/→ 404: the answer does not match the document.*code/);
  });

  it('fails a status the operation does not document', async () => {
    const client = await clientFor((document) => delete document.paths['/api/v1/crm/contacts/{id}'].get.responses['404']);
    await expect(client.get('/api/v1/crm/contacts/0193a8f2-5c1e-7b3a-9d2f-3b1c4e5f6a7b').set(tenant.auth))
      .rejects.toThrow(/→ 404: the answer does not match the document: ResponseValidationError: Unsupported Response Status Code/);
  });

  it('fails a request the API accepted but the document refuses', async () => {
    const client = await clientFor((document) => {
      document.components.schemas.ContactBody.properties.first_name.maxLength = 2;
    });
    await expect(client.post('/api/v1/crm/contacts').set(tenant.auth).send({ first_name: 'Anabel' }))
      .rejects.toThrow(/POST \/api\/v1\/crm\/contacts → 201: the API accepted a request the document says is invalid/);
  });

  it('does not hold a refused request against the document: sending bad input is what bad-input tests do', async () => {
    const client = await clientFor(() => undefined);
    const response = await client.post('/api/v1/crm/contacts').set(tenant.auth).send({ first_name: 'Ana', shoe_size: 42 }).expect(400);
    expect(response.body.code).toBe('request.invalid');
  });
});
