/** Cursor pages over time-ordered ids: fetch one row more than asked to learn whether more exist. */
export function pageQuery(page: { limit: number; after?: string }) {
  return {
    where: page.after ? { id: { $lt: page.after } } : {},
    options: { orderBy: { id: 'desc' as const }, limit: page.limit + 1 },
  };
}

export function toPage<Row extends { id: string }, T>(rows: Row[], limit: number, map: (row: Row) => T) {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { data: kept.map(map), nextCursor: more ? kept[kept.length - 1].id : null };
}

/** The constraint a PostgreSQL error names, when it is a constraint violation. */
export function violatedConstraint(error: unknown): string | undefined {
  return (error as { constraint?: string } | null)?.constraint;
}
