import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { STAGE_KINDS } from '@leadline/crm-domain';
import { AUTO_ADVANCE_SCHEMA, OpportunityView } from '../http/openapi.js';
import { PageQuery } from '../http/validation.js';

export class StageLeadsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "The pipeline; the tenant's default when omitted" })
  @IsOptional() @IsUUID()
  pipeline_id?: string;
}

export class InactiveLeadsQuery extends StageLeadsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 3650, example: 7, description: "Days without activity; default the stage's rotting_days, else 7" })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(3650)
  days?: number;
}

export class MetricsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "The pipeline; the tenant's default when omitted" })
  @IsOptional() @IsUUID()
  pipeline_id?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-01T00:00:00Z', description: 'Window start (inclusive); default `to` minus 30 days' })
  @IsOptional() @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-12-01T00:00:00Z', description: 'Window end (exclusive); default now' })
  @IsOptional() @IsISO8601({ strict: true })
  to?: string;
}

export class AutoAdvanceResultView {
  @ApiProperty({ description: 'Whether the opportunity moved' }) moved!: boolean;
  @ApiProperty({ example: 'agent_initial' }) from_stage!: string;
  @ApiProperty({ nullable: true, type: String, example: 'perfilamiento', description: 'The stage it moved to; null when it stayed' })
  to_stage!: string | null;
  @ApiProperty({ ...AUTO_ADVANCE_SCHEMA, description: "The current stage's rule as evaluated; null when the stage has none" })
  rule!: { when: Record<string, unknown>; to: string | null } | null;
}

export class StageLeadView extends OpportunityView {
  @ApiProperty({ format: 'date-time', description: 'The latest activity in the current stage (stage change, edit, call attempt, message, meeting)' })
  last_activity_at!: string;
  @ApiProperty({ example: 691200, description: 'Seconds since last_activity_at' }) idle_seconds!: number;
  @ApiProperty({ example: 950400, description: 'Seconds since the opportunity entered the stage' }) time_in_stage_seconds!: number;
}

const RATE = { nullable: true, type: Number, minimum: 0, maximum: 1 } as const;
const SECONDS = { nullable: true, type: Number, minimum: 0 } as const;

export class StageMetricsView {
  @ApiProperty({ example: 'perfilamiento' }) key!: string;
  @ApiProperty({ example: 'Perfilamiento' }) name!: string;
  @ApiProperty({ enum: STAGE_KINDS }) kind!: string;
  @ApiProperty({ example: 120, description: 'Opportunities in the stage now' }) count!: number;
  @ApiProperty({ example: 80, description: 'Entries into the stage within [from, to); a re-entry counts again' }) entered!: number;
  @ApiProperty({ example: 36, description: 'Of those entries, how many later reached an open stage of a higher position or a won stage (a move into a lost stage is not an advance)' })
  advanced!: number;
  @ApiProperty({ ...RATE, example: 0.45, description: 'advanced / entered; null without entries' }) conversion_rate!: number | null;
  @ApiProperty({ ...SECONDS, example: 302400, description: 'Mean duration of the visits of this stage that ended within [from, to); null without any' })
  avg_time_in_stage_seconds!: number | null;
  @ApiProperty({ ...SECONDS, example: 259200, description: 'Median of the same visits' }) median_time_in_stage_seconds!: number | null;
  @ApiProperty({ ...SECONDS, example: 432000, description: 'Mean time the opportunities in the stage now have been in it; null when empty' })
  current_avg_age_seconds!: number | null;
  @ApiProperty({ example: 14, description: "Opportunities in the stage now with no activity for the stage's rotting_days (else 7), as the inactive endpoint answers; 0 for won and lost stages" })
  inactive!: number;
}

export class PipelineMetricsView {
  @ApiProperty({ format: 'uuid' }) pipeline_id!: string;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiProperty({ format: 'date-time' }) generated_at!: string;
  @ApiProperty({ example: 412, description: 'Opportunities in open stages now' }) open!: number;
  @ApiProperty({ example: 21, description: 'Opportunities that entered a won stage within [from, to)' }) won!: number;
  @ApiProperty({ example: 9, description: 'Opportunities that entered a lost stage within [from, to)' }) lost!: number;
  @ApiProperty({ ...RATE, example: 0.7, description: 'won / (won + lost); null when none closed in the window' }) win_rate!: number | null;
  @ApiProperty({ type: [StageMetricsView], description: 'Every stage of the pipeline, by position' }) stages!: StageMetricsView[];
}

/** The definitions, for the operation's description (contract §11). */
export const METRICS_DEFINITIONS = [
  'Computed from the stage history; the window [from, to) defaults to the last 30 days.',
  '- `count`: opportunities in the stage now.',
  '- `entered`: entries into the stage within the window (a re-entry counts again).',
  '- `advanced`: of those entries, how many later reached an open stage with a higher position or a won stage; a move into a lost stage is not an advance.',
  '- `conversion_rate` = advanced / entered (null without entries).',
  '- time in stage (`avg_`, `median_time_in_stage_seconds`): the completed visits of the stage that ended within the window, however early they began.',
  '- `current_avg_age_seconds`: mean time the opportunities in the stage now have been in it.',
  "- `inactive`: opportunities in the stage now with no activity (stage change, call attempt, edit, message, meeting) for the stage's `rotting_days` (else 7), as `GET /pipeline/stages/:stage/inactive` answers with its default; open stages only.",
  '- `open`: opportunities in open stages now; `won` / `lost`: opportunities that entered a won / lost stage within the window; `win_rate` = won / (won + lost) (null when none closed).',
].join('\n');
