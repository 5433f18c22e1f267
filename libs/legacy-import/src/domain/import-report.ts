/**
 * What a legacy import tells its operator: per target table, how many rows it read and what became
 * of them, and one report entry for every row it rejected, changed or left out.
 */

/** The phases of an import, in the order they run; each one continues from its own checkpoint. */
export const IMPORT_PHASES = ['contacts', 'stage_rows', 'opportunities', 'calls'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** The legacy tables, named as in the legacy schema (and in our own). */
export const IMPORT_TABLES = ['contacts', 'lead_opportunities', 'pipeline_stages', 'calls'] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

export interface TableCounts {
  /** Rows read from the legacy table. */
  read: number;
  /** Rows written for the first time. */
  created: number;
  /** Legacy stage rows carried over to their opportunity (seed 000's "vincular"). */
  linked: number;
  /** Legacy contacts mapped onto a contact with the same phone instead of becoming a new one. */
  deduplicated: number;
  /** Rows an earlier run already imported: left as they are. */
  unchanged: number;
  /** Rows deliberately left out (stage rows of other entities, orphans, duplicates). */
  skipped: number;
  /** Rows that could not be imported (see the report for why). */
  errors: number;
  /** Imported rows whose values were changed to fit our rules (see the report). */
  altered: number;
}

export type ImportCounts = Record<ImportTable, TableCounts>;

export function emptyCounts(): ImportCounts {
  const zero = (): TableCounts => ({ read: 0, created: 0, linked: 0, deduplicated: 0, unchanged: 0, skipped: 0, errors: 0, altered: 0 });
  return { contacts: zero(), lead_opportunities: zero(), pipeline_stages: zero(), calls: zero() };
}

export function addCounts(total: ImportCounts, delta: Partial<Record<ImportTable, Partial<TableCounts>>>): void {
  for (const [table, counts] of Object.entries(delta) as Array<[ImportTable, Partial<TableCounts>]>) {
    for (const [name, value] of Object.entries(counts) as Array<[keyof TableCounts, number]>) {
      total[table][name] += value;
    }
  }
}

/**
 * rejected: not imported at all; altered: imported with a value changed or dropped; deduplicated:
 * mapped onto another contact; skipped: left out on purpose.
 */
export type ReportAction = 'rejected' | 'altered' | 'deduplicated' | 'skipped';

/** One line of the JSON-lines report. */
export interface ReportEntry {
  readonly table: ImportTable;
  readonly legacy_id: string;
  readonly action: ReportAction;
  readonly reason: string;
  readonly field?: string;
  /** The legacy value that was refused or replaced. */
  readonly value?: unknown;
  /** What the row now points at (the kept contact of a duplicate, the stage row that was linked). */
  readonly mapped_to?: string;
  readonly detail?: string;
}
