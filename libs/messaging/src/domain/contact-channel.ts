import { RecordedEvents, type DomainEvent } from '@leadline/shared-kernel/domain';
import type { TemplateChannel } from './channels.js';
import type { MessageEventPayloads } from './events.js';

export interface ContactChannelState {
  readonly tenantId: string;
  readonly contactId: string;
  readonly channel: TemplateChannel;
  /** The linked Telegram chat id or WhatsApp id; null where the contact's own phone or e-mail is the address. */
  readonly address: string | null;
  readonly optedOutAt: Date | null;
  readonly unreachableAt: Date | null;
  readonly unreachableReason: string | null;
  /** The lead's last message on this channel: WhatsApp's 24-hour window starts there. */
  readonly lastInboundAt: Date | null;
}

/** WhatsApp accepts free text only within 24 hours of the lead's last message. */
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * A contact on one channel: where to reach them, and whether we may. Opting out is the lead's
 * choice (a stop word, a block, an agent acting on their request); unreachable is the provider's
 * verdict (a permanent refusal). Either stops every later send on the channel.
 */
export class ContactChannel {
  readonly #events = new RecordedEvents<MessageEventPayloads>();

  private constructor(private state: ContactChannelState, readonly isNew: boolean) {}

  static of(tenantId: string, contactId: string, channel: TemplateChannel): ContactChannel {
    return new ContactChannel({
      tenantId, contactId, channel, address: null, optedOutAt: null, unreachableAt: null, unreachableReason: null, lastInboundAt: null,
    }, true);
  }

  static rehydrate(state: ContactChannelState): ContactChannel {
    return new ContactChannel(state, false);
  }

  get snapshot(): ContactChannelState {
    return this.state;
  }

  /** Why a send on this channel must not go out, or null. */
  get refusal(): 'opted_out' | 'unreachable' | null {
    if (this.state.optedOutAt) return 'opted_out';
    if (this.state.unreachableAt) return 'unreachable';
    return null;
  }

  /**
   * Where a message on this channel goes: the linked chat (telegram), the linked WhatsApp id or else
   * the phone's E.164 digits (whatsapp), the contact's e-mail (email); null when there is none.
   */
  addressFor(contact: { readonly phone: string | null; readonly email: string | null }): string | null {
    switch (this.state.channel) {
      case 'telegram':
        return this.state.address;
      case 'whatsapp':
        return this.state.address ?? contact.phone?.replace(/^\+/, '') ?? null;
      case 'email':
        return contact.email;
      case 'call':
        return contact.phone;
    }
  }

  withinWhatsappWindow(now: Date): boolean {
    const last = this.state.lastInboundAt;
    return last !== null && now.getTime() - last.getTime() < WHATSAPP_WINDOW_MS;
  }

  /** Links the chat; a lead who links again after blocking us has come back, so the block is lifted. */
  link(address: string, now: Date): boolean {
    if (this.state.address === address && !this.state.unreachableAt) return false;
    this.state = { ...this.state, address, unreachableAt: null, unreachableReason: null };
    this.record('contact.channel_linked', { contact_id: this.state.contactId, channel: this.state.channel }, now);
    return true;
  }

  optOut(now: Date, source: 'stop_word' | 'provider' | 'agent'): boolean {
    if (this.state.optedOutAt) return false;
    this.state = { ...this.state, optedOutAt: now };
    this.record('contact.opted_out', { contact_id: this.state.contactId, channel: this.state.channel, source }, now);
    return true;
  }

  optIn(now: Date): boolean {
    if (!this.state.optedOutAt) return false;
    this.state = { ...this.state, optedOutAt: null };
    this.record('contact.opted_in', { contact_id: this.state.contactId, channel: this.state.channel }, now);
    return true;
  }

  markUnreachable(reason: string, now: Date): void {
    if (this.state.unreachableAt) return;
    this.state = { ...this.state, unreachableAt: now, unreachableReason: reason };
    this.record('contact.channel_unreachable', { contact_id: this.state.contactId, channel: this.state.channel, reason }, now);
  }

  heardFrom(at: Date): void {
    if (this.state.lastInboundAt && this.state.lastInboundAt >= at) return;
    this.state = { ...this.state, lastInboundAt: at };
  }

  pullEvents(): DomainEvent[] {
    return this.#events.pull();
  }

  private record<Type extends keyof MessageEventPayloads>(type: Type, payload: MessageEventPayloads[Type], occurredAt: Date): void {
    this.#events.record({ type, aggregateType: 'contact', aggregateId: this.state.contactId, tenantId: this.state.tenantId, payload, occurredAt });
  }
}
