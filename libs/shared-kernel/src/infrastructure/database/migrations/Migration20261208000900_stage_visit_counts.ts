import { Migration } from '@mikro-orm/migrations';

/**
 * How many opportunities each stage holds now, and the sum of their entry times, kept as the
 * current visits change (contract §11's `count` and `current_avg_age_seconds` at a million
 * opportunities: counting the current visits' index took 542 ms, the budget is 200).
 *
 * Statement triggers on the stage history write the deltas, so every writer is covered (the API,
 * the worker, the legacy import's batches, raw SQL) and the counts commit or roll back with the
 * visits they count. Each delta goes to its backend's own row (`slot` = `pg_backend_pid()`): a
 * running transaction is the only one using its backend, so concurrent stage moves never wait on
 * each other's counters and cannot deadlock over them, whatever order they touch stages in. A
 * reader sums a handful of rows per stage. `compact_stage_visit_counts()` (the worker's hourly
 * maintenance) folds the rows of backends into slot 0, skipping rows a running transaction holds.
 */
export class Migration20261208000900StageVisitCounts extends Migration {
  override up(): void {
    this.addSql(`
      create table stage_visit_counts (
        tenant_id uuid not null references tenants(id) on delete cascade,
        pipeline_id uuid not null,
        stage_key varchar(50) not null,
        slot integer not null,
        visits bigint not null,
        entered_epoch_sum numeric not null,
        primary key (tenant_id, pipeline_id, stage_key, slot)
      )`);
    // Transition tables are visible only inside their trigger's function: one function per operation.
    const triggers = [
      { operation: 'insert', tables: 'new table as appeared', deltas: currentVisits('appeared', 1) },
      {
        operation: 'update', tables: 'old table as went new table as appeared',
        deltas: `${currentVisits('appeared', 1)} union all ${currentVisits('went', -1)}`,
      },
      // A tenant being deleted (its cascade deletes the visits) is no longer visible and gets no rows back.
      { operation: 'delete', tables: 'old table as went', deltas: currentVisits('went', -1, 'exists (select 1 from tenants t where t.id = went.tenant_id)') },
    ];
    for (const { operation, tables, deltas } of triggers) {
      this.addSql(`
        create function stage_visit_counts_${operation}() returns trigger language plpgsql as $$
        begin
          insert into stage_visit_counts as c (tenant_id, pipeline_id, stage_key, slot, visits, entered_epoch_sum)
          select tenant_id, pipeline_id, stage_key, pg_backend_pid(), sum(visits), sum(entered_epoch_sum)
            from (${deltas}) delta
           group by 1, 2, 3
          having sum(visits) <> 0 or sum(entered_epoch_sum) <> 0
          on conflict (tenant_id, pipeline_id, stage_key, slot) do update
            set visits = c.visits + excluded.visits, entered_epoch_sum = c.entered_epoch_sum + excluded.entered_epoch_sum;
          return null;
        end $$`);
      this.addSql(`
        create trigger tg_stage_visit_counts_${operation} after ${operation} on opportunity_stage_history
          referencing ${tables} for each statement execute function stage_visit_counts_${operation}()`);
    }
    this.addSql(`
      insert into stage_visit_counts (tenant_id, pipeline_id, stage_key, slot, visits, entered_epoch_sum)
      select tenant_id, pipeline_id, to_stage, 0, count(*), sum(extract(epoch from changed_at))
        from opportunity_stage_history where left_at is null group by 1, 2, 3`);
    // One compaction at a time (an advisory lock); rows a running transaction holds wait for the next.
    this.addSql(`
      create function compact_stage_visit_counts() returns integer language plpgsql as $$
      declare folded integer := 0;
      begin
        if not pg_try_advisory_xact_lock(hashtext('compact_stage_visit_counts')) then return 0; end if;
        with gone as (
          delete from stage_visit_counts c
           where c.ctid = any(array(select ctid from stage_visit_counts where slot <> 0 for update skip locked))
          returning tenant_id, pipeline_id, stage_key, visits, entered_epoch_sum
        ), sums as (
          select tenant_id, pipeline_id, stage_key, sum(visits) as visits, sum(entered_epoch_sum) as entered_epoch_sum
            from gone group by 1, 2, 3
        )
        insert into stage_visit_counts as c (tenant_id, pipeline_id, stage_key, slot, visits, entered_epoch_sum)
        select tenant_id, pipeline_id, stage_key, 0, visits, entered_epoch_sum from sums
        on conflict (tenant_id, pipeline_id, stage_key, slot) do update
          set visits = c.visits + excluded.visits, entered_epoch_sum = c.entered_epoch_sum + excluded.entered_epoch_sum;
        get diagnostics folded = row_count;
        delete from stage_visit_counts where slot = 0 and visits = 0 and entered_epoch_sum = 0;
        return folded;
      end $$`);
  }

  override down(): void {
    for (const operation of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists tg_stage_visit_counts_${operation} on opportunity_stage_history`);
      this.addSql(`drop function if exists stage_visit_counts_${operation}()`);
    }
    this.addSql('drop function if exists compact_stage_visit_counts()');
    this.addSql('drop table if exists stage_visit_counts');
  }
}

/** The +1 or -1 of each current visit (left_at is null) in a transition table, with its entry time. */
function currentVisits(table: string, sign: 1 | -1, condition = 'true'): string {
  return `select ${table}.tenant_id, ${table}.pipeline_id, ${table}.to_stage as stage_key, ${sign} as visits,
                 ${sign} * extract(epoch from ${table}.changed_at) as entered_epoch_sum
            from ${table} where ${table}.left_at is null and ${condition}`;
}
