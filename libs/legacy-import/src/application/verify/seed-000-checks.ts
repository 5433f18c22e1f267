/**
 * Seed 000's verification SQL ("Verificación de Constraints"), unchanged: our tables keep the
 * seed's names. Each check passes when it returns no rows; the first is a count that must be 0.
 */
export const SEED_000_CHECKS = [
  {
    name: 'opportunities without a pipeline stage',
    sql: `SELECT COUNT(*)
FROM lead_opportunities
WHERE pipeline_stage_id IS NULL`,
    passes: (rows: ReadonlyArray<Record<string, unknown>>) => Number(rows[0]?.count) === 0,
    found: (rows: ReadonlyArray<Record<string, unknown>>) => Number(rows[0]?.count),
  },
  {
    name: 'stage rows shared by opportunities',
    sql: `SELECT pipeline_stage_id, COUNT(*)
FROM lead_opportunities
GROUP BY pipeline_stage_id
HAVING COUNT(*) > 1`,
    passes: (rows: ReadonlyArray<Record<string, unknown>>) => rows.length === 0,
    found: (rows: ReadonlyArray<Record<string, unknown>>) => rows.length,
  },
  {
    name: 'opportunities with more than one stage row',
    sql: `SELECT entity_type, entity_id, COUNT(*)
FROM pipeline_stages
WHERE entity_type = 'leads'
GROUP BY entity_type, entity_id
HAVING COUNT(*) > 1`,
    passes: (rows: ReadonlyArray<Record<string, unknown>>) => rows.length === 0,
    found: (rows: ReadonlyArray<Record<string, unknown>>) => rows.length,
  },
] as const;

export interface CheckResult {
  readonly name: string;
  readonly sql: string;
  /** The count (first check) or the number of offending rows (the others). */
  readonly found: number;
  readonly passed: boolean;
}

/** Runs the three checks with the caller's connection, telling `onCheck` after each one. */
export async function runSeed000Checks(
  query: (sql: string) => Promise<ReadonlyArray<Record<string, unknown>>>,
  onCheck: (result: CheckResult, index: number) => void = () => undefined,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [index, check] of SEED_000_CHECKS.entries()) {
    const rows = await query(check.sql);
    const result = { name: check.name, sql: check.sql, found: check.found(rows), passed: check.passes(rows) };
    results.push(result);
    onCheck(result, index);
  }
  return results;
}
