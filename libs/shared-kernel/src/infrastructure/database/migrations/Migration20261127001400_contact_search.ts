import { Migration } from '@mikro-orm/migrations';

/**
 * Contact search `q` is case- and accent-insensitive (contract §3: "hernandez" finds Hernández).
 * `unaccent` is a trusted contrib extension (PostgreSQL 13+), so a database owner may create it.
 * It is only STABLE (its dictionary could change), so an immutable wrapper pinned to the public
 * dictionary makes it usable in indexes: one per searched field, prefix-searchable
 * (text_pattern_ops), led by tenant_id like every tenant read.
 */
export class Migration20261127001400ContactSearch extends Migration {
  override up(): void {
    this.addSql(`create extension if not exists unaccent`);
    this.addSql(`
      create or replace function leadline_fold(text) returns text
        language sql immutable parallel safe strict
        as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);
    for (const column of ['first_name', 'last_name', 'email']) {
      this.addSql(`create index ix_contacts_search_${column} on contacts (tenant_id, leadline_fold(${column}) text_pattern_ops)`);
    }
  }

  override down(): void {
    for (const column of ['first_name', 'last_name', 'email']) this.addSql(`drop index if exists ix_contacts_search_${column}`);
    this.addSql(`drop function if exists leadline_fold(text)`);
  }
}
