import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@leadline/shared-kernel/domain';
import { Advisor } from './advisor.js';

const TENANT = '0190a8f2-0000-7000-8000-000000000001';

describe('Advisor', () => {
  it('normalises phone to E.164 and e-mail to lower case', () => {
    const advisor = Advisor.create(TENANT, { name: 'Dra. Laura', kind: 'medical', phone: '55 1234 5678', email: 'Laura@Ejemplo.COM' }, 'MX');
    expect(advisor.snapshot).toMatchObject({ phone: '+525512345678', email: 'laura@ejemplo.com', autoCreated: false });
  });

  it('a placeholder is named by its kind and external id and marked auto-created', () => {
    expect(Advisor.placeholder(TENANT, 'commercial', '700').snapshot).toMatchObject({
      name: 'Commercial advisor 700', kind: 'commercial', externalId: '700', autoCreated: true,
    });
  });

  it.each([
    [{ name: ' ', kind: 'medical' as const }],
    [{ name: 'Ana', kind: 'doctor' as never }],
    [{ name: 'Ana', kind: 'agent' as const, phone: '12' }],
  ])('refuses %j', (details) => {
    expect(() => Advisor.create(TENANT, details, 'MX')).toThrow(InvalidInputError);
  });

  it('refuses to load an unknown kind', () => {
    const stored = Advisor.create(TENANT, { name: 'Ana', kind: 'agent' }, 'MX').snapshot;
    expect(() => Advisor.rehydrate({ ...stored, kind: 'doctor' as never })).toThrow(/unknown kind/);
  });
});
