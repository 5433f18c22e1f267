import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListContactsQuery } from '@leadline/crm-domain';
import {
  DomainError, NotFoundError, retryOnStaleVersion, StaleVersionError, UnitOfWork, type CommandContext,
} from '@leadline/shared-kernel';
import {
  Call, CALL_REPOSITORY, phoneCandidates, TelephonyErrorCodes, type CallRepository, type ProviderCallReport,
} from '../domain/index.js';
import { ProviderEventReceipts } from '../infrastructure/provider-event-receipts.js';

export interface ProviderEvent {
  readonly provider: 'zadarma' | 'twilio';
  readonly externalCallId: string;
  /** With the call id, the idempotency key: the same event twice changes nothing. */
  readonly eventKey: string;
  readonly report: ProviderCallReport;
  /** Twilio's SequenceNumber: an event older than one already applied does not move the status. */
  readonly sequenceNumber?: number | null;
  /** Refuse to create the call (Twilio: only calls we placed have callbacks). */
  readonly mustExist?: boolean;
  /** Anything else the event says about the call (e.g. a recording to fetch); answers whether it recorded something. */
  readonly also?: (call: Call) => boolean;
}

export type ProviderEventOutcome = { readonly applied: true; readonly call: Call } | { readonly applied: false };

/**
 * Applies one provider event to its call, creating the call the first time it is heard of. The
 * event's receipt is written in the same transaction, so a redelivery finds it and changes nothing;
 * two deliveries racing for a new call meet at the unique keys and the loser re-runs on fresh state.
 */
@Injectable()
export class ProviderCallRecorder {
  constructor(
    @Inject(CALL_REPOSITORY) private readonly calls: CallRepository,
    private readonly receipts: ProviderEventReceipts,
    private readonly queries: QueryBus,
    private readonly uow: UnitOfWork,
  ) {}

  async record(context: CommandContext, event: ProviderEvent): Promise<ProviderEventOutcome> {
    const { tenantId } = context;
    const contactId = await this.contactWithNumber(tenantId, event.report.counterpartNumber);
    return retryOnStaleVersion(() => this.uow.run(async (): Promise<ProviderEventOutcome> => {
      const last = event.sequenceNumber == null ? null : await this.receipts.lastSequence(tenantId, event.provider, event.externalCallId);
      const claimed = await this.receipts.claim({
        tenantId, provider: event.provider, externalCallId: event.externalCallId, eventKey: event.eventKey,
        sequenceNumber: event.sequenceNumber,
      });
      if (!claimed) return { applied: false };
      const outOfOrder = last !== null && event.sequenceNumber != null && event.sequenceNumber < last;
      const report = outOfOrder ? { ...event.report, status: null } : event.report;

      const existing = await this.calls.findByExternalCallId(tenantId, event.provider, event.externalCallId);
      if (!existing) {
        if (event.mustExist) throw new NotFoundError('call', event.externalCallId);
        const call = Call.fromProviderReport(tenantId, event.provider, event.externalCallId, report, contactId);
        event.also?.(call);
        await this.addOrRetry(call, context);
        return { applied: true, call };
      }
      const changed = existing.applyProviderReport(report, contactId);
      const alsoRecorded = event.also?.(existing) ?? false;
      if (changed || alsoRecorded) await this.calls.save(existing, context);
      return { applied: true, call: existing };
    }));
  }

  /** The tenant's contact with this number (each reading in turn, normalised by the CRM's own rules), if any. */
  async contactWithNumber(tenantId: string, number: string | null): Promise<string | null> {
    for (const candidate of phoneCandidates(number)) {
      try {
        const page = await this.queries.execute(new ListContactsQuery(tenantId, { phone: candidate }, { limit: 1 }));
        if (page.data[0]) return page.data[0].snapshot.id;
      } catch (error) {
        // A reading the CRM cannot take as a phone number (an unknown range) matches nobody.
        if (!(error instanceof DomainError && error.code === 'request.invalid')) throw error;
      }
    }
    return null;
  }

  /** Adds a new call, turning a lost race for its provider id into a re-run (StaleVersionError) that updates the winner. */
  async addOrRetry(call: Call, context: CommandContext): Promise<void> {
    try {
      await this.calls.add(call, context);
    } catch (error) {
      // Another event of the same new call created it first: re-run and update that one.
      if (error instanceof DomainError && error.code === TelephonyErrorCodes.callDuplicate) {
        throw new StaleVersionError('call', call.snapshot.externalCallId ?? call.id);
      }
      throw error;
    }
  }
}
