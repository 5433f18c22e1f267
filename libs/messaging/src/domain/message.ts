import { newId, RecordedEvents, type DomainEvent } from '@leadline/shared-kernel/domain';
import type { WhatsappTemplateSend } from './channel-ports.js';
import type { MessageChannel } from './channels.js';
import type { MessageEventPayloads } from './events.js';

export type MessageDirection = 'outbound' | 'inbound';
/** `sending` is internal: the provider was being called; the API shows it as `queued`. */
export type MessageStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed' | 'received';

export interface MessageFailure {
  readonly code: string;
  readonly message: string;
}

export interface MessageState {
  readonly id: string;
  readonly tenantId: string;
  readonly contactId: string;
  readonly opportunityId: string | null;
  readonly direction: MessageDirection;
  readonly channel: MessageChannel;
  readonly subject: string | null;
  readonly body: string;
  readonly templateId: string | null;
  readonly templateVersion: number | null;
  /** The approved template and its parameters, rendered when queued: sent instead of the text outside WhatsApp's 24-hour window. */
  readonly whatsappTemplate: WhatsappTemplateSend | null;
  readonly campaignId: string | null;
  readonly enrollmentId: string | null;
  readonly status: MessageStatus;
  readonly providerMessageId: string | null;
  readonly error: MessageFailure | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
  readonly version: number;
}

export interface OutboundDraft {
  readonly tenantId: string;
  readonly contactId: string;
  readonly opportunityId: string | null;
  readonly channel: MessageChannel;
  readonly subject: string | null;
  readonly body: string;
  readonly templateId: string | null;
  readonly templateVersion: number | null;
  readonly whatsappTemplate?: WhatsappTemplateSend | null;
  readonly campaignId?: string | null;
  readonly enrollmentId?: string | null;
}

export interface InboundArrival {
  readonly tenantId: string;
  readonly contactId: string;
  readonly opportunityId: string | null;
  readonly channel: MessageChannel;
  readonly subject: string | null;
  readonly body: string;
  readonly providerMessageId: string;
  /** When the lead replied to one of our messages: its id. */
  readonly inReplyTo: string | null;
  readonly receivedAt: Date;
  /** A stop word opts the lead out; it is kept in the timeline but announces no reply. */
  readonly stopWord: boolean;
}

/** How far a sent message got: statuses only move forward (a late `delivered` after `read` changes nothing). */
const PROGRESS: Record<'sent' | 'delivered' | 'read', number> = { sent: 1, delivered: 2, read: 3 };

/**
 * One message on one channel, sent or received. An outbound message is sent at most once:
 * `queued → sending → sent` (then `delivered`, `read` as the provider reports) or `failed`; a send
 * found `sending` again was interrupted, its outcome is unknown, and it is failed, never repeated.
 */
export class Message {
  readonly #events = new RecordedEvents<MessageEventPayloads>();
  readonly persistedVersion: number;

  private constructor(private state: MessageState, isNew = false) {
    this.persistedVersion = isNew ? 0 : state.version;
  }

  static queue(draft: OutboundDraft, now: Date): Message {
    return new Message({
      id: newId(),
      campaignId: null,
      enrollmentId: null,
      whatsappTemplate: null,
      ...draft,
      direction: 'outbound',
      status: 'queued',
      providerMessageId: null,
      error: null,
      createdAt: now,
      sentAt: null,
      version: 1,
    }, true);
  }

  static receive(arrival: InboundArrival): Message {
    const { inReplyTo, receivedAt, stopWord, ...fields } = arrival;
    const message = new Message({
      id: newId(),
      ...fields,
      direction: 'inbound',
      templateId: null,
      templateVersion: null,
      whatsappTemplate: null,
      campaignId: null,
      enrollmentId: null,
      status: 'received',
      error: null,
      createdAt: receivedAt,
      sentAt: null,
      version: 1,
    }, true);
    if (stopWord) return message;
    message.record('message.received', {
      message_id: message.state.id,
      contact_id: arrival.contactId,
      opportunity_id: arrival.opportunityId,
      channel: arrival.channel,
      in_reply_to: inReplyTo,
      received_at: receivedAt.toISOString(),
    }, receivedAt);
    return message;
  }

  static rehydrate(state: MessageState): Message {
    return new Message(state);
  }

  get snapshot(): MessageState {
    return this.state;
  }

  /** Claims the send; false when it is not waiting to be sent (already sent, failed or being sent). */
  startSending(): boolean {
    if (this.state.status !== 'queued') return false;
    this.change({ status: 'sending' });
    return true;
  }

  /** The provider asked us to come back later: nothing left, the send waits again. */
  deferred(): void {
    this.assertSending();
    this.change({ status: 'queued' });
  }

  sent(providerMessageId: string, now: Date): void {
    this.assertSending();
    this.change({ status: 'sent', providerMessageId, sentAt: now });
    this.record('message.sent', this.facts(), now);
  }

  fail(error: MessageFailure, now: Date): void {
    if (this.state.status === 'failed') return;
    this.change({ status: 'failed', error });
    this.record('message.failed', { ...this.facts(), error_code: error.code }, now);
  }

  /** A status the provider reported for a message we sent; false when it is not news. */
  reportStatus(status: 'sent' | 'delivered' | 'read' | 'failed', error: MessageFailure | null, now: Date): boolean {
    const current = this.state.status;
    if (this.state.direction !== 'outbound' || current === 'failed') return false;
    if (status === 'failed') {
      if (current === 'read') return false;
      this.fail(error ?? { code: 'provider.failed', message: 'the provider reported the message failed' }, now);
      return true;
    }
    const known = current === 'sent' || current === 'delivered' || current === 'read' ? PROGRESS[current] : 0;
    if (PROGRESS[status] <= known) return false;
    this.change({ status, sentAt: this.state.sentAt ?? now });
    return true;
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private facts() {
    return {
      message_id: this.state.id,
      contact_id: this.state.contactId,
      opportunity_id: this.state.opportunityId,
      channel: this.state.channel,
      campaign_id: this.state.campaignId,
      enrollment_id: this.state.enrollmentId,
    };
  }

  private assertSending(): void {
    if (this.state.status !== 'sending') throw new Error(`message ${this.state.id} is ${this.state.status}, not being sent`);
  }

  private change(changes: Partial<MessageState>): void {
    this.state = { ...this.state, ...changes, version: this.persistedVersion + 1 };
  }

  private record<Type extends keyof MessageEventPayloads>(type: Type, payload: MessageEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({ type, aggregateType: 'message', aggregateId: this.state.id, tenantId: this.state.tenantId, payload, occurredAt });
  }
}
