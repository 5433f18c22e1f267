import { Injectable } from '@nestjs/common';
import { EntityManager, EntitySchema } from '@mikro-orm/core';
import { StaleVersionError, TenantTable, violatedConstraint } from '@leadline/shared-kernel';
import { newId } from '@leadline/shared-kernel/domain';

interface ReceiptRow {
  id: string;
  tenant_id: string;
  provider: 'zadarma' | 'twilio';
  external_call_id: string;
  event_key: string;
  sequence_number: number | null;
  received_at: Date;
}

export const CallProviderEventSchema = new EntitySchema<ReceiptRow>({
  name: 'CallProviderEvent',
  tableName: 'call_provider_events',
  properties: {
    id: { type: 'uuid', primary: true },
    tenant_id: { type: 'uuid' },
    provider: { type: 'text' },
    external_call_id: { type: 'text' },
    event_key: { type: 'text' },
    sequence_number: { type: 'integer', nullable: true },
    received_at: { type: 'Date' },
  },
});

export interface ProviderEventKey {
  readonly tenantId: string;
  readonly provider: 'zadarma' | 'twilio';
  readonly externalCallId: string;
  readonly eventKey: string;
  readonly sequenceNumber?: number | null;
}

/** The webhooks' idempotency keys; must run inside the transaction that applies the event. */
@Injectable()
export class ProviderEventReceipts {
  private readonly table: TenantTable<ReceiptRow>;

  constructor(em: EntityManager) {
    this.table = new TenantTable(em, CallProviderEventSchema);
  }

  /**
   * False when this event was already applied. Two deliveries racing past the read meet at the
   * unique key; the loser's transaction is rolled back and re-run (as a stale write), and then reads
   * the winner's receipt.
   */
  async claim(key: ProviderEventKey): Promise<boolean> {
    const where = { provider: key.provider, external_call_id: key.externalCallId, event_key: key.eventKey };
    if (await this.table.findOne(key.tenantId, where)) return false;
    try {
      await this.table.insert(key.tenantId, {
        id: newId(), tenant_id: key.tenantId, ...where, sequence_number: key.sequenceNumber ?? null, received_at: new Date(),
      });
      return true;
    } catch (error) {
      if (violatedConstraint(error) === 'uq_call_provider_events_key') throw new StaleVersionError('call', key.externalCallId);
      throw error;
    }
  }

  /** The highest SequenceNumber applied to a call so far (Twilio), or null. */
  async lastSequence(tenantId: string, provider: 'zadarma' | 'twilio', externalCallId: string): Promise<number | null> {
    const [row] = await this.table.find(tenantId, { provider, external_call_id: externalCallId, sequence_number: { $ne: null } },
      { orderBy: { sequence_number: 'desc' }, limit: 1, fields: ['sequence_number'] });
    return row?.sequence_number ?? null;
  }
}
