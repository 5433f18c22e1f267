import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Changes } from '@leadline/integration-events';
import {
  Clock, describeFailure, HandlesJob, JobScheduler, NotFoundError, Queues, SubscribesTo, TenantReader, UnitOfWork, type CommandContext,
  type DeliveredEvent, type DomainEventSubscriber, type JobHandler,
} from '@leadline/shared-kernel';
import {
  leadScoreOf, PipelineEvents, PIPELINE_REPOSITORY, SCORING_MODEL_REPOSITORY, sameScore, scoreLead, type PipelineRepository,
  type ScoringModelRepository,
} from '../../domain/index.js';
import { LeadScoreStore, type RecomputeRow, type ScoredLead } from '../../infrastructure/scoring.persistence.js';
import { readLeadContexts } from '../queries/lead-context/lead-context.js';

/** A recompute run as the API shows it: its progress over the tenant's opportunities. */
export interface ScoreRecomputeView {
  readonly id: string;
  readonly status: RecomputeRow['status'];
  readonly modelVersion: number;
  readonly total: number;
  readonly processed: number;
  readonly changed: number;
  readonly error: string | null;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
}

export interface RecomputeLeadScoresPayload {
  readonly tenantId: string;
  readonly recomputeId: string;
  /** Leads per batch; RECOMPUTE_BATCH unless a test asks for small batches. */
  readonly batchSize?: number;
}

/** Leads per statement, and how long one job run keeps going before it hands over to the next. */
export const RECOMPUTE_BATCH = 2000;
const RUN_BUDGET_MS = 20_000;

/**
 * Recomputes every lead of a tenant with the current model (contract §12), after a model change
 * or on request: batches of 2000 opportunities in id order, each batch one read of their contexts,
 * one UPDATE and its events, committed with the run's cursor and counts. A run that dies continues
 * from the last committed batch; a newer run supersedes it. Leads changed meanwhile (another
 * version) are skipped here: their own events rescore them.
 */
@Injectable()
@HandlesJob({ queue: Queues.background, name: 'recompute-lead-scores', leaseMs: 120_000 })
export class RecomputeLeadScoresJob implements JobHandler<RecomputeLeadScoresPayload> {
  constructor(
    private readonly store: LeadScoreStore,
    private readonly reader: TenantReader,
    private readonly scheduler: JobScheduler,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    @Inject(PIPELINE_REPOSITORY) private readonly pipelines: PipelineRepository,
    @Inject(SCORING_MODEL_REPOSITORY) private readonly models: ScoringModelRepository,
  ) {}

  async run({ tenantId, recomputeId, batchSize = RECOMPUTE_BATCH }: RecomputeLeadScoresPayload): Promise<void> {
    const context: CommandContext = { tenantId, actor: { type: 'system', id: null, name: 'lead scoring' }, requestId: null };
    const model = await this.models.find(tenantId);
    const multipliers = new Map<string, Map<string, number>>();
    const multiplier = async (pipelineId: string, stage: string) => {
      if (!multipliers.has(pipelineId)) {
        const pipeline = await this.pipelines.find(tenantId, pipelineId);
        multipliers.set(pipelineId, new Map((pipeline?.snapshot.stages ?? []).map((s) => [s.key, s.scoreMultiplier])));
      }
      return multipliers.get(pipelineId)!.get(stage) ?? 1;
    };
    const started = Date.now();
    for (;;) {
      const done = await this.uow.run(async () => {
        const run = await this.store.claimRecompute(tenantId, recomputeId, this.clock.now());
        if (!run) return true; // finished, superseded or unknown: nothing to do
        const now = this.clock.now();
        const leads = await readLeadContexts(this.reader, tenantId, [run.cursor !== null && ['o.id > ?', run.cursor]], now, {
          orderBy: 'o.id', limit: batchSize,
        });
        const scored: ScoredLead[] = [];
        for (const { context: lead, version, storedScore } of leads) {
          const score = scoreLead(model, lead, lead.opportunity_score, await multiplier(lead.pipeline_id, lead.stage), now);
          const before = leadScoreOf(storedScore);
          if (!sameScore(before, score)) scored.push({ opportunityId: lead.opportunity_id, version, from: before?.value ?? null, score });
        }
        const changed = await this.store.write(context, scored, now);
        const last = leads.length > 0 ? leads[leads.length - 1]!.context.opportunity_id : run.cursor;
        const finished = leads.length < batchSize;
        await this.store.recordBatch(tenantId, recomputeId, { cursor: last, processed: leads.length, changed, done: finished }, now);
        return finished;
      });
      if (done) return;
      if (Date.now() - started > RUN_BUDGET_MS) {
        // Hand over to a fresh job: no run holds a worker (or its lease) for long.
        await this.uow.run(() => this.scheduler.schedule(RecomputeLeadScoresJob, { tenantId, recomputeId, batchSize }, { tenantId }));
        return;
      }
    }
  }

  async failed({ tenantId, recomputeId }: RecomputeLeadScoresPayload, error: unknown, final: boolean): Promise<void> {
    if (final) await this.uow.run(() => this.store.failRecompute(tenantId, recomputeId, describeFailure(error), this.clock.now()));
  }
}

/**
 * A pipeline whose stages changed (a score multiplier among them) rescores every lead: the
 * multiplier is an input of every score in it.
 */
@Injectable()
@SubscribesTo({ name: 'crm.rescore-on-pipeline-change', events: [PipelineEvents.updated], queue: Queues.domainEvents })
export class RescoreOnPipelineChange implements DomainEventSubscriber<DeliveredEvent<{ changes: Changes }>> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: DeliveredEvent<{ changes: Changes }>): Promise<void> {
    const multipliers = (stages: unknown) => JSON.stringify(((stages ?? []) as { key: string; scoreMultiplier?: number }[])
      .map((stage) => [stage.key, stage.scoreMultiplier ?? 1]));
    const change = event.payload.changes.stages;
    if (!change || multipliers(change.from) === multipliers(change.to)) return;
    await this.commands.execute(new StartScoreRecomputeCommand(
      { tenantId: event.tenantId, actor: { type: 'system', id: null, name: 'lead scoring' }, requestId: event.requestId },
    ));
  }
}

/** Starts a recompute of every lead of the tenant with its current model; supersedes a running one. */
export class StartScoreRecomputeCommand extends Command<ScoreRecomputeView> {
  constructor(readonly context: CommandContext) {
    super();
  }
}

@CommandHandler(StartScoreRecomputeCommand)
export class StartScoreRecomputeHandler implements ICommandHandler<StartScoreRecomputeCommand> {
  constructor(
    private readonly store: LeadScoreStore,
    private readonly scheduler: JobScheduler,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    @Inject(SCORING_MODEL_REPOSITORY) private readonly models: ScoringModelRepository,
  ) {}

  execute({ context }: StartScoreRecomputeCommand): Promise<ScoreRecomputeView> {
    const { tenantId } = context;
    // The run and its first job are written together: the job exists exactly when the run does.
    return this.uow.run(async () => {
      const model = await this.models.find(tenantId);
      const run = await this.store.startRecompute(tenantId, model.version, this.clock.now());
      await this.scheduler.schedule(RecomputeLeadScoresJob, { tenantId, recomputeId: run.id }, { tenantId });
      return toRecomputeView(run);
    });
  }
}

export class GetScoreRecomputeQuery extends Query<ScoreRecomputeView> {
  constructor(readonly tenantId: string, readonly recomputeId: string) {
    super();
  }
}

@QueryHandler(GetScoreRecomputeQuery)
export class GetScoreRecomputeHandler implements IQueryHandler<GetScoreRecomputeQuery> {
  constructor(private readonly reader: TenantReader) {}

  async execute({ tenantId, recomputeId }: GetScoreRecomputeQuery): Promise<ScoreRecomputeView> {
    const row = await this.reader.one<RecomputeRow>(tenantId, { select: 'r.*', from: ['scoring_recomputes', 'r'], where: [['r.id = ?', recomputeId]] });
    if (!row) throw new NotFoundError('score recompute', recomputeId);
    return toRecomputeView(row);
  }
}

const dateOrNull = (value: string | Date | null) => (value === null ? null : new Date(value));

function toRecomputeView(row: RecomputeRow): ScoreRecomputeView {
  return {
    id: row.id,
    status: row.status,
    modelVersion: row.model_version,
    total: row.total,
    processed: row.processed,
    changed: row.changed,
    error: row.error,
    createdAt: new Date(row.created_at),
    startedAt: dateOrNull(row.started_at),
    finishedAt: dateOrNull(row.finished_at),
  };
}
