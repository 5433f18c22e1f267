import { Migration } from '@mikro-orm/migrations';

/**
 * What the render context (contract §9) and lead scoring (§12) read from an opportunity besides
 * its own fields: the `qualification` fields an AI call or an agent collects (§13; an object of
 * any names, empty until then) and the computed `lead_score` (its breakdown as JSON, its value in a
 * column of its own so that `min_score`, `max_score` and `sort=-lead_score` are index reads).
 */
export class Migration20261128000100LeadContext extends Migration {
  override up(): void {
    this.addSql(`
      alter table lead_opportunities
        add column qualification jsonb not null default '{}'::jsonb
          constraint ck_lead_opportunity_qualification check (jsonb_typeof(qualification) = 'object'),
        add column lead_score jsonb,
        add column lead_score_value smallint constraint ck_lead_opportunity_lead_score check (lead_score_value between 0 and 100)`);
    this.addSql(`create index ix_lead_opportunities_lead_score on lead_opportunities (tenant_id, lead_score_value, id)`);
  }

  override down(): void {
    this.addSql(`drop index if exists ix_lead_opportunities_lead_score`);
    this.addSql(`alter table lead_opportunities drop column lead_score_value, drop column lead_score, drop column qualification`);
  }
}
