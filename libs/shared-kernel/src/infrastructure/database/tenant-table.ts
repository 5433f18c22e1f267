import type { EntityManager, EntitySchema, FilterQuery, FindOptions } from '@mikro-orm/core';

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

  #scope(tenantId: string, where: FilterQuery<Row>): FilterQuery<Row> {
    this.#assertTenant(tenantId);
    return { ...(where as object), tenant_id: tenantId } as FilterQuery<Row>;
  }

  #assertTenant(tenantId: string): void {
    if (!tenantId) throw new Error(`${this.#schema.meta.className}: a tenant id is required`);
  }
}
