import { Migration } from '@mikro-orm/migrations';

/**
 * The stage history becomes a list of visits (contract §11's metrics and inactive leads): each row
 * is an entry into `to_stage`, and now also carries
 * - `pipeline_id`, so a pipeline's metrics read only its own rows;
 * - `left_at`, when the opportunity moved on (null: the visit it is on now; one per opportunity);
 * - `advanced`, set when a later move reaches an open stage of a higher position or a won stage;
 * - `last_activity_at`, the latest activity during the visit (stage change, edit, call attempt…).
 * The metrics then count and average index ranges instead of replaying histories, and "inactive"
 * is a range of an index on the current visits, not a scan of the tables activity comes from.
 */
export class Migration20261128000200StageVisits extends Migration {
  override up(): void {
    this.addSql(`
      alter table opportunity_stage_history
        add column pipeline_id uuid,
        add column left_at timestamptz,
        add column advanced boolean not null default false,
        add column last_activity_at timestamptz`);
    // Opportunities written by raw SQL (the seed's own scripts) may have no history: they get their
    // current visit, entered when their stage row says.
    this.addSql(`
      insert into opportunity_stage_history (id, tenant_id, opportunity_id, from_stage, to_stage, changed_at, reason, source)
      select gen_random_uuid(), o.tenant_id, o.id, null, s.current_stage, s.stage_entered_at, null, 'backfill'
        from lead_opportunities o join pipeline_stages s on s.id = o.pipeline_stage_id
       where not exists (select 1 from opportunity_stage_history h where h.opportunity_id = o.id)`);
    this.addSql(`
      update opportunity_stage_history h set pipeline_id = o.pipeline_id
        from lead_opportunities o where o.id = h.opportunity_id`);
    this.addSql(`
      with visits as (
        select id, lead(changed_at) over (partition by opportunity_id order by changed_at, id) as next_at
          from opportunity_stage_history)
      update opportunity_stage_history h set left_at = v.next_at
        from visits v where v.id = h.id and v.next_at is not null`);
    this.addSql(`
      update opportunity_stage_history h
         set last_activity_at = case when h.left_at is not null then h.left_at
                                     else greatest(h.changed_at, o.last_contact_attempt_at, o.updated_at) end
        from lead_opportunities o where o.id = h.opportunity_id`);
    this.addSql(`
      update opportunity_stage_history h set advanced = true
       where exists (
         select 1
           from opportunity_stage_history later
           join pipelines p on p.id = h.pipeline_id
           cross join lateral (select st from jsonb_array_elements(p.stages) st where st->>'key' = h.to_stage) f
           cross join lateral (select st from jsonb_array_elements(p.stages) st where st->>'key' = later.to_stage) t
          where later.opportunity_id = h.opportunity_id and (later.changed_at, later.id) > (h.changed_at, h.id)
            and f.st->>'kind' = 'open'
            and (t.st->>'kind' = 'won' or (t.st->>'kind' = 'open' and (t.st->>'position')::int > (f.st->>'position')::int)))`);
    this.addSql(`
      alter table opportunity_stage_history
        alter column pipeline_id set not null,
        alter column last_activity_at set not null,
        add constraint fk_stage_history_pipeline foreign key (pipeline_id, tenant_id) references pipelines(id, tenant_id),
        add constraint ck_stage_history_visit check (left_at is null or left_at >= changed_at)`);
    this.addSql(`create unique index ux_stage_history_current on opportunity_stage_history (opportunity_id) where left_at is null`);
    // Current visits: leads by stage (longest in it first); counts, ages and inactive counts read the index alone.
    this.addSql(`
      create index ix_stage_history_current_entered on opportunity_stage_history (tenant_id, pipeline_id, to_stage, changed_at)
        include (last_activity_at) where left_at is null`);
    // Current visits by last activity: inactive leads, most idle first.
    this.addSql(`
      create index ix_stage_history_current_activity on opportunity_stage_history (tenant_id, pipeline_id, to_stage, last_activity_at)
        where left_at is null`);
    // Entries within a window (entered, advanced, won/lost), and visits that ended within it (time in stage).
    this.addSql(`
      create index ix_stage_history_entered on opportunity_stage_history (tenant_id, pipeline_id, changed_at)
        include (to_stage, advanced)`);
    this.addSql(`
      create index ix_stage_history_left on opportunity_stage_history (tenant_id, pipeline_id, left_at)
        include (to_stage, changed_at) where left_at is not null`);
  }

  override down(): void {
    for (const index of ['ix_stage_history_left', 'ix_stage_history_entered', 'ix_stage_history_current_activity',
      'ix_stage_history_current_entered', 'ux_stage_history_current']) {
      this.addSql(`drop index if exists ${index}`);
    }
    this.addSql(`
      alter table opportunity_stage_history
        drop constraint ck_stage_history_visit, drop constraint fk_stage_history_pipeline,
        drop column last_activity_at, drop column advanced, drop column left_at, drop column pipeline_id`);
  }
}
