import { Inject, Injectable } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock, NotFoundError, TenantReader, type Page, type PageRequest } from '@leadline/shared-kernel';
import {
  DEFAULT_ROTTING_DAYS, PIPELINE_REPOSITORY, type Pipeline, type PipelineRepository, type StageDefinition,
} from '../../../domain/index.js';
import {
  OPPORTUNITY_WITH_STAGE, toOpportunityView, type OpportunityView, type OpportunityViewRow,
} from '../opportunity-queries.js';

/** An opportunity in a stage, with how long it has been there and how long nothing has happened. */
export interface StageLeadView {
  readonly opportunity: OpportunityView;
  readonly lastActivityAt: Date;
  readonly idleSeconds: number;
  readonly timeInStageSeconds: number;
}

/** Which pipeline: the one named, else the tenant's default. */
export interface PipelineStageRef {
  readonly pipelineId?: string;
  readonly stage: string;
}

/** Contract §11: the opportunities in a stage, longest in it first. */
export class ListStageLeadsQuery extends Query<Page<StageLeadView>> {
  constructor(readonly tenantId: string, readonly ref: PipelineStageRef, readonly page: PageRequest) {
    super();
  }
}

/** Contract §11: those with no activity for `days` (default: the stage's rotting_days, else 7), most idle first. */
export class ListInactiveLeadsQuery extends Query<Page<StageLeadView>> {
  constructor(readonly tenantId: string, readonly ref: PipelineStageRef & { readonly days?: number }, readonly page: PageRequest) {
    super();
  }
}

/** The pipeline named (or the default) and the stage in it; a stage it lacks is not found. */
export async function pipelineAndStage(
  pipelines: PipelineRepository,
  tenantId: string,
  pipelineId: string | undefined,
  stageKey?: string,
): Promise<{ pipeline: Pipeline; stage: StageDefinition | undefined }> {
  const pipeline = pipelineId === undefined ? await pipelines.findDefault(tenantId) : await pipelines.find(tenantId, pipelineId);
  if (!pipeline) throw new NotFoundError('pipeline', pipelineId ?? 'default');
  const stage = stageKey === undefined ? undefined : pipeline.stage(stageKey);
  if (stageKey !== undefined && !stage) throw new NotFoundError(`stage of pipeline ${pipeline.id}`, stageKey);
  return { pipeline, stage };
}

export const rottingDays = (stage: StageDefinition) => stage.rottingDays ?? DEFAULT_ROTTING_DAYS;

type StageLeadRow = OpportunityViewRow & { visit_id: string; visit_entered_at: string; last_activity_at: string };

/**
 * Both lists read the current visits of the stage (the partial indexes on the stage history),
 * ordered by an index, paged by the visit: the cursor is the last visit's id.
 */
@Injectable()
abstract class StageLeadsReader {
  constructor(
    @Inject(PIPELINE_REPOSITORY) protected readonly pipelines: PipelineRepository,
    protected readonly reader: TenantReader,
    protected readonly clock: Clock,
  ) {}

  protected async read(
    tenantId: string,
    pipelineId: string,
    stage: string,
    order: 'changed_at' | 'last_activity_at',
    page: PageRequest,
    idleBefore?: Date,
  ): Promise<Page<StageLeadView>> {
    const rows = await this.reader.rows<StageLeadRow>(tenantId, {
      select: `${OPPORTUNITY_WITH_STAGE.select}, h.id as visit_id, h.changed_at as visit_entered_at, h.last_activity_at`,
      from: ['opportunity_stage_history', 'h'],
      join: [
        { table: 'lead_opportunities', as: 'o', on: 'o.id = h.opportunity_id' },
        ...OPPORTUNITY_WITH_STAGE.join,
      ],
      where: [
        ['h.pipeline_id = ?', pipelineId],
        ['h.to_stage = ?', stage],
        ['h.left_at is null'],
        idleBefore && ['h.last_activity_at < ?', idleBefore],
        page.after !== undefined && [
          `(h.${order}, h.id) > (select c.${order}, c.id from opportunity_stage_history c where c.id = ? and c.tenant_id = h.tenant_id)`,
          page.after,
        ],
      ],
      orderBy: `h.${order}, h.id`,
      limit: page.limit + 1,
    });
    const more = rows.length > page.limit;
    const data = more ? rows.slice(0, page.limit) : rows;
    const now = this.clock.now().getTime();
    const seconds = (from: string) => Math.max(0, Math.floor((now - new Date(from).getTime()) / 1000));
    return {
      data: data.map((row) => ({
        opportunity: toOpportunityView(row),
        lastActivityAt: new Date(row.last_activity_at),
        idleSeconds: seconds(row.last_activity_at),
        timeInStageSeconds: seconds(row.visit_entered_at),
      })),
      nextCursor: more ? data[data.length - 1]!.visit_id : null,
    };
  }
}

@QueryHandler(ListStageLeadsQuery)
export class ListStageLeadsHandler extends StageLeadsReader implements IQueryHandler<ListStageLeadsQuery> {
  async execute({ tenantId, ref, page }: ListStageLeadsQuery): Promise<Page<StageLeadView>> {
    const { pipeline } = await pipelineAndStage(this.pipelines, tenantId, ref.pipelineId, ref.stage);
    return this.read(tenantId, pipeline.id, ref.stage, 'changed_at', page);
  }
}

@QueryHandler(ListInactiveLeadsQuery)
export class ListInactiveLeadsHandler extends StageLeadsReader implements IQueryHandler<ListInactiveLeadsQuery> {
  async execute({ tenantId, ref, page }: ListInactiveLeadsQuery): Promise<Page<StageLeadView>> {
    const { pipeline, stage } = await pipelineAndStage(this.pipelines, tenantId, ref.pipelineId, ref.stage);
    const days = ref.days ?? rottingDays(stage!);
    const idleBefore = new Date(this.clock.now().getTime() - days * 86_400_000);
    return this.read(tenantId, pipeline.id, ref.stage, 'last_activity_at', page, idleBefore);
  }
}
