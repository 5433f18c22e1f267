import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { StartAiCallCommand, type AgentType } from '@leadline/ai-agent';
import { describeFailure, DomainError, HandlesJob, Queues, UnitOfWork, type CommandContext, type JobHandler } from '@leadline/shared-kernel';
import type { Call } from '@leadline/telephony';
import { CampaignEngineStore } from '../../infrastructure/engine.persistence.js';

export interface PlaceCampaignCallPayload {
  readonly tenantId: string;
  readonly logId: string;
  readonly agentType: string;
}

/** What a step's log says when a run died after claiming the call: it may have been placed, so it is not placed again. */
export const CALL_OUTCOME_UNKNOWN = 'outcome_unknown';

/**
 * Places the AI call of a `make_call` step with `agent_type` (contract §10, §13), at most once.
 * The step's own transaction ended it `sent` with `response.call: queued` and this job due now; the
 * job claims the call (`queued → placing`) and commits before asking ai-agent's
 * `StartAiCallCommand` (which calls Twilio) with no transaction open, then records the call
 * (`placed`, the log's `call_id`) or the refusal (the step turns `failed` with the refusal's code,
 * counters included). A run that finds the call `placing` follows one that died mid-call, as does
 * the sweeper's `abandoned`: the step is `failed: outcome_unknown`, and nothing is placed again.
 */
@Injectable()
@HandlesJob({ queue: Queues.domainEvents, name: 'campaigns.place-call', atMostOnce: true, leaseMs: 2 * 60_000, attempts: 3 })
export class PlaceCampaignCallJob implements JobHandler<PlaceCampaignCallPayload> {
  private readonly logger = new Logger(PlaceCampaignCallJob.name);

  constructor(
    private readonly store: CampaignEngineStore,
    private readonly commands: CommandBus,
    private readonly uow: UnitOfWork,
  ) {}

  async run({ tenantId, logId, agentType }: PlaceCampaignCallPayload): Promise<void> {
    const claim = await this.uow.run(async () => {
      const claimed = await this.store.claimCall(tenantId, logId);
      if (claimed.state === 'interrupted') await this.store.callFailed(tenantId, logId, CALL_OUTCOME_UNKNOWN, { detail: INTERRUPTED });
      return claimed;
    });
    if (claim.state !== 'claimed') return;
    const { contact_id: contactId, opportunity_id: opportunityId } = claim.log;
    const context: CommandContext = { tenantId, actor: { type: 'system', id: null, name: 'campaign' }, requestId: null };
    let outcome: { call: Call } | { error: unknown };
    try {
      outcome = { call: await this.commands.execute(new StartAiCallCommand(context, contactId, opportunityId, agentType as AgentType)) };
    } catch (error) {
      outcome = { error };
    }
    await this.uow.run(async () => {
      if ('call' in outcome) {
        const { id, externalCallId } = outcome.call.snapshot;
        await this.store.callPlaced(tenantId, logId, id, externalCallId);
        return;
      }
      const { error } = outcome;
      // A refusal (no Twilio, no phone, a missing variable, Twilio said no) is known not to have rung anyone; anything else may have.
      if (error instanceof DomainError) {
        await this.store.callFailed(tenantId, logId, error.code, { detail: error.message });
        return;
      }
      this.logger.warn(`campaign step ${logId}: AI call outcome unknown after ${describeFailure(error)}`);
      await this.store.callFailed(tenantId, logId, CALL_OUTCOME_UNKNOWN, { detail: describeFailure(error) });
    });
  }

  /** Told by the sweeper that a run died mid-call and will not be repeated. */
  async abandoned({ tenantId, logId }: PlaceCampaignCallPayload): Promise<void> {
    await this.uow.run(() => this.store.callFailed(tenantId, logId, CALL_OUTCOME_UNKNOWN, { detail: INTERRUPTED }));
  }
}

const INTERRUPTED = 'the call was being placed when its run stopped; whether it rang is unknown, so it is not placed again';
