import { diff, InvalidInputError, newId, RecordedEvents, type DomainEvent } from '@leadline/shared-kernel/domain';
import type { CampaignEventPayloads } from './events.js';
import { CampaignError, CampaignErrorCodes } from './errors.js';

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const MAX_BUDGET = 999_999_999_999.99;

export interface CampaignState {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
  readonly description: string | null;
  readonly dateStart: Date | null;
  readonly dateEnd: Date | null;
  readonly budget: number | null;
  readonly status: CampaignStatus;
  readonly channelId: string | null;
  /** The campaign's id in the system that names it (ManyChat's campaign_id, e.g. "85"). */
  readonly externalId: string | null;
  /** Created from an external id we had never seen, so that no assignment is lost; details still to fill in. */
  readonly autoCreated: boolean;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface CampaignDetails {
  name?: string;
  description?: string | null;
  dateStart?: Date | null;
  dateEnd?: Date | null;
  budget?: number | null;
  status?: CampaignStatus;
  channelId?: string | null;
  externalId?: string | null;
}

const EDITABLE = ['name', 'description', 'dateStart', 'dateEnd', 'budget', 'status', 'channelId', 'externalId'] as const;

/**
 * A marketing campaign. Its members are a separate aggregate (CampaignMember): a campaign has
 * thousands of them, written concurrently by ManyChat, and none of its rules span two members. The
 * steps, templates and triggers of multichannel campaigns (seeds 003/004) will be small, always
 * read whole, and guarded by campaign rules (step order, a trigger's condition), so they belong here.
 */
export class Campaign {
  readonly #events = new RecordedEvents<CampaignEventPayloads>();
  readonly persistedVersion: number;

  private constructor(private state: CampaignState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static create(tenantId: string, details: CampaignDetails & { name: string }, now = new Date()): Campaign {
    return Campaign.make(tenantId, { status: 'draft', ...normalise(details) }, false, now);
  }

  /**
   * A campaign known only by its ManyChat id. It is active: ManyChat is assigning leads to it
   * right now.
   */
  static placeholder(tenantId: string, externalId: string, now = new Date()): Campaign {
    return Campaign.make(tenantId, { name: `ManyChat campaign ${externalId}`, status: 'active', externalId }, true, now);
  }

  private static make(tenantId: string, fields: Partial<CampaignState>, autoCreated: boolean, now: Date): Campaign {
    const campaign = new Campaign({
      id: newId(),
      tenantId,
      name: '',
      description: null,
      dateStart: null,
      dateEnd: null,
      budget: null,
      status: 'draft',
      channelId: null,
      externalId: null,
      autoCreated,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...fields,
    }, true);
    campaign.assertValid();
    campaign.record('campaign.created', {
      changes: { ...diff(emptyCampaign, campaign.state, EDITABLE), autoCreated: { from: null, to: autoCreated } },
    }, now);
    return campaign;
  }

  static rehydrate(state: CampaignState): Campaign {
    const campaign = new Campaign(state);
    campaign.assertValid();
    return campaign;
  }

  get snapshot(): CampaignState {
    return this.state;
  }

  /** Completed is final: a finished campaign's results must not change under its reports. */
  update(details: CampaignDetails, now = new Date()): boolean {
    const next = { ...this.state, ...normalise(details) };
    const changes = diff(this.state, next, EDITABLE);
    if (Object.keys(changes).length === 0) return false;
    if (this.state.status === 'completed' && next.status !== 'completed') {
      throw new CampaignError(CampaignErrorCodes.invalidStatusTransition, 'A completed campaign cannot be reopened', {
        from: this.state.status,
        to: next.status,
      });
    }
    this.state = { ...next, version: this.persistedVersion + 1, updatedAt: now };
    this.assertValid();
    this.record('campaign.updated', { changes }, now);
    return true;
  }

  delete(now = new Date()): void {
    this.record('campaign.deleted', { changes: diff(this.state, emptyCampaign, EDITABLE) }, now);
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private assertValid(): void {
    const { name, dateStart, dateEnd, budget, status } = this.state;
    if (!name) throw new InvalidInputError('name', 'a campaign needs a name');
    if (!CAMPAIGN_STATUSES.includes(status)) throw new InvalidInputError('status', `status must be one of ${CAMPAIGN_STATUSES.join(', ')}`);
    if (dateStart && dateEnd && dateEnd.getTime() < dateStart.getTime()) {
      throw new InvalidInputError('date_end', 'date_end must not be before date_start');
    }
    if (budget !== null && !(Number.isFinite(budget) && budget >= 0 && budget <= MAX_BUDGET)) {
      throw new InvalidInputError('budget', `budget must be between 0 and ${MAX_BUDGET}`);
    }
  }

  private record<Type extends keyof CampaignEventPayloads>(type: Type, payload: CampaignEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({ type, aggregateType: 'campaign', aggregateId: this.state.id, tenantId: this.state.tenantId, payload, occurredAt });
  }
}

function normalise(details: CampaignDetails): Partial<CampaignState> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined) continue;
    result[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  if (result.name === null) result.name = '';
  if (typeof result.budget === 'number') result.budget = Math.round(result.budget * 100) / 100;
  return result as Partial<CampaignState>;
}

const emptyCampaign = Object.fromEntries(EDITABLE.map((field) => [field, null])) as unknown as CampaignState;
