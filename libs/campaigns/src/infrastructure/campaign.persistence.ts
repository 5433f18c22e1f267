import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import {
  Outbox, pageQuery, StaleVersionError, TenantTable, toPage, violatedConstraint,
  type CommandContext, type Page, type PageRequest,
} from '@leadline/shared-kernel';
import {
  Campaign, CampaignDuplicateError, CampaignError, CampaignErrorCodes, channelUnknown, parseSendWindow, parseTriggerCondition, templateUnknown,
  type CampaignChannel, type CampaignFilter, type CampaignRepository, type CampaignState, type CampaignStatus, type CampaignTrigger,
  type ExitEvent, type ReentryPolicy, type SendWindow,
} from '../domain/index.js';
import { CampaignStepSchema, toStepRow, toStepState, type CampaignStepRow } from './campaign-step.persistence.js';

export interface CampaignRow {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  date_start: Date | null;
  date_end: Date | null;
  /** numeric(14,2): the driver answers a string, so money keeps its cents exactly. */
  budget: string | null;
  status: CampaignStatus;
  channel_id: string | null;
  external_id: string | null;
  auto_created: boolean;
  channel: CampaignChannel | null;
  trigger: CampaignTrigger;
  trigger_condition: unknown;
  reentry: ReentryPolicy;
  exit_on: ExitEvent[];
  send_window: SendWindow | null;
  trigger_armed_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const CampaignSchema = new EntitySchema<CampaignRow>({
  name: 'Campaign',
  tableName: 'campaigns',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    name: { type: 'text' },
    description: { type: 'text', nullable: true },
    date_start: { type: 'Date', nullable: true },
    date_end: { type: 'Date', nullable: true },
    budget: { type: 'decimal', nullable: true },
    status: { type: 'text' },
    channel_id: { type: 'uuid', nullable: true },
    external_id: { type: 'text', nullable: true },
    auto_created: { type: 'boolean' },
    channel: { type: 'text', nullable: true },
    trigger: { type: 'text' },
    trigger_condition: { type: 'json', nullable: true },
    reentry: { type: 'text' },
    exit_on: { type: 'json' },
    send_window: { type: 'json', nullable: true },
    trigger_armed_at: { type: 'Date', nullable: true },
    version: { type: 'integer' },
    created_at: { type: 'Date' },
    updated_at: { type: 'Date' },
  },
});

@Injectable()
export class MikroOrmCampaignRepository implements CampaignRepository {
  private readonly table: TenantTable<CampaignRow>;
  private readonly steps: TenantTable<CampaignStepRow>;

  constructor(em: EntityManager, private readonly outbox: Outbox) {
    this.table = new TenantTable(em, CampaignSchema);
    this.steps = new TenantTable(em, CampaignStepSchema);
  }

  async find(tenantId: string, id: string): Promise<Campaign | null> {
    const row = await this.table.findOne(tenantId, { id });
    return row ? (await this.withSteps(tenantId, [row]))[0]! : null;
  }

  async findByExternalId(tenantId: string, externalId: string): Promise<Campaign | null> {
    const row = await this.table.findOne(tenantId, { external_id: externalId });
    return row ? (await this.withSteps(tenantId, [row]))[0]! : null;
  }

  /** The campaigns with their steps: one query for the steps of every campaign of the page. */
  private async withSteps(tenantId: string, rows: CampaignRow[]): Promise<Campaign[]> {
    if (rows.length === 0) return [];
    const stepRows = await this.steps.find(tenantId, { campaign_id: { $in: rows.map((row) => row.id) } }, { orderBy: { step_number: 'asc' } });
    return rows.map((row) => Campaign.rehydrate({
      ...toState(row),
      steps: stepRows.filter((step) => step.campaign_id === row.id).map(toStepState),
    }));
  }

  async list(tenantId: string, filter: CampaignFilter, page: PageRequest): Promise<Page<Campaign>> {
    const { where, options } = pageQuery(page);
    const rows = await this.table.find(tenantId, {
      ...where,
      ...(filter.status !== undefined ? { status: filter.status } : {}),
      ...(filter.channelId !== undefined ? { channel_id: filter.channelId } : {}),
      ...(filter.externalId !== undefined ? { external_id: filter.externalId } : {}),
      ...(filter.autoCreated !== undefined ? { auto_created: filter.autoCreated } : {}),
    }, options);
    const found = toPage(rows, page.limit, (row) => row);
    return { data: await this.withSteps(tenantId, found.data), nextCursor: found.nextCursor };
  }

  async add(campaign: Campaign, context: CommandContext): Promise<void> {
    const state = campaign.snapshot;
    await guardConstraints(state, () => this.table.insert(state.tenantId, toRow(state)));
    await this.saveSteps(campaign);
    await this.outbox.append(context, campaign.pullEvents());
  }

  /**
   * The campaign row's version guards its steps too: two writers of one campaign's steps meet at
   * the version check before either touches a step. Renumbering may pass through duplicate numbers;
   * uq_campaign_steps_number is deferred to the commit.
   */
  async save(campaign: Campaign, context: CommandContext): Promise<void> {
    const state = campaign.snapshot;
    const updated = await guardConstraints(state, () =>
      this.table.update(state.tenantId, { id: state.id, version: campaign.persistedVersion }, toRow(state)));
    if (updated === 0) throw new StaleVersionError('campaign', state.id);
    await this.saveSteps(campaign);
    await this.outbox.append(context, campaign.pullEvents());
  }

  private async saveSteps(campaign: Campaign): Promise<void> {
    const { tenantId, id, steps } = campaign.snapshot;
    const stored = campaign.persistedSteps;
    const current = new Map(steps.map((step) => [step.id, step]));
    const removed = [...stored.keys()].filter((stepId) => !current.has(stepId));
    if (removed.length > 0) await this.steps.delete(tenantId, { campaign_id: id, id: { $in: removed } });
    const added = steps.filter((step) => !stored.has(step.id));
    if (added.length > 0) await guardTemplate(() => this.steps.insert(tenantId, ...added.map((step) => toStepRow(tenantId, id, step))));
    for (const step of steps) {
      const before = stored.get(step.id);
      if (before === undefined || before === step) continue;
      const { id: _id, tenant_id: _tenant, campaign_id: _campaign, created_at: _created, ...changes } = toStepRow(tenantId, id, step);
      await guardTemplate(() => this.steps.update(tenantId, { id: step.id, campaign_id: id }, changes));
    }
  }

  async delete(campaign: Campaign, context: CommandContext): Promise<void> {
    const state = campaign.snapshot;
    let deleted: number;
    try {
      deleted = await this.table.delete(state.tenantId, { id: state.id, version: campaign.persistedVersion });
    } catch (error) {
      if (violatedConstraint(error) === 'fk_campaign_members_campaign') {
        throw new CampaignError(CampaignErrorCodes.campaignHasMembers, 'The campaign still has members; remove them first', {
          campaign_id: state.id,
        });
      }
      throw error;
    }
    if (deleted === 0) throw new StaleVersionError('campaign', state.id);
    await this.outbox.append(context, campaign.pullEvents());
  }
}

/** A template deleted between the step's check and its write (fk_campaign_steps_template). */
async function guardTemplate<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedConstraint(error) === 'fk_campaign_steps_template') throw templateUnknown('');
    throw error;
  }
}

/** Constraint violations of writers that raced past the handler's checks, as the same domain errors. */
async function guardConstraints<T>(state: CampaignState, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = violatedConstraint(error);
    if (constraint === 'uq_campaigns_tenant_external_id') throw new CampaignDuplicateError(null);
    if (constraint === 'fk_campaigns_channel') throw channelUnknown(state.channelId ?? '');
    throw error;
  }
}

function toState(row: CampaignRow): Omit<CampaignState, 'steps'> {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    description: row.description,
    dateStart: row.date_start,
    dateEnd: row.date_end,
    budget: row.budget === null ? null : Number(row.budget),
    status: row.status,
    channelId: row.channel_id,
    externalId: row.external_id,
    autoCreated: row.auto_created,
    channel: row.channel,
    trigger: row.trigger,
      // jsonb reorders keys; parsing again gives the domain's order, so an unchanged condition diffs as unchanged.
    triggerCondition: parseTriggerCondition(row.trigger, row.trigger_condition),
    reentry: row.reentry,
    exitOn: row.exit_on,
    sendWindow: parseSendWindow(row.send_window),
    triggerArmedAt: row.trigger_armed_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(state: CampaignState): CampaignRow {
  return {
    id: state.id,
    tenant_id: state.tenantId,
    name: state.name,
    description: state.description,
    date_start: state.dateStart,
    date_end: state.dateEnd,
    budget: state.budget === null ? null : state.budget.toFixed(2),
    status: state.status,
    channel_id: state.channelId,
    external_id: state.externalId,
    auto_created: state.autoCreated,
    channel: state.channel,
    trigger: state.trigger,
    trigger_condition: state.triggerCondition,
    reentry: state.reentry,
    exit_on: [...state.exitOn],
    send_window: state.sendWindow,
    trigger_armed_at: state.triggerArmedAt,
    version: state.version,
    created_at: state.createdAt,
    updated_at: state.updatedAt,
  };
}
