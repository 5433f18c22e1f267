import { createHash } from 'node:crypto';

/** What Leadline knows about an opportunity that Odoo's crm.lead mirrors (contract §8). */
export interface MirroredOpportunity {
  readonly opportunityId: string;
  readonly contactName: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly odooStageId: number | null;
  readonly summary: readonly (string | null)[];
}

/** crm.lead values as Odoo's `create`/`write` take them; `false` clears a field. */
export type CrmLeadValues = Record<string, string | number | boolean>;

/**
 * The mark written into every lead we create. It lets a retry find the lead a crashed attempt
 * created in Odoo before we could store its id, instead of creating a second one.
 */
export function leadMarker(opportunityId: string): string {
  return `leadline:${opportunityId}`;
}

/**
 * The crm.lead for an opportunity: always an `opportunity`, never linked to a res.partner (the
 * contact lives in Leadline only; seed 001), with the mapped stage when the current stage has one.
 */
export function crmLeadValues(source: MirroredOpportunity): CrmLeadValues {
  const values: CrmLeadValues = {
    type: 'opportunity',
    name: source.contactName ?? source.phone ?? source.email ?? `Leadline ${source.opportunityId}`,
    contact_name: source.contactName ?? false,
    phone: source.phone ?? false,
    email_from: source.email ?? false,
    description: describe(source),
  };
  if (source.odooStageId !== null) values.stage_id = source.odooStageId;
  return values;
}

/** Identifies what was last sent, so a sync that would send the same values again sends nothing. */
export function fingerprint(values: CrmLeadValues): string {
  const sorted = Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

function describe(source: MirroredOpportunity): string {
  const paragraphs = source.summary.filter((text): text is string => !!text && text.trim().length > 0);
  return [...paragraphs, `Leadline opportunity ${leadMarker(source.opportunityId)}`]
    .map((text) => `<p>${escapeHtml(text)}</p>`)
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
