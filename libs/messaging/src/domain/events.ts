import type { Changes } from '@leadline/integration-events';

/** The events messaging records; the audit trail reads the template ones (`changes`). */
export const TemplateEvents = { created: 'template.created', updated: 'template.updated', deleted: 'template.deleted' } as const;

export type TemplateEventPayloads = Record<(typeof TemplateEvents)[keyof typeof TemplateEvents], { readonly changes: Changes }>;
