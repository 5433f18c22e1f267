import { Migration } from '@mikro-orm/migrations';

/**
 * An AI call keeps its own copy of what its agent extracts and where it moves the lead (contract
 * §13): `set_qualification` offers the model the extraction schema's fields, and the call's
 * analysis runs against the schema of the agent version that handled the call, not a newer one
 * (editing an agent mid-call, or before a re-analysis, changes neither). Null on calls placed
 * before this column: they fall back to the agent as it is now.
 */
export class Migration20261208000100AiCallAgentCopy extends Migration {
  override up(): void {
    this.addSql(`alter table ai_calls add column extraction_schema jsonb, add column advance_to_stage text`);
  }

  override down(): void {
    this.addSql(`alter table ai_calls drop column if exists advance_to_stage, drop column if exists extraction_schema`);
  }
}
