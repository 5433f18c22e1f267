import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type RunningApp } from '../support/app.js';
import { aContact, anOpportunity, aTenant } from '../support/builders.js';
import { expectProblem } from '../support/problems.js';

// Contract §1: a resource with a version answers `ETag: "<version>"`, and If-Match accepts that ETag
// or the bare number, answering 409 when it is stale.

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ worker: false });
});

afterAll(async () => {
  await app.close();
});

describe('ETag is the version', () => {
  it('on every answer that carries a resource with a version, reads and writes alike', async () => {
    const tenant = await aTenant(app);
    const created = await app.http().post('/api/v1/crm/contacts').set(tenant.auth).send({ first_name: 'Ana' }).expect(201);
    expect(created.headers.etag).toBe('"1"');
    const changed = await app.http().patch(`/api/v1/crm/contacts/${created.body.id}`).set(tenant.auth).send({ last_name: 'Ruiz' }).expect(200);
    expect({ etag: changed.headers.etag, version: changed.body.version }).toEqual({ etag: '"2"', version: 2 });
    const read = await app.http().get(`/api/v1/crm/contacts/${created.body.id}`).set(tenant.auth).expect(200);
    expect(read.headers.etag).toBe('"2"');

    const opportunity = await anOpportunity(app, tenant);
    const moved = await app.http().post(`/api/v1/crm/opportunities/${opportunity.id}/stage`).set(tenant.auth)
      .send({ stage: 'perfilamiento' }).expect(200);
    expect(moved.headers.etag).toBe(`"${moved.body.version}"`);
  });

  it('not on lists, which have no version', async () => {
    const tenant = await aTenant(app);
    await aContact(app, tenant);
    const list = await app.http().get('/api/v1/crm/contacts').set(tenant.auth).expect(200);
    expect(list.headers.etag).toBeUndefined();
  });

  it('answers 304 to a GET whose If-None-Match is the current version, 200 once it changed', async () => {
    const tenant = await aTenant(app);
    const contact = await aContact(app, tenant);
    await app.http().get(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).set('If-None-Match', '"1"').expect(304);
    await app.http().patch(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).send({ first_name: 'Eva' }).expect(200);
    const fresh = await app.http().get(`/api/v1/crm/contacts/${contact.id}`).set(tenant.auth).set('If-None-Match', '"1"').expect(200);
    expect(fresh.body.first_name).toBe('Eva');
  });
});

describe('If-Match takes the ETag back', () => {
  it.each([
    ['the ETag as answered', (etag: string) => etag],
    ['the bare version', (etag: string) => etag.replace(/"/g, '')],
    ['a weak ETag', (etag: string) => `W/${etag}`],
    ['*, any version', () => '*'],
  ])('%s is accepted while current', async (_, ifMatch) => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const read = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    const changed = await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth)
      .set('If-Match', ifMatch(read.headers.etag as string)).send({ priority: 'high' }).expect(200);
    expect(changed.body).toMatchObject({ priority: 'high', version: opportunity.version + 1 });
    expect(changed.headers.etag).toBe(`"${opportunity.version + 1}"`);
  });

  it('a stale ETag → 409 resource.stale_version and nothing changes', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const first = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).send({ notes: 'someone else' }).expect(200);
    const stale = await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth)
      .set('If-Match', first.headers.etag as string).send({ notes: 'mine' });
    expectProblem(stale, 409, 'resource.stale_version');
    const now = await app.http().get(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth).expect(200);
    expect(now.body.notes).toBe('someone else');
  });

  it('something that is not a version → 400 naming If-Match', async () => {
    const tenant = await aTenant(app);
    const opportunity = await anOpportunity(app, tenant);
    const response = await app.http().patch(`/api/v1/crm/opportunities/${opportunity.id}`).set(tenant.auth)
      .set('If-Match', '"abc"').send({ priority: 'low' });
    expectProblem(response, 400, 'request.invalid');
    expect(response.body.errors).toEqual([{ field: 'If-Match', message: 'If-Match must be an ETag such as "3", or the bare version 3' }]);
  });
});
