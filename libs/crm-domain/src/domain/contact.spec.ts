import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@leadline/shared-kernel/domain';
import { Contact } from './contact.js';

const TENANT = '0190a8f2-0000-7000-8000-000000000001';

describe('Contact', () => {
  it.each([
    ['55 1234 5678', 'MX', '+525512345678'],
    ['+52 1 55 1234 5678', 'MX', '+525512345678'],
    ['5215512345678', 'MX', '+525512345678'],
    ['(415) 555-2671', 'US', '+14155552671'],
    ['+34 612 345 678', 'MX', '+34612345678'],
  ])('normalises %s (region %s) to %s', (raw, region, e164) => {
    expect(Contact.create(TENANT, { phone: raw }, region).snapshot.phone).toBe(e164);
  });

  it.each(['123', 'not a phone', '+52 55 12'])('refuses the phone %s', (raw) => {
    expect(() => Contact.create(TENANT, { phone: raw }, 'MX')).toThrow(InvalidInputError);
  });

  it('refuses to load a stored phone that is not E.164', () => {
    const stored = Contact.create(TENANT, { phone: '5512345678' }, 'MX').snapshot;
    expect(() => Contact.rehydrate({ ...stored, phone: '55 1234 5678' })).toThrow(/not E.164/);
  });

  it('needs something to reach or name the person by', () => {
    expect(() => Contact.create(TENANT, { email: '  ' }, 'MX')).toThrow(InvalidInputError);
  });

  it('records the changed fields only, and nothing when nothing changed', () => {
    const created = Contact.create(TENANT, { firstName: 'Ana', phone: '5512345678' }, 'MX');
    const contact = Contact.rehydrate(created.snapshot);
    expect(contact.update({ firstName: 'Ana', phone: '+52 55 1234 5678' }, 'MX')).toBe(false);
    expect(contact.update({ lastName: 'Ruiz' }, 'MX')).toBe(true);
    expect(contact.pullEvents()[0]).toMatchObject({
      type: 'contact.updated',
      payload: { changes: { lastName: { from: null, to: 'Ruiz' } } },
    });
    expect(contact.snapshot.version).toBe(2);
  });
});
