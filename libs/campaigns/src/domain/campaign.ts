import { diff, InvalidInputError, newId, NotFoundError, RecordedEvents, type DomainEvent } from '@leadline/shared-kernel/domain';
import {
  CAMPAIGN_CHANNELS, CAMPAIGN_TRIGGERS, EXIT_EVENTS, parseExitOn, parseSendWindow, parseTriggerCondition, REENTRY_POLICIES,
  type CampaignChannel, type CampaignTrigger, type ExitEvent, type ReentryPolicy, type SendWindow, type TriggerCondition,
} from './automation.js';
import {
  defineStep, newStep, placeStep, stepInvalid, withoutStep, type CampaignStepState, type StepDefinition, type StepInput,
} from './campaign-step.js';
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
  /** The default channel of its steps. */
  readonly channel: CampaignChannel | null;
  readonly trigger: CampaignTrigger;
  readonly triggerCondition: TriggerCondition | null;
  readonly reentry: ReentryPolicy;
  readonly exitOn: readonly ExitEvent[];
  readonly sendWindow: SendWindow | null;
  /**
   * Since when the campaign has been active with its current trigger and condition (null while not
   * active): the catch-up sweep enrolls only transitions after it, as activating a trigger campaign
   * does not enroll past ones (contract §10).
   */
  readonly triggerArmedAt: Date | null;
  /** In order, numbered 1…n without gaps. */
  readonly steps: readonly CampaignStepState[];
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
  channel?: CampaignChannel | null;
  /** Changing the trigger without a condition clears the condition (they are checked together). */
  trigger?: CampaignTrigger;
  triggerCondition?: unknown;
  reentry?: ReentryPolicy;
  /** Absent on create: every exit event. */
  exitOn?: readonly string[];
  sendWindow?: unknown;
}

const EDITABLE = [
  'name', 'description', 'dateStart', 'dateEnd', 'budget', 'status', 'channelId', 'externalId',
  'channel', 'trigger', 'triggerCondition', 'reentry', 'exitOn', 'sendWindow',
] as const;

/** What a PUT leaves in a field it does not name. */
export const CAMPAIGN_DEFAULTS: Required<Omit<CampaignDetails, 'name' | 'status'>> = {
  description: null, dateStart: null, dateEnd: null, budget: null, channelId: null, externalId: null,
  channel: null, trigger: 'manual', triggerCondition: null, reentry: 'never', exitOn: EXIT_EVENTS, sendWindow: null,
};

/** A step change: a new step's definition and where it goes, or a step's replacement. */
export interface StepPlacement {
  readonly input: StepInput;
  /** 1-based; absent = appended (a new step) or kept (an existing one). */
  readonly stepNumber?: number;
}

/**
 * A marketing campaign. Its members are a separate aggregate (CampaignMember): a campaign has
 * thousands of them, written concurrently by ManyChat, and none of its rules span two members. The
 * steps, templates and triggers of multichannel campaigns (seeds 003/004) will be small, always
 * read whole, and guarded by campaign rules (step order, a trigger's condition), so they belong here.
 */
export class Campaign {
  readonly #events = new RecordedEvents<CampaignEventPayloads>();
  readonly persistedVersion: number;
  /** The steps as loaded, by id: what the repository compares with to write only the changed ones. */
  readonly persistedSteps: ReadonlyMap<string, CampaignStepState>;

  private constructor(private state: CampaignState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
    this.persistedSteps = new Map(isNew ? [] : state.steps.map((step) => [step.id, step]));
  }

  static create(tenantId: string, details: CampaignDetails & { name: string }, now = new Date()): Campaign {
    return Campaign.make(tenantId, { status: 'draft', ...automation(details, null) }, false, now);
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
      channel: null,
      trigger: 'manual',
      triggerCondition: null,
      reentry: 'never',
      exitOn: EXIT_EVENTS,
      sendWindow: null,
      triggerArmedAt: null,
      steps: [],
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...fields,
    }, true);
    if (campaign.state.status === 'active') campaign.state = { ...campaign.state, triggerArmedAt: now };
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
    const next = { ...this.state, ...automation(details, this.state) };
    const changes = diff(this.state, next, EDITABLE);
    if (Object.keys(changes).length === 0) return false;
    if (this.state.status === 'completed' && next.status !== 'completed') {
      throw new CampaignError(CampaignErrorCodes.invalidStatusTransition, 'A completed campaign cannot be reopened', {
        from: this.state.status,
        to: next.status,
      });
    }
    if (next.status !== this.state.status && !canMove(this.state.status, next.status)) {
      throw new CampaignError(CampaignErrorCodes.invalidStatusTransition, `A campaign cannot go from ${this.state.status} to ${next.status}`, {
        from: this.state.status,
        to: next.status,
      });
    }
    this.state = { ...next, triggerArmedAt: armedAt(this.state, next, now), version: this.persistedVersion + 1, updatedAt: now };
    this.assertValid();
    this.record('campaign.updated', { changes, status: this.state.status }, now);
    return true;
  }

  /** PUT: every editable field takes the value given, or its default; the status is kept unless given. */
  replace(details: CampaignDetails & { name: string }, now = new Date()): boolean {
    return this.update({ ...CAMPAIGN_DEFAULTS, ...withoutUndefined(details) }, now);
  }

  step(stepId: string): CampaignStepState {
    const step = this.state.steps.find((candidate) => candidate.id === stepId);
    if (!step) throw new NotFoundError('campaign step', stepId);
    return step;
  }

  /** The channel a step sends on: its own, else the campaign's. */
  channelOf(step: Pick<StepDefinition, 'channel'>): CampaignChannel | null {
    return step.channel ?? this.state.channel;
  }

  /** Adds a step at `stepNumber` (the later ones shift) or at the end. */
  addStep({ input, stepNumber }: StepPlacement, now = new Date()): CampaignStepState {
    const step = newStep(defineStep(input), now);
    this.changeSteps(placeStep(this.state.steps, step, stepNumber), now);
    const added = this.step(step.id);
    this.record('campaign.step_added', { step_id: added.id, step_number: added.stepNumber, changes: diff(emptyStep, added, STEP_FIELDS) }, now);
    return added;
  }

  /** Replaces a step's definition; a new step_number moves it (the steps between shift by one). */
  replaceStep(stepId: string, { input, stepNumber }: StepPlacement, now = new Date()): CampaignStepState {
    const before = this.step(stepId);
    const replaced: CampaignStepState = { ...before, ...defineStep(input), updatedAt: now };
    const changes = diff(before, replaced, STEP_FIELDS);
    const steps = placeStep(this.state.steps.map((step) => (step.id === stepId ? replaced : step)), replaced, stepNumber ?? before.stepNumber);
    const after = steps.find((step) => step.id === stepId)!;
    if (after.stepNumber !== before.stepNumber) changes.stepNumber = { from: before.stepNumber, to: after.stepNumber };
    if (Object.keys(changes).length === 0) return before;
    this.changeSteps(steps, now);
    this.record('campaign.step_updated', { step_id: stepId, step_number: after.stepNumber, changes }, now);
    return this.step(stepId);
  }

  /** Removes a step; the later ones move up so that the numbers stay 1…n. */
  removeStep(stepId: string, now = new Date()): void {
    const removed = this.step(stepId);
    this.changeSteps(withoutStep(this.state.steps, stepId), now);
    this.record('campaign.step_removed', { step_id: stepId, step_number: removed.stepNumber, changes: diff(removed, emptyStep, STEP_FIELDS) }, now);
  }

  private changeSteps(steps: CampaignStepState[], now: Date): void {
    this.state = { ...this.state, steps, version: this.persistedVersion + 1, updatedAt: now };
    this.assertValid();
  }

  delete(now = new Date()): void {
    this.record('campaign.deleted', { changes: diff(this.state, emptyCampaign, EDITABLE), status: this.state.status }, now);
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
    const { channel, trigger, reentry, steps } = this.state;
    if (channel !== null && !CAMPAIGN_CHANNELS.includes(channel)) throw new InvalidInputError('channel', `channel must be one of ${CAMPAIGN_CHANNELS.join(', ')}`);
    if (!CAMPAIGN_TRIGGERS.includes(trigger)) throw new InvalidInputError('trigger', `trigger must be one of ${CAMPAIGN_TRIGGERS.join(', ')}`);
    if (!REENTRY_POLICIES.includes(reentry)) throw new InvalidInputError('reentry', `reentry must be one of ${REENTRY_POLICIES.join(', ')}`);
    if (steps.length > MAX_STEPS) throw stepInvalid('step_number', `a campaign has at most ${MAX_STEPS} steps`);
    for (const step of steps) {
      if (step.action === 'send_message' && this.channelOf(step) === null) {
        throw stepInvalid('channel', `step ${step.stepNumber} sends a message: give it a channel, or give the campaign one`);
      }
    }
  }

  private record<Type extends keyof CampaignEventPayloads>(type: Type, payload: CampaignEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({ type, aggregateType: 'campaign', aggregateId: this.state.id, tenantId: this.state.tenantId, payload, occurredAt });
  }
}

/** Enough for any sequence people design, few enough that a campaign stays one small aggregate. */
export const MAX_STEPS = 100;

/** The allowed moves: draft → active ⇄ paused → completed (also straight from active or draft). */
function canMove(from: CampaignStatus, to: CampaignStatus): boolean {
  const next: Record<CampaignStatus, readonly CampaignStatus[]> = {
    draft: ['active', 'completed'],
    active: ['paused', 'completed'],
    paused: ['active', 'completed'],
    completed: [],
  };
  return next[from].includes(to);
}

/**
 * Details with the automation fields checked: the trigger condition against its trigger (a new
 * trigger without a condition clears it), the send window, and exit_on with its default on create.
 */
/** Armed when the campaign becomes active or, while active, when its trigger or condition changes; disarmed otherwise. */
function armedAt(before: CampaignState, after: CampaignState, now: Date): Date | null {
  if (after.status !== 'active') return null;
  const rearmed = before.status !== 'active' || before.trigger !== after.trigger
    || JSON.stringify(before.triggerCondition) !== JSON.stringify(after.triggerCondition);
  return rearmed ? now : before.triggerArmedAt;
}

function automation(details: CampaignDetails, current: CampaignState | null): Partial<CampaignState> {
  const { triggerCondition, sendWindow, exitOn, ...plain } = details;
  const result: Record<string, unknown> = { ...normalise(plain) };
  const trigger = details.trigger ?? current?.trigger ?? 'manual';
  if (details.trigger !== undefined || triggerCondition !== undefined || current === null) {
    const condition = triggerCondition !== undefined ? triggerCondition : details.trigger !== undefined ? null : current?.triggerCondition ?? null;
    result.triggerCondition = parseTriggerCondition(trigger, condition);
  }
  if (sendWindow !== undefined) result.sendWindow = parseSendWindow(sendWindow);
  if (exitOn !== undefined || current === null) result.exitOn = parseExitOn(exitOn ?? undefined);
  return result as Partial<CampaignState>;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

const STEP_FIELDS = ['stepNumber', 'action', 'channel', 'delayHours', 'templateId', 'conditions', 'stage', 'agentType', 'meeting'] as const;
const emptyStep = Object.fromEntries(STEP_FIELDS.map((field) => [field, null])) as unknown as CampaignStepState;

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
