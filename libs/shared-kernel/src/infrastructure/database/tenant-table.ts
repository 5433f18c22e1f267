import type { EntityManager, EntitySchema, FilterQuery, FindOptions } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';

export type ReadOptions<Row> = Omit<FindOptions<Row>, 'fields'> & { fields?: readonly (keyof Row & string)[] };

/**
 * The only door from a tenant-owned repository to its table. Every read, update and delete is
 * filtered by the tenant id it is given and every insert is stamped with it, so a repository built
 * on it cannot forget the tenant: the entity manager is out of reach (an ES private field), and a
 * `tenant_id` smuggled into a filter or a row is overwritten.
 */
export class TenantTable<Row extends { id: string; tenant_id: string }> {
  readonly #em: EntityManager;
  readonly #schema: EntitySchema<Row>;

  constructor(em: EntityManager, schema: EntitySchema<Row>) {
    this.#em = em;
    this.#schema = schema;
  }

  find(tenantId: string, where: FilterQuery<Row>, options?: ReadOptions<Row>): Promise<Row[]> {
    return this.#em.find(this.#schema, this.#scope(tenantId, where) as never, {
      ...options,
      disableIdentityMap: true,
    } as FindOptions<Row>) as Promise<Row[]>;
  }

  async findOne(tenantId: string, where: FilterQuery<Row>, options?: ReadOptions<Row>): Promise<Row | null> {
    const [row] = await this.find(tenantId, where, { ...options, limit: 1 });
    return row ?? null;
  }

  count(tenantId: string, where: FilterQuery<Row>): Promise<number> {
    return this.#em.count(this.#schema, this.#scope(tenantId, where));
  }

  async insert(tenantId: string, ...rows: Row[]): Promise<void> {
    this.#assertTenant(tenantId);
    await this.#em.insertMany(this.#schema, rows.map((row) => ({ ...row, tenant_id: tenantId })) as never);
  }

  update(tenantId: string, where: FilterQuery<Row>, data: Partial<Row>): Promise<number> {
    const { tenant_id: _tenant, id: _id, ...changes } = data;
    return this.#em.nativeUpdate(this.#schema, this.#scope(tenantId, where), changes as never);
  }

  delete(tenantId: string, where: FilterQuery<Row>): Promise<number> {
    return this.#em.nativeDelete(this.#schema, this.#scope(tenantId, where));
  }

  /**
   * One statement, race-safe under concurrent duplicates: inserts the row unless the tenant already
   * has one with the same `unique` columns, and answers the stored row's `returning` columns either
   * way, with `inserted` telling which. A duplicate only bumps `countDuplicatesIn` (it must be an
   * integer column). `unique` must name a unique constraint that starts with tenant_id.
   */
  async insertOrGet<K extends keyof Row & string>(
    tenantId: string,
    row: Row,
    options: { unique: readonly (keyof Row & string)[]; countDuplicatesIn: keyof Row & string; returning: readonly K[] },
  ): Promise<{ row: Pick<Row, K>; inserted: boolean }> {
    this.#assertTenant(tenantId);
    const stamped = { ...row, tenant_id: tenantId } as Record<string, unknown>;
    const columns = Object.keys(stamped);
    const properties = this.#schema.meta.properties as Record<string, { type?: unknown } | undefined>;
    const values = columns.map((column) =>
      properties[column]?.type === 'json' ? JSON.stringify(stamped[column]) : stamped[column]);
    const table = this.#schema.meta.tableName ?? this.#schema.meta.collection;
    const counter = `"${options.countDuplicatesIn}"`;
    const [result] = await (this.#em as unknown as SqlEntityManager).execute<Array<Record<string, unknown> & { inserted: boolean }>>(
      `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')})
       values (${columns.map(() => '?').join(', ')})
       on conflict (tenant_id, ${options.unique.map((column) => `"${column}"`).join(', ')})
       do update set ${counter} = "${table}".${counter} + 1
       returning ${options.returning.map((column) => `"${column}"`).join(', ')}, (xmax = 0) as inserted`,
      values,
    );
    const { inserted, ...stored } = result!;
    return { row: stored as Pick<Row, K>, inserted };
  }

  #scope(tenantId: string, where: FilterQuery<Row>): FilterQuery<Row> {
    this.#assertTenant(tenantId);
    return { ...(where as object), tenant_id: tenantId } as FilterQuery<Row>;
  }

  #assertTenant(tenantId: string): void {
    if (!tenantId) throw new Error(`${this.#schema.meta.className}: a tenant id is required`);
  }
}
