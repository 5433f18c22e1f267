import type { MessageChannel } from './channels.js';

/** An approved WhatsApp template, sent instead of free text outside the 24-hour window. */
export interface WhatsappTemplateSend {
  readonly name: string;
  readonly language: string;
  /** The values of {{1}}, {{2}}, …, none empty. */
  readonly parameters: readonly string[];
}

/** One message on its way out, rendered and addressed; the sender only carries it. */
export interface OutboundMessage {
  readonly tenantId: string;
  /** Our id: the e-mail Message-ID is derived from it, so a reply finds the message. */
  readonly messageId: string;
  readonly channel: MessageChannel;
  /** The chat id (telegram), the wa_id (whatsapp) or the e-mail address. */
  readonly to: string;
  readonly subject: string | null;
  readonly body: string;
  readonly whatsappTemplate: WhatsappTemplateSend | null;
}

export interface SentMessage {
  readonly providerMessageId: string;
}

/**
 * One provider's client (Telegram Bot API, WhatsApp Cloud API, SMTP). It throws
 * ChannelDeferredError when the provider asks us to come back later (the send is retried after
 * `retryAfterMs`, never failed), ChannelRefusedError when it refuses for good, and
 * ChannelNotConfiguredError when the tenant has no connection; anything else means the outcome
 * is unknown and the send is not repeated.
 */
export interface ChannelSender {
  readonly channel: MessageChannel;
  send(message: OutboundMessage): Promise<SentMessage>;
}
/** Every ChannelSender, one per channel (a multi-provider token). */
export const CHANNEL_SENDERS = Symbol('ChannelSenders');

/** The provider did not take the message and asked for a later try (Telegram 429, WhatsApp 130429/131056, SMTP 4xx). */
export class ChannelDeferredError extends Error {
  constructor(readonly retryAfterMs: number, reason: string) {
    super(reason);
    this.name = 'ChannelDeferredError';
  }
}

/** The provider refused for good; `recipientUnreachable` when the refusal is about this recipient (Telegram 403, WhatsApp 131026, SMTP 5xx on RCPT). */
export class ChannelRefusedError extends Error {
  constructor(readonly code: string, reason: string, readonly recipientUnreachable: boolean) {
    super(reason);
    this.name = 'ChannelRefusedError';
  }
}

export class ChannelNotConfiguredError extends Error {
  constructor(readonly channel: MessageChannel) {
    super(`the tenant has no ${channel} connection`);
    this.name = 'ChannelNotConfiguredError';
  }
}

/** Who an inbound event comes from, as the provider names them. */
export interface InboundSender {
  /** Telegram chat id, WhatsApp wa_id or e-mail address. */
  readonly address: string;
  /** A phone the provider vouches for (WhatsApp's wa_id, a Telegram shared contact), E.164 or digits. */
  readonly phone?: string | null;
  readonly name?: string | null;
}

/**
 * What a provider webhook tells us, parsed at the edge into one of these and stored in the inbox
 * by `providerEventId` before the webhook answers; a job in the worker applies it.
 */
export type InboundEvent =
  | {
      /** A message from the lead. */
      readonly kind: 'message';
      readonly channel: MessageChannel;
      readonly providerEventId: string;
      readonly providerMessageId: string;
      readonly from: InboundSender;
      readonly text: string;
      readonly subject?: string | null;
      /** E-mail threading: In-Reply-To then References, our Message-IDs among them. */
      readonly replyTo?: readonly string[];
      readonly receivedAt: string;
    }
  | {
      /** Telegram `/start <token>`: the chat belongs to the contact the token was issued for. */
      readonly kind: 'link';
      readonly channel: MessageChannel;
      readonly providerEventId: string;
      readonly contactId: string;
      readonly from: InboundSender;
      readonly receivedAt: string;
    }
  | {
      /** A shared phone contact (Telegram): the chat belongs to the contact with that phone. */
      readonly kind: 'link_by_phone';
      readonly channel: MessageChannel;
      readonly providerEventId: string;
      readonly from: InboundSender & { readonly phone: string };
      readonly receivedAt: string;
    }
  | {
      /** The lead blocked us (Telegram `my_chat_member` kicked). */
      readonly kind: 'opt_out';
      readonly channel: MessageChannel;
      readonly providerEventId: string;
      readonly from: InboundSender;
      readonly receivedAt: string;
    }
  | {
      /** Delivery news about a message we sent (WhatsApp `statuses[]`). */
      readonly kind: 'status';
      readonly channel: MessageChannel;
      readonly providerEventId: string;
      readonly providerMessageId: string;
      readonly status: 'sent' | 'delivered' | 'read' | 'failed';
      readonly error?: { readonly code: string; readonly message: string } | null;
      readonly receivedAt: string;
    };
