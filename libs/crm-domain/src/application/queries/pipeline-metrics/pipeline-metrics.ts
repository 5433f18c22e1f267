import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock, TenantReader } from '@leadline/shared-kernel';
import { PIPELINE_REPOSITORY, type PipelineRepository, type StageKind } from '../../../domain/index.js';
import { pipelineAndStage, rottingDays } from '../stage-leads/stage-leads.js';

export interface StageMetrics {
  readonly key: string;
  readonly name: string;
  readonly kind: StageKind;
  /** Opportunities in the stage now. */
  readonly count: number;
  /** Entries into the stage within [from, to). */
  readonly entered: number;
  /** Of those entries, how many later reached an open stage of a higher position, or a won stage. */
  readonly advanced: number;
  /** advanced / entered; null without entries. */
  readonly conversionRate: number | null;
  /** Over the visits of the stage that ended within [from, to); null without any. */
  readonly avgTimeInStageSeconds: number | null;
  readonly medianTimeInStageSeconds: number | null;
  /** Mean time the opportunities in the stage now have been in it; null when it is empty. */
  readonly currentAvgAgeSeconds: number | null;
  /** Opportunities in the stage now with no activity for the stage's rotting_days (else 7); open stages only. */
  readonly inactive: number;
}

export interface PipelineMetrics {
  readonly pipelineId: string;
  readonly from: Date;
  readonly to: Date;
  readonly generatedAt: Date;
  /** Opportunities in the pipeline's open stages now. */
  readonly open: number;
  /** Opportunities closed within [from, to) as won, and as lost. */
  readonly won: number;
  readonly lost: number;
  /** won / (won + lost); null when none closed in the window. */
  readonly winRate: number | null;
  readonly stages: readonly StageMetrics[];
}

export const DEFAULT_METRICS_WINDOW_DAYS = 30;

/** Contract §11's pipeline metrics, from the stage visits; the window defaults to the last 30 days. */
export class GetPipelineMetricsQuery extends Query<PipelineMetrics> {
  constructor(readonly tenantId: string, readonly pipelineId?: string, readonly from?: Date, readonly to?: Date) {
    super();
  }
}

interface CurrentRow { to_stage: string; count: number; avg_entered_epoch: number | null; active: number }
interface EnteredRow { to_stage: string; entered: number; advanced: number }
interface TimeRow { to_stage: string; avg_seconds: number; median_seconds: number }

/**
 * Three grouped reads, none over a whole history: the stage counts kept by the history's triggers
 * with the recently active current visits (count, age, inactivity), the entries within the window
 * (entered, advanced, won, lost) and the visits that ended within it (time in stage), each over
 * one index of the stage history.
 */
@QueryHandler(GetPipelineMetricsQuery)
export class GetPipelineMetricsHandler implements IQueryHandler<GetPipelineMetricsQuery> {
  constructor(
    @Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository,
    private readonly reader: TenantReader,
    private readonly clock: Clock,
  ) {}

  async execute(query: GetPipelineMetricsQuery): Promise<PipelineMetrics> {
    const { tenantId } = query;
    const { pipeline } = await pipelineAndStage(this.pipelines, tenantId, query.pipelineId);
    const now = this.clock.now();
    const to = query.to ?? now;
    const from = query.from ?? new Date(to.getTime() - DEFAULT_METRICS_WINDOW_DAYS * 86_400_000);
    const stages = pipeline.snapshot.stages;
    const open = stages.filter((stage) => stage.kind === 'open');
    const scope = [['h.pipeline_id = ?', pipeline.id]] as const;

    // Counted from the maintained stage counts; "inactive" is the count minus the current visits
    // active since the stage's rotting days, a short range of the activity index (most are idle).
    const activeSince = open.flatMap((stage) => [stage.key, new Date(now.getTime() - rottingDays(stage) * 86_400_000)]);
    // The three reads are independent: on their own connections they run side by side.
    const [current, entered, times] = await Promise.all([this.reader.rows<CurrentRow>(tenantId, {
      select: `c.stage_key as to_stage, sum(c.visits)::int as count,
               (sum(c.entered_epoch_sum) / nullif(sum(c.visits), 0))::float8 as avg_entered_epoch,
               (select count(*) from opportunity_stage_history h
                 where h.tenant_id = c.tenant_id and h.pipeline_id = c.pipeline_id and h.to_stage = c.stage_key and h.left_at is null
                   and h.last_activity_at >= ${open.length ? `case c.stage_key ${open.map(() => 'when ? then ?::timestamptz').join(' ')} end` : 'null'})::int as active`,
      selectValues: activeSince,
      from: ['stage_visit_counts', 'c'],
      where: [['c.pipeline_id = ?', pipeline.id]],
      groupBy: 'c.tenant_id, c.pipeline_id, c.stage_key',
    }), this.reader.rows<EnteredRow>(tenantId, {
      select: 'h.to_stage, count(*)::int as entered, count(*) filter (where h.advanced)::int as advanced',
      from: ['opportunity_stage_history', 'h'],
      where: [...scope, ['h.changed_at >= ? and h.changed_at < ?', from, to]],
      groupBy: 'h.to_stage',
    }), this.reader.rows<TimeRow>(tenantId, {
      select: `h.to_stage, avg(extract(epoch from h.left_at - h.changed_at))::float8 as avg_seconds,
               percentile_cont(0.5) within group (order by extract(epoch from h.left_at - h.changed_at))::float8 as median_seconds`,
      from: ['opportunity_stage_history', 'h'],
      where: [...scope, ['h.left_at >= ? and h.left_at < ?', from, to]],
      groupBy: 'h.to_stage',
    })]);

    const byStage = <Row extends { to_stage: string }>(rows: Row[]) => new Map(rows.map((row) => [row.to_stage, row]));
    const [currentBy, enteredBy, timesBy] = [byStage(current), byStage(entered), byStage(times)];
    const nowEpoch = now.getTime() / 1000;
    const metrics = stages.map((stage): StageMetrics => {
      const here = currentBy.get(stage.key);
      const entries = enteredBy.get(stage.key);
      const time = timesBy.get(stage.key);
      const enteredCount = entries?.entered ?? 0;
      return {
        key: stage.key,
        name: stage.name,
        kind: stage.kind,
        count: here?.count ?? 0,
        entered: enteredCount,
        advanced: entries?.advanced ?? 0,
        conversionRate: enteredCount > 0 ? (entries!.advanced / enteredCount) : null,
        avgTimeInStageSeconds: time ? Math.round(time.avg_seconds) : null,
        medianTimeInStageSeconds: time ? Math.round(time.median_seconds) : null,
        currentAvgAgeSeconds: here && here.count > 0 && here.avg_entered_epoch !== null
          ? Math.max(0, Math.round(nowEpoch - here.avg_entered_epoch)) : null,
        inactive: stage.kind === 'open' && here ? Math.max(0, here.count - here.active) : 0,
      };
    });
    const sum = (kind: StageKind, pick: (stage: StageMetrics) => number) =>
      metrics.filter((stage) => stage.kind === kind).reduce((total, stage) => total + pick(stage), 0);
    const won = sum('won', (stage) => stage.entered);
    const lost = sum('lost', (stage) => stage.entered);
    return {
      pipelineId: pipeline.id,
      from,
      to,
      generatedAt: now,
      open: sum('open', (stage) => stage.count),
      won,
      lost,
      winRate: won + lost > 0 ? won / (won + lost) : null,
      stages: metrics,
    };
  }
}
