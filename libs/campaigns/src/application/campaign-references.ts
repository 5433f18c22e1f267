import type { QueryBus } from '@nestjs/cqrs';
import { GetDefaultPipelineQuery, GetPipelineQuery, type Pipeline } from '@leadline/crm-domain';
import { GetTemplateQuery } from '@leadline/messaging';
import { NotFoundError } from '@leadline/shared-kernel';
import {
  pipelineNamedBy, pipelineUnknown, stagesNamedBy, stageUnknown, templateChannelMismatch, templateUnknown,
  type Campaign, type CampaignStepState,
} from '../domain/index.js';

/**
 * The rules of a campaign that read other contexts: stages are crm-domain's pipelines, templates
 * are messaging's. Read through their queries; what is missing breaks a rule of the body (422).
 */
export class CampaignReferences {
  private readonly pipelines = new Map<string, Promise<Pipeline>>();

  constructor(private readonly queries: QueryBus, private readonly tenantId: string) {}

  /** The trigger's stages, and the stage of every update_stage step, are stages of the campaign's pipeline. */
  async assertStages(campaign: Campaign): Promise<void> {
    const { triggerCondition, steps } = campaign.snapshot;
    const pipeline = await this.pipelineOf(campaign);
    const named = [...stagesNamedBy(triggerCondition), ...steps.flatMap((step) => (step.stage ? [step.stage] : []))];
    const missing = [...new Set(named)].filter((stage) => pipeline.stage(stage) === undefined);
    if (missing.length > 0) {
      throw stageUnknown(missing, pipeline.snapshot.id, pipeline.snapshot.stages.map((stage) => stage.key));
    }
  }

  /**
   * A send_message step's template is a template of the tenant written for the channel the step
   * sends on; a make_call step's script, if it has one, is a `call` template.
   */
  async assertTemplates(campaign: Campaign, steps: readonly CampaignStepState[]): Promise<void> {
    for (const step of steps) {
      if (step.templateId === null) continue;
      const template = await this.template(step.templateId);
      const channel = step.action === 'make_call' ? 'call' : campaign.channelOf(step);
      if (template.channel !== channel) throw templateChannelMismatch(step.templateId, template.channel, channel);
    }
  }

  /** The steps whose channel is the campaign's, which a change of that channel must re-check. */
  static inheritingChannel(campaign: Campaign): CampaignStepState[] {
    return campaign.snapshot.steps.filter((step) => step.action === 'send_message' && step.channel === null);
  }

  private pipelineOf(campaign: Campaign): Promise<Pipeline> {
    const pipelineId = pipelineNamedBy(campaign.snapshot.triggerCondition);
    const key = pipelineId ?? 'default';
    let pipeline = this.pipelines.get(key);
    if (!pipeline) {
      pipeline = this.queries.execute(pipelineId ? new GetPipelineQuery(this.tenantId, pipelineId) : new GetDefaultPipelineQuery(this.tenantId))
        .catch((error: unknown) => {
          if (error instanceof NotFoundError && pipelineId) throw pipelineUnknown(pipelineId);
          throw error;
        });
      this.pipelines.set(key, pipeline);
    }
    return pipeline;
  }

  private async template(templateId: string) {
    try {
      return await this.queries.execute(new GetTemplateQuery(this.tenantId, templateId));
    } catch (error) {
      if (error instanceof NotFoundError) throw templateUnknown(templateId);
      throw error;
    }
  }
}
