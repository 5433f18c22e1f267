import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import { CreateContactCommand, CreateOpportunityCommand } from '@leadline/crm-domain';
import { OdooMirrorsQuery } from '@leadline/odoo-adapter';
import type { CommandContext } from '@leadline/shared-kernel';
import { OdooMirrorStore } from '../../libs/odoo-adapter/src/infrastructure/odoo-mirror.store.js';
import { startMedium, type Medium } from '../support/medium.js';

/** The Odoo mirror's own table: claims instead of a lock held across the call to Odoo. */
let medium: Medium;
let store: OdooMirrorStore;

beforeAll(async () => {
  medium = await startMedium();
  store = medium.get(OdooMirrorStore);
});

afterAll(() => medium.close());

async function anOpportunity(context: CommandContext): Promise<string> {
  return medium.run(async () => {
    const contact = await medium.commands.execute(new CreateContactCommand(context, { firstName: 'Lía', phone: `+5255${randomInt(10_000_000, 99_999_999)}` }));
    return (await medium.commands.execute(new CreateOpportunityCommand(context, { contactId: contact.snapshot.id }))).id;
  });
}

const mirrorOf = (tenantId: string, id: string) => medium.run(async () => (await medium.queries.execute(new OdooMirrorsQuery(tenantId, [id]))).get(id));

describe('OdooMirrorStore', () => {
  it('a claim is exclusive until it is released or its lease runs out', async () => {
    const { tenantId } = await medium.aTenant();
    const id = await anOpportunity({ tenantId, actor: { type: 'system', id: null, name: 'test' }, requestId: null });

    const first = await medium.run(() => store.claim(tenantId, id, 60_000));
    expect(first).toMatchObject({ leadId: null, syncedFingerprint: null });
    expect(await medium.run(() => store.claim(tenantId, id, 60_000))).toBeNull();
    await medium.run(() => store.release(tenantId, id, first!));
    const second = await medium.run(() => store.claim(tenantId, id, 1));
    expect(second).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await medium.run(() => store.claim(tenantId, id, 60_000))).not.toBeNull(); // the 1 ms lease ran out
  });

  it('keeps the first lead through failures and later syncs, and ignores an outcome recorded under a lost claim', async () => {
    const context = await medium.aTenant();
    const id = await anOpportunity(context);
    const { tenantId } = context;

    const claim = (await medium.run(() => store.claim(tenantId, id, 1)))!;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const newer = (await medium.run(() => store.claim(tenantId, id, 60_000)))!;
    await medium.run(() => store.recordSuccess(tenantId, id, claim, { leadId: 7, fingerprint: 'stale' }));
    expect(await mirrorOf(tenantId, id)).toMatchObject({ leadId: null, syncStatus: 'pending' });

    await medium.run(() => store.recordSuccess(tenantId, id, newer, { leadId: 42, fingerprint: 'a' }));
    await medium.run(() => store.recordFailure(tenantId, id, 'error', 'Access Denied'));
    expect(await mirrorOf(tenantId, id)).toMatchObject({ leadId: 42, syncStatus: 'error', lastError: 'Access Denied' });
    const again = (await medium.run(() => store.claim(tenantId, id, 60_000)))!;
    expect(again).toMatchObject({ leadId: 42, syncedFingerprint: 'a' });
    await medium.run(() => store.recordSuccess(tenantId, id, again, { leadId: 43, fingerprint: 'b' }));
    expect(await mirrorOf(tenantId, id)).toMatchObject({ leadId: 42, syncStatus: 'success', lastError: null });
  });

  it('answers another tenant\'s opportunity as not mirrored, and never claims it', async () => {
    const context = await medium.aTenant();
    const other = await medium.aTenant();
    const id = await anOpportunity(context);
    await medium.run(() => store.markPending(context.tenantId, id));

    expect(await mirrorOf(other.tenantId, id)).toEqual({ leadId: null, syncStatus: 'not_configured', lastSyncedAt: null, lastError: null });
    expect(await medium.run(() => store.claim(other.tenantId, id, 60_000))).toBeNull();
    expect(await mirrorOf(context.tenantId, id)).toMatchObject({ syncStatus: 'pending' });
  });
});
