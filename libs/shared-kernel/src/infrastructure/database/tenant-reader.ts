import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import type { Page, PageRequest } from '../../domain/index.js';

/** A condition in plain SQL with `?` placeholders, and its values. */
export type Condition = readonly [sql: string, ...values: unknown[]];

export interface Join {
  readonly table: string;
  readonly as: string;
  /** How the row joins, without the tenant: the reader adds `<as>.tenant_id = ?` itself. */
  readonly on: string;
  readonly left?: boolean;
}

/** A read over one tenant's rows: plain SQL pieces, each table scoped to the tenant by the reader. */
export interface Read {
  readonly select: string;
  /** Values of `?` placeholders in `select`, if it has any. */
  readonly selectValues?: readonly unknown[];
  /** The main table and its alias. */
  readonly from: readonly [table: string, alias: string];
  readonly join?: readonly Join[];
  readonly where?: readonly (Condition | false | undefined)[];
  readonly groupBy?: string;
  readonly orderBy?: string;
  readonly limit?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * The read side's one door to the database: query handlers describe a read (joins allowed) and get
 * plain rows, and every table of it is scoped to the tenant by construction. The main table gets
 * `tenant_id = ?` in the WHERE clause, every joined table in its ON clause, so a join can never
 * reach another tenant's rows and a read cannot be written without a tenant. Repositories load and
 * save aggregates; views for the API are built here.
 */
@Injectable()
export class TenantReader {
  constructor(private readonly em: EntityManager) {}

  async rows<Row>(tenantId: string, read: Read): Promise<Row[]> {
    if (!tenantId) throw new Error(`a read of ${read.from[0]} needs a tenant id`);
    const [table, alias] = read.from;
    const values: unknown[] = [...(read.selectValues ?? [])];
    const joins = (read.join ?? []).map((join) => {
      identifiers(join.table, join.as);
      values.push(tenantId);
      return `${join.left ? 'left join' : 'join'} ${join.table} ${join.as} on (${join.on}) and ${join.as}.tenant_id = ?`;
    });
    identifiers(table, alias);
    const conditions = [`${alias}.tenant_id = ?`];
    values.push(tenantId);
    for (const condition of read.where ?? []) {
      if (!condition) continue;
      const [sql, ...params] = condition;
      conditions.push(`(${sql})`);
      values.push(...params);
    }
    const statement = [
      `select ${read.select} from ${table} ${alias}`,
      ...joins,
      `where ${conditions.join(' and ')}`,
      read.groupBy ? `group by ${read.groupBy}` : '',
      read.orderBy ? `order by ${read.orderBy}` : '',
      read.limit !== undefined ? `limit ${Math.trunc(read.limit)}` : '',
    ].join(' ');
    return this.sql().execute<Row[]>(statement, values);
  }

  async one<Row>(tenantId: string, read: Read): Promise<Row | null> {
    const [row] = await this.rows<Row>(tenantId, { ...read, limit: 1 });
    return row ?? null;
  }

  /** A page of a list, newest first by the main table's time-ordered id (contract §1's lists). */
  async page<Row extends { id: string }>(tenantId: string, read: Omit<Read, 'orderBy' | 'limit'>, page: PageRequest): Promise<Page<Row>> {
    const alias = read.from[1];
    const rows = await this.rows<Row>(tenantId, {
      ...read,
      where: [...(read.where ?? []), page.after ? [`${alias}.id < ?`, page.after] : undefined],
      orderBy: `${alias}.id desc`,
      limit: page.limit + 1,
    });
    const more = rows.length > page.limit;
    const data = more ? rows.slice(0, page.limit) : rows;
    return { data, nextCursor: more ? data[data.length - 1]!.id : null };
  }

  private sql(): SqlEntityManager {
    return this.em.getContext(false) as unknown as SqlEntityManager;
  }
}

function identifiers(...names: string[]): void {
  for (const name of names) if (!IDENTIFIER.test(name)) throw new Error(`not a plain identifier: ${name}`);
}
