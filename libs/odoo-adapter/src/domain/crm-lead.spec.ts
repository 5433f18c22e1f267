import { describe, expect, it } from '@jest/globals';
import { crmLeadValues, fingerprint, leadMarker, type MirroredOpportunity } from './crm-lead.js';

const source: MirroredOpportunity = {
  opportunityId: '0193a8f2-6d2e-7c4b-8e3f-4c2d5e6f7a8b',
  contactName: 'Ana García',
  phone: '+525512345678',
  email: null,
  odooStageId: 17,
  summary: ['Preguntó por <b>precio</b> & envío', null, ''],
};

describe('crm.lead values', () => {
  it('describe an opportunity-type lead at the mapped stage, with no partner and the marker in the description', () => {
    const values = crmLeadValues(source);
    expect(values).toEqual({
      type: 'opportunity',
      name: 'Ana García',
      contact_name: 'Ana García',
      phone: '+525512345678',
      email_from: false,
      stage_id: 17,
      description: `<p>Preguntó por &lt;b&gt;precio&lt;/b&gt; &amp; envío</p><p>Leadline opportunity ${leadMarker(source.opportunityId)}</p>`,
    });
    expect(values).not.toHaveProperty('partner_id');
  });

  it('leave the stage alone when the current stage maps none, and name a nameless contact by phone', () => {
    const values = crmLeadValues({ ...source, contactName: null, odooStageId: null });
    expect(values).not.toHaveProperty('stage_id');
    expect(values).toMatchObject({ name: '+525512345678', contact_name: false });
  });

  it('fingerprint equal values equally, whatever their key order, and tell a stage change apart', () => {
    const values = crmLeadValues(source);
    const reordered = Object.fromEntries(Object.entries(values).reverse());
    expect(fingerprint(reordered)).toBe(fingerprint(values));
    expect(fingerprint(crmLeadValues({ ...source, odooStageId: 18 }))).not.toBe(fingerprint(values));
  });
});
