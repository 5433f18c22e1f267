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
  /** Outbound calls to contacts, oldest first, for the historical attempt sync. */
  outboundToContacts(tenantId: string, since: Date | null): Promise<Call[]>;
  add(call: Call, context: CommandContext): Promise<void>;
  save(call: Call, context: CommandContext): Promise<void>;
}
export const CALL_REPOSITORY = Symbol('CallRepository');
