import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@leadline/shared-kernel/domain';
import { Campaign } from './campaign.js';
import { CampaignError } from './errors.js';

const TENANT = '0190a8f2-0000-7000-8000-000000000001';

describe('Campaign', () => {
  it('is a draft unless told otherwise; a placeholder is active, named by its external id and auto-created', () => {
    expect(Campaign.create(TENANT, { name: 'Invierno' }).snapshot).toMatchObject({ status: 'draft', autoCreated: false });
    expect(Campaign.placeholder(TENANT, '85').snapshot).toMatchObject({
      status: 'active', autoCreated: true, externalId: '85', name: 'ManyChat campaign 85',
    });
  });

  it.each([
    [{ dateStart: new Date('2025-12-31'), dateEnd: new Date('2025-06-01') }, 'date_end'],
    [{ budget: -0.01 }, 'budget'],
    [{ budget: Number.POSITIVE_INFINITY }, 'budget'],
    [{ name: '   ' }, 'name'],
  ])('refuses %j (field %s)', (details, field) => {
    expect(() => Campaign.create(TENANT, { name: 'Invierno', ...details })).toThrow(InvalidInputError);
    try {
      Campaign.create(TENANT, { name: 'Invierno', ...details });
    } catch (error) {
      expect((error as InvalidInputError).field).toBe(field);
    }
  });

  it('accepts a one-day campaign (date_end equal to date_start) and a budget of 0', () => {
    const day = new Date('2025-06-01T00:00:00Z');
    expect(Campaign.create(TENANT, { name: 'Flash', dateStart: day, dateEnd: day, budget: 0 }).snapshot.budget).toBe(0);
  });

  it('a completed campaign cannot be reopened, but its other fields can still be corrected', () => {
    const campaign = Campaign.rehydrate(Campaign.create(TENANT, { name: 'Invierno', status: 'completed' }).snapshot);
    expect(() => campaign.update({ status: 'active' })).toThrow(CampaignError);
    expect(campaign.update({ description: 'Cerrada en diciembre' })).toBe(true);
  });

  it('an update that changes nothing records nothing', () => {
    const campaign = Campaign.rehydrate(Campaign.create(TENANT, { name: 'Invierno', budget: 10 }).snapshot);
    expect(campaign.update({ name: 'Invierno', budget: 10 })).toBe(false);
    expect(campaign.pullEvents()).toEqual([]);
  });
});

describe('Campaign automation', () => {
  it('is armed for its trigger from the moment it becomes active or, while active, its trigger changes; not while paused', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 8, 10, minute));
    const campaign = Campaign.create(TENANT, { name: 'Invierno', trigger: 'stage_change', triggerCondition: { to_stage: 'perfilamiento' } }, at(0));
    expect(campaign.snapshot.triggerArmedAt).toBeNull();
    campaign.update({ status: 'active' }, at(1));
    expect(campaign.snapshot.triggerArmedAt).toEqual(at(1));
    campaign.update({ name: 'Invierno 2026' }, at(2));
    expect(campaign.snapshot.triggerArmedAt).toEqual(at(1));
    campaign.update({ triggerCondition: { to_stage: 'agendado' } }, at(3));
    expect(campaign.snapshot.triggerArmedAt).toEqual(at(3));
    campaign.update({ status: 'paused' }, at(4));
    expect(campaign.snapshot.triggerArmedAt).toBeNull();
    campaign.update({ status: 'active' }, at(5));
    expect(campaign.snapshot.triggerArmedAt).toEqual(at(5));
    expect(Campaign.create(TENANT, { name: 'Directa', status: 'active' }, at(6)).snapshot.triggerArmedAt).toEqual(at(6));
  });

  it('moves draft → active ⇄ paused → completed, and no other way', () => {
    const campaign = Campaign.create(TENANT, { name: 'Invierno' });
    const refuse = (status: 'draft' | 'active' | 'paused' | 'completed') =>
      expect(() => campaign.update({ status })).toThrow(CampaignError);
    refuse('paused');
    campaign.update({ status: 'active' });
    refuse('draft');
    campaign.update({ status: 'paused' });
    campaign.update({ status: 'active' });
    campaign.update({ status: 'completed' });
    refuse('active');
    const events = campaign.pullEvents().filter((event) => event.type === 'campaign.updated');
    expect(events.map((event) => (event.payload as { status: string }).status)).toEqual(['active', 'paused', 'active', 'completed']);
  });

  it('a new trigger without a condition clears the condition; a condition alone is read with the stored trigger', () => {
    const campaign = Campaign.create(TENANT, { name: 'Score', trigger: 'lead_score', triggerCondition: { min: 10, max: 20 } });
    campaign.update({ triggerCondition: { min: 30, max: 40 } });
    expect(campaign.snapshot).toMatchObject({ trigger: 'lead_score', triggerCondition: { min: 30, max: 40 } });
    expect(() => campaign.update({ trigger: 'inactivity' })).toThrow(CampaignError);
    campaign.update({ trigger: 'manual' });
    expect(campaign.snapshot).toMatchObject({ trigger: 'manual', triggerCondition: null });
  });

  it('replace puts every field not given back to its default and keeps the status', () => {
    const campaign = Campaign.create(TENANT, {
      name: 'Idle', budget: 5, channel: 'whatsapp', trigger: 'inactivity', triggerCondition: { hours: 3 }, reentry: 'after_exit',
      exitOn: ['reply'], sendWindow: { start: '09:00', end: '18:00', days: [1] }, status: 'active',
    });
    campaign.replace({ name: 'Otra' });
    expect(campaign.snapshot).toMatchObject({
      name: 'Otra', budget: null, channel: null, trigger: 'manual', triggerCondition: null, reentry: 'never',
      exitOn: ['reply', 'meeting_booked', 'won', 'lost', 'opt_out'], sendWindow: null, status: 'active',
    });
  });
});
