import type { CommandContext, Page, PageRequest } from '@leadline/shared-kernel/domain';
import type { Call, CallDirection, CallProvider, CallStatus } from './call.js';

export interface CallFilter {
  entityId?: string;
  direction?: CallDirection;
  callStatus?: CallStatus;
  /** Calls started at or after this instant. */
  startedFrom?: Date;
  /** Calls started before this instant. */
  startedTo?: Date;
}

/** `add` inserts, `save` updates guarded by `persistedVersion`; both write the call's events to the outbox. */
export interface CallRepository {
  find(tenantId: string, id: string): Promise<Call | null>;
  findByExternalCallId(tenantId: string, provider: CallProvider, externalCallId: string): Promise<Call | null>;
  list(tenantId: string, filter: CallFilter, page: PageRequest): Promise<Page<Call>>;
  /**
   * Outbound calls to contacts in call order (started, else recorded; then id), from `since`,
   * after `after`, at most `limit`: a page of the historical attempt sync.
   */
  outboundToContacts(tenantId: string, page: { since: Date | null; after: CallOrderCursor | null; limit: number }): Promise<Call[]>;
  /** How many calls `outboundToContacts` walks through from `since`: the historical sync's total. */
  countOutboundToContacts(tenantId: string, since: Date | null): Promise<number>;
  add(call: Call, context: CommandContext): Promise<void>;
  save(call: Call, context: CommandContext): Promise<void>;
}
export const CALL_REPOSITORY = Symbol('CallRepository');

/** Where a page of calls in call order ended. */
export interface CallOrderCursor {
  readonly at: Date;
  readonly id: string;
}
