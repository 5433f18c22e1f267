export const ODOO_SYNC_STATUSES = ['not_configured', 'pending', 'success', 'error'] as const;
export type OdooSyncStatus = (typeof ODOO_SYNC_STATUSES)[number];

/** How an opportunity's mirror into Odoo stands (contract §5's `odoo`). */
export interface OdooMirror {
  readonly leadId: number | null;
  readonly syncStatus: OdooSyncStatus;
  readonly lastSyncedAt: Date | null;
  readonly lastError: string | null;
}

/** An opportunity that was never asked to be mirrored: its tenant has no Odoo, or its pipeline maps no Odoo stages. */
export const NOT_MIRRORED: OdooMirror = { leadId: null, syncStatus: 'not_configured', lastSyncedAt: null, lastError: null };
