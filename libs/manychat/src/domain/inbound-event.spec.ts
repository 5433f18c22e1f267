import { describe, expect, it } from '@jest/globals';
import { externalId, isMergeTag, orderingOf, withoutMergeTags } from './inbound-event.js';

describe('unresolved ManyChat merge tags', () => {
  it.each(['{{cuf_8146798}}', '${{cuf_8146798}}', ' {{last_name}} ', '', '   '])('%j means no value', (value) => {
    expect(isMergeTag(value)).toBe(true);
  });

  it.each(['Ana', '{{not closed', 'Precio {{cuf_1}} MXN', 0, null, false])('%j is a value', (value) => {
    expect(isMergeTag(value)).toBe(false);
  });

  it('are removed at any depth, values kept as they are', () => {
    expect(withoutMergeTags({
      manychat_id: '42', email_lead: '{{cuf_1}}', apellido_lead: '',
      state: { stage_id: 17, summary: '{{cuf_2}}' }, tags: ['a', '{{cuf_3}}'], medical_advisor_id: 0,
    })).toEqual({ manychat_id: '42', state: { stage_id: 17 }, tags: ['a'], medical_advisor_id: 0 });
  });
});

describe('event ordering', () => {
  it('puts each event in its stream at ManyChat\'s own time', () => {
    expect(orderingOf('contact', { manychat_id: 'm1', nombre_lead: 'Ana', datetime_actual: '2025-06-10T10:05:00-06:00' }))
      .toEqual({ manychatId: 'm1', stream: 'contact', occurredAt: new Date('2025-06-10T16:05:00Z') });
    expect(orderingOf('crm-opportunity', { manychat_id: 'm1', state: { stage_id: 17, date: '2025-07-11T17:14:31.220Z' } }))
      .toEqual({ manychatId: 'm1', stream: 'crm-opportunity', occurredAt: new Date('2025-07-11T17:14:31.220Z') });
    expect(orderingOf('campaign-assignment', { manychat_id: 'm1', campaign_id: 85, datetime_actual: '2025-06-10T10:10:00Z' }).stream)
      .toBe('campaign:85');
  });

  it('reads ManyChat ids sent as numbers or strings alike', () => {
    expect([externalId(85), externalId('85'), externalId(null), externalId(undefined)]).toEqual(['85', '85', null, null]);
  });
});
