import {
  diff, InvalidInputError, newId, RecordedEvents, StaleVersionError, type Changes, type DomainEvent,
} from '@leadline/shared-kernel/domain';
import { CallEvents, type CallEventPayloads } from './events.js';
import { TelephonyError, TelephonyErrorCodes } from './errors.js';
import { statusRank, type ProviderCallReport } from './provider-call.js';

export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];
export const CALL_STATUSES = [
  'initiated', 'ringing', 'answered', 'completed', 'failed', 'no_answer', 'busy', 'cancelled', 'rejected',
] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const CALL_PROVIDERS = ['manual', 'zadarma', 'twilio'] as const;
export type CallProvider = (typeof CALL_PROVIDERS)[number];
export const CALL_ENTITY_TYPES = ['contacts'] as const;
export type CallEntityType = (typeof CALL_ENTITY_TYPES)[number];

/** Everything about a call a caller may set (contract §6). */
export interface CallDetails {
  readonly entityType: CallEntityType | null;
  readonly entityId: string | null;
  readonly direction: CallDirection;
  readonly callStatus: CallStatus | null;
  readonly provider: CallProvider;
  readonly externalCallId: string | null;
  readonly fromNumber: string | null;
  readonly toNumber: string | null;
  readonly startedAt: Date | null;
  readonly answeredAt: Date | null;
  readonly endedAt: Date | null;
  readonly durationSeconds: number | null;
  readonly recordingUrl: string | null;
  readonly callResult: string | null;
  readonly summary: string | null;
}

export interface CallState extends CallDetails {
  readonly id: string;
  readonly tenantId: string;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type NewCall = Partial<CallDetails> & Pick<CallDetails, 'direction'>;

const DETAILS = [
  'entityType', 'entityId', 'direction', 'callStatus', 'provider', 'externalCallId', 'fromNumber', 'toNumber',
  'startedAt', 'answeredAt', 'endedAt', 'durationSeconds', 'recordingUrl', 'callResult', 'summary',
] as const satisfies readonly (keyof CallDetails)[];

const NO_DETAILS: CallDetails = {
  entityType: null, entityId: null, direction: 'outbound', callStatus: null, provider: 'manual', externalCallId: null,
  fromNumber: null, toNumber: null, startedAt: null, answeredAt: null, endedAt: null, durationSeconds: null,
  recordingUrl: null, callResult: null, summary: null,
};

/**
 * A phone call, from any path: the API, a PBX webhook, a recording e-mail, a voice provider.
 * Every change records `call.recorded` with the call as it now is; that event is the published
 * contract the CRM registers first-call attempts from.
 */
export class Call {
  readonly #events = new RecordedEvents<CallEventPayloads>();

  /** The version stored in the database; 0 until the aggregate is first saved. */
  readonly persistedVersion: number;

  private constructor(private state: CallState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static create(tenantId: string, input: NewCall, now = new Date()): Call {
    const details = checked({ ...NO_DETAILS, ...withoutUndefined(input) });
    const call = new Call({ ...details, id: newId(), tenantId, version: 1, createdAt: now, updatedAt: now }, true);
    call.recordChange(diff({ ...NO_DETAILS, direction: null, provider: null } as unknown as CallDetails, details, DETAILS), 'created', now);
    return call;
  }

  static rehydrate(state: CallState): Call {
    if (!CALL_DIRECTIONS.includes(state.direction)) {
      throw new TelephonyError(TelephonyErrorCodes.callCorrupt, `Call ${state.id}: unknown direction ${state.direction}`);
    }
    return new Call(state);
  }

  get id(): string {
    return this.state.id;
  }

  get snapshot(): CallState {
    return this.state;
  }

  assertVersion(expected: number | undefined): void {
    if (expected !== undefined && expected !== this.state.version) throw new StaleVersionError('call', this.state.id);
  }

  /** Applies the given fields (undefined = unchanged). Answers whether anything changed. */
  update(changes: Partial<CallDetails>, now = new Date()): boolean {
    const next = checked({ ...pickDetails(this.state), ...withoutUndefined(changes) });
    const changed = diff(pickDetails(this.state), next, DETAILS);
    if (Object.keys(changed).length === 0) return false;
    this.state = { ...this.state, ...next, version: this.persistedVersion + 1, updatedAt: now };
    this.recordChange(changed, 'updated', now);
    return true;
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private recordChange(changes: Changes, change: 'created' | 'updated', now: Date): void {
    const s = this.state;
    this.#events.record({
      type: CallEvents.recorded,
      aggregateType: 'call',
      aggregateId: s.id,
      tenantId: s.tenantId,
      occurredAt: now,
      payload: {
        change,
        call_id: s.id,
        version: s.version,
        direction: s.direction,
        entity_type: s.entityType,
        entity_id: s.entityId,
        call_status: s.callStatus,
        provider: s.provider,
        started_at: s.startedAt?.toISOString() ?? null,
        created_at: s.createdAt.toISOString(),
        summary: s.summary,
        call_result: s.callResult,
        changes,
      },
    });
  }

  // ---- Provider reports: Zadarma notifications, Twilio status callbacks, recording e-mails ----

  /** A call first heard of from a provider: what it reported, with the contact its number matched. */
  static fromProviderReport(
    tenantId: string,
    provider: CallProvider,
    externalCallId: string,
    report: ProviderCallReport,
    contactId: string | null,
    now = new Date(),
  ): Call {
    return Call.create(tenantId, {
      ...consistentTimes(null, report),
      direction: report.direction,
      provider,
      externalCallId,
      entityId: contactId,
      callStatus: report.status,
      fromNumber: report.fromNumber,
      toNumber: report.toNumber,
      startedAt: report.startedAt,
      durationSeconds: report.durationSeconds,
      callResult: report.callResult,
    }, now);
  }

  /**
   * Merges a provider's report without ever moving backwards, since providers deliver out of
   * order and more than once: the status only advances (initiated → ringing → answered → final) and
   * a final status is kept; a field already known is kept; an answer or end time before the start
   * is mended or dropped (`consistentTimes`) rather than refusing the whole report. Answers whether
   * anything changed.
   */
  applyProviderReport(report: ProviderCallReport, contactId: string | null = null, now = new Date()): boolean {
    const s = this.state;
    const advances = statusRank(report.status) > statusRank(s.callStatus);
    const times = consistentTimes(s.startedAt ?? report.startedAt, report);
    return this.update({
      entityId: s.entityId ?? contactId ?? undefined,
      direction: report.directionGuessed ? s.direction : report.direction,
      callStatus: advances ? report.status : s.callStatus,
      fromNumber: s.fromNumber ?? report.fromNumber,
      toNumber: s.toNumber ?? report.toNumber,
      startedAt: s.startedAt ?? report.startedAt,
      answeredAt: s.answeredAt ?? times.answeredAt,
      endedAt: s.endedAt ?? times.endedAt,
      durationSeconds: s.durationSeconds ?? report.durationSeconds,
      callResult: s.callResult ?? report.callResult,
    }, now);
  }

  /** Where the call's recording can be fetched: our own stream of the stored copy, never a provider's expiring link. */
  attachRecording(recordingUrl: string, now = new Date()): boolean {
    return this.update({ recordingUrl }, now);
  }

  /**
   * The PBX has a recording of this call: the worker fetches its link (`call.recording_available`),
   * outside the webhook request and with retries.
   */
  announceRecording(providerRecordingId: string, now = new Date()): void {
    this.#events.record({
      type: CallEvents.recordingAvailable,
      aggregateType: 'call',
      aggregateId: this.state.id,
      tenantId: this.state.tenantId,
      occurredAt: now,
      payload: { call_id: this.state.id, provider: this.state.provider, provider_recording_id: providerRecordingId, changes: {} },
    });
  }
}

function checked(details: CallDetails): CallDetails {
  let { entityType } = details;
  // A contact id alone is unambiguous: contacts are the only entity calls attach to.
  if (details.entityId && !entityType) entityType = 'contacts';
  if (entityType && !details.entityId) {
    throw new InvalidInputError('entity_id', 'entity_id is required when entity_type is given');
  }
  const { startedAt, answeredAt, endedAt, durationSeconds } = details;
  if (durationSeconds !== null && (!Number.isInteger(durationSeconds) || durationSeconds < 0)) {
    throw new InvalidInputError('duration_seconds', 'duration_seconds must be a whole number of seconds, 0 or more');
  }
  if (startedAt && answeredAt && answeredAt < startedAt) {
    throw new InvalidInputError('answered_at', 'answered_at cannot be before started_at');
  }
  if (startedAt && endedAt && endedAt < startedAt) {
    throw new InvalidInputError('ended_at', 'ended_at cannot be before started_at');
  }
  return { ...details, entityType };
}

function pickDetails(state: CallState): CallDetails {
  return Object.fromEntries(DETAILS.map((field) => [field, state[field]])) as unknown as CallDetails;
}

function withoutUndefined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

const CLOCK_SKEW_MS = 60_000;

/**
 * A provider's answer or end time just before the call's start (whole-second timestamps, clock
 * skew) is taken as the start; one far before it (a wrong account zone) is left out rather than
 * refusing the whole report.
 */
function consistentTimes(startedAt: Date | null, report: ProviderCallReport): { answeredAt: Date | null; endedAt: Date | null } {
  const start = startedAt ?? report.startedAt;
  const keep = (time: Date | null) => {
    if (!time || !start || time >= start) return time;
    return start.getTime() - time.getTime() <= CLOCK_SKEW_MS ? start : null;
  };
  return { answeredAt: keep(report.answeredAt), endedAt: keep(report.endedAt) };
}
