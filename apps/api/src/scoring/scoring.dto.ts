import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsObject, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DEFAULT_SCORING_MODEL, type ScoringModel } from '@leadline/crm-domain';
import type { ScoreRecomputeView } from '@leadline/crm-domain';
import { JSON_LOGIC_SCHEMA } from '../crm/pipelines.controller.js';
import { LeadScoreView } from '../http/openapi.js';

export class ScoringRuleBody {
  @ApiProperty({ example: 'known_budget', pattern: '^[a-z0-9_]{1,50}$', description: 'Unique in the model; shown as the component\'s `rule`' })
  @IsString() @Matches(/^[a-z0-9_]{1,50}$/, { message: 'name must be 1-50 lowercase letters, digits or _' })
  name!: string;

  @ApiProperty({ ...JSON_LOGIC_SCHEMA, description: "JsonLogic over the lead's render context (contract §9)", example: { '!!': [{ var: 'budget' }] } })
  @IsObject()
  when!: Record<string, unknown>;

  @ApiProperty({ minimum: -100, maximum: 100, example: 10 }) @IsInt() @Min(-100) @Max(100)
  points!: number;
}

export class ScoringModelBody {
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.5, description: 'base = opportunity_score × base_weight' })
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1)
  base_weight!: number;

  @ApiProperty({ type: [ScoringRuleBody] })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ScoringRuleBody)
  rules!: ScoringRuleBody[];
}

export class ScoringRuleView {
  @ApiProperty({ example: 'known_budget' }) name!: string;
  @ApiProperty({ ...JSON_LOGIC_SCHEMA, example: { '!!': [{ var: 'budget' }] } }) when!: Record<string, unknown>;
  @ApiProperty({ example: 10 }) points!: number;
}

export class ScoringModelView {
  @ApiProperty({ example: 0.5 }) base_weight!: number;
  @ApiProperty({ type: [ScoringRuleView] }) rules!: ScoringRuleView[];
  @ApiProperty({ example: 1, description: '1 is the shipped default; every PUT adds one' }) version!: number;
}

export class ScoreBreakdownView extends LeadScoreView {
  @ApiProperty({ format: 'uuid' }) opportunity_id!: string;
}

export class ScoreRecomputeStatusView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'superseded', 'failed'], description: 'superseded: a newer recompute took over' })
  status!: string;
  @ApiProperty({ example: 2 }) model_version!: number;
  @ApiProperty({ example: 12000, description: 'Opportunities of the tenant when the run started' }) total!: number;
  @ApiProperty({ example: 4000, description: 'Opportunities scored so far' }) processed!: number;
  @ApiProperty({ example: 3100, description: 'Of those, how many got another score' }) changed!: number;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) started_at!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) finished_at!: string | null;
}

export const DEFAULT_MODEL_EXAMPLE = {
  base_weight: DEFAULT_SCORING_MODEL.baseWeight,
  rules: DEFAULT_SCORING_MODEL.rules.map((rule) => ({ name: rule.name, when: rule.when, points: rule.points })),
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentModel(model: ScoringModel) {
  return { base_weight: model.baseWeight, rules: model.rules.map((rule) => ({ name: rule.name, when: rule.when, points: rule.points })), version: model.version };
}

export function presentRecompute(run: ScoreRecomputeView) {
  return {
    id: run.id,
    status: run.status,
    model_version: run.modelVersion,
    total: run.total,
    processed: run.processed,
    changed: run.changed,
    error: run.error,
    created_at: iso(run.createdAt)!,
    started_at: iso(run.startedAt),
    finished_at: iso(run.finishedAt),
  };
}
